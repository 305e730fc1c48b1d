#!/bin/bash
# Segmenta's launcher in the Linux application image (bin/Segmenta; /usr/bin/segmenta links to it):
# starts the image's Java with what jpackage wrote in lib/app/Segmenta.cfg (class path, main class,
# Java options; $APPDIR, $BINDIR and $ROOTDIR expanded as jpackage's launcher does), adds
# -Djpackage.app-path like it, and passes every argument on unchanged. exec keeps the process id,
# signals and exit code Java's.
# Why not jpackage's native launcher: on Linux (JDK 17) it asks the package managers which package owns
# it at every start (rpm -qf, then dpkg -S, then dpkg -L for an installed .deb), three shells and a
# database search before Java starts: main was reached 230-280 ms after the process started against
# 80-100 ms this way, and the window painted 150-200 ms later, on Debian 12 with the .deb installed.
# packaging/Package.java puts this file in place of the native launcher (Linux only).
self="$(readlink -f "$0")"
BINDIR="${self%/*}"
ROOTDIR="${BINDIR%/*}"
APPDIR="$ROOTDIR/lib/app"
cfg="$APPDIR/Segmenta.cfg"
java="$ROOTDIR/lib/runtime/bin/java"
fail() {
  echo "Segmenta: $1 (the installation is damaged; reinstalling it mends that)" >&2
  exit 1
}
[ -r "$cfg" ] || fail "cannot read $cfg"
[ -x "$java" ] || fail "no Java at $java"

# sets v to $1 with the folders filled in (no command substitution: that would fork once per line)
expand() {
  v="${1//\$APPDIR/$APPDIR}"
  v="${v//\$BINDIR/$BINDIR}"
  v="${v//\$ROOTDIR/$ROOTDIR}"
}

options=()
classpath=""
main=""
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    "" | "["*"]" | "#"*) ;;
    app.classpath=*) expand "${line#app.classpath=}" && classpath="${classpath:+$classpath:}$v" ;;
    app.mainclass=*) main="${line#app.mainclass=}" ;;
    java-options=*) expand "${line#java-options=}" && options+=("$v") ;;
    *) fail "$cfg has a line this launcher does not know: ${line%%=*}" ;;
  esac
done <"$cfg"
[ -n "$main" ] || fail "$cfg names no main class"

exec "$java" "${options[@]}" "-Djpackage.app-path=$self" -cp "$classpath" "$main" "$@"
