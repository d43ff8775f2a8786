#!/usr/bin/env bash
# Start-up benchmark of the installed .deb: time from launching /opt/spendsense/bin/spendsense to the sign-in window
# being shown (and to the database being open), as printed under SPENDSENSE_STARTUP_PROBE=1, under Xvfb. Runs two
# variants interleaved, RUNS times each (default 7) after one warm-up round, against a database with one profile:
#   appcds   as installed: the AppCDS archive postinst made (lib/app/app.jsa)
#   no-app   the same launcher with app.jsa moved aside (-Xshare:auto then shares nothing)
# Needs root (it moves app.jsa aside and back) and xvfb-run. Usage: packaging/startup-bench-installed.sh [RUNS]
set -euo pipefail
runs=${1:-7}
launcher=/opt/spendsense/bin/spendsense
jsa=/opt/spendsense/lib/app/app.jsa
[[ -x "$launcher" && -f "$jsa" ]] || { echo "bench: install the .deb first (no $jsa)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "bench: needs xvfb-run (apt-get install -y xvfb)" >&2; exit 1; }

work=$(mktemp -d)
trap '[[ -f "$work/app.jsa" ]] && mv -f "$work/app.jsa" "$jsa"; rm -rf "$work"' EXIT
export HOME="$work/home" SPENDSENSE_DB="$work/bench.db" SPENDSENSE_PASSWORD=bench-password
mkdir -p "$HOME"
"$launcher" user add bench >/dev/null

probe() {  # one launch; prints "shown ready"
    local out shown ready
    out=$(SPENDSENSE_STARTUP_PROBE=1 timeout 60 xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" 2>&1) || true
    shown=$(sed -n 's/^startup-probe window-shown-ms=//p' <<<"$out")
    ready=$(sed -n 's/^startup-probe ready-ms=//p' <<<"$out")
    [[ -n "$shown" && -n "$ready" ]] || { echo "bench: no probe output: $out" >&2; exit 1; }
    echo "$shown $ready"
}

stats() {  # stats < numbers: median (min-max)
    sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
        printf "%d ms (min %d, max %d)", m, a[1], a[NR]}'
}

declare -A shown ready
round() {
    local s r
    read -r s r < <(probe)
    shown[appcds]+="$s "; ready[appcds]+="$r "
    mv "$jsa" "$work/app.jsa"
    read -r s r < <(probe)
    mv "$work/app.jsa" "$jsa"
    shown[no-app]+="$s "; ready[no-app]+="$r "
}

echo "SpendSense installed start-up, $runs runs each after one warm-up; $(nproc) cores; $(uname -sr);" \
    "app.jsa $(du -h "$jsa" | cut -f1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
round
unset shown ready
declare -A shown ready
for ((i = 0; i < runs; i++)); do
    round
done
for name in appcds no-app; do
    printf "%-7s window shown: %s; database open: %s\n" "$name" \
        "$(tr ' ' '\n' <<<"${shown[$name]}" | grep . | stats)" "$(tr ' ' '\n' <<<"${ready[$name]}" | grep . | stats)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
