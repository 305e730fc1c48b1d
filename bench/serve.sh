#!/usr/bin/env bash
# Prediction service under load, side by side, in one run: the Flask + gunicorn (2 workers) service around
# a scikit-learn StandardScaler + KMeans of ../shared/bench/serve/ against `segmenta serve`, both on the Mall
# Income + Spending model with k = 5, both loaded by the same `wrk -t2 -c16 -d10s` posting one customer per
# request (../shared/bench/serve/post.lua), each after a 15 s warm-up (the JVM compiles its hot code
# meanwhile), with p50, p90 and p99 as wrk sees them and the server's own time per request from its access
# log (the difference is time spent waiting for a core and in the loopback network); then a batch of 100,000
# customers posted as CSV to segmenta, five times, with the server's CPU time for each. Traffic goes to
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
tree_ticks() { # pid: CPU ticks (user + system) of the process and all its descendants
  local t p
  t="$(awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0)"
  for p in $(pgrep -P "$1"); do t=$((t + $(tree_ticks "$p"))); done
  echo "$t"
}
load() { # label url var pid: warm-up, then the measured run; prints requests/s, p50, p90, p99 and the
  # service's CPU time per request (all its processes), which the other jobs on the machine do not change much
  timeout 40 wrk -t2 -c16 -d15s -s "$lua" "$2" >/dev/null
  local before cpu
  before="$(tree_ticks "$4")"
  timeout 40 wrk -t2 -c16 -d10s --latency -s "$lua" "$2" > "$work/$1.txt"
  cpu="$(awk -v a="$before" -v b="$(tree_ticks "$4")" -v hz="$(getconf CLK_TCK)" \
    -v n="$(awk '/requests in/ {print $1}' "$work/$1.txt")" 'BEGIN {printf "%.0f", (b - a) / hz * 1e6 / n}')"
  local rps p50 p90 p99 errors
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$work/$1.txt")"
  p50="$(awk '$1 == "50%" {print $2}' "$work/$1.txt")"
  p90="$(awk '$1 == "90%" {print $2}' "$work/$1.txt")"
  p99="$(awk '$1 == "99%" {print $2}' "$work/$1.txt")"
  errors="$(grep -E 'Non-2xx|Socket errors' "$work/$1.txt" || true)"
  printf '%-24s %10s requests/s   p50 %8s   p90 %8s   p99 %8s   CPU %5s us/request   load %s  %s\n' "$1" "$rps" \
    "$p50" "$p90" "$p99" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)" "$errors"
  eval "rps_$3=$rps"
}
in_server() { # the server's own time for the last N predictions (its access log: from taking the request to
  # the answer written), against wrk's above: the rest is waiting for a core and the loopback network
  sleep 1  # the log is flushed every 200 ms
  grep -E 'POST /api/v1/predict 200' "$work/segmenta.log" | tail -n "$1" | awk '{sub("ms", "", $NF); print $NF}' \
    | sort -g | awk '{a[NR] = $1} END {printf "  its own time per request (access log, %d requests): p50 %.2f ms, " \
      "p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms\n", NR, a[int(NR * .5)], a[int(NR * .9)],
      a[int(NR * .99)], a[int(NR * .999)], a[NR]}'
}

java -jar "$jar" cluster "$mall" --features 'Annual Income (k$),Spending Score (1-100)' --k 5 \
  --model "$work/mall.json" >/dev/null

fport="$(free_port)"
MALL="$mall" timeout 300 gunicorn -w 2 -b "127.0.0.1:$fport" --chdir "$shared/bench/serve" \
  --log-level warning flask_app:app > "$work/flask.log" 2>&1 &
pids+=($!)
sport="$(free_port)"
# SEGMENTA_JAVA_OPTS: JVM options to try (e.g. "-XX:+UseParallelGC -Xmx256m"); none by default
# shellcheck disable=SC2086
timeout 300 java ${SEGMENTA_JAVA_OPTS:-} -jar "$jar" serve --model "$work/mall.json" --port "$sport" > "$work/segmenta.log" 2>&1 &
pids+=($!)
wait_up "http://127.0.0.1:$fport/predict_cluster"
wait_up "http://127.0.0.1:$sport/api/v1/predict"

echo "One customer per request, wrk -t2 -c16 -d10s (after a 15 s warm-up), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg):"
load "Flask + gunicorn -w 2" "http://127.0.0.1:$fport/predict_cluster" flask "${pids[0]}"
load "segmenta serve" "http://127.0.0.1:$sport/api/v1/predict" segmenta "${pids[1]}"
in_server "$(awk '/requests in/ {print $1}' "$work/segmenta serve.txt")"
awk -v s="$rps_segmenta" -v f="$rps_flask" 'BEGIN {printf "segmenta / Flask: %.1fx the requests per second\n", s / f}'

/usr/bin/python3 - "$work/batch.csv" <<'PY'
import random, sys
random.seed(7)
with open(sys.argv[1], "w") as f:
    f.write("CustomerID,Annual Income (k$),Spending Score (1-100)\n")
    for i in range(100_000):
        f.write(f"{i + 1},{random.randint(15, 137)},{random.randint(1, 99)}\n")
PY
# the server's CPU time (user + system, all its threads) per batch: what the batch costs whatever else runs
spid="$(pgrep -P "${pids[1]}" java)"
ticks() { awk '{print $14 + $15}' "/proc/$spid/stat"; }
hz="$(getconf CLK_TCK)"
echo "A batch of 100,000 customers as CSV (POST /api/v1/predict, text/csv), five times:"
for run in 1 2 3 4 5; do
  before="$(ticks)"
  secs="$(curl -s --max-time 60 -o "$work/batch-out.csv" -w '%{time_total}' -X POST -H 'Content-Type: text/csv' \
    --data-binary "@$work/batch.csv" "http://127.0.0.1:$sport/api/v1/predict")"
  cpu="$(awk -v a="$before" -v b="$(ticks)" -v hz="$hz" 'BEGIN {print (b - a) / hz}')"
  rows="$(($(wc -l < "$work/batch-out.csv") - 1))"
  awk -v s="$secs" -v r="$rows" -v c="$cpu" -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {printf "  %d customers " \
    "back in %.3f s: %.0f customers/s; server CPU %.2f s: %.0f customers per CPU second (load %s)\n", r, s, r / s, c,
    (c > 0 ? r / c : 0), l}'
done
