#!/usr/bin/env bash
# Regenerates every icon file from the SVG master (icons/segmenta.svg):
#   icons/segmenta-N.png   N = 16 24 32 48 64 128 256 512 (Linux menus and the window; 256 is the
#                          Linux package icon)
#   icons/segmenta.ico     Windows (16-64 px bitmaps, 128 and 256 px PNG): installer, .exe, taskbar
#   icons/segmenta.icns    macOS (16 to 1024 px, Retina doubles included): .app bundle and .dmg
#   src/main/resources/io/segmenta/ui/icons/segmenta-N.png  N = 16 32 48 64 128 256: the window's
#                          icons (title bar, taskbar, Alt+Tab, _NET_WM_ICON on X11)
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin) and Python 3 (standard library
# only: icons/pack_icons.py writes the .ico and .icns). Run from anywhere: bash icons/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
resources="$here/../src/main/resources/io/segmenta/ui/icons"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: apt-get install librsvg2-bin" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 not found: apt-get install python3" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
render() { rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$here/segmenta.svg" -o "$2"; }
# every size any platform needs, rendered once into a scratch folder
for size in 16 20 24 32 40 48 64 128 256 512 1024; do
  render "$size" "$work/segmenta-$size.png"
done
for size in 16 24 32 48 64 128 256 512; do
  cp "$work/segmenta-$size.png" "$here/segmenta-$size.png"
done
python3 "$here/pack_icons.py" "$work" "$here/segmenta.ico" "$here/segmenta.icns"
mkdir -p "$resources"
for size in 16 32 48 64 128 256; do
  cp "$work/segmenta-$size.png" "$resources/segmenta-$size.png"
done
echo "Wrote 8 PNGs, segmenta.ico and segmenta.icns to $here and 6 PNGs to $resources"
