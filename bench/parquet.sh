#!/usr/bin/env bash
# Opening a large Parquet file (issue 19): writes a ROWS x 6-column Parquet file (default 10,000,000 rows:
# CustomerID int64, Genre string with nulls, Age int32, Annual Income double, Spending Score int32, Signup
# date; Snappy, 128 MB row groups; io.segmenta.testing.LargeParquet, with parquet-java, as Debian's Python
# has no pyarrow), then times `segmenta inspect` on it with each heap limit in turn, largest first, with its
# peak resident memory, until one is too small. Everything stays in a scratch folder, removed at the end
# (keep it with KEEP=1). Each run is bounded by a 10-minute timeout.
#   bash bench/parquet.sh [ROWS] [HEAPS...]     (default: 10000000 2g 1g 768m 512m)
# Needs target/segmenta.jar and target/test-classes (./mvnw -q package -DskipTests && ./mvnw -q test-compile)
# and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-10000000}"
shift || true
heaps=("$@")
[ ${#heaps[@]} -gt 0 ] || heaps=(2g 1g 768m 512m)
jar=target/segmenta.jar
[ -f "$jar" ] && [ -f target/test-classes/io/segmenta/testing/LargeParquet.class ] || {
  echo "Build first: ./mvnw -q package -DskipTests && ./mvnw -q test-compile" >&2; exit 1; }
work="$(mktemp -d)"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
file="$work/customers.parquet"
timeout 1800 java -cp "$jar:target/test-classes" io.segmenta.testing.LargeParquet "$rows" "$file"
echo "segmenta inspect on it, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg):"
for heap in "${heaps[@]}"; do
  if timeout 600 /usr/bin/time -f "%e %M" -o "$work/time.txt" java -Xmx"$heap" -jar "$jar" inspect "$file" \
      > "$work/inspect.txt" 2> "$work/err.txt"; then
    read -r secs rss < "$work/time.txt"
    awk -v h="$heap" -v s="$secs" -v r="$rss" 'BEGIN {printf "  -Xmx%-5s opened in %6.1f s, peak RSS %5.0f MB\n", h, s, r / 1024}'
  else
    echo "  -Xmx$heap: not opened: $(grep -v '^Warning' "$work/err.txt" | head -c 300)"
    break
  fi
done
head -1 "$work/inspect.txt"
