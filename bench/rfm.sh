#!/usr/bin/env bash
# RFM at scale, side by side: `segmenta rfm` (whole process: start-up, CSV import, customer table, CSV out)
# against what a pandas user runs for the same figures (bench/rfm_pandas.py: read_csv + groupby), on a
# seeded 10,000,000-row transaction log with about 900,000 customers (bench/rfm_gen.py, written once to
# $TMPDIR), interleaved, RUNS times each; `segmenta inspect` on the same file times the import alone.
# Prints each run (wall seconds, peak RSS) and the medians, then checks that both tables agree.
#   bash bench/rfm.sh [RUNS] [JAR]      (default: 1 run, target/segmenta.jar; heap: RFM_HEAP, default 4g)
# Needs Debian's /usr/bin/python3 with python3-pandas, and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1}"
jar="${2:-target/segmenta.jar}"
heap="${RFM_HEAP:-4g}"
log="${TMPDIR:-/tmp}/segmenta-rfm-10m.csv"
[ -f "$log" ] || /usr/bin/python3 bench/rfm_gen.py "$log" 10000000 1000000
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
declare -A times
one() { # label command...
  /usr/bin/time -o "$work/stats" -f '%e %M' "${@:2}" >"$work/out" 2>"$work/err" || { cat "$work/err"; exit 1; }
  local s; s="$(tail -n 1 "$work/stats")"
  echo "$1: ${s% *} s, $(( ${s#* } / 1024 )) MB peak"
  times[$1]+="${s% *} "
}
echo "log: $log ($(du -m "$log" | cut -f1) MB), segmenta heap -Xmx$heap, $(nproc) cores"
for r in $(seq 1 "$runs"); do
  one "segmenta rfm" java -Xmx"$heap" -jar "$jar" rfm "$log" --customer CustomerID --date InvoiceDate \
      --invoice InvoiceNo --quantity Quantity --price UnitPrice --product StockCode --category Country \
      --out "$work/segmenta.csv"
  one "pandas read_csv + groupby" /usr/bin/python3 bench/rfm_pandas.py "$log" "$work/pandas.csv"
  one "segmenta inspect (import only)" java -Xmx"$heap" -jar "$jar" inspect "$log"
done
echo "medians of $runs:"
for k in "${!times[@]}"; do
  echo "  $k: $(echo ${times[$k]} | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') s"
done
/usr/bin/python3 - "$work/pandas.csv" "$work/segmenta.csv" <<'PY'
import sys
import pandas as pd
a, b = pd.read_csv(sys.argv[1]), pd.read_csv(sys.argv[2])
assert len(a) == len(b), (len(a), len(b))
for c in a.columns:
    same = (a[c].fillna("") == b[c].fillna("")).all() if a[c].dtype == object else (a[c] - b[c]).abs().max() < 1e-6
    assert same, c
print(f"the tables agree: {len(a):,} customers, every column (numbers to 1e-6)")
PY
