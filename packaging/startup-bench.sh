#!/usr/bin/env bash
# Start-up benchmark of the real bundle: time from launching the app-image's launcher to the sign-in window being
# shown (and to the database being open), as printed by the app under SPENDSENSE_STARTUP_PROBE=1, under Xvfb.
# Each variant is a copy of target/packaging/image/spendsense; all run interleaved, RUNS times each (default 7) after
# one warm-up round, against a database that holds one profile. Prints the median and min/max of each, and the size of
# each variant's archive:
#   appcds     the AppCDS archive made in the copy by lib/app/spendsense-cds.sh from the shipped class list, as the
#              .deb's postinst makes it
#   no-cds     no archive (the launcher's -Xshare:auto then shares nothing: the runtime has no CDS archive of its own)
#   NAME       for each NAME=CLASSLIST argument: an archive made from that class list instead (to weigh a list's size
#              against its speed)
# Needs: the app-image (./mvnw -Ppackage -Dpackage.installer=false -DskipTests package) and xvfb-run
# (apt-get install -y xvfb). Usage: packaging/startup-bench.sh [RUNS] [NAME=CLASSLIST ...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
shift || true
image=target/packaging/image/spendsense
[[ -x "$image/bin/spendsense" ]] || { echo "bench: build the app-image first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "bench: needs xvfb-run (apt-get install -y xvfb)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" SPENDSENSE_DB="$work/bench.db" SPENDSENSE_PASSWORD=bench-password
mkdir -p "$HOME"
"$image/bin/spendsense" user add bench >/dev/null

declare -A archive
variant() {  # variant NAME [CLASSLIST]: a copy of the image with an archive made from CLASSLIST (none if "-")
    local name=$1 list=${2:-}
    cp -r "$image" "$work/$name"
    rm -f "$work/$name/lib/app/app.jsa"
    if [[ "$list" != "-" ]]; then
        [[ -n "$list" ]] && cp "$list" "$work/$name/lib/app/spendsense.classlist"
        "$work/$name/lib/app/spendsense-cds.sh" >/dev/null
        archive[$name]="$(( $(wc -c < "$work/$name/lib/app/app.jsa") / 1048576 )) MiB archive"
    else
        archive[$name]="no archive"
    fi
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

variants=(appcds no-cds)
variant appcds
variant no-cds -
for arg in "$@"; do
    variant "${arg%%=*}" "${arg#*=}"
    variants+=("${arg%%=*}")
done

echo "SpendSense start-up, $runs runs each after one warm-up; $(nproc) cores; $(uname -sr);" \
    "app-image $(du -sh --exclude=app.jsa "$image" | cut -f1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure_round "${variants[@]}" >/dev/null   # warm-up: every variant is measured with a warm OS file cache
unset shown ready
declare -A shown ready
for ((i = 0; i < runs; i++)); do
    measure_round "${variants[@]}"
done
for name in "${variants[@]}"; do
    printf "%-9s (%s) window shown: %s; database open: %s\n" "$name" "${archive[$name]}" \
        "$(tr ' ' '\n' <<<"${shown[$name]}" | grep . | stats)" "$(tr ' ' '\n' <<<"${ready[$name]}" | grep . | stats)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
