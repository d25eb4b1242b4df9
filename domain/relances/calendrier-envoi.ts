/**
 * When a plan's steps fall and when a message may leave (decision 021): working days where the
 * debtor lives (weekends and public holidays, national or local — Alsace-Moselle, overseas —
 * excluded), 9 h to 18 h Paris time.
 */
import { estChome } from "../calendrier/jours-feries";
import { ajouterJours, ecartJours, type Jour } from "../dates/jour";
import type { EtapePlan, Plan } from "./plan";

/** The sending window: working days (Monday to Friday, not a public holiday where the debtor lives), 9 h to 18 h, Paris time. */
export const HEURE_DEBUT = 9;
export const HEURE_FIN = 18;

/** The first day on or after `jour` that is worked where the debtor lives. */
export function premierJourOuvre(jour: Jour, departement?: string): Jour {
  let j = jour;
  for (let i = 0; i < 30 && estChome(j, departement); i++) j = ajouterJours(j, 1);
  return j;
}

/** Whether a message may leave now (`jour` and `heure` in Europe/Paris). */
export function dansLaFenetre(jour: Jour, heure: number, departement?: string): boolean {
  return !estChome(jour, departement) && heure >= HEURE_DEBUT && heure < HEURE_FIN;
}

export type EtapeDatee = EtapePlan & {
  /** The day the plan puts it (due date + offset). */
  prevue: Jour;
  /** The first working day on or after it, where the debtor lives. */
  jour: Jour;
};

/** The plan's steps dated from the reference due date. */
export function daterEtapes(plan: Plan, echeance: Jour, departement?: string): EtapeDatee[] {
  return [...plan.etapes]
    .sort((a, b) => a.jours - b.jours)
    .map((e) => {
      const prevue = ajouterJours(echeance, e.jours);
      return { ...e, prevue, jour: premierJourOuvre(prevue, departement) };
    });
}

/** Days between the last contact and today, or null when there was none. */
export function joursDepuis(dernierContact: Jour | null, aujourdhui: Jour): number | null {
  return dernierContact ? ecartJours(dernierContact, aujourdhui) : null;
}
