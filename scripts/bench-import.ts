/**
 * `npm run bench:import` (issue 15): a CSV export of 10 000 invoices for 2 000 debtors imported into
 * an organisation through the web app's path — the file deposited as a batch, read, planned, the
 * dossiers computed and written in one transaction (`executerLot`) — on the embedded database and on
 * PostgreSQL (throwaway cluster), then the same file again (nothing to write). Prints the times and
 * the memory (RSS and heap before, peak during, after). Budget: ≤ 30 s on the embedded database,
 * memory bounded. Not a test: figures go to docs/benchmarks.md.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { lireConfig } from "../app/config.server";
import type { Services } from "../app/contexte";
import { type Base, ouvrirBase } from "../app/db/database.server";
import { creerLot, demarrerLot, enregistrerIdentite, lireLot } from "../app/db/imports.server";
import { executerLot } from "../app/services/import/lots.server";
import { dossierExemple } from "../tests/fixtures/dossiers";
import { exportComptable } from "../tests/fixtures/export-comptable";
import { organisationQuiRelance } from "../tests/fixtures/relances";
import { demarrerPostgres } from "../tests/setup/postgres";
import { Mo, sonderMemoire } from "./memoire";

const FACTURES = Number(process.env.BANC_FACTURES ?? 10_000);
const DEBITEURS = Number(process.env.BANC_DEBITEURS ?? 2_000);
const JOUR = "2026-04-30";

async function banc(nom: string, base: Base) {
  const organisationId = await organisationQuiRelance(base.db, "Banc import");
  await enregistrerIdentite(base.db, organisationId, dossierExemple().creancier, null);
  const s: Services = {
    base,
    config: lireConfig({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "banc-import-")) }),
    aujourdhui: () => JOUR,
    organisationId,
  };
  const fichier = exportComptable(FACTURES, DEBITEURS);
  const passage = async () => {
    const id = await creerLot(base.db, organisationId, "Banc", [{ nom: "export.csv", octets: fichier }]);
    const lot = (await lireLot(base.db, organisationId, id))!;
    await demarrerLot(base.db, id);
    const memoire = sonderMemoire();
    const t0 = performance.now();
    const issue = await executerLot(s, lot);
    const duree = (performance.now() - t0) / 1000;
    const mesure = memoire.arreter();
    if (!issue) throw new Error(`import échoué : ${(await lireLot(base.db, organisationId, id))?.erreur}`);
    return {
      duree,
      compte: issue.rapport.compte,
      memoire: mesure,
    };
  };
  const premier = await passage();
  const second = await passage();
  return { nom, premier, second };
}

const resultats = [];
const integree = await ouvrirBase(lireConfig({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "banc-import-pglite-")) }));
await integree.migrer();
resultats.push(await banc("PGlite (intégrée)", integree));
await integree.fermer();
const cluster = await demarrerPostgres();
try {
  const pg = await ouvrirBase(lireConfig({ DATABASE_URL: cluster.url }));
  await pg.migrer();
  resultats.push(await banc("PostgreSQL 15", pg));
  await pg.fermer();
} finally {
  await cluster.arreter();
}
console.log(
  `\nBanc de l'import — ${os.cpus().length} cœurs, Node ${process.version}, ${FACTURES} factures, ${DEBITEURS} débiteurs (CSV de ${Mo(exportComptable(FACTURES, DEBITEURS).byteLength)})\n`,
);
console.log("| Base | Passage | Durée (budget 30 s) | Dossiers créés | Factures créées | Inchangées | Mémoire |");
console.log("|---|---|---|---|---|---|---|");
for (const r of resultats) {
  for (const [passage, x] of [
    ["premier", r.premier],
    ["second (même fichier)", r.second],
  ] as const) {
    console.log(
      `| ${r.nom} | ${passage} | ${x.duree.toFixed(1)} s | ${x.compte.dossiersCrees} | ${x.compte.creer} | ${x.compte.inchangee} | ${x.memoire} |`,
    );
  }
}
process.exit(0);
