#!/usr/bin/env bash
# Builds the app-image (tests skipped) and runs its launcher as a user would: --version, a profile, a CSV import, the
# assistant over JSON, backup/restore and the demo, each against a temporary database; then makes its AppCDS archive
# as the .deb's postinst does and starts the launcher with it. Exits non-zero on the first
# failure. Usage: packaging/smoke-test.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" != "--no-build" ]]; then
    ./mvnw -B -q -Ppackage -Dpackage.installer=false -DskipTests package
fi
launcher=target/packaging/image/spendsense/bin/spendsense
[[ -x "$launcher" ]] || { echo "smoke: no launcher at $launcher" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SPENDSENSE_PASSWORD=smoke-password
export HOME="$work/home"   # nothing of the real user's data or settings is touched
db="$work/smoke.db"
passed=0
failed=0
last_out=""

check() {  # check NAME EXPECTED-SUBSTRING COMMAND...
    local name=$1 expected=$2 out
    shift 2
    if out=$("$@" 2>&1) && grep -qF -- "$expected" <<<"$out"; then
        last_out=$out
        echo "ok   $name"
        passed=$((passed + 1))
    else
        echo "FAIL $name: expected '$expected' in:" >&2
        echo "$out" | head -20 >&2
        failed=$((failed + 1))
    fi
}

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
check "--version" "SpendSense $version" "$launcher" --version
check "user add" "Created profile smoke" "$launcher" user add smoke --db "$db"
check "import" "Imported" "$launcher" import --user smoke --db "$db" src/test/resources/io/spendsense/dev-expenses.csv
check "ask --json" '49769.51' "$launcher" ask --user smoke --db "$db" --json "How much did I spend in 2025?" \
    --today 2026-03-20
check "backup" "Backed up" "$launcher" backup --db "$db" "$work/copy.db"
check "restore" "Restored" "$launcher" restore --db "$db" "$work/copy.db"
check "restore refuses a bad file" "not a SpendSense database" \
    bash -c "echo nonsense > '$work/bad.db'; ! '$launcher' restore --db '$db' '$work/bad.db'"
check "demo" "Created the demo profile" "$launcher" demo --db "$db"

# The AppCDS archive, made in the image as the .deb's postinst makes it, must map: -Xshare:on refuses to start otherwise.
# A class list gone stale (over 10% of its classes no longer found) fails too: packaging/cds/make-classlist.sh remakes it.
app=target/packaging/image/spendsense/lib/app
check "AppCDS archive made" "listed classes not found" "$app/spendsense-cds.sh"
missing=1 listed=0   # no figures (the archive was not made) fails the next check too
read -r missing listed < <(sed -n 's/.*; \([0-9]*\) of \([0-9]*\) listed classes not found/\1 \2/p' <<<"$last_out") || true
check "class list is current ($missing of $listed classes not found)" "" test $((missing * 10)) -le "$listed"
cp "$app/spendsense.cfg" "$work/cfg"
sed -i 's/^java-options=-Xshare:auto$/java-options=-Xshare:on/' "$app/spendsense.cfg"
check "the launcher maps the archive (-Xshare:on)" "SpendSense $version" "$launcher" --version
cp "$work/cfg" "$app/spendsense.cfg"

echo "smoke: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
