/**
 * `npm run bench`: document benchmarks (issue « Documents »), printed and recorded in
 * docs/benchmarks.md by hand from this output. Not a test: nothing here asserts timings.
 * - median warm render of a one-page mise en demeure, PDF and DOCX;
 * - lawyer's ZIP without uploaded pièces (dossier at the injonction stage);
 * - 1,000 mises en demeure (PDF + DOCX) through `recouvrement lot`, with each worker's RSS;
 * - when LibreOffice is installed: the same DOCX converted per document (one soffice each) and
 *   as one batch, as ratios to the native PDF.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DossierSchema } from "../domain/dossier/dossier.schema";
import { construireDossierAvocat } from "../templates/dossier-avocat.server";
import { preparerContexte } from "../templates/preparer";
import { construireModele, rendreDocument } from "../templates/rendu.server";

const lire = (f: string) => DossierSchema.parse(JSON.parse(readFileSync(f, "utf8")));

async function mediane(n: number, f: () => unknown | Promise<unknown>): Promise<number> {
  for (let i = 0; i < 20; i++) await f(); // warm: the JIT has settled
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = performance.now();
    await f();
    t.push(performance.now() - a);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(n / 2)]!;
}

const ligne = (nom: string, valeur: string, budget = "") =>
  console.log(`${nom.padEnd(58)} ${valeur.padStart(12)}  ${budget}`);

console.log(
  `Machine : ${os.cpus().length} cœurs (${os.cpus()[0]?.model}), ${Math.round(os.totalmem() / 2 ** 30)} Gio, Node ${process.version}`,
);
console.log(`Date : ${new Date().toISOString()}\n`);

const exemple = lire("tests/fixtures/dossier-exemple.json");
const c = preparerContexte(exemple, "2026-03-01");
const modele = construireModele("mise-en-demeure", c);
const pdf = await mediane(200, () => rendreDocument("mise-en-demeure", "pdf", c, modele));
const docx = await mediane(200, () => rendreDocument("mise-en-demeure", "docx", c, modele));
ligne("Mise en demeure, PDF (médiane à chaud)", `${pdf.toFixed(1)} ms`, "budget ≤ 25 ms");
ligne("Mise en demeure, DOCX (médiane à chaud)", `${docx.toFixed(1)} ms`, "budget ≤ 5 ms");

const scenario = lire("machines/escalation/scenarios/02-injonction-sans-opposition.dossier.json");
const injonction = { ...scenario, evenements: scenario.evenements.slice(0, 5) };
const zip = await mediane(10, () => construireDossierAvocat(injonction, "2026-03-25"));
ligne("Dossier avocat (ZIP, sans pièce téléversée)", `${zip.toFixed(0)} ms`, "budget ≤ 300 ms");

const dir = mkdtempSync(path.join(os.tmpdir(), "bench-lot-"));
const jsonl = path.join(dir, "dossiers.jsonl");
const base = JSON.parse(readFileSync("tests/fixtures/dossier-exemple.json", "utf8"));
writeFileSync(
  jsonl,
  Array.from({ length: 1000 }, (_, i) => {
    const d = structuredClone(base);
    d.debiteur.denomination = `Client ${i + 1}`;
    d.factures[0].montantTtcCents = 100_000 + i * 137;
    return JSON.stringify(d);
  }).join("\n"),
);
const debut = performance.now();
const r = spawnSync(
  process.execPath,
  [
    "bin/recouvrement.mjs",
    "lot",
    "--input",
    jsonl,
    "--out",
    path.join(dir, "sortie"),
    "--types",
    "mise-en-demeure",
    "--formats",
    "pdf,docx",
    "--aujourdhui",
    "2026-03-01",
  ],
  { encoding: "utf8", maxBuffer: 64 * 2 ** 20 },
);
const secondes = (performance.now() - debut) / 1000;
const sortie = JSON.parse(r.stdout);
ligne("1 000 mises en demeure (PDF + DOCX) par `lot`", `${secondes.toFixed(1)} s`, "budget ≤ 30 s");
for (const [i, t] of (
  sortie.travailleurs as { documents: number; rssApres100Mo: number; rssFinMo: number }[]
).entries()) {
  ligne(
    `  travailleur ${i + 1} : RSS après 100 documents → fin (${t.documents} documents)`,
    `${t.rssApres100Mo} → ${t.rssFinMo} Mo`,
    `croissance ${t.rssFinMo - t.rssApres100Mo} Mo (budget ≤ 100 Mo)`,
  );
}
ligne("Mémoire de pointe du processus de mesure", `${Math.round(process.resourceUsage().maxRSS / 1024)} Mo`);

const soffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
if (soffice) {
  const lo = mkdtempSync(path.join(os.tmpdir(), "bench-lo-"));
  const fichier = path.join(lo, "med.docx");
  writeFileSync(fichier, await rendreDocument("mise-en-demeure", "docx", c, modele));
  const convertir = (fichiers: string[], profil: string) =>
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${profil}`, "--headless", "--convert-to", "pdf", "--outdir", lo, ...fichiers],
      {
        stdio: "ignore",
      },
    );
  convertir([fichier], path.join(lo, "profil-chaud"));
  const unParUn: number[] = [];
  for (let i = 0; i < 5; i++) {
    const a = performance.now();
    convertir([fichier], path.join(lo, "profil-chaud"));
    unParUn.push(performance.now() - a);
  }
  unParUn.sort((a, b) => a - b);
  const parDocument = unParUn[2]!;
  const lotFichiers = Array.from({ length: 20 }, (_, i) => {
    const f = path.join(lo, `med-${i}.docx`);
    writeFileSync(f, readFileSync(fichier));
    return f;
  });
  const a = performance.now();
  convertir(lotFichiers, path.join(lo, "profil-chaud"));
  const parLot = (performance.now() - a) / lotFichiers.length;
  ligne(
    "LibreOffice, un soffice par document (médiane)",
    `${parDocument.toFixed(0)} ms`,
    `natif ${(parDocument / pdf).toFixed(0)}× plus rapide (budget ≥ 30×)`,
  );
  ligne(
    "LibreOffice, un seul soffice pour 20 documents (par document)",
    `${parLot.toFixed(0)} ms`,
    `natif ${(parLot / pdf).toFixed(1)}× plus rapide`,
  );
  rmSync(lo, { recursive: true, force: true });
} else {
  console.log("LibreOffice absent : comparaison ignorée (apt-get install -y libreoffice-writer-nogui).");
}
rmSync(dir, { recursive: true, force: true });
