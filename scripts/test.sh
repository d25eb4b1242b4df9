#!/usr/bin/env bash
# `npm test`: every check, one after the other (the machine has 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."

etape() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

rm -rf .tmp/rapports && mkdir -p .tmp/rapports

etape "Paquets système"
bash scripts/preparer-machine.sh

etape "Types (react-router typegen && tsc)"
npm run --silent typecheck

etape "Lint et format (Biome)"
npx biome ci --colors=off .

etape "Tests unitaires et d'intégration (vitest : domaine, PGlite, PostgreSQL)"
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/rapports/vitest.json

etape "Construction de production"
npm run --silent build

etape "Tests de bout en bout (Playwright, Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/rapports/playwright.json npx playwright test --reporter=list,json

echo
node scripts/bilan-tests.mjs
echo "Tous les tests sont passés."
