#!/usr/bin/env python3
"""Packs rendered PNGs of the Segmenta icon into a Windows .ico and a macOS .icns.

Standard library only (no Pillow, ImageMagick or icnsutils needed), so generate.sh runs on any
machine with Python 3 and rsvg-convert.

    python3 pack_icons.py PNG_DIR OUT.ico OUT.icns

PNG_DIR holds segmenta-N.png for N in ICO_SIZES and ICNS_SIZES, 8-bit RGBA as rsvg-convert
writes them.

.ico: sizes up to 64 px are stored as 32-bit BGRA bitmaps (every Windows version and every icon
reader takes them), 128 and 256 px as PNG (Windows Vista and later; 256 px is what Explorer's large
views and the taskbar at high DPI use).

.icns: every entry is a PNG (macOS 10.7 and later): icp4/icp5 16 and 32 px, ic07/ic08/ic09 128,
256 and 512 px, and the Retina doubles ic11 (16@2x), ic12 (32@2x), ic13 (128@2x), ic14 (256@2x)
and ic10 (512@2x = 1024 px).
"""
import struct
import sys
import zlib
from pathlib import Path

ICO_BITMAP_SIZES = (16, 20, 24, 32, 40, 48, 64)
ICO_PNG_SIZES = (128, 256)
ICO_SIZES = ICO_BITMAP_SIZES + ICO_PNG_SIZES
ICNS_ENTRIES = (  # (type, pixel size), in the order iconutil writes them
    (b"icp4", 16), (b"icp5", 32), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)
ICNS_SIZES = tuple(sorted({size for _, size in ICNS_ENTRIES}))
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def read_rgba(data):
    """Decodes an 8-bit RGBA, non-interlaced PNG into (width, height, rows of RGBA bytes)."""
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour != 6 or interlace != 0:
        raise ValueError(f"expected 8-bit RGBA without interlacing, got depth {depth}, colour type {colour}")
    raw = zlib.decompress(b"".join(idat))
    stride, bpp = width * 4, 4
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            left = line[x - bpp] if x >= bpp else 0
            up = previous[x]
            up_left = previous[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else up_left)
                line[x] = (line[x] + predictor) & 0xFF
            elif kind != 0:
                raise ValueError(f"unknown PNG filter {kind}")
        rows.append(bytes(line))
        previous = line
    return width, height, rows


def ico_bitmap(png):
    """A 32-bit BGRA DIB as an .ico entry: header, bottom-up pixels, an all-clear AND mask."""
    width, height, rows = read_rgba(png)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = bytearray()
    for row in reversed(rows):
        for x in range(0, len(row), 4):
            r, g, b, a = row[x:x + 4]
            pixels += bytes((b, g, r, a))
    mask_stride = ((width + 31) // 32) * 4
    return header + bytes(pixels) + bytes(mask_stride * height)


def write_ico(pngs, out):
    images = []
    for size in ICO_SIZES:
        data = pngs[size]
        images.append((size, ico_bitmap(data) if size in ICO_BITMAP_SIZES else data))
    offset = 6 + 16 * len(images)
    directory, blobs = bytearray(struct.pack("<HHH", 0, 1, len(images))), bytearray()
    for size, blob in images:
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    out.write_bytes(bytes(directory + blobs))


def write_icns(pngs, out):
    body = bytearray()
    for kind, size in ICNS_ENTRIES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + bytes(body))


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    folder, ico, icns = Path(argv[1]), Path(argv[2]), Path(argv[3])
    pngs = {}
    for size in sorted(set(ICO_SIZES) | set(ICNS_SIZES)):
        path = folder / f"segmenta-{size}.png"
        data = path.read_bytes()
        width, height, _ = read_rgba(data)
        if (width, height) != (size, size):
            sys.exit(f"{path} is {width}x{height}, expected {size}x{size}")
        pngs[size] = data
    write_ico(pngs, ico)
    write_icns(pngs, icns)
    print(f"Wrote {ico} ({len(ICO_SIZES)} sizes) and {icns} ({len(ICNS_ENTRIES)} entries)")


if __name__ == "__main__":
    main(sys.argv)
