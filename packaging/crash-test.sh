#!/usr/bin/env bash
# Crash-safety suite: for each writer (import, restore, backup, user add, budget set, rule apply, recurring run, and
# the desktop's add / edit / delete of expenses through the service layer), runs it on a fresh copy of a test
# database and kills it with kill -9 at a random moment (between 30% into the time a whole run takes and 15% past its
# end), N times (default 100). After each kill: SQLite's
# integrity_check and the month totals must hold (hidden `spendsense db-check`), the writer's rows must be all or
# nothing (the count before or the count after, never in between; for add/delete whole batches), and a next command
# (`summary`) must work. Prints "N passed, N failed" per writer; exits 1 if any run failed.
#
# Builds nothing: it runs target/spendsense.jar (with target/lib), so build first:  ./mvnw -B -DskipTests package
# Not part of the normal build (it takes about 5 s per run: a JVM for the writer, one for the check, one for the
# next command). Nothing of the real user's data is touched: HOME and the databases live in a temporary folder.
#
# Usage: packaging/crash-test.sh [--runs N] [--only import,restore,...] [--keep]
set -uo pipefail
cd "$(dirname "$0")/.."

runs=100
only=""
keep=false
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --only) only=$2; shift 2 ;;
        --keep) keep=true; shift ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "crash-test: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
all_writers=(import restore backup user-add budget-set rule-apply recurring-run add edit delete)
if [[ -n "$only" ]]; then IFS=, read -r -a writers <<<"$only"; else writers=("${all_writers[@]}"); fi

jar=target/spendsense.jar
[[ -f "$jar" && -d target/lib ]] || { echo "crash-test: no $jar; build it first: ./mvnw -B -DskipTests package" >&2; exit 2; }
jar=$(realpath "$jar")
java_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xmx512m)

work=$(mktemp -d)
if $keep; then echo "crash-test: working in $work (kept)"; else trap 'rm -rf "$work"' EXIT; fi
export HOME="$work/home" SPENDSENSE_PASSWORD=crash-test-password SPENDSENSE_TODAY=2025-12-31
unset SPENDSENSE_DB SPENDSENSE_LOG
mkdir -p "$HOME"

# ss (the CLI), ms (milliseconds), csv FILE ROWS TAG, check FILE: see test-lib.sh
source packaging/test-lib.sh

echo "crash-test: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(java -version 2>&1 | head -1)"
echo "crash-test: $runs runs per writer; preparing the test database..."
tpl="$work/template.db"
ss user add alice --db "$tpl" >/dev/null || exit 1
csv "$work/seed.csv" 10000 seed
csv "$work/import.csv" 50000 import
csv "$work/extra.csv" 5000 extra
ss import --user alice --db "$tpl" "$work/seed.csv" >/dev/null || exit 1
ss budget set --user alice --db "$tpl" --category Dining --limit 300 >/dev/null || exit 1
ss rule add --user alice --db "$tpl" --pattern "Payee 7" --category Shopping >/dev/null || exit 1
for n in $(seq 1 10); do
    ss recurring add --user alice --db "$tpl" --amount "$n" --category Dining --payee "Daily $n" --schedule days:1 \
        --start 2025-12-31 >/dev/null || exit 1
done
# the restore candidate: the same profile with 5,000 more expenses
cp "$tpl" "$work/candidate-src.db"
ss import --user alice --db "$work/candidate-src.db" "$work/extra.csv" >/dev/null || exit 1
ss backup --db "$work/candidate-src.db" "$work/candidate.db" >/dev/null || exit 1
check "$tpl"
[[ $check_ok -eq 0 ]] || { echo "crash-test: the template fails its own check:"; echo "$check_out"; exit 1; }
echo "crash-test: template: $rows_expenses expenses, $rows_users users, $rows_categories categories"

# writer NAME DB: runs the writer; `exec`, so that started with & its process is the JVM itself (a kill -9 of a
# subshell would leave the JVM running)
writer() {
    local db=$2 dir
    dir=$(dirname "$db")
    case "$1" in
        import) exec java "${java_opts[@]}" -jar "$jar" import --user alice --db "$db" "$work/import.csv" ;;
        restore) exec java "${java_opts[@]}" -jar "$jar" restore --db "$db" "$work/candidate.db" ;;
        backup) exec java "${java_opts[@]}" -jar "$jar" backup --db "$db" "$dir/copy.db" ;;
        user-add) exec java "${java_opts[@]}" -jar "$jar" user add bob --db "$db" ;;
        budget-set) exec java "${java_opts[@]}" -jar "$jar" budget set --user alice --db "$db" --category Groceries \
            --limit 450 ;;
        rule-apply) exec java "${java_opts[@]}" -jar "$jar" rule apply --user alice --db "$db" 1 --yes ;;
        recurring-run) SPENDSENSE_TODAY=2028-12-31 exec java "${java_opts[@]}" -jar "$jar" recurring run --user alice \
            --db "$db" ;;
        add) exec java "${java_opts[@]}" -jar "$jar" expense-ops --user alice --db "$db" --op add --count 300 --batch 10 ;;
        edit) exec java "${java_opts[@]}" -jar "$jar" expense-ops --user alice --db "$db" --op edit --count 300 ;;
        delete) exec java "${java_opts[@]}" -jar "$jar" expense-ops --user alice --db "$db" --op delete --count 100 \
            --batch 10 ;;
        *) echo "crash-test: unknown writer $1" >&2; return 2 ;;
    esac
}

