/**
 * `npm run bench:relances` (issue 14): 2 000 dossiers whose reminder is due today, one scheduler
 * tick — decide (planifier) then send (envoyer) to a real SMTP server on 127.0.0.1 — on the
 * embedded database and on PostgreSQL (throwaway cluster). Prints the time of each half, the
 * messages received, and the memory (RSS and heap before, peak during, after). Budget: ≤ 60 s,
 * memory flat. Not a test: figures go to docs/benchmarks.md.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { lireConfig } from "../app/config.server";
import type { Services } from "../app/contexte";
import { type Base, ouvrirBase } from "../app/db/database.server";
import { creerDossier } from "../app/db/dossiers.server";
import { envoyerRelances, fermerTransports } from "../app/services/relances/envoi.server";
import { planifierRelances } from "../app/services/relances/planificateur.server";
import { dossierDue, organisationQuiRelance } from "../tests/fixtures/relances";
import { demarrerPostgres } from "../tests/setup/postgres";
import { demarrerSmtp } from "../tests/setup/smtp";
import { sonderMemoire } from "./memoire";

const NOMBRE = Number(process.env.BANC_DOSSIERS ?? 2000);
// Thursday 9 April 2026: J+3 of invoices due on Monday 6 April — the friendly reminder, with its PDF.
const JOUR = "2026-04-09";

async function banc(nom: string, base: Base, smtpUrl: string) {
  const organisationId = await organisationQuiRelance(base.db, "Banc");
  for (let i = 0; i < NOMBRE; i++) {
    const d = dossierDue(`BANC-${i}`, "2026-04-06");
    d.debiteur.denomination = `Débiteur ${i}`;
    d.factures[0]!.numero = `F-${i}`;
    await creerDossier(base.db, organisationId, d, { aujourdhui: "2026-03-20" });
  }
  const s: Services = {
    base,
    config: lireConfig({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "banc-relances-")), SMTP_URL: smtpUrl }),
    aujourdhui: () => JOUR,
    organisationId,
  };
  const memoire = sonderMemoire(100);
  const t0 = performance.now();
  const decidees = await planifierRelances(s, { aujourdhui: JOUR });
  const t1 = performance.now();
  const bilan = await envoyerRelances(s, { aujourdhui: JOUR, heure: 10, limite: NOMBRE });
  const t2 = performance.now();
  const mesure = memoire.arreter();
  fermerTransports();
  return {
    nom,
    decidees: decidees.length,
    envoyes: bilan.envoyes,
    planifierS: (t1 - t0) / 1000,
    envoyerS: (t2 - t1) / 1000,
    totalS: (t2 - t0) / 1000,
    memoire: mesure,
  };
}

const smtp = await demarrerSmtp(0, 0, false);
const resultats = [];
const dataDir = mkdtempSync(path.join(os.tmpdir(), "banc-relances-pglite-"));
const integree = await ouvrirBase(lireConfig({ DATA_DIR: dataDir }));
await integree.migrer();
resultats.push(await banc("PGlite (intégrée)", integree, smtp.url));
await integree.fermer();
const cluster = await demarrerPostgres();
try {
  const pg = await ouvrirBase(lireConfig({ DATABASE_URL: cluster.url }));
  await pg.migrer();
  resultats.push(await banc("PostgreSQL 15", pg, smtp.url));
  await pg.fermer();
} finally {
  await cluster.arreter();
}
await smtp.arreter();
console.log(`\nBanc des relances — ${os.cpus().length} cœurs, Node ${process.version}, ${NOMBRE} dossiers\n`);
console.log("| Base | Décidées | Envoyées (reçues par SMTP) | Décider | Envoyer | Total (budget 60 s) | Mémoire |");
console.log("|---|---|---|---|---|---|---|");
for (const r of resultats) {
  console.log(
    `| ${r.nom} | ${r.decidees} | ${r.envoyes} | ${r.planifierS.toFixed(1)} s | ${r.envoyerS.toFixed(1)} s | ${r.totalS.toFixed(1)} s | ${r.memoire} |`,
  );
}
console.log(`\nMessages reçus par le serveur SMTP : ${smtp.recus.length}`);
process.exit(0);
