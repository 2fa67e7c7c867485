#!/usr/bin/env bash
# Issue 13: the API on province-scale data. Loads scripts/bench/province.sql into the database thidua_province (once:
# skipped when pb_meta records the same generator checksum and sizes), starts the API on it (Release, Production
# settings), reads a sample of every kind through the API (smoke check: units, people, ratings, awards, eligibility,
# clusters, terms, covenants, rankings, campaigns, registrations, reports, summaries; any non-2xx stops the script),
# times the heavy reads on the generated data, then runs the heavy-read cases (HeavyReads, on top of the data), then
# the floor harness's --target mode on the harness's own units loaded beside the province (shared/bench), and prints
# the API's start-to-ready time and resident memory.
# Usage: scripts/bench/province.sh [--no-harness] [--heavy-repeat N (heavy reads, default 50)] [--reload] [run.sh options]
# THIDUA_PROVINCE_UNITS / THIDUA_PROVINCE_PEOPLE: sizes (default 10000 / 300000); BENCH_DIR: the harness;
# THIDUA_BENCH_PORT: API port (default 5096). --reload forces the load.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
source scripts/postgres.sh
source scripts/bench/api.sh
units=${THIDUA_PROVINCE_UNITS:-10000}; people=${THIDUA_PROVINCE_PEOPLE:-300000}
port=${THIDUA_BENCH_PORT:-5096}; db=thidua_province; bench=${BENCH_DIR:-$root/../shared/bench}
harness=1; repeat=50; reload=0; extra=()
while [ $# -gt 0 ]; do
  case $1 in
    --no-harness) harness=0 ;;
    --heavy-repeat) repeat=$2; shift ;;
    --reload) reload=1 ;;
    *) extra+=("$1") ;;
  esac
  shift
done
[ -x "$bench/run.sh" ] || harness=0
ensure_local_postgres
bench_env "$db"
dotnet build scripts/bench/HeavyReads/HeavyReads.csproj -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
bench_publish
psql_db() { PGPASSWORD=thidua psql -h 127.0.0.1 -U thidua -d "$db" -v ON_ERROR_STOP=1 -qtA "$@"; }

version="$(sha256sum scripts/bench/province.sql | cut -c1-16) units=$units people=$people"
loaded=$(psql_db -c "SELECT version FROM pb_meta" 2>/dev/null || true)
if [ "$loaded" != "$version" ] || [ $reload = 1 ]; then
  echo "Loading the province ($units units, $people people) into $db..." >&2
  started=$(date +%s)
  thidua_psql -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  thidua_psql -c "CREATE DATABASE $db OWNER thidua"
  dotnet "$api" migrate >/dev/null
  psql_db -v units="$units" -v people="$people" -f scripts/bench/province.sql
  if [ -f "$bench/datagen.sql" ]; then
    # The harness's own 10 000 units (its ids and codes), outside the province's tree, so that its --target mode finds them.
    thidua_psql -d "$db" -v rows=10000 -v owner=thidua -f "$bench/datagen.sql" >/dev/null
    psql_db <<'SQL'
INSERT INTO thidua.units (id, code, name, kind, parent_id, province, status, valid_from, created_at, updated_at)
SELECT id, code, left(name, 300), 'Other', NULL, province, 'Active', DATE '2000-01-01', created_at, created_at FROM bench_units;
DROP TABLE bench_units;
ANALYZE thidua.units;
SQL
  fi
  psql_db -c "CREATE TABLE pb_meta (version text NOT NULL)" -c "INSERT INTO pb_meta VALUES ('$version')"
  echo "Loaded in $(( $(date +%s) - started )) s; database $(psql_db -c "SELECT pg_size_pretty(pg_database_size('$db'))")" >&2
else
  echo "$db already holds the province ($version)." >&2
fi
# A database loaded by an earlier version gets the migrations added since (the API is not ready until they are).
dotnet "$api" migrate >/dev/null
psql_db -c "SELECT 'rows: ' || string_agg(t || ' ' || n, ', ') FROM (VALUES
  ('units', (SELECT count(*) FROM thidua.units)), ('people', (SELECT count(*) FROM thidua.people)),
  ('person_ratings', (SELECT count(*) FROM thidua.person_ratings)), ('award_records', (SELECT count(*) FROM thidua.award_records)),
  ('clusters', (SELECT count(*) FROM thidua.clusters)), ('cluster_members', (SELECT count(*) FROM thidua.cluster_members)),
  ('covenants', (SELECT count(*) FROM thidua.covenants)), ('covenant_assessments', (SELECT count(*) FROM thidua.covenant_assessments)),
  ('campaigns', (SELECT count(*) FROM thidua.campaigns)), ('campaign_registrations', (SELECT count(*) FROM thidua.campaign_registrations)),
  ('campaign_reports', (SELECT count(*) FROM thidua.campaign_reports))) AS c(t, n)" >&2

