#!/usr/bin/env bash
# Lints the committed contract openapi/v1.json as CI does (ADR 0017, "Lint"): Spectral (spectral:oas + the OWASP API
# Security ruleset) and Redocly CLI, both from the versions pinned in tools/openapi-lint/package-lock.json.
# Fails when either reports an error; warnings are printed and counted, not fatal.
set -uo pipefail
cd "$(dirname "$0")/.."
tools=tools/openapi-lint
if [ ! -x "$tools/node_modules/.bin/spectral" ] || [ ! -x "$tools/node_modules/.bin/redocly" ] \
   || ! cmp -s "$tools/package-lock.json" "$tools/node_modules/.package-lock.json.copy" 2>/dev/null; then
  command -v npm >/dev/null || { echo "npm is missing (apt-get install nodejs npm)."; exit 1; }
  (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in $tools."; exit 1; }
  cp "$tools/package-lock.json" "$tools/node_modules/.package-lock.json.copy"
fi

status=0
echo "== Spectral (spectral:oas + OWASP) =="
"$tools/node_modules/.bin/spectral" lint openapi/v1.json --ruleset "$tools/.spectral.yaml" --format text \
  --fail-severity error > "$tools/spectral.out" 2>&1 || status=1
grep -E ':[0-9]+:[0-9]+ error ' "$tools/spectral.out" || true
errors=$(grep -cE ':[0-9]+:[0-9]+ error ' "$tools/spectral.out"); warnings=$(grep -cE ':[0-9]+:[0-9]+ warning ' "$tools/spectral.out")
echo "Spectral: $errors errors, $warnings warnings (all in $tools/spectral.out)."

echo "== Redocly =="
"$tools/node_modules/.bin/redocly" lint openapi/v1.json --config "$tools/redocly.yaml" --format stylish \
  > "$tools/redocly.out" 2>&1 || status=1
grep -E '^ +[0-9]+:[0-9]+ +error' "$tools/redocly.out" || true
grep -E "Validation failed|Woohoo|is valid" "$tools/redocly.out" || true

if [ $status -ne 0 ]; then
  echo "OpenAPI lint failed."
fi
exit $status
