/**
 * Regenerates the expected results of the scenario fixtures (UPDATE_GOLDEN=1 npm test does the
 * same through the test): `npx tsx machines/escalation/scenarios/generer.ts`. Review the diff:
 * every date must be checked against the law before it is committed.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DossierSchema } from "../../../domain/dossier/dossier.schema";
import { rejouer } from "../parcours";

export const DOSSIER_SCENARIOS = path.resolve("machines/escalation/scenarios");

export function attendu(nom: string, aujourdhui: string) {
  const dossier = DossierSchema.parse(
    JSON.parse(readFileSync(path.join(DOSSIER_SCENARIOS, `${nom}.dossier.json`), "utf8")),
  );
  const r = rejouer(dossier, aujourdhui);
  return {
    aujourdhui,
    etape: r.etape,
    etat: r.etat,
    echeances: r.echeances.map(({ code, date, fondements }) => ({ code, date, fondements })),
    rejets: r.rejets.map(({ index, type }) => ({ index, type })),
    evenementsAjoutes: r.evenementsAjoutes,
    prochainesActions: r.prochainesActions.map((a) => (a.donnees ? `${a.code} ${JSON.stringify(a.donnees)}` : a.code)),
  };
}

export function scenarios(): [string, string][] {
  const dates = JSON.parse(readFileSync(path.join(DOSSIER_SCENARIOS, "dates.json"), "utf8")) as Record<string, string>;
  return readdirSync(DOSSIER_SCENARIOS)
    .filter((f) => f.endsWith(".dossier.json"))
    .map((f) => f.replace(".dossier.json", ""))
    .sort()
    .map((nom) => [nom, dates[nom]!]);
}

if (process.argv[1]?.endsWith("generer.ts")) {
  for (const [nom, aujourdhui] of scenarios()) {
    writeFileSync(
      path.join(DOSSIER_SCENARIOS, `${nom}.attendu.json`),
      `${JSON.stringify(attendu(nom, aujourdhui), null, 2)}\n`,
    );
    console.log(`${nom} : écrit`);
  }
}