token=$(dotnet "$api" mint-token --role admin --hours 4)
start_api_measured "$api" "$port"
trap 'kill $api_pid 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port/api/v1"
id() { psql_db -c "SELECT md5('pb:$1')::uuid"; }
get() { curl -sf -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base$1" || { echo "SMOKE FAILED: GET $1" >&2; curl -s -H "Authorization: Bearer $token" "$base$1" | head -c 600 >&2; echo >&2; exit 1; }; }

# Smoke: one of every kind, read through the API as valid (2xx, and the body parsed by the API's own shapes).
person=$(id person:$((people / 2 + 42))); unit=$(id unit:$((units / 2 + 43))); centre=$(id unit:7); cluster=$(id cluster:0); covenant=$(id covenant:0:2025); campaign=$(id campaign:40)
for path in "/units/$unit" "/units/$centre" "/units?limit=50&parentId=$centre" "/units/$unit/eligibility?year=2025&awardType=TTLDTT" \
    "/people/$person" "/people/$person/awards" "/people/$person/eligibility?year=2025&awardType=CSTDCS" "/people?unitId=$unit&limit=50" \
    "/clusters/$cluster" "/clusters/$cluster/terms/2025" "/clusters/$cluster/terms/2021" "/clusters?limit=50" \
    "/covenants/$covenant" "/covenants/$covenant/ranking" "/covenants/$covenant/assessments/$(id unit:1)" "/covenants?clusterId=$cluster" \
    "/campaigns/$campaign" "/campaigns/$campaign/summary" "/campaigns/$campaign/registrations?limit=50" "/campaigns/$campaign/reports?limit=50" \
    "/campaigns/$campaign/registrations/$(id unit:$((1 + (40 * 37) % (units - 1))))" "/campaigns/$campaign/reports/$(id unit:$((1 + (40 * 37) % (units - 1))))/phase-1" \
    "/campaigns?limit=50" "/units/$unit/awards"; do
  code=$(get "$path")
  [ "${code:0:1}" = 2 ] || { echo "SMOKE FAILED: GET $path answered $code" >&2; exit 1; }
done
echo "Smoke check: every kind of generated record reads back through the API (2xx)." >&2

# Heavy reads on the generated data: wall time in curl on one connection, nothing subtracted.
timed() {
  local path=$1 n=$2
  for _ in 1 2 3; do curl -sf -o /dev/null -H "Authorization: Bearer $token" "$base$path"; done
  for _ in $(seq 1 "$n"); do curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$base$path"; done |
    sort -n | awk -v p="$path" '{ a[NR] = $1 * 1000 } END { printf "  %-80s median %6.1f  p95 %6.1f  max %6.1f ms\n", p, a[int((NR + 1) / 2)], a[int(NR * 0.95 + 0.999)], a[NR] }'
}
echo "Generated data, $repeat requests each (curl, one request per connection, ms):"
timed "/covenants/$covenant/ranking" "$repeat"
timed "/clusters/$cluster" "$repeat"
timed "/clusters/$cluster/terms/2025" "$repeat"
timed "/campaigns/$campaign/summary" "$repeat"
timed "/people/$person/eligibility?year=2025&awardType=CSTDCS" "$repeat"

dotnet scripts/bench/HeavyReads/bin/Release/net10.0/HeavyReads.dll "http://127.0.0.1:$port" "$token" "$repeat"
print_footprint

if [ $harness = 1 ]; then
  "$bench/run.sh" 10000 --target "http://127.0.0.1:$port" \
    --path-template '/api/v1/units/{id}' --list-template '/api/v1/units?limit=50' --search-template '/api/v1/units?q={q}&limit=50' \
    --header "Authorization: Bearer $token" --target-pid "$api_pid" "${extra[@]}"
  print_footprint
fi
