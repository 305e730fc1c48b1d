#!/usr/bin/env bash
# End-to-end timing, side by side: `segmenta cluster` (whole process: start-up, CSV load, preparation,
# k-means with 10 starts, silhouette on a 10,000 sample, CH, DB, profiles, names) against what a pandas +
# scikit-learn user runs for the same job (../shared/bench/e2e/sk_cluster.py), on the shared 1,000,000 x 6
# table, interleaved, RUNS times each; prints each run and the medians (wall seconds, peak RSS).
#   bash bench/e2e.sh [RUNS] [JAR ...]      (default: 3 runs, target/segmenta.jar)
# Needs Debian's /usr/bin/python3 with python3-pandas and python3-sklearn, and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"; shift || true
jars=("$@"); [ ${#jars[@]} -gt 0 ] || jars=(target/segmenta.jar)
shared="${SEGMENTA_SHARED:-../shared}"
table="${TMPDIR:-/tmp}/segmenta-e2e-1m.csv"
[ -f "$table" ] || /usr/bin/python3 "$shared/bench/e2e/gen_blobs.py" "$table" 1000000 >/dev/null
features="$(head -1 "$table" | tr ',' '\n' | grep '^f' | paste -sd,)"
stats="$(mktemp)"
trap 'rm -f "$stats"' EXIT
declare -A times
one() { # label command...
  local out
  /usr/bin/time -o "$stats" -f '%e %M' "${@:2}" >/dev/null 2>&1
  out="$(tail -n 1 "$stats")"
  echo "$1: ${out% *} s, $(( ${out#* } / 1024 )) MB"
  times[$1]+="${out% *} "
}
for r in $(seq 1 "$runs"); do
  for j in "${jars[@]}"; do
    one "segmenta $j" java -jar "$j" cluster "$table" --features "$features" --k 5 --starts 10
  done
  one "pandas + scikit-learn" /usr/bin/python3 "$shared/bench/e2e/sk_cluster.py" "$table" cluster 10
done
echo "medians of $runs:"
for k in "${!times[@]}"; do
  echo "  $k: $(echo ${times[$k]} | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') s"
done
