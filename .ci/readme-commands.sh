#!/usr/bin/env bash
# Runs every command that README.md shows, so a README example that stops working turns CI red.
#
# A command is a line of a ```sh block in README.md (a trailing "# comment" is dropped). Each runs
# with bash, in a scratch copy of the repository whose target/ is this one's (built before: the
# jar, the application image and the .deb), with ../shared beside it when the repository has one,
# in the order the README gives them, so an example may use a file an earlier one wrote. A command
# fails the run when it exits non-zero or takes over ten minutes. The window cannot stay open in CI, so:
#   - a window launch (./mvnw javafx:run, java -jar target/segmenta.jar without a command word,
#     /opt/segmenta/bin/Segmenta) gets --smoke-test: it opens the window under Xvfb, waits for the
#     painted table and exits (javafx:run receives it through -Djavafx.args);
#   - `sudo` is dropped when running as root, and `apt` gets -y (no one is there to answer);
#   - ./mvnw verify and ./mvnw -Ppackage package -DskipTests are what .ci/run ran just before; they
#     are checked to be the commands CI runs, not run twice.
# Usage: bash .ci/readme-commands.sh [README.md]   (needs Xvfb and GTK 3 for the window commands)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=packaging/xvfb.sh
. "$repo/packaging/xvfb.sh"
readme="$(cd "$(dirname "${1:-$repo/README.md}")" && pwd)/$(basename "${1:-README.md}")"
[ -f "$repo/target/segmenta.jar" ] || { echo "readme-commands: build first (./mvnw verify and -Ppackage package)" >&2; exit 1; }

# the commands: lines of ```sh blocks, comments dropped, in order
mapfile -t commands < <(awk '
  { t = $0; sub(/^[ \t]+/, "", t) }
  t ~ /^```/ { if (inblock) { inblock = 0 } else if (t == "```sh") { inblock = 1 }; next }
  inblock {
    line = $0
    sub(/[ \t]+#[^"'\'']*$/, "", line)
    sub(/^[ \t]+/, "", line); sub(/[ \t]+$/, "", line)
    if (line != "" && substr(line, 1, 1) != "#") print line
  }' "$readme")
[ ${#commands[@]} -gt 0 ] || { echo "readme-commands: no \`\`\`sh commands in $readme" >&2; exit 1; }

scratch_root="$(mktemp -d)"
scratch="$scratch_root/segmenta"
mkdir "$scratch"
# README examples may read the shared datasets beside the repository (../shared), as the tests do
if [ -d "$repo/../shared" ]; then ln -s "$(cd "$repo/../shared" && pwd)" "$scratch_root/shared"; fi
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$scratch_root"
}
trap cleanup EXIT
(cd "$repo" && tar --exclude=./target --exclude=./.git -cf - .) | tar -xf - -C "$scratch"
ln -s "$repo/target" "$scratch/target"

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "readme-commands: the window commands need Xvfb (apt-get install xvfb)" >&2; exit 1; }
  start_xvfb 130 160 || { echo "readme-commands: could not start Xvfb" >&2; exit 1; }
fi

cli_words=" inspect describe sweep cluster predict serve report rfm bench help screenshots --help -h --version -V "
# echoes the command as it runs in CI
adapt() {
  local c="$1"
  if [ "$(id -u)" = 0 ]; then c="${c#sudo }"; fi
  case "$c" in
    "apt install "* | "apt remove "* | "apt-get install "* | "apt-get remove "*)
      c="DEBIAN_FRONTEND=noninteractive ${c/ install / install -y }"; c="${c/ remove / remove -y }" ;;
    "./mvnw javafx:run"*)
      c="./mvnw -B -ntp javafx:run -Djavafx.args=--smoke-test${c#./mvnw javafx:run}" ;;
    "java -jar target/segmenta.jar"* | "/opt/segmenta/bin/Segmenta"*)
      local rest first
      if [ "${c#java -jar target/segmenta.jar}" != "$c" ]; then rest="${c#java -jar target/segmenta.jar}"; else rest="${c#/opt/segmenta/bin/Segmenta}"; fi
      first="$(echo "$rest" | awk '{print $1}')"
      case "$cli_words" in *" $first "*) ;; *) c="$c --smoke-test" ;; esac ;;
  esac
  echo "$c"
}

passed=0
failed=0
n=0
for cmd in "${commands[@]}"; do
  n=$((n + 1))
  case "$cmd" in
    "./mvnw verify" | "./mvnw -Ppackage package -DskipTests")
      grep -qF -- "./mvnw -B -ntp ${cmd#./mvnw }" "$repo/.ci/run" \
        || { echo "readme-commands [$n] FAILED: README shows '$cmd' but .ci/run does not run it"; failed=$((failed + 1)); continue; }
      echo "readme-commands [$n] $cmd: run by .ci/run before this script"
      passed=$((passed + 1))
      continue ;;
  esac
  run="$(adapt "$cmd")"
  echo "readme-commands [$n] \$ $run"
  start=$SECONDS
  if (cd "$scratch" && timeout 600 bash -c "$run" > "$scratch/.out" 2>&1 </dev/null); then
    echo "readme-commands [$n] ok in $((SECONDS - start)) s: $(tail -n 1 "$scratch/.out" | cut -c1-150)"
    passed=$((passed + 1))
  else
    code=$?
    echo "readme-commands [$n] FAILED (exit code $code): $cmd"
    sed 's/^/    /' "$scratch/.out" | tail -n 40
    failed=$((failed + 1))
  fi
done
echo "readme-commands: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
