#!/usr/bin/env bash
# Runs every test against real PostgreSQL. Uses THIDUA_TEST_PG when set (a connection string whose role may
# CREATE DATABASE); otherwise starts the local Debian PostgreSQL (installing it if missing).
# Beside the build and the tests it lints openapi/v1.json (scripts/lint-openapi.sh) and type-checks the TypeScript
# client's mobile scenario (scripts/ts-client.sh), each counted as one check. The C# client scenario is tests/ThiDua.Api.ClientTests.
# Ends with one line "N passed, N failed"; exits non-zero when a test or the lint failed, or none ran.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
set +e
status=0

if [ -z "${THIDUA_TEST_PG:-}" ]; then
  ensure_local_postgres || exit 1
  export THIDUA_TEST_PG="Host=127.0.0.1;Port=5432;Username=thidua;Password=thidua;Database=postgres"
fi

results=TestResults
rm -rf "$results"
mkdir -p "$results"

# The contract lint and the TypeScript client check need neither the build nor the database: they run beside the build
# and the tests (ADR 0040), their output is printed after the tests'.
timed() { # name command... : runs the command with its output in $results/name.log, its status in .rc, its seconds in .seconds
  local name=$1 start=$SECONDS
  shift
  "$@" > "$results/$name.log" 2>&1
  echo $? > "$results/$name.rc"
  echo $((SECONDS - start)) > "$results/$name.seconds"
}
timed openapi-lint bash scripts/lint-openapi.sh &
checks=$!
timed ts-client bash scripts/ts-client.sh &
ts_checks=$!

build_start=$SECONDS
dotnet build ThiDua.sln -c Release -nologo -v quiet -clp:ErrorsOnly
build=$?
build_seconds=$((SECONDS - build_start))
if [ $build -ne 0 ]; then
  wait $checks $ts_checks
  echo "Build failed."
  echo "0 passed, 0 failed"
  exit 1
fi

# Each run gets its own TRX file, so that no result can overwrite another. The functional tests run in two shards at
# once (issue 16, "no slower than before"): each shard is its own process with its own database (TestDatabase), and the
# second shard is the complement of the first, so no test can be left out. The split balances the measured times
# (about 175 s of tests each on a quiet machine, 2026-12-04; after ADR 0040's cheaper reset 383 s and 420 s on a machine
# at load average 20-36, where the shards took 963 s and 1 120 s before it; on a quiet machine 156 s and 135 s, so the
# request-example tests, about 8 s, moved to the second shard). The other projects run beside them.
functional=tests/ThiDua.Api.FunctionalTests/ThiDua.Api.FunctionalTests.csproj
first_shard="(FullyQualifiedName~.FunctionalTests.Platform.|FullyQualifiedName~.FunctionalTests.Units.|FullyQualifiedName~.FunctionalTests.Privacy.|FullyQualifiedName~.FunctionalTests.DataImports.)&FullyQualifiedName!~.FunctionalTests.Platform.RequestExamplesTests."
second_shard="(FullyQualifiedName!~.FunctionalTests.Platform.&FullyQualifiedName!~.FunctionalTests.Units.&FullyQualifiedName!~.FunctionalTests.Privacy.&FullyQualifiedName!~.FunctionalTests.DataImports.)|FullyQualifiedName~.FunctionalTests.Platform.RequestExamplesTests."

run_tests() { # name project [filter]
  local name=$1 project=$2 filter=${3:-}
  local args=(test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results")
  [ -n "$filter" ] && args+=(--filter "$filter")
  timed "$name" dotnet "${args[@]}"
}

names=()
tests=()
run_tests ThiDua.Api.FunctionalTests.1 "$functional" "$first_shard" & names+=(ThiDua.Api.FunctionalTests.1); tests+=($!)
run_tests ThiDua.Api.FunctionalTests.2 "$functional" "$second_shard" & names+=(ThiDua.Api.FunctionalTests.2); tests+=($!)
(
  for project in tests/*/*.csproj; do
    [ "$project" = "$functional" ] && continue
    run_tests "$(basename "$project" .csproj)" "$project"
  done
) &
tests+=($!)
for project in tests/*/*.csproj; do
  [ "$project" = "$functional" ] || names+=("$(basename "$project" .csproj)")
done
tests_start=$SECONDS
wait "${tests[@]}"
tests_seconds=$((SECONDS - tests_start))

for name in "${names[@]}"; do
  cat "$results/$name.log" 2>/dev/null
  [ "$(cat "$results/$name.rc" 2>/dev/null)" = "0" ] || status=1
  [ -f "$results/$name.trx" ] || { echo "$name produced no test results."; status=1; }
done

passed=0; failed=0; total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); p=${p:-0}
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=${f:-0}
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); t=${t:-0}
  passed=$((passed + p)); failed=$((failed + f)); total=$((total + t))
done

# The contract lint (ADR 0017, "Lint") counts as one more check: openapi/v1.json must lint with 0 errors.
wait $checks $ts_checks
cat "$results/openapi-lint.log"
if [ "$(cat "$results/openapi-lint.rc")" = "0" ]; then passed=$((passed + 1)); total=$((total + 1)); else failed=$((failed + 1)); total=$((total + 1)); echo "OpenAPI lint: FAILED (counted as one failed check)."; fi

# The TypeScript client (ADR 0017, amendment "Generated clients") counts as one more check: types generated from
# openapi/v1.json, the mobile scenario type-checks with no casts or non-null assertions.
cat "$results/ts-client.log"
if [ "$(cat "$results/ts-client.rc")" = "0" ]; then passed=$((passed + 1)); total=$((total + 1)); else failed=$((failed + 1)); total=$((total + 1)); echo "TypeScript client: FAILED (counted as one failed check)."; fi

seconds() { cat "$results/$1.seconds" 2>/dev/null || echo "?"; }
echo "Phase times (s): build $build_seconds; tests $tests_seconds ($(for name in "${names[@]}"; do printf '%s %s, ' "$name" "$(seconds "$name")"; done | sed 's/, $//')); beside them: OpenAPI lint $(seconds openapi-lint), TypeScript client $(seconds ts-client)."
echo "$passed passed, $failed failed"
if [ $status -ne 0 ] || [ "$failed" -ne 0 ] || [ "$total" -eq 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
