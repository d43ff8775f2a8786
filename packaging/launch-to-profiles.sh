#!/usr/bin/env bash
# Launch to profiles: the median, over RUNS fresh JVMs, of the milliseconds from the JVM's start to the sign-in
# window showing the profile list, as the app prints it under SPENDSENSE_STARTUP_PROBE=1 (ui/StartupProbe.java), under
# Xvfb, against a database at the newest schema that holds one profile. Prints one line on standard output:
#   launch-to-profiles-ms=<median>
# and on standard error each run's probe lines and the medians of the other points (window shown, services ready).
# COMMAND is what launches the app (default: java -jar target/spendsense.jar); it also makes the profile
# ("COMMAND user add bench"). One warm-up launch first, not counted (the OS file cache).
# Needs xvfb-run (apt-get install -y xvfb libgtk-3-0) and, for the default command, ./mvnw -DskipTests package.
# Usage: packaging/launch-to-profiles.sh [-n RUNS] [COMMAND ...]      (RUNS defaults to 9)
# e.g.   packaging/launch-to-profiles.sh -n 9 target/packaging/image/spendsense/bin/spendsense
set -euo pipefail
cd "$(dirname "$0")/.."
runs=9
if [[ "${1:-}" == "-n" ]]; then
    runs=$2
    shift 2
fi
if [[ $# -eq 0 ]]; then
    [[ -f target/spendsense.jar ]] || { echo "launch-to-profiles: build first (./mvnw -DskipTests package)" >&2; exit 1; }
    set -- java -jar "$PWD/target/spendsense.jar"
fi
command -v xvfb-run >/dev/null || { echo "launch-to-profiles: needs xvfb-run (apt-get install -y xvfb)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" SPENDSENSE_DB="$work/bench.db" SPENDSENSE_PASSWORD=bench-password
unset SPENDSENSE_LOG SPENDSENSE_TODAY
mkdir -p "$HOME"
"$@" user add bench >/dev/null

point() {  # point NAME < probe output: the number of "startup-probe NAME-ms=N"
    sed -n "s/^startup-probe $1-ms=//p"
}

stats() {  # stats < numbers: "median min max"
    sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2);
        printf "%d %d %d", m, a[1], a[NR]}'
}

probe() {  # one fresh JVM; prints its probe lines
    SPENDSENSE_STARTUP_PROBE=1 timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$@" 2>&1 | grep '^startup-probe' \
        || true
}

echo "launch-to-profiles: $runs runs of '$*' after one warm-up; $(nproc) cores; load before:" \
    "$(cut -d' ' -f1-3 /proc/loadavg)" >&2
probe "$@" >/dev/null
profiles=() shown=() ready=()
for ((i = 1; i <= runs; i++)); do
    out=$(probe "$@")
    p=$(point profiles <<<"$out")
    [[ -n "$p" ]] || { echo "launch-to-profiles: run $i printed no profiles-ms: $out" >&2; exit 1; }
    profiles+=("$p")
    shown+=("$(point window-shown <<<"$out")")
    ready+=("$(point ready <<<"$out")")
    echo "run $i: $(tr '\n' ' ' <<<"$out")" >&2
done
read -r pm pmin pmax < <(printf '%s\n' "${profiles[@]}" | stats)
read -r sm smin smax < <(printf '%s\n' "${shown[@]}" | grep . | stats)
read -r rm rmin rmax < <(printf '%s\n' "${ready[@]}" | grep . | stats)
echo "medians (min-max): window shown $sm ms ($smin-$smax); profiles $pm ms ($pmin-$pmax);" \
    "services ready $rm ms ($rmin-$rmax); load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "launch-to-profiles-ms=$pm"
