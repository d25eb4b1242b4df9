/**
 * Sending an event and advancing time: the `delai.expire` events whose dates have passed are sent
 * in order; no clock, `aujourdhui` is a parameter.
 */
import { transition } from "xstate";
import { ajouterJours, type Jour, maxJour } from "../../domain/dates/jour";
import type { Evenement } from "../../domain/dossier/evenements";
import { type CodeEcheance, calculerEcheances } from "./echeances";
import { escalationMachine } from "./escalation.machine";
import { etapeDe, type Snapshot, sousEtatDe } from "./etat";
import { raisonRefus } from "./refus";

export type Envoi = { snapshot: Snapshot; accepte: boolean; raison?: string };

export function envoyer(s: Snapshot, e: Evenement): Envoi {
  if (!s.can(e)) return { snapshot: s, accepte: false, raison: raisonRefus(s, e) };
  const [suivant] = transition(escalationMachine, s, e);
  return { snapshot: suivant, accepte: true };
}

/** Deadlines the machine reacts to when they pass. */
const CODES_ACTIFS: CodeEcheance[] = [
  "prescription",
  "delai-mise-en-demeure",
  "signification-ordonnance",
  "execution-possible",
];

/**
 * Advances the dossier to `aujourdhui`: sends, in date order, the `delai.expire` events of the
 * deadlines that have passed (the day after their last day). Deterministic: the same journal and
 * day give the same events, which go into the journal like any other.
 */
export function avancer(s: Snapshot, aujourdhui: Jour): { snapshot: Snapshot; evenements: Evenement[] } {
  const evenements: Evenement[] = [];
  const essayes = new Set<string>();
  let courant = s;
  for (let tour = 0; tour < 50; tour++) {
    if (courant.status !== "active") break;
    // The clocks as the dossier knows them (its latest date): a deadline already past `aujourdhui`
    // is still running there, and is the one to expire.
    const echues = calculerEcheances(
      courant.context.dossier,
      courant.context.journal,
      etapeDe(courant),
      sousEtatDe(courant),
      courant.context.dateCourante,
    )
      .filter((x) => CODES_ACTIFS.includes(x.code) && ajouterJours(x.date, 1) <= aujourdhui)
      .filter((x) => !essayes.has(`${x.code}@${x.date}`));
    const prochaine = echues[0];
    if (!prochaine) break;
    essayes.add(`${prochaine.code}@${prochaine.date}`);
    // Dated the day after the last day, or later when the path only reached this stage afterwards.
    const date = maxJour(ajouterJours(prochaine.date, 1), courant.context.dateCourante);
    const ev: Evenement = { type: "delai.expire", date, echeance: prochaine.code };
    const r = envoyer(courant, ev);
    if (r.accepte) {
      courant = r.snapshot;
      evenements.push(ev);
    }
  }
  return { snapshot: courant, evenements };
}
