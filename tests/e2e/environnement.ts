import { existsSync } from "node:fs";

export const PORT_E2E = Number(process.env.E2E_PORT ?? 3917);

export const ARGUMENTS_CHROMIUM = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function cheminChromium(): string {
  const chemin = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chemin)) {
    throw new Error(
      `Chromium introuvable (${chemin}). Installez-le : apt-get install -y chromium (en root), ou donnez son chemin dans CHROMIUM_PATH.`,
    );
  }
  return chemin;
}
