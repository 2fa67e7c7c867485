#!/usr/bin/env bash
# Sets up and runs the ThiDua API locally:
#   PostgreSQL started (installed if missing) or THIDUA_DB used, migrations applied, demo data loaded,
#   API on http://127.0.0.1:${THIDUA_PORT:-5080}, Swagger UI URL and an admin bearer token printed.
#   --fresh drops the local database first (the document's examples name the ids of freshly seeded demo data).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh

port=${THIDUA_PORT:-5080}
if [ -n "${THIDUA_DB:-}" ]; then
  connection=$THIDUA_DB
else
  ensure_local_postgres
  if [ "${1:-}" = "--fresh" ]; then
    # The API document's examples name the ids of freshly seeded demo data: start again from an empty database.
    thidua_psql -c "DROP DATABASE IF EXISTS thidua WITH (FORCE)"
  fi
  ensure_local_database thidua
  connection="Host=127.0.0.1;Port=5432;Database=thidua;Username=thidua;Password=thidua"
fi

# A signing key for local tokens, made once per checkout and never committed (.local/ is ignored).
mkdir -p .local
[ -s .local/signing-key ] || head -c 32 /dev/urandom | base64 > .local/signing-key

export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__ThiDua="$connection"
export Authentication__Schemes__Bearer__ValidIssuer=thidua-local
export Authentication__Schemes__Bearer__ValidAudiences__0=thidua-api
export Authentication__Schemes__Bearer__SigningKeys__0__Issuer=thidua-local
export Authentication__Schemes__Bearer__SigningKeys__0__Value="$(cat .local/signing-key)"

echo "Building..."
dotnet build src/Api/ThiDua.Api.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
api=src/Api/bin/Release/net10.0/ThiDua.Api.dll
dotnet "$api" migrate
dotnet "$api" seed-demo
token=$(dotnet "$api" mint-token --role admin --sub local-admin --name "Local administrator")

cat <<MSG

ThiDua API: http://127.0.0.1:$port
Swagger UI: http://127.0.0.1:$port/swagger
OpenAPI document: http://127.0.0.1:$port/swagger/v1/swagger.json   (the committed contract: openapi/v1.json)
Admin token (Authorize button in Swagger UI, or header "Authorization: Bearer <token>"), valid 8 hours:

$token

Other roles: scripts/mint-token.sh --role council --unit SYT-HN   (Ctrl+C stops the API)

MSG
# The content root is the build output, so that appsettings.json and appsettings.Development.json (log levels, CORS
# origins, integration clients) apply as they do for `dotnet run`.
exec dotnet "$api" --contentRoot "$PWD/$(dirname "$api")" --urls "http://127.0.0.1:$port"
