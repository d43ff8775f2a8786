# Shared by packaging/crash-test.sh and packaging/concurrency-test.sh (sourced, not run): the CLI launcher, the
# test CSV maker and the db-check reader. Expects $jar and the java_opts array to be set.

ss() { java "${java_opts[@]}" -jar "$jar" "$@"; }
ms() { date +%s%3N; }

# csv FILE ROWS TAG: distinct expenses over 2024-2025 (no two alike), payees "Payee 0" .. "Payee 96"
csv() {
    awk -v rows="$2" -v tag="$3" 'BEGIN {
        split("Dining Groceries Transport Shopping Utilities Entertainment Health", cat, " ");
        print "date,description,category,payee,amount";
        for (i = 0; i < rows; i++) {
            d = i % 730; y = 2024 + int(d / 365); doy = d % 365;
            m = 1; split("31 28 31 30 31 30 31 31 30 31 30 31", len, " ");
            while (doy >= len[m]) { doy -= len[m]; m++ }
            printf "%d-%02d-%02d,%s row %d,%s,Payee %d,%d.%02d\n", y, m, doy + 1, tag, i, cat[i % 7 + 1], i % 97, 1 + i % 300, i % 100
        }
    }' >"$1"
}

# check FILE: the db-check report as shell variables (rows_expenses=..., digest=..., check_ok=0|1)
check() {
    local out
    out=$(ss db-check --db "$1" 2>&1)
    check_ok=$?
    rows_expenses=0 rows_users=0 rows_categories=0 rows_budgets=0 rows_budget_limits=0 rows_recurring_occurrences=0
    digest=0
    while read -r kind name value; do
        case "$kind" in
            rows) printf -v "rows_$name" '%s' "$value" ;;
            digest) digest=$value ;;
        esac
    done <<<"$out"
    check_out=$out
}

