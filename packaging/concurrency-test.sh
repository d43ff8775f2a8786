#!/usr/bin/env bash
# Concurrency suite: N times (default 50), on a fresh copy of a test database, starts at once the writers
#   import of 20,000 rows, rule apply, budget set, the desktop's add of 20 expenses (two batches, through the service
#   layer), an import of 50 more rows
# and the readers ask, list and summary, then checks that no command printed a stack trace (or anything but its
# normal output or the one-line "database is busy" message), that every write a command reported done is in the
# database and none it did not report is (the expense count is exactly what the successful writers add; the budget
# limit is there when budget set said so), that readers all succeeded (readers never wait for a writer), and that
# SQLite's integrity check and the month totals hold. A second part runs a restore while the readers and a writer
# run: no stack trace, a valid database holding the restored data or the old (with the writer's rows when it said
# done and ran after the restore's copy was kept: the check accepts either whole state, never a mix).
# Prints "N passed, N failed" per part; exits 1 if any run failed.
#
# Builds nothing: build first with  ./mvnw -B -DskipTests package
# Usage: packaging/concurrency-test.sh [--runs N] [--keep]
set -uo pipefail
cd "$(dirname "$0")/.."

runs=50
keep=false
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --keep) keep=true; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "concurrency-test: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
jar=target/spendsense.jar
[[ -f "$jar" && -d target/lib ]] || { echo "concurrency-test: no $jar; build it first" >&2; exit 2; }
jar=$(realpath "$jar")
java_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xmx512m)
work=$(mktemp -d)
if $keep; then echo "concurrency-test: working in $work (kept)"; else trap 'rm -rf "$work"' EXIT; fi
export HOME="$work/home" SPENDSENSE_PASSWORD=concurrency-test-password SPENDSENSE_TODAY=2025-12-31
unset SPENDSENSE_DB SPENDSENSE_LOG
mkdir -p "$HOME"
source packaging/test-lib.sh

echo "concurrency-test: $(nproc) cores, $(java -version 2>&1 | head -1); $runs runs; preparing the test database..."
tpl="$work/template.db"
ss user add alice --db "$tpl" >/dev/null || exit 1
csv "$work/seed.csv" 10000 seed
csv "$work/big.csv" 20000 big
csv "$work/small.csv" 50 small
csv "$work/extra.csv" 5000 extra
ss import --user alice --db "$tpl" "$work/seed.csv" >/dev/null || exit 1
ss rule add --user alice --db "$tpl" --pattern "Payee 7" --category Shopping >/dev/null || exit 1
cp "$tpl" "$work/candidate-src.db"
ss import --user alice --db "$work/candidate-src.db" "$work/extra.csv" >/dev/null || exit 1
ss backup --db "$work/candidate-src.db" "$work/candidate.db" >/dev/null || exit 1
check "$tpl"; base=$rows_expenses base_limits=$rows_budget_limits
check "$work/candidate.db"; restored=$rows_expenses
echo "concurrency-test: template: $base expenses; restore candidate: $restored"

busy_line="spendsense: the database is busy"
# clean OUT ERR CODE: the command's output holds no stack trace and, if it failed, only the busy line
clean() {
    if grep -qE '^\s+at [a-z]|Exception|Caused by:|^\s+\.\.\. [0-9]+ more' "$1" "$2"; then
        echo "a stack trace or exception: $(grep -m1 -E 'at [a-z]|Exception|Caused by' "$1" "$2")"
    elif [[ $3 -ne 0 ]] && ! grep -q "^$busy_line" "$2"; then
        echo "exit $3: $(head -c 200 "$2" | tr '\n' ' ')"
    fi
}

declare -A passed failed
part() {  # part NAME RUN_DIR PROBLEM
    if [[ -z "$3" ]]; then passed[$1]=$(( ${passed[$1]:-0} + 1 )); else
        failed[$1]=$(( ${failed[$1]:-0} + 1 )); echo "FAIL $1 ${2##*/}: $3" >&2
        cp -r "$2" "$work/failed-${2##*/}"; keep=true; trap - EXIT
    fi
}

