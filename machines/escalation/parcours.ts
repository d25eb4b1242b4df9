import type { Jour } from "../../domain/dates/jour";
import type { Dossier } from "../../domain/dossier/dossier.schema";
import type { Evenement } from "../../domain/dossier/evenements";
import { decrire, type Parcours } from "./description";
import { demarrer, dossierStatique, type Rejet, type Snapshot } from "./etat";
import { avancer, envoyer } from "./temps";

export * from "./actions";
export * from "./description";
export * from "./etat";
export * from "./persistance";
export * from "./refus";
export * from "./temps";

/**
 * Replays a dossier's journal in order, then advances time to `aujourdhui`. Refused events are
 * reported with their index and French reason, and change nothing.
 */
export function rejouer(dossier: Dossier, aujourdhui: Jour): Parcours {
  const dates = [...dossier.evenements.map((e) => e.date), ...dossier.factures.map((f) => f.dateEcheance)].sort();
  let s = demarrer(dossierStatique(dossier), dates[0] ?? aujourdhui);
  const rejets: Rejet[] = [];
  const ajoutes: Evenement[] = [];
  dossier.evenements.forEach((e, index) => {
    // Deadlines that passed before this event are applied first (a journal may omit them).
    const avant = avancer(s, e.date);
    s = avant.snapshot;
    ajoutes.push(...avant.evenements);
    if (e.type === "delai.expire" && dejaExpire(s, e)) return;
    const r = envoyer(s, e);
    if (r.accepte) s = r.snapshot;
    else rejets.push({ index, type: e.type, raison: r.raison ?? "refusé" });
  });
  const avance = avancer(s, aujourdhui);
  s = avance.snapshot;
  ajoutes.push(...avance.evenements);
  return { ...decrire(s, aujourdhui), rejets, evenementsAjoutes: ajoutes, snapshot: s };
}

/** A `delai.expire` already applied (by advancing time) is a duplicate, not a new fact. */
function dejaExpire(s: Snapshot, e: Evenement & { type: "delai.expire" }): boolean {
  return s.context.journal.some((x) => x.type === "delai.expire" && x.echeance === e.echeance && x.date === e.date);
}
