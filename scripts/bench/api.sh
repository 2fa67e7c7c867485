# Sourced by the bench scripts: the API's environment for a bench run (Production settings, a throw-away signing key
# and webhook secret key, no rate limit, warnings only), and (issue 13 target 4) starting the API while measuring
# start-to-ready (process start until /health/ready answers 200) and, later, its resident memory (VmRSS now, VmHWM the
# peak since start). Needs $root (the repository) and a connection string: bench_env DATABASE.
bench_env() {
  local key webhook
  key=$(head -c 32 /dev/urandom | base64); webhook=$(head -c 32 /dev/urandom | base64)
  export ConnectionStrings__ThiDua="Host=127.0.0.1;Port=5432;Database=$1;Username=thidua;Password=thidua" \
    ASPNETCORE_ENVIRONMENT=Production RateLimiting__PermitsPerMinute=0 \
    Authentication__Schemes__Bearer__ValidIssuer=bench Authentication__Schemes__Bearer__ValidAudiences__0=thidua-api \
    Authentication__Schemes__Bearer__SigningKeys__0__Issuer=bench Authentication__Schemes__Bearer__SigningKeys__0__Value="$key" \
    Webhooks__SecretKeys__0="bench:$webhook" Logging__LogLevel__Default=Warning DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0
}

# The API as the container image runs it (deploy/Dockerfile, ADR 0037): published ReadyToRun for linux-x64, in its
# own build folders (artifacts/), so that the normal build's are left alone. Sets $api.
bench_publish() {
  dotnet publish src/Api/ThiDua.Api.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -p:UseAppHost=false --artifacts-path artifacts/bench-build -o artifacts/bench-api -nologo -v quiet -clp:ErrorsOnly >&2
  api=artifacts/bench-api/ThiDua.Api.dll
}

start_api_measured() {
  local api=$1 port=$2 started
  started=$(date +%s%N)
  dotnet "$api" --contentRoot "$root/$(dirname "$api")" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  api_pid=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break
    kill -0 "$api_pid" 2>/dev/null || { echo "The API exited during start." >&2; return 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  echo "API pid $api_pid ready after $ready_ms ms (process start until /health/ready answered 200)" >&2
}

print_footprint() {
  local rss hwm
  rss=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$api_pid/status")
  hwm=$(awk '/^VmHWM/ {print int($2 / 1024)}' "/proc/$api_pid/status")
  echo "Footprint: start-to-ready $ready_ms ms; API resident memory now $rss MB, peak $hwm MB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
