#!/usr/bin/env bash
# End-to-end timing, side by side, each tool run from its command line as a whole process (start-up, CSV
# load, preparation, k-means, silhouette on a 10,000 sample, CH, DB, profiles): `segmenta cluster` with 1 and
# with 10 starts and `segmenta sweep` k = 1..10 with 10 starts, against what a pandas + scikit-learn user runs
# for the same jobs (../shared/bench/e2e/sk_cluster.py), on the shared 1,000,000 x 6 table, interleaved, RUNS
# times each. Prints each run (wall seconds, peak RSS), the machine's load average, and per job the medians and
# the ratio segmenta / scikit-learn of every jar given (so an old and a new build compare in the same run).
#   bash bench/e2e.sh [RUNS] [JAR ...]      (default: 3 runs, target/segmenta.jar; a JAR that is not a .jar is run
#                                           as a launcher, e.g. the app image's target/dist/Segmenta/bin/Segmenta)
#   E2E_JOBS="cluster1 cluster10 sweep10"   (the jobs to run; default all three)
# Needs Debian's /usr/bin/python3 with python3-pandas and python3-sklearn, and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"; shift || true
jars=("$@"); [ ${#jars[@]} -gt 0 ] || jars=(target/segmenta.jar)
shared="${SEGMENTA_SHARED:-../shared}"
jobs=(${E2E_JOBS:-cluster1 cluster10 sweep10})
table="${TMPDIR:-/tmp}/segmenta-e2e-1m.csv"
[ -f "$table" ] || /usr/bin/python3 "$shared/bench/e2e/gen_blobs.py" "$table" 1000000 >/dev/null
features="$(head -1 "$table" | tr ',' '\n' | grep '^f' | paste -sd,)"
stats="$(mktemp)"
trap 'rm -f "$stats"' EXIT
declare -A times
one() { # job label command...
  local out
  /usr/bin/time -o "$stats" -f '%e %U %S %M' "${@:3}" >/dev/null 2>&1 || { echo "$2 failed: ${*:3}"; exit 1; }
  read -r wall user sys rss < <(tail -n 1 "$stats")
  printf '%-9s %-44s %7s s  cpu %7.2f s %6d MB   load %s\n' "$1" "$2" "$wall" "$(awk -v a="$user" -v b="$sys" 'BEGIN {print a + b}')" \
    $(( rss / 1024 )) "$(cut -d' ' -f1-3 /proc/loadavg)"
  times["$1|$2"]+="$wall "
}
segmenta() { # job jar-or-launcher
  local run=("$2"); [[ "$2" != *.jar ]] || run=(java -jar "$2")
  case "$1" in
    cluster1) "${run[@]}" cluster "$table" --features "$features" --k 5 --starts 1 ;;
    cluster10) "${run[@]}" cluster "$table" --features "$features" --k 5 --starts 10 ;;
    sweep10) "${run[@]}" sweep "$table" --features "$features" --k-min 1 --k-max 10 --starts 10 ;;
  esac
}
python() { # job
  case "$1" in
    cluster1) /usr/bin/python3 "$shared/bench/e2e/sk_cluster.py" "$table" cluster 1 ;;
    cluster10) /usr/bin/python3 "$shared/bench/e2e/sk_cluster.py" "$table" cluster 10 ;;
    sweep10) /usr/bin/python3 "$shared/bench/e2e/sk_cluster.py" "$table" sweep 10 ;;
  esac
}
export -f segmenta python
export table features shared
sk="pandas + scikit-learn"
echo "table: $table ($(du -m "$table" | cut -f1) MB), $(nproc) cores, load at start $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$runs"); do
  for job in "${jobs[@]}"; do
    for j in "${jars[@]}"; do
      one "$job" "segmenta $j" bash -c 'segmenta "$0" "$1"' "$job" "$j"
    done
    one "$job" "$sk" bash -c 'python "$0"' "$job"
  done
done
median() { echo "$1" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "medians of $runs (ratio: segmenta / $sk, lower is better):"
for job in "${jobs[@]}"; do
  base="$(median "${times["$job|$sk"]}")"
  printf '  %-9s %-44s %7s s\n' "$job" "$sk" "$base"
  for j in "${jars[@]}"; do
    m="$(median "${times["$job|segmenta $j"]}")"
    printf '  %-9s %-44s %7s s   ratio %s\n' "$job" "segmenta $j" "$m" "$(awk -v a="$m" -v b="$base" 'BEGIN {printf "%.2f", a / b}')"
  done
done
