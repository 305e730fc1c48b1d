#!/usr/bin/env bash
# Prediction service under load, side by side, in one run: the Flask + gunicorn (2 workers) service around
# a scikit-learn StandardScaler + KMeans of ../shared/bench/serve/ against `segmenta serve`, both on the Mall
# Income + Spending model with k = 5, both loaded by the same `wrk -t2 -c16 -d10s` posting one customer per
# request (../shared/bench/serve/post.lua), each after a 15 s warm-up (the JVM compiles its hot code
# meanwhile); then a batch of 100,000 customers posted as CSV to segmenta, three times. Traffic goes to
# 127.0.0.1 only; every step is bounded in time and the script stops both services when it ends.
#   bash bench/serve.sh [JAR]      (default: target/segmenta.jar)
# Needs Debian's wrk, curl, gunicorn, python3-flask, python3-pandas and python3-sklearn (/usr/bin/python3).
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${1:-target/segmenta.jar}"
shared="$(cd "${SEGMENTA_SHARED:-../shared}" && pwd)"
mall="$shared/datasets/Mall_Customers.csv"
lua="$shared/bench/serve/post.lua"
work="$(mktemp -d)"
pids=()
stop() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap stop EXIT
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_up() { # url: waits up to 60 s for an answer
  for _ in $(seq 1 600); do
    curl -s -o /dev/null -X POST -H 'Content-Type: application/json' \
      -d '{"Annual Income (k$)": 88, "Spending Score (1-100)": 77}' "$1" && return 0
    sleep 0.1
  done
  echo "no answer from $1 in 60 s" >&2; exit 1
}
load() { # label url: warm-up, then the measured run; prints requests/s and p99
  timeout 40 wrk -t2 -c16 -d15s -s "$lua" "$2" >/dev/null
  timeout 40 wrk -t2 -c16 -d10s --latency -s "$lua" "$2" > "$work/$1.txt"
  local rps p99 errors
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$work/$1.txt")"
  p99="$(awk '$1 == "99%" {print $2}' "$work/$1.txt")"
  errors="$(grep -E 'Non-2xx|Socket errors' "$work/$1.txt" || true)"
  printf '%-28s %12s requests/s   p99 %8s   %s\n' "$1" "$rps" "$p99" "$errors"
  eval "rps_$3=$rps"
}

java -jar "$jar" cluster "$mall" --features 'Annual Income (k$),Spending Score (1-100)' --k 5 \
  --model "$work/mall.json" >/dev/null

fport="$(free_port)"
MALL="$mall" timeout 300 gunicorn -w 2 -b "127.0.0.1:$fport" --chdir "$shared/bench/serve" \
  --log-level warning flask_app:app > "$work/flask.log" 2>&1 &
pids+=($!)
sport="$(free_port)"
timeout 300 java -jar "$jar" serve --model "$work/mall.json" --port "$sport" > "$work/segmenta.log" 2>&1 &
pids+=($!)
wait_up "http://127.0.0.1:$fport/predict_cluster"
wait_up "http://127.0.0.1:$sport/api/v1/predict"

echo "One customer per request, wrk -t2 -c16 -d10s (after a 15 s warm-up), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg):"
load "Flask + gunicorn -w 2" "http://127.0.0.1:$fport/predict_cluster" flask
load "segmenta serve" "http://127.0.0.1:$sport/api/v1/predict" segmenta
awk -v s="$rps_segmenta" -v f="$rps_flask" 'BEGIN {printf "segmenta / Flask: %.1fx the requests per second\n", s / f}'

/usr/bin/python3 - "$work/batch.csv" <<'PY'
import random, sys
random.seed(7)
with open(sys.argv[1], "w") as f:
    f.write("CustomerID,Annual Income (k$),Spending Score (1-100)\n")
    for i in range(100_000):
        f.write(f"{i + 1},{random.randint(15, 137)},{random.randint(1, 99)}\n")
PY
echo "A batch of 100,000 customers as CSV (POST /api/v1/predict, text/csv), three times:"
for run in 1 2 3; do
  secs="$(curl -s --max-time 60 -o "$work/batch-out.csv" -w '%{time_total}' -X POST -H 'Content-Type: text/csv' \
    --data-binary "@$work/batch.csv" "http://127.0.0.1:$sport/api/v1/predict")"
  rows="$(($(wc -l < "$work/batch-out.csv") - 1))"
  awk -v s="$secs" -v r="$rows" 'BEGIN {printf "  %d customers back in %.3f s: %.0f customers/s\n", r, s, r / s}'
done