# state WRITER: the numbers that writer changes, as one word
state() {
    case "$1" in
        import|restore|add|delete) echo "$rows_expenses" ;;
        edit) echo "$rows_expenses/$digest" ;;
        backup) echo "$rows_expenses/$digest" ;;
        user-add) echo "$rows_users/$rows_categories" ;;
        budget-set) echo "$rows_budgets/$rows_budget_limits" ;;
        rule-apply) echo "$digest" ;;
        recurring-run) echo "$rows_expenses/$rows_recurring_occurrences" ;;
    esac
}

fresh() {  # fresh DIR: a copy of the template in an empty folder
    rm -rf "$1"
    mkdir -p "$1"
    cp "$tpl" "$1/db.db"
}

total_failed=0
summary=()
check "$tpl"
for w in "${writers[@]}"; do
    # one whole run: how long it takes, and what "after" looks like
    d="$work/run-$w"
    fresh "$d"
    t0=$(ms)
    (writer "$w" "$d/db.db") >"$d/out" 2>"$d/err"   # a subshell: writer ends in exec
    code=$?
    duration=$(( $(ms) - t0 ))
    [[ $code -eq 0 ]] || { echo "crash-test: $w failed on its own (exit $code):"; cat "$d/err"; exit 1; }
    check "$tpl"
    before=$(state "$w")
    check "$d/db.db"
    after=$(state "$w")
    if [[ "$w" == backup ]]; then
        check "$d/copy.db"
        after="backup $(state backup)"
    fi
    [[ "$w" == backup ]] || [[ "$before" != "$after" ]] \
        || { echo "crash-test: $w changed nothing ($before); the test data is wrong"; exit 1; }
    echo "crash-test: $w: a whole run takes $duration ms; before: $before, after: $after ($(head -c 120 "$d/out" | tr '\n' ' '))"

    passed=0 failed=0 n_before=0 n_after=0 n_between=0
    for run in $(seq 1 "$runs"); do
        fresh "$d"
        # a random moment from 30% into a whole run (the JVM starting takes about that) to 15% past its end
        delay=$(( duration * 3 / 10 + (RANDOM * 32768 + RANDOM) % (duration * 85 / 100 + 1) ))
        writer "$w" "$d/db.db" >"$d/out" 2>"$d/err" &
        pid=$!
        sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
        kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        if kill -0 "$pid" 2>/dev/null; then echo "crash-test: could not kill $pid" >&2; exit 1; fi
        problem=""
        check "$d/db.db"
        now=$(state "$w")
        if [[ $check_ok -ne 0 ]]; then
            problem="db-check: $(tr '\n' ' ' <<<"$check_out")"
        else
            case "$w" in
                add|delete)
                    b=$before a=$after
                    diff=$(( now > b ? now - b : b - now ))
                    if (( diff % 10 != 0 )) || (( (a > b && (now < b || now > a)) || (a < b && (now > b || now < a)) )); then
                        problem="expenses $now: not a whole number of batches between $b and $a"
                    fi ;;
                edit) [[ "${now%%/*}" == "${before%%/*}" ]] || problem="expenses ${now%%/*}, expected ${before%%/*}" ;;
                backup)
                    [[ "$now" == "$before" ]] || problem="the database changed: $now, expected $before"
                    if [[ -z "$problem" && -e "$d/copy.db" ]]; then
                        check "$d/copy.db"
                        [[ $check_ok -eq 0 && "$(state backup)" == "$before" ]] \
                            || problem="a backup file that is not whole: $(tr '\n' ' ' <<<"$check_out")"
                    fi ;;
                *) [[ "$now" == "$before" || "$now" == "$after" ]] || problem="$now is neither before ($before) nor after ($after)" ;;
            esac
        fi
        if [[ -z "$problem" ]]; then
            next=$(ss summary --user alice --db "$d/db.db" 2>&1) || problem="the next command failed: $(head -3 <<<"$next" | tr '\n' ' ')"
        fi
        if [[ -z "$problem" ]]; then
            passed=$((passed + 1))
            if [[ "$w" == backup ]]; then
                if [[ -e "$d/copy.db" ]]; then n_after=$((n_after + 1)); else n_before=$((n_before + 1)); fi
            elif [[ "$now" == "$before" ]]; then n_before=$((n_before + 1));
            elif [[ "$now" == "$after" ]]; then n_after=$((n_after + 1));
            else n_between=$((n_between + 1)); fi
        else
            failed=$((failed + 1))
            echo "FAIL $w run $run (killed after $delay ms): $problem" >&2
            cp -r "$d" "$work/failed-$w-$run"
            keep=true
        fi
    done
    line=$(printf '%-14s %3d passed, %3d failed  (killed: %d before the commit, %d after it, %d in between; whole run %d ms)' \
        "$w:" "$passed" "$failed" "$n_before" "$n_after" "$n_between" "$duration")
    echo "$line"
    summary+=("$line")
    total_failed=$((total_failed + failed))
done

echo
echo "crash-test summary ($runs runs per writer):"
printf '  %s\n' "${summary[@]}"
if (( total_failed > 0 )); then
    echo "crash-test: $total_failed failed runs; their folders are kept in $work" >&2
    trap - EXIT
    exit 1
fi
