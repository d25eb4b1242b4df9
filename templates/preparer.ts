/**
 * Builds the context every document model needs, from a dossier and the date of the documents:
 * the statechart replays the journal (and the deadlines that passed), the legal engine computes
 * the money situation on that date. Templates depend on machines and domain, never the reverse.
 */
import type { Jour } from "../domain/dates/jour";
import { type DossierStatique, situation } from "../domain/dossier/analyse";
import type { Dossier } from "../domain/dossier/dossier.schema";
import { dossierStatique, rejouer } from "../machines/escalation/parcours";
import type { ContexteDocument } from "./_shared/contexte";

/** `tauxPublies`: the rate rows added on the instance, used by the figures (never exported with the dossier). */
export function preparerContexte(
  dossier: Dossier,
  aujourdhui: Jour,
  tauxPublies?: DossierStatique["tauxPublies"],
  auteurs?: readonly (string | null)[],
): ContexteDocument {
  const calcul = tauxPublies ? { ...dossier, tauxPublies } : dossier;
  const parcours = rejouer(calcul, aujourdhui);
  const journal = parcours.snapshot.context.journal;
  return {
    dossier,
    aujourdhui,
    journal,
    etape: parcours.etape,
    echeances: parcours.echeances,
    situation: situation(dossierStatique(calcul), journal, aujourdhui),
    ...(auteurs ? { auteurs } : {}),
  };
}
