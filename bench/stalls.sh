#!/usr/bin/env bash
# The window's longest waits, side by side: `segmenta screenshots` (the tour of every step, on the built-in
# sample or on STALLS_TABLE) run RUNS times for each jar given, the jars alternating, and per picture of the
# tour the median and the range of the longest time the window could not paint (the JavaFX thread's
# longest wait, as the tour prints it; "window built and painted" is the start-up (the window built and its
# first frame, not a wait while work runs); "pages built ahead" is the wait while the steps' pages are built
# after the first frame). Stalls over 100 ms are what the window must avoid while work runs (issue 17).
#   bash bench/stalls.sh [RUNS] [JAR ...]   (default: 3 runs, target/segmenta.jar; a JAR that is not a .jar is run
#                                           as a launcher, e.g. the app image's target/dist/Segmenta/bin/Segmenta)
#   STALLS_TABLE=FILE                        (walk through this table instead of the built-in sample)
#   STALLS_JAVA_OPTS="-Xmx4g"                (options for java, e.g. for a 10,000,000-row table)
# Needs a display: DISPLAY set, e.g. Xvfb :77 -screen 0 1400x900x24 & DISPLAY=:77 bash bench/stalls.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"; shift || true
jars=("$@"); [ ${#jars[@]} -gt 0 ] || jars=(target/segmenta.jar)
[ -n "${DISPLAY:-}" ] || { echo "stalls.sh: no DISPLAY (start Xvfb and set DISPLAY)" >&2; exit 1; }
table=(); [ -z "${STALLS_TABLE:-}" ] || table=(--table "$STALLS_TABLE")
out="$(mktemp -d)"
waits="$(mktemp)"
trap 'rm -rf "$out" "$waits"' EXIT
echo "$(nproc) cores, ${STALLS_TABLE:-the built-in sample}, load at start $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$runs"); do
  for j in "${jars[@]}"; do
    rm -rf "$out/tour"
    # shellcheck disable=SC2086
    run=(java ${STALLS_JAVA_OPTS:-} -jar "$j"); [[ "$j" == *.jar ]] || run=(env JAVA_TOOL_OPTIONS="${STALLS_JAVA_OPTS:-}" "$j")
    "${run[@]}" screenshots "$out/tour" "${table[@]}" 2>&1 \
      | sed -nE 's#^  (/.*/)?([^ /]+\.png) .*longest JavaFX-thread wait ([0-9]+) ms.*#\2 \3#p;
                 s#^  window built and painted, longest JavaFX-thread wait ([0-9]+) ms.*#window-built-and-painted \1#p;
                 s#^  pages built ahead, longest JavaFX-thread wait ([0-9]+) ms.*#pages-built-ahead \1#p' \
      | sed "s#^#$j #" >> "$waits" || { echo "stalls.sh: the tour failed with $j" >&2; exit 1; }
    echo "run $r, $j: $(grep -c "^$j " "$waits") waits so far"
  done
done
echo "longest JavaFX-thread wait, ms: median (min-max) of $runs tours"
awk '
  { key = $2; jar = $1; v[jar, key] = v[jar, key] " " $3; if (!(key in seen)) { seen[key] = 1; order[++n] = key }
    if (!(jar in seenJar)) { seenJar[jar] = 1; jars[++m] = jar } }
  function stat(s,   a, c, i, j, t) {
    c = split(substr(s, 2), a, " ")
    for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return sprintf("%5d (%d-%d)", a[int((c + 1) / 2)], a[1], a[c])
  }
  END {
    printf "%-40s", "picture"; for (k = 1; k <= m; k++) printf "  %-22s", jars[k]; printf "\n"
    for (i = 1; i <= n; i++) {
      printf "%-40s", order[i]
      for (k = 1; k <= m; k++) printf "  %-22s", ((jars[k], order[i]) in v) ? stat(v[jars[k], order[i]]) : "-"
      printf "\n"
    }
  }' "$waits"
