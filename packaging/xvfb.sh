# Sourced (not run) by packaging/smoke-test.sh and .ci/readme-commands.sh: start_xvfb FIRST LAST
# starts a private Xvfb on the first free display number from FIRST to LAST, exports DISPLAY and
# sets xvfb_pid (the caller kills it on exit). Returns 1 when none could be started.
start_xvfb() {
  local n
  xvfb_pid=""
  for n in $(seq "$1" "$2"); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    if kill -0 "$xvfb_pid" 2>/dev/null; then export DISPLAY=":$n"; return 0; fi
    xvfb_pid=""
  done
  return 1
}
