#!/usr/bin/env bash
# The TypeScript client check (ADR 0017, amendment "Generated clients"): generates types from the committed contract
# openapi/v1.json with openapi-typescript, type-checks the mobile scenario (tools/ts-client/src, called through
# openapi-fetch) with `tsc --noEmit`, and refuses casts, non-null assertions and `any` in it. Tools come from
# tools/ts-client/package-lock.json (`npm ci`, then offline). Exits non-zero when any step fails.
set -uo pipefail
cd "$(dirname "$0")/.."
tools=tools/ts-client
if [ ! -x "$tools/node_modules/.bin/openapi-typescript" ] || [ ! -x "$tools/node_modules/.bin/tsc" ] \
   || ! cmp -s "$tools/package-lock.json" "$tools/node_modules/.package-lock.json.copy" 2>/dev/null; then
  command -v npm >/dev/null || { echo "npm is missing (apt-get install nodejs npm)."; exit 1; }
  (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in $tools."; exit 1; }
  cp "$tools/package-lock.json" "$tools/node_modules/.package-lock.json.copy"
fi

echo "== openapi-typescript: openapi/v1.json -> $tools/generated/thidua.ts =="
mkdir -p "$tools/generated"
"$tools/node_modules/.bin/openapi-typescript" openapi/v1.json -o "$tools/generated/thidua.ts" --silent \
  || { echo "TypeScript client: openapi-typescript failed."; exit 1; }
echo "== tsc --noEmit (mobile scenario) =="
"$tools/node_modules/.bin/tsc" --noEmit -p "$tools" || { echo "TypeScript client: the mobile scenario does not type-check."; exit 1; }
echo "== no casts, non-null assertions or any =="
node "$tools/check-no-casts.mjs" "$tools"/src/*.ts || { echo "TypeScript client: the mobile scenario uses casts or assertions."; exit 1; }
echo "TypeScript client: the mobile scenario type-checks against openapi/v1.json."
