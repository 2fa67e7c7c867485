#!/usr/bin/env bash
# Issue 13 target 3: times the heavy reads on the real API (Release, Production settings) against PostgreSQL.
# Builds, through the API as its clients would (HeavyReads/Program.cs), a cluster of 60 units with a covenant of 100
# criteria scored by 3 assessors, a dossier of 200 lines, and a campaign with 500 registered units and their reports;
# then times each heavy read REPEAT times on one keep-alive connection (median, p95, p99, max): wall time in the
# client from sending the request to the last byte, on loopback, nothing subtracted (the API emits no Server-Timing).
# Also prints the API's start-to-ready time and its resident memory after the run (target 4).
# Usage: scripts/bench/heavy-reads.sh [REPEAT=50]
# THIDUA_BENCH_DB: the database (default thidua_heavy, dropped and made anew; give thidua_province to run on the
# province-scale data of scripts/bench/province.sh, which is kept). THIDUA_BENCH_PORT: API port (default 5099).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
source scripts/postgres.sh
repeat=${1:-50}; port=${THIDUA_BENCH_PORT:-5099}; db=${THIDUA_BENCH_DB:-thidua_heavy}
ensure_local_postgres
source scripts/bench/api.sh
bench_env "$db"
dotnet build scripts/bench/HeavyReads/HeavyReads.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
bench_publish
if [ "$db" = thidua_heavy ]; then
  thidua_psql -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
fi
ensure_local_database "$db"
dotnet "$api" migrate >/dev/null

token=$(dotnet "$api" mint-token --role admin --hours 4)
start_api_measured "$api" "$port"
trap 'kill $api_pid 2>/dev/null || true' EXIT
dotnet scripts/bench/HeavyReads/bin/Release/net10.0/HeavyReads.dll "http://127.0.0.1:$port" "$token" "$repeat"
print_footprint
