#!/usr/bin/env bash
# Starts the packaged Segmenta once with --smoke-test: the main window opens on the built-in sample
# (or the CSV given), the script waits for the first painted frame with the table and exits 0; any
# failure (the launcher does not start, the window or the table does not show within two minutes)
# exits non-zero. Without a display it runs a private Xvfb server.
#   bash packaging/smoke-test.sh [LAUNCHER] [FILE.csv]
# LAUNCHER defaults to the application image's, target/dist/Segmenta/bin/Segmenta.
# Exits 0 with a "skipped" message when no display can be had (no DISPLAY and no Xvfb) or GTK 3,
# which JavaFX draws with on Linux, is missing; under CI=true (.ci/run installs both) that fails instead.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=packaging/xvfb.sh
. packaging/xvfb.sh
launcher="${1:-target/dist/Segmenta/bin/Segmenta}"
shift || true
[ -x "$launcher" ] || { echo "smoke test: no launcher at $launcher (build it with ./mvnw -Ppackage package)" >&2; exit 1; }

skip() {
  echo "smoke test SKIPPED: $1"
  echo "smoke-test: 0 passed, 0 failed, 1 skipped"
  [ "${CI:-}" != true ] || { echo "smoke test: CI=true, so a skip is a failure" >&2; exit 1; }
  exit 0
}
# grep reads the whole list (no -q): with pipefail, a grep that stops at the first match can leave ldconfig
# killed by SIGPIPE, and the pipeline then reads as "not installed" (CI skipped the smoke test that way)
if [ "$(uname -s)" = Linux ] && command -v ldconfig >/dev/null && ! ldconfig -p | grep 'libgtk-3\.so\.0' >/dev/null; then
  skip "GTK 3 is not installed, and JavaFX needs it (Debian/Ubuntu: apt-get install libgtk-3-0)"
fi
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  if ! command -v Xvfb >/dev/null; then
    skip "no DISPLAY and no Xvfb (Debian/Ubuntu: apt-get install xvfb)"
  fi
  start_xvfb 90 120 || { echo "smoke test: could not start Xvfb" >&2; exit 1; }
fi
# an image with the class archive (Linux, packaging/linux/segmenta-class-archive.sh) must start with it:
# -Xshare:on makes Java refuse to start when it cannot use the archive, instead of silently going without
archive="$(dirname "$launcher")/../lib/app/segmenta.jsa"
if [ -f "$archive" ]; then
  export JAVA_TOOL_OPTIONS="-Xshare:on${JAVA_TOOL_OPTIONS:+ $JAVA_TOOL_OPTIONS}"
  echo "smoke test: with the class archive $archive (-Xshare:on)"
fi
# a scratch home (Java takes user.home from the password database, not $HOME): the start must not need
# the user's, and an image with JavaFX's native libraries beside its jars (Linux,
# Package.extractJavafxNatives) must load them from there, not extract them into ~/.openjfx
natives="$(dirname "$launcher")/../lib/app/libglass.so"
home="$(mktemp -d)"
trap 'cleanup; rm -rf "$home"' EXIT
echo "smoke test: $launcher --smoke-test --startup-timing $* (DISPLAY=$DISPLAY, HOME=$home)"
# the launcher's own limit is 120 s; the outer one catches a launcher that hangs before Java starts
if HOME="$home" JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:+$JAVA_TOOL_OPTIONS }-Duser.home=$home" timeout 180 "$launcher" --smoke-test --startup-timing "$@"; then
  if [ -f "$natives" ] && [ -e "$home/.openjfx" ]; then
    echo "smoke test: JavaFX extracted its native libraries into ~/.openjfx although the image has them beside its jars" >&2
    echo "smoke-test: 0 passed, 1 failed"
    exit 1
  fi
  # the archive holds the command line's classes too: a `cluster` run maps Segmenta's classes from it
  if [ -f "$archive" ]; then
    HOME="$home" JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Duser.home=$home -Xlog:class+load=info:file=$home/classes.txt" \
      timeout 180 "$launcher" cluster @sample --features 'Annual Income (k$),Spending Score (1-100)' --k 5 >/dev/null
    ours="$(grep -c ' io\.segmenta\.' "$home/classes.txt" || true)"
    mapped="$(grep ' io\.segmenta\.' "$home/classes.txt" | grep -c 'shared objects file' || true)"
    echo "smoke test: segmenta cluster mapped $mapped of its $ours Segmenta classes from the class archive"
    if [ "$ours" -eq 0 ] || [ $((mapped * 10)) -lt $((ours * 9)) ]; then
      echo "smoke test: the class archive does not hold the command line's classes" >&2
      echo "smoke-test: 0 passed, 1 failed"
      exit 1
    fi
  fi
  echo "smoke-test: 1 passed, 0 failed"
else
  code=$?
  echo "smoke-test: 0 passed, 1 failed (exit code $code)"
  exit "$code"
fi
