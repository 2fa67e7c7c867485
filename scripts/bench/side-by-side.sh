#!/usr/bin/env bash
# Runs the floor harness (shared/bench, README "Comparing another API") side by side with ThiDua on the same units:
# a scratch database thidua_bench gets N units with the harness's own ids, codes and names (its datagen.sql, loaded
# into thidua.units), the API starts on it in Production settings, and shared/bench/run.sh --target drives both
# with the same requests. Prints the harness's table (results also go to the harness's results-*.tsv), then the API's
# start-to-ready time and resident memory under that load (scripts/bench/api.sh).
# Usage: scripts/bench/side-by-side.sh [N=100000] [extra run.sh options, e.g. --repeat 3 --endpoints "get list"]
# BENCH_DIR points at the harness (default ../shared/bench next to the repository); THIDUA_BENCH_DB names the scratch
# database (default thidua_bench), THIDUA_BENCH_PORT the API port (default 5098). The API's own settings come from the
# environment as in a deployment, e.g. Database__MaxPoolSize=4 (deploy/README.md: the pool sized to the database's
# cores, ADR 0026); the run prints the pool size it used.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
source scripts/postgres.sh
n=${1:-100000}; shift || true
bench=${BENCH_DIR:-$root/../shared/bench}
[ -x "$bench/run.sh" ] || { echo "No floor harness at $bench (set BENCH_DIR)." >&2; exit 1; }
port=${THIDUA_BENCH_PORT:-5098}; db=${THIDUA_BENCH_DB:-thidua_bench}
ensure_local_postgres

source scripts/bench/api.sh
bench_env "$db"
bench_publish

loaded=$(thidua_psql -d "$db" -c "SELECT count(*) FROM thidua.units" 2>/dev/null || echo 0)
if [ "$loaded" != "$n" ]; then
  echo "Loading $n units into $db (the harness's datagen.sql, same ids)..." >&2
  thidua_psql -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  thidua_psql -c "CREATE DATABASE $db OWNER thidua"
  dotnet "$api" migrate >/dev/null
  thidua_psql -d "$db" -v rows="$n" -v owner=thidua -f "$bench/datagen.sql" >/dev/null
  thidua_psql -d "$db" <<'SQL'
INSERT INTO thidua.units (id, code, name, kind, province, status, valid_from, created_at, updated_at)
SELECT id, code, left(name, 300),
       CASE kind WHEN 'benh_vien' THEN 'Hospital' WHEN 'trung_tam_y_te' THEN 'Centre' WHEN 'so' THEN 'Department'
                 WHEN 'truong' THEN 'College' ELSE 'Other' END,
       province, 'Active', DATE '2000-01-01', created_at, created_at
FROM bench_units;
DROP TABLE bench_units;
VACUUM ANALYZE thidua.units;
SQL
fi

# A database loaded by an earlier version gets the migrations added since (the API is not ready until they are).
dotnet "$api" migrate >/dev/null
token=$(dotnet "$api" mint-token --role admin --hours 4)
echo "ThiDua: Database:MaxPoolSize=${Database__MaxPoolSize:-16 (default)}" >&2
start_api_measured "$api" "$port"
pid=$api_pid
trap 'kill $pid 2>/dev/null || true' EXIT

# The list template is a fixed first page: ThiDua's cursors are opaque (keyset on the unit code), README "Templates".
"$bench/run.sh" "$n" --target "http://127.0.0.1:$port" \
  --path-template '/api/v1/units/{id}' \
  --list-template '/api/v1/units?limit=50' \
  --search-template '/api/v1/units?q={q}&limit=50' \
  --header "Authorization: Bearer $token" --target-pid "$pid" "$@"
# Issue 13 target 4: resident memory after the load (and its peak during it), start-to-ready.
print_footprint
