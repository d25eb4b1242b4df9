/**
 * `npm run check:taux`: lists the semesters whose legal interest rate or ECB rate is missing from
 * the tables, up to today (Europe/Paris). Informative: it never fails (a rate is often published
 * weeks after its semester starts; meanwhile the engine answers `provisoire` with a warning).
 */

import { libelleSemestre, semestresManquants } from "../domain/interets/taux";
import { TAUX_BCE, TAUX_LEGAL } from "../domain/interets/taux.table";
import { dateCalendaireParis } from "../lib/horloge";

const aujourdhui = process.argv[2] ?? dateCalendaireParis(new Date());
const manquants = {
  "taux de l'intérêt légal": semestresManquants(TAUX_LEGAL, aujourdhui),
  "taux BCE au 1er janvier / 1er juillet": semestresManquants(TAUX_BCE, aujourdhui),
};
console.log(`Tables de taux au ${aujourdhui} :`);
for (const [table, liste] of Object.entries(manquants)) {
  console.log(
    liste.length === 0
      ? `- ${table} : complet.`
      : `- ${table} : manquant pour ${liste.map(libelleSemestre).join(", ")} (le calcul reste provisoire ; voir docs/taux.md).`,
  );
}
