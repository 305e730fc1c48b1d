#!/usr/bin/env bash
# Regenerates the PNG icons from the SVG master (icons/segmenta.svg) and copies the sizes the
# window uses into the UI resources. Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin).
# Run from anywhere: bash icons/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
resources="$here/../src/main/resources/io/segmenta/ui/icons"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: apt-get install librsvg2-bin" >&2; exit 1; }
mkdir -p "$resources"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$here/segmenta.svg" -o "$here/segmenta-$size.png"
done
for size in 16 32 48 64 128 256; do
  cp "$here/segmenta-$size.png" "$resources/segmenta-$size.png"
done
echo "Wrote $(ls "$here"/segmenta-*.png | wc -l) PNGs to $here and 6 to $resources"