for run in $(seq 1 "$runs"); do
    d="$work/run-$run"; rm -rf "$d"; mkdir -p "$d"; db="$d/db.db"; cp "$tpl" "$db"
    declare -A pid=()
    start() { local name=$1; shift; ss "$@" >"$d/$name.out" 2>"$d/$name.err" & pid[$name]=$!; }
    start import import --user alice --db "$db" "$work/big.csv"
    start rule rule apply --user alice --db "$db" 1 --yes
    start budget budget set --user alice --db "$db" --category Groceries --limit $((400 + run))
    start add expense-ops --user alice --db "$db" --op add --count 2 --batch 10
    start small import --user alice --db "$db" "$work/small.csv"
    start ask ask --user alice --db "$db" "how much did I spend on dining last month"
    start list list --user alice --db "$db" --limit 5
    start summary summary --user alice --db "$db"
    declare -A code=()
    for name in "${!pid[@]}"; do wait "${pid[$name]}"; code[$name]=$?; done
    problem=""
    for name in "${!pid[@]}"; do
        p=$(clean "$d/$name.out" "$d/$name.err" "${code[$name]}")
        [[ -z "$p" ]] || problem+="$name: $p; "
    done
    for name in ask list summary; do
        [[ ${code[$name]} -eq 0 ]] || problem+="reader $name failed (exit ${code[$name]}); "
    done
    expected=$base
    [[ ${code[import]} -eq 0 ]] && expected=$((expected + 20000))
    [[ ${code[small]} -eq 0 ]] && expected=$((expected + 50))
    # the desktop's adds are two transactions of 10: if it was told "busy" at the second, the first stays
    adds="+20"; [[ ${code[add]} -eq 0 ]] || adds="+0 or +10"
    check "$db"
    [[ $check_ok -eq 0 ]] || problem+="db-check: $(tr '\n' ' ' <<<"$check_out"); "
    if [[ ${code[add]} -eq 0 ]]; then ok_counts=" $((expected + 20)) "; else ok_counts=" $expected $((expected + 10)) "; fi
    [[ "$ok_counts" == *" $rows_expenses "* ]] \
        || problem+="expenses $rows_expenses, expected $expected $adds from what the writers reported; "
    want_limits=$base_limits; [[ ${code[budget]} -eq 0 ]] && want_limits=$((base_limits + 1))
    [[ $rows_budget_limits -eq $want_limits ]] || problem+="budget limits $rows_budget_limits, expected $want_limits; "
    busy=0; for name in "${!pid[@]}"; do [[ ${code[$name]} -eq 0 ]] || busy=$((busy + 1)); done
    part writers "$d" "$problem"
    echo "run $run: writers and readers at once: ${problem:-ok} (busy: $busy)"

    # a restore beside readers and a writer
    rm -rf "$d"; mkdir -p "$d"; cp "$tpl" "$db"; pid=()
    start restore restore --db "$db" "$work/candidate.db"
    start small import --user alice --db "$db" "$work/small.csv"
    start ask ask --user alice --db "$db" "what was my biggest expense last year"
    start summary summary --user alice --db "$db"
    code=()
    for name in "${!pid[@]}"; do wait "${pid[$name]}"; code[$name]=$?; done
    problem=""
    for name in "${!pid[@]}"; do
        p=$(clean "$d/$name.out" "$d/$name.err" "${code[$name]}")
        [[ -z "$p" ]] || problem+="$name: $p; "
    done
    check "$db"
    [[ $check_ok -eq 0 ]] || problem+="db-check: $(tr '\n' ' ' <<<"$check_out"); "
    ok_states=" $restored $base"
    [[ ${code[small]} -eq 0 ]] && ok_states+=" $((restored + 50)) $((base + 50))"
    [[ " $ok_states " == *" $rows_expenses "* ]] || problem+="expenses $rows_expenses, not one of$ok_states; "
    [[ ${code[restore]} -ne 0 || $rows_expenses -ne $base && $rows_expenses -ne $((base + 50)) ]] \
        || problem+="restore said done, but the old data is in place; "
    part restore "$d" "$problem"
    echo "run $run: restore beside readers and a writer: ${problem:-ok} (restore exit ${code[restore]}, import exit ${code[small]}, $rows_expenses expenses)"
done

echo
echo "concurrency-test summary ($runs runs):"
total=0
for p in writers restore; do
    printf '  %-8s %3d passed, %3d failed\n' "$p:" "${passed[$p]:-0}" "${failed[$p]:-0}"
    total=$((total + ${failed[$p]:-0}))
done
(( total == 0 )) || { echo "concurrency-test: $total failed runs; their folders are kept in $work" >&2; exit 1; }
