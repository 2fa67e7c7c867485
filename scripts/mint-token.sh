#!/usr/bin/env bash
# Prints a bearer token for the local API started by scripts/run.sh (same signing key).
# Usage: scripts/mint-token.sh --role council --unit SYT-HN [--name "..."] [--scope thidua.read] [--hours 8]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -s .local/signing-key ] || { echo "Run scripts/run.sh first (it creates the local signing key)." >&2; exit 1; }
export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__ThiDua="${THIDUA_DB:-Host=127.0.0.1;Port=5432;Database=thidua;Username=thidua;Password=thidua}"
export Authentication__Schemes__Bearer__ValidIssuer=thidua-local
export Authentication__Schemes__Bearer__ValidAudiences__0=thidua-api
export Authentication__Schemes__Bearer__SigningKeys__0__Issuer=thidua-local
export Authentication__Schemes__Bearer__SigningKeys__0__Value="$(cat .local/signing-key)"
exec dotnet src/Api/bin/Release/net10.0/ThiDua.Api.dll mint-token "$@"
