#!/usr/bin/env bash
# Rewrites the committed OpenAPI snapshot openapi/v1.json from the running app's document (the contract; see
# docs/adr/0017), then lints it as CI does. Needs PostgreSQL like the tests (started here when missing).
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
set +e
if [ -z "${THIDUA_TEST_PG:-}" ]; then
  ensure_local_postgres || exit 1
  export THIDUA_TEST_PG="Host=127.0.0.1;Port=5432;Username=thidua;Password=thidua;Database=postgres"
fi
dotnet build ThiDua.sln -c Release -nologo -v quiet -clp:ErrorsOnly || exit 1
THIDUA_UPDATE_OPENAPI=1 dotnet test tests/ThiDua.Api.FunctionalTests -c Release --no-build --nologo \
  --filter "FullyQualifiedName~OpenApiSnapshotTests" || exit 1
echo "openapi/v1.json updated."
bash scripts/lint-openapi.sh
