#!/usr/bin/env bash
# Regenerates packaging/cds/spendsense.classlist, the list of classes the AppCDS archive holds: one real launch of the
# app-image under Xvfb, up to the sign-in window and the database being open (SPENDSENSE_STARTUP_PROBE=1), with
# -XX:DumpLoadedClassList. Kept from it: the classes of the way to the first window (the JDK, JavaFX, logging,
# SpendSense's UI). Left out, to keep the archive small (each class costs ~7 KiB of archive, see docs/packaging.md):
#   - the libraries only the background thread that opens the database loads (Hibernate, Byte Buddy, Flyway, Jackson,
#     JAXB, ANTLR, the SQLite driver, SpendSense's persistence): they do not delay the window;
#   - the benchmark probe's own JMX classes, and dynamic proxies (jdk/proxy*, com/sun/proxy: never archivable);
#   - lambda proxy classes (@lambda-proxy lines: 25 MiB of archive for ~50 ms).
# Run it after changing what the sign-in window loads; packaging/smoke-test.sh fails when over 10% of the list is gone.
# Needs the app-image (./mvnw -Ppackage -Dpackage.installer=false -DskipTests package) and xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/../.."
image=target/packaging/image/spendsense
[[ -x "$image/bin/spendsense" ]] || { echo "make-classlist: build the app-image first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "make-classlist: needs xvfb-run (apt-get install -y xvfb)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$image" "$work/image"
cfg="$work/image/lib/app/spendsense.cfg"
sed -i -e '/SharedArchiveFile\|Xshare\|Xlog:cds/d' "$cfg"
sed -i "/^\[JavaOptions\]/a java-options=-XX:DumpLoadedClassList=$work/loaded.classlist" "$cfg"
export HOME="$work/home" SPENDSENSE_DB="$work/train.db" SPENDSENSE_PASSWORD=train-password
mkdir -p "$HOME"
"$work/image/bin/spendsense" user add train >/dev/null
SPENDSENSE_STARTUP_PROBE=1 timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$work/image/bin/spendsense" \
    | grep '^startup-probe'

out=packaging/cds/spendsense.classlist
{
    echo "# The classes of SpendSense's AppCDS archive: made by packaging/cds/make-classlist.sh (do not edit by hand)"
    echo "# from a launch of the app-image up to the sign-in window, $(java -version 2>&1 | head -1)."
    grep -v -e '^#' -e '^@lambda-proxy' "$work/loaded.classlist" | grep -v -E \
        '^(org/hibernate|net/bytebuddy|org/flywaydb|tools/jackson|com/fasterxml|org/glassfish|jakarta/|org/antlr|org/jboss|com/sun/istack|org/sqlite|io/spendsense/persistence|javax/management|sun/management|java/lang/management|com/sun/management|jdk/proxy|com/sun/proxy)'
} > "$out"
echo "make-classlist: $(grep -c -v -e '^#' -e '^@' "$out") classes in $out"
