#!/usr/bin/env bash
# Measures what keyset pagination and accent-insensitive search cost on a large unit list:
# a scratch database with N units (default 100000), the API on a spare port, and the mean time of
# page 1, a page near the end (by cursor) and a search, over R requests each (default 30).
# Usage: scripts/bench/pagination.sh [N] [R]. Prints a small table; changes nothing outside its scratch database.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/postgres.sh
source scripts/bench/api.sh
n=${1:-100000}; rounds=${2:-30}; port=${THIDUA_BENCH_PORT:-5097}; db=thidua_bench
ensure_local_postgres
thidua_psql -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
thidua_psql -c "CREATE DATABASE $db OWNER thidua"
conn="Host=127.0.0.1;Port=5432;Database=$db;Username=thidua;Password=thidua"
key=$(head -c 32 /dev/urandom | base64)
export ConnectionStrings__ThiDua="$conn" ASPNETCORE_ENVIRONMENT=Production RateLimiting__PermitsPerMinute=0 \
  Authentication__Schemes__Bearer__ValidIssuer=bench Authentication__Schemes__Bearer__ValidAudiences__0=thidua-api \
  Authentication__Schemes__Bearer__SigningKeys__0__Issuer=bench Authentication__Schemes__Bearer__SigningKeys__0__Value="$key" \
  Logging__LogLevel__Default=Warning
bench_publish
dotnet "$api" migrate >/dev/null
PGPASSWORD=thidua psql -h 127.0.0.1 -U thidua -d $db -q -v ON_ERROR_STOP=1 <<SQL
INSERT INTO thidua.units (id, code, name, short_name, kind, province, status, valid_from, created_at, updated_at)
SELECT gen_random_uuid(), 'U' || lpad(i::text, 7, '0'),
       (ARRAY['Bệnh viện','Trung tâm Y tế','Trạm Y tế','Chi cục'])[1 + i % 4] || ' số ' || i || ' ' ||
       (ARRAY['Đống Đa','Đức Giang','Phụ Sản','Thanh Nhàn','Xanh Pôn'])[1 + i % 5],
       NULL, 'Hospital', 'Hà Nội', 'Active', DATE '2000-01-01', now(), now()
FROM generate_series(1, $n) AS i;
ANALYZE thidua.units;
SQL
token=$(dotnet "$api" mint-token --role admin)
dotnet "$api" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; thidua_psql -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done

last=$(printf 'U%07d' $((n - 100)))
cursor=$(printf '{"Key":"%s","Id":"00000000-0000-0000-0000-000000000000"}' "$last" | base64 -w0 | tr '+/' '-_' | tr -d '=')
mean_ms() {
  local url=$1 total=0
  curl -sf -o /dev/null -H "Authorization: Bearer $token" "$url"   # warm-up
  for _ in $(seq 1 "$rounds"); do
    t=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$url")
    total=$(awk -v a="$total" -v b="$t" 'BEGIN { print a + b }')
  done
  awk -v t="$total" -v r="$rounds" 'BEGIN { printf "%.1f", t / r * 1000 }'
}
base="http://127.0.0.1:$port/api/v1/units"
printf '%-45s %10s\n' "request ($n units, mean of $rounds)" "ms"
printf '%-45s %10s\n' "page 1 (limit=50)" "$(mean_ms "$base?limit=50")"
printf '%-45s %10s\n' "page after $last (limit=50)" "$(mean_ms "$base?limit=50&cursor=$cursor")"
printf '%-45s %10s\n' "search q=duc giang (limit=50)" "$(mean_ms "$base?limit=50&q=duc%20giang")"
printf '%-45s %10s\n' "search q=so 99999 (rare, limit=50)" "$(mean_ms "$base?limit=50&q=so%2099999")"
