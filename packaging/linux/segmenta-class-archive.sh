#!/bin/sh
# Writes the application class-data sharing archive of an installed Segmenta image: the classes the
# window loads to show its first table and build its steps' pages, and those a command-line `cluster`
# loads, parsed and laid out once, so that later starts map them instead of reading and verifying them
# from the jars (the launcher's Segmenta.cfg names $APPDIR/segmenta.jsa with -XX:SharedArchiveFile;
# without the file the JVM starts as before).
#   sh segmenta-class-archive.sh [APP_DIR]      (default: the folder of this script, .../lib/app)
# Java 17 ties such an archive to the absolute paths of the jars, so it is written where the image
# lives: by packaging/Package.java for the image it builds, and by the .deb's postinst in /opt/segmenta.
# Two training runs list the classes they load (-XX:DumpLoadedClassList): the window opened once
# without a display (JavaFX's headless Monocle platform) on the built-in sample, with a scratch settings
# folder, closing itself once every step's page is built (--smoke-test); and `segmenta cluster` on the
# sample, writing to the scratch folder. Java then writes one archive of both lists and of the runtime's own
# (lib/classlist, the list of the default archive this one replaces) with -Xshare:dump; the archive is
# checked by starting Java with -Xshare:on (which refuses an archive it cannot use) and removed when
# it fails. Exits 0 with a message when the archive cannot be written: it only makes the start faster.
set -u
app="$(cd "${1:-$(dirname "$0")}" && pwd -P)"
cfg="$app/Segmenta.cfg"
java="$app/../runtime/bin/java"
archive="$app/segmenta.jsa"
if [ ! -f "$cfg" ] || [ ! -x "$java" ]; then
  echo "class archive: no Segmenta image at $app (no Segmenta.cfg or runtime); not written" >&2
  exit 0
fi
# the class path exactly as the launcher builds it (the cfg's order, $APPDIR expanded)
cp="$(sed -n 's|^app\.classpath=\$APPDIR/|'"$app"'/|p' "$cfg" | paste -sd: -)"
main="$(sed -n 's/^app\.mainclass=//p' "$cfg")"
# the launcher's Java options, less the archive itself (Java refuses to write the file it reads)
opts="$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e '^-XX:SharedArchiveFile=' -e '^-Xlog:' | sed "s|\\\$APPDIR|$app|g")"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
tmp="$app/.segmenta.jsa.$$"
fail() {
  rm -f "$tmp"
  echo "class archive: $1; Segmenta starts without it" >&2
  exit 0
}
# shellcheck disable=SC2086
env -u DISPLAY -u WAYLAND_DISPLAY -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS timeout 300 "$java" \
  -XX:DumpLoadedClassList="$scratch/window.classes" $opts \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -Dsegmenta.config.dir="$scratch/settings" -cp "$cp" "$main" --smoke-test --new-instance \
  >"$scratch/out.txt" 2>&1 || fail "the window's training start failed ($(tail -n 1 "$scratch/out.txt"))"
# shellcheck disable=SC2086
env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS timeout 300 "$java" -XX:DumpLoadedClassList="$scratch/cluster.classes" \
  $opts -Dsegmenta.config.dir="$scratch/settings" -cp "$cp" "$main" cluster @sample \
  --features 'Annual Income (k$),Spending Score (1-100)' --k 5 --out "$scratch/segmented.csv" \
  >"$scratch/out.txt" 2>&1 || fail "the command line's training run failed ($(tail -n 1 "$scratch/out.txt"))"
# with the runtime's own list first: the archive replaces the runtime's default one, whose classes stay in
runtime_list="$app/../runtime/lib/classlist"
[ -f "$runtime_list" ] || runtime_list=/dev/null
cat "$runtime_list" "$scratch/window.classes" "$scratch/cluster.classes" >"$scratch/classes"
# shellcheck disable=SC2086
env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS timeout 300 "$java" -Xshare:dump \
  -XX:SharedClassListFile="$scratch/classes" -XX:SharedArchiveFile="$tmp" -Xlog:cds=off $opts -cp "$cp" \
  >"$scratch/out.txt" 2>&1 || fail "Java could not write the archive ($(tail -n 1 "$scratch/out.txt"))"
[ -s "$tmp" ] || fail "Java wrote no archive"
# shellcheck disable=SC2086
if env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS "$java" -Xshare:on -XX:SharedArchiveFile="$tmp" -Xlog:cds=off \
    -Xlog:cds+dynamic=off $opts -cp "$cp" "$main" --version >/dev/null 2>&1; then
  mv -f "$tmp" "$archive"
  echo "class archive: $archive ($(du -m "$archive" | cut -f1) MB)"
else
  fail "Java could not use the archive it wrote"
fi
exit 0
