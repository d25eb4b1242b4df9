/**
 * The time a mise en demeure gives the debtor (C. civ. art. 1344; docs/droit/procedures.md). The
 * letter prints `letter date + N days`; the product waits until the later of that date and
 * `receipt + N days`, so that the debtor always has the whole time announced.
 */
import { ajouterJours, type Jour, maxJour } from "../dates/jour";

/** Usual time left by a mise en demeure when the user sets none (good practice; no text fixes it). */
export const DELAI_MISE_EN_DEMEURE_PAR_DEFAUT_JOURS = 8;

export function delaiMiseEnDemeure(e: { dateLettre: Jour; delaiJours: number; dateReception?: Jour | undefined }): {
  dateImprimee: Jour;
  date: Jour;
} {
  const dateImprimee = ajouterJours(e.dateLettre, e.delaiJours);
  const date = e.dateReception ? maxJour(dateImprimee, ajouterJours(e.dateReception, e.delaiJours)) : dateImprimee;
  return { dateImprimee, date };
}
