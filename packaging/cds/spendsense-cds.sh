#!/bin/sh
# spendsense-cds.sh [APP-ROOT]: makes the AppCDS archive of an installed SpendSense, or of an app-image, in place:
# lib/app/app.jsa, a static archive of the classes listed in lib/app/spendsense.classlist (the JDK, JavaFX and
# SpendSense classes a real launch loads on the way to the sign-in window; made at packaging time by
# packaging/cds/make-classlist.sh). The launcher maps it at every start (-XX:SharedArchiveFile=$APPDIR/app.jsa with
# -Xshare:auto in lib/app/spendsense.cfg); while it is missing, or if the JVM refuses it, the app starts without it.
#
# JDK 17 maps an archive only with the class path it was made with, so it is made where the app lives: by the .deb's
# postinst, by `./mvnw -Ppackage -Dpackage.appcds=true` for an app-image, and by packaging/smoke-test.sh. It needs no
# display and runs no app code: one JVM reads the list, loads and links those classes and writes the archive (a few
# seconds). Prints one line: the archive's size and how many listed classes were not found (a list gone stale).
# APP-ROOT defaults to the folder above this script's lib/app (/opt/spendsense when installed).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=${1:-$(cd "$here/../.." && pwd)}
app=$root/lib/app
cfg=$app/spendsense.cfg
jsa=$app/app.jsa
log=$app/app.jsa.log

[ -f "$app/spendsense.classlist" ] || { echo "spendsense-cds: no class list in $app" >&2; exit 1; }
grep -qx 'java-options=-XX:SharedArchiveFile=$APPDIR/app.jsa' "$cfg" || {
    echo "spendsense-cds: $cfg does not map \$APPDIR/app.jsa" >&2
    exit 1
}
rm -f "$jsa" "$log"
# For the one dumping run the launcher's options become -Xshare:dump with the class list; the cfg is put back after,
# whatever happens (dpkg --verify stays clean).
cp -p "$cfg" "$cfg.cds-tmp"
put_back() { if [ -f "$cfg.cds-tmp" ]; then mv -f "$cfg.cds-tmp" "$cfg"; fi; }
trap put_back EXIT
trap 'put_back; exit 1' INT TERM
sed -e '/^java-options=-Xshare:auto$/d' -e '/^java-options=-Xlog:cds/d' \
    -e 's|^java-options=-XX:SharedArchiveFile=\$APPDIR/app.jsa$|java-options=-Xshare:dump\
java-options=-XX:SharedClassListFile=$APPDIR/spendsense.classlist\
java-options=-XX:SharedArchiveFile=$APPDIR/app.jsa|' "$cfg.cds-tmp" > "$cfg"
status=0
"$root/bin/spendsense" --version > "$log" 2>&1 || status=$?
if [ "$status" -ne 0 ] || [ ! -s "$jsa" ]; then
    echo "spendsense-cds: the JVM could not write the archive (exit $status); see $log" >&2
    rm -f "$jsa"
    exit 1
fi
listed=$(grep -c -v -e '^#' -e '^@' "$app/spendsense.classlist" || true)
missing=$(grep -c 'Preload Warning: Cannot find' "$log" || true)
size=$(( $(wc -c < "$jsa") / 1048576 ))
rm -f "$log"
echo "spendsense-cds: $jsa, $size MiB; $missing of $listed listed classes not found"
