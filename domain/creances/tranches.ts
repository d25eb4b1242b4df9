/** The buckets of an aged balance (issue 15): days past the due date. */
import { ecartJours, type Jour } from "../dates/jour";

export const TRANCHES = ["non-echu", "1-30", "31-60", "61-90", "plus-90"] as const;
export type Tranche = (typeof TRANCHES)[number];
export const LIBELLES_TRANCHES: Record<Tranche, string> = {
  "non-echu": "Non échu",
  "1-30": "1 à 30 jours",
  "31-60": "31 à 60 jours",
  "61-90": "61 à 90 jours",
  "plus-90": "Plus de 90 jours",
};

/** Days past the due date → bucket (the due date itself is not late: payment is due that day). */
export function tranche(echeance: Jour, aujourdhui: Jour): Tranche {
  const retard = ecartJours(echeance, aujourdhui);
  if (retard <= 0) return "non-echu";
  if (retard <= 30) return "1-30";
  if (retard <= 60) return "31-60";
  if (retard <= 90) return "61-90";
  return "plus-90";
}
