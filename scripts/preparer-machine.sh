#!/usr/bin/env bash
# Makes sure the system packages the tests need are present: Chromium (e2e), the PostgreSQL
# server (integration tests), LibreOffice (DOCX checks) and poppler-utils (PDF to PNG). Installed
# with apt-get when missing and running as root; otherwise the run stops with the exact command.
set -euo pipefail

manquants=()
have_initdb() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }

[ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] || [ -x /usr/bin/chromium ] || manquants+=(chromium)
[ -n "${TEST_DATABASE_URL:-}" ] || have_initdb || manquants+=(postgresql)
command -v soffice >/dev/null 2>&1 || manquants+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || manquants+=(poppler-utils)

if [ ${#manquants[@]} -eq 0 ]; then
  echo "Paquets système : tout est présent (Chromium, PostgreSQL, LibreOffice, poppler)."
  exit 0
fi

commande="apt-get update && apt-get install -y ${manquants[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "Paquets système manquants : ${manquants[*]}." >&2
  echo "Installez-les (en root) : $commande" >&2
  exit 1
fi

echo "Installation des paquets système manquants : ${manquants[*]}…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${manquants[@]}" >/dev/null
echo "Paquets système installés."
