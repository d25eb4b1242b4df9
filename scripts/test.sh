#!/usr/bin/env bash
# `npm test`: every check, one after the other (the machine has 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."

etape() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

etape "Paquets système"
bash scripts/preparer-machine.sh

etape "Types (react-router typegen && tsc)"
npm run --silent typecheck

etape "Lint et format (Biome)"
npx biome ci .

etape "Tests unitaires et d'intégration (vitest : domaine, PGlite, PostgreSQL)"
npx vitest run

etape "Construction de production"
npm run --silent build

etape "Tests de bout en bout (Playwright, Chromium)"
npx playwright test

echo
echo "Tous les tests sont passés."
