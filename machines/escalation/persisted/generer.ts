/**
 * Writes the persisted snapshots of the current machine version, once per release:
 * `npx tsx machines/escalation/persisted/generer.ts`. Released files are never rewritten: the
 * test checks that they keep rehydrating; when a machine change breaks them, write a migration
 * and a decision record.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DossierSchema } from "../../../domain/dossier/dossier.schema";
import type { Evenement } from "../../../domain/dossier/evenements";
import { VERSION_MACHINE } from "../escalation.machine";
import { demarrer, dossierStatique, envoyer, etatDe, persister } from "../parcours";

const dossier = dossierStatique(
  DossierSchema.parse(JSON.parse(readFileSync(path.resolve("tests/fixtures/dossier-exemple.json"), "utf8"))),
);
const MED: Evenement[] = [
  { type: "med.envoyee", date: "2026-03-02", mode: "lrar" },
  { type: "med.recue", date: "2026-03-04" },
];
const CAS: Record<string, Evenement[]> = {
  "mise-en-demeure": MED,
  "injonction-signifiee": [
    ...MED,
    { type: "delai.expire", date: "2026-03-13", echeance: "delai-mise-en-demeure" },
    { type: "voie.choisie", date: "2026-03-16", voie: "injonction-de-payer" },
    { type: "requete.deposee", date: "2026-03-20" },
    { type: "ordonnance.rendue", date: "2026-09-07" },
    { type: "ordonnance.signifiee", date: "2026-09-14", aPersonne: false },
  ],
  "echeancier-avec-historique": [
    ...MED,
    { type: "voie.choisie", date: "2026-03-16", voie: "injonction-de-payer" },
    { type: "echeancier.signe", date: "2026-03-20", versements: [{ date: "2026-04-30", montantCents: 300000 }] },
  ],
};

const version = VERSION_MACHINE.replace("escalation@", "v");
for (const [nom, evenements] of Object.entries(CAS)) {
  const fichier = path.resolve(`machines/escalation/persisted/${version}-${nom}.json`);
  if (existsSync(fichier)) continue;
  let s = demarrer(dossier, "2026-02-05");
  for (const e of evenements) s = envoyer(s, e).snapshot;
  writeFileSync(fichier, `${JSON.stringify({ etat: etatDe(s), ...persister(s) }, null, 2)}\n`);
  console.log(`${fichier} écrit`);
}
