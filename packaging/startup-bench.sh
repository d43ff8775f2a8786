#!/usr/bin/env bash
# Start-up benchmark of the real bundle: time from launching the app-image's launcher to the sign-in window being
# shown (and to the database being open), as printed by the app under SPENDSENSE_STARTUP_PROBE=1, under Xvfb.
# Runs each variant RUNS times (default 7, interleaved) against a database that holds one profile, and prints the median and
# the min/max of each:
#   appcds     the app-image as -Ppackage -Dpackage.appcds=true made it: the runtime's CDS archive plus the AppCDS
#              archive of a training run (-XX:SharedArchiveFile=$APPDIR/spendsense.jsa in the launcher's cfg)
#   base-cds   the same without the AppCDS archive: only the runtime's own classes are shared
#   no-cds     the same with -Xshare:off: no class data sharing at all (as the default -Ppackage bundle)
# Needs: the app-image (./mvnw -Ppackage -Dpackage.appcds=true -DskipTests package) and xvfb-run
# (apt-get install -y xvfb). Usage: packaging/startup-bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
image=target/packaging/image/spendsense
[[ -x "$image/bin/spendsense" ]] || { echo "bench: build the app-image first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "bench: needs xvfb-run (apt-get install -y xvfb)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" SPENDSENSE_DB="$work/bench.db" SPENDSENSE_PASSWORD=bench-password
mkdir -p "$HOME"
"$image/bin/spendsense" user add bench >/dev/null

variant() {  # variant NAME JAVA-OPTION...: a copy of the image whose cfg gets the given extra java-options
    local name=$1
    shift
    cp -r "$image" "$work/$name"
    local cfg="$work/$name/lib/app/spendsense.cfg"
    for opt in "$@"; do
        sed -i "/^\[JavaOptions\]/a java-options=$opt" "$cfg"
    done
}

probe() {  # probe IMAGE-DIR: one launch; prints "shown ready"
    local out
    out=$(SPENDSENSE_STARTUP_PROBE=1 timeout 60 xvfb-run -a -s "-screen 0 1600x1000x24" "$1/bin/spendsense" 2>&1) || true
    local shown ready
    shown=$(sed -n 's/^startup-probe window-shown-ms=//p' <<<"$out")
    ready=$(sed -n 's/^startup-probe ready-ms=//p' <<<"$out")
    [[ -n "$shown" && -n "$ready" ]] || { echo "bench: no probe output from $1: $out" >&2; exit 1; }
    echo "$shown $ready"
}

stats() {  # stats < numbers: median (min-max)
    sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
        printf "%d ms (min %d, max %d)", m, a[1], a[NR]}'
}

declare -A shown ready
measure_round() {  # one launch of each variant, interleaved so that load from elsewhere hits them alike
    local name s r
    for name in "$@"; do
        read -r s r < <(probe "$work/$name")
        shown[$name]+="$s "
        ready[$name]+="$r "
    done
}

[[ -f "$image/lib/app/spendsense.jsa" ]] || { echo "bench: build with -Dpackage.appcds=true" >&2; exit 1; }
variant appcds
# A JDK 17 archive only loads from the folder it was made in: retrain in the copy, as the build did in place.
cfg="$work/appcds/lib/app/spendsense.cfg"
rm -f "$work/appcds/lib/app/spendsense.jsa"
sed -i 's/^java-options=-XX:SharedArchiveFile=/java-options=-XX:ArchiveClassesAtExit=/' "$cfg"
probe "$work/appcds" >/dev/null
sed -i 's/^java-options=-XX:ArchiveClassesAtExit=/java-options=-XX:SharedArchiveFile=/' "$cfg"
[[ -f "$work/appcds/lib/app/spendsense.jsa" ]] || { echo "bench: the training run wrote no archive" >&2; exit 1; }
variant base-cds
sed -i '/SharedArchiveFile/d' "$work/base-cds/lib/app/spendsense.cfg"
variant no-cds -Xshare:off
sed -i '/SharedArchiveFile/d' "$work/no-cds/lib/app/spendsense.cfg"

echo "SpendSense start-up, $runs runs each after one warm-up; $(nproc) cores; $(uname -sr);" \
    "AppCDS archive $(du -h "$image/lib/app/spendsense.jsa" | cut -f1)"
variants=(appcds base-cds no-cds)
measure_round "${variants[@]}" >/dev/null   # warm-up: every variant is measured with a warm OS file cache
unset shown ready
declare -A shown ready
for ((i = 0; i < runs; i++)); do
    measure_round "${variants[@]}"
done
for name in "${variants[@]}"; do
    printf "%-9s window shown: %s; database open: %s\n" "$name" \
        "$(tr ' ' '\n' <<<"${shown[$name]}" | grep . | stats)" "$(tr ' ' '\n' <<<"${ready[$name]}" | grep . | stats)"
done
