/**
 * Screenshots of pages at phone and desktop widths, to look at what we render:
 *   npx tsx scripts/captures.ts http://127.0.0.1:3000 / /prescription …  → .tmp/captures/*.png
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { ARGUMENTS_CHROMIUM, cheminChromium } from "../tests/e2e/environnement";

const [base, ...chemins] = process.argv.slice(2);
if (!base || chemins.length === 0) {
  console.error("Usage : npx tsx scripts/captures.ts URL_DE_BASE /chemin [/chemin…]");
  process.exit(2);
}
const sortie = path.resolve(".tmp/captures");
mkdirSync(sortie, { recursive: true });
const navigateur = await chromium.launch({ executablePath: cheminChromium(), args: ARGUMENTS_CHROMIUM });
for (const [nom, viewport] of [
  ["telephone", { width: 390, height: 844 }],
  ["bureau", { width: 1280, height: 900 }],
] as const) {
  const page = await navigateur.newPage({ viewport, locale: "fr-FR" });
  for (const chemin of chemins) {
    await page.goto(base + chemin);
    const fichier = path.join(sortie, `${chemin.replace(/[^a-z0-9]+/gi, "_").slice(0, 60) || "_"}-${nom}.png`);
    await page.screenshot({ path: fichier, fullPage: true });
    console.log(fichier);
  }
  await page.close();
}
await navigateur.close();
