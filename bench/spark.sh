#!/usr/bin/env bash
# segmenta-spark on one machine: the job in local[2] (Spark's local mode, 2 cores; the whole process: JVM and
# Spark start-up, CSV read with schema inference, preparation fitted and applied, k-means with 3 k-means||
# runs, labels, figures, profiles, model file) on 1M, 4M and 16M generated customers x 6 features
# (../shared/bench/e2e/gen_blobs.py: 5 Gaussian blobs, seed 42; written once to $TMPDIR), and the desktop's
# `segmenta cluster` with the same choices on the 1M table beside it. Prints wall seconds, CPU seconds (user +
# system: what sizing a cluster needs, and less disturbed than wall time when other work shares the machine)
# and peak RSS.
#   bash bench/spark.sh [SIZE ...]     (default: 1000000 4000000 16000000)
# Heap of each run: SEGMENTA_SPARK_MEMORY (default 6g). Needs spark/target/segmenta-spark.jar (./mvnw verify),
# target/segmenta.jar, Debian's /usr/bin/python3 with python3-pandas, and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000000 4000000 16000000)
shared="${SEGMENTA_SHARED:-../shared}"
export SEGMENTA_SPARK_MEMORY="${SEGMENTA_SPARK_MEMORY:-6g}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
one() { # label command...
  /usr/bin/time -o "$work/stats" -f '%e %U %S %M' "${@:2}" >"$work/out" 2>"$work/err" || { cat "$work/err"; exit 1; }
  local wall user sys rss
  read -r wall user sys rss < <(tail -n 1 "$work/stats")
  echo "$1: $wall s wall, $(awk "BEGIN {print $user + $sys}") s CPU, $(( rss / 1024 )) MB peak"
}
echo "$(nproc) cores, heap -Xmx$SEGMENTA_SPARK_MEMORY; other work on this machine slows every figure"
for n in "${sizes[@]}"; do
  table="${TMPDIR:-/tmp}/segmenta-blobs-$n.csv"
  [ -f "$table" ] || /usr/bin/python3 "$shared/bench/e2e/gen_blobs.py" "$table" "$n" >/dev/null
  one "segmenta-spark local[2], $n customers" bash spark/run-local.sh cluster "$table" \
    --features f1,f2,f3,f4,f5,f6 --k 5 --starts 3 --master 'local[2]' --model "$work/spark-$n.json"
  grep -E '^wcss' "$work/out"
  if [ "$n" = 1000000 ]; then
    one "segmenta (desktop), $n customers" java -Xmx"$SEGMENTA_SPARK_MEMORY" -jar target/segmenta.jar cluster \
      "$table" --features f1,f2,f3,f4,f5,f6 --k 5 --starts 3
    grep -iE '^wcss|WCSS' "$work/out" | head -1
  fi
done
