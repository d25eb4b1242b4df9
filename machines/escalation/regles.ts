/**
 * The rules the machine's guards apply, each one answering at once whether the step is allowed,
 * why not in French, and on what basis. Guards read `permis`, refusals (refus.ts) read `raison`:
 * what the machine forbids and what it says cannot drift apart. The substance lives in domain/.
 */
import { nomCollectivite } from "../../domain/calendrier/departement";
import { prescriptionsFactures, situation } from "../../domain/dossier/analyse";
import type { Evenement } from "../../domain/dossier/evenements";
import { dateLongue, montant } from "../../domain/format/francais";
import { aProcedureLocale, SEUIL_PETITES_CREANCES_CENTS } from "../../domain/juridiction/juridiction";
import { departementDebiteur, echeancesInjonction } from "./echeances";
import type { ContexteEscalation } from "./escalation.machine";

export type Verdict = { permis: true } | { permis: false; raison: string; fondements: string[] };

const PERMIS: Verdict = { permis: true };
const refus = (raison: string, fondements: string[] = []): Verdict => ({ permis: false, raison, fondements });

/** Every unpaid invoice is time-barred on the event's date (the event itself counted). */
export function toutPrescrit(context: ContexteEscalation, event: Evenement): boolean {
  const p = prescriptionsFactures(context.dossier, [...context.journal, event], event.date);
  return p.length > 0 && p.every((x) => x.resultat.statut === "acquise");
}

/** Bringing a time-barred claim before a judge is refused (the product's rule; art. 2247-2248 C. civ.). */
export function creanceNonPrescrite(context: ContexteEscalation, event: Evenement): Verdict {
  return toutPrescrit(context, event)
    ? refus(
        "La créance est prescrite : engager une injonction de payer, un référé ou une assignation exposerait à un rejet et à des frais, voire à une condamnation pour procédure abusive (règle du produit ; le débiteur peut opposer la prescription, art. 2247 et 2248 C. civ.).",
        ["C. civ. art. 2247", "C. civ. art. 2248"],
      )
    : PERMIS;
}

/**
 * A référé order already refused the provision: asking again would meet the same answer (art. 488
 * CPC allows it only on new circumstances); the assignation au fond stays open.
 */
export function refereRefuse(journal: readonly Evenement[]): boolean {
  const refere = journal.findLastIndex((e) => e.type === "voie.choisie" && e.voie === "refere-provision");
  return refere >= 0 && journal.slice(refere).some((e) => e.type === "decision.rendue" && !e.titreObtenu);
}

/** Whether the judicial route the event chooses is open (voie.choisie), and why not. */
export function voieOuverte(context: ContexteEscalation, event: Evenement): Verdict {
  if (event.type !== "voie.choisie") return refus("la voie judiciaire ne se choisit pas à ce stade");
  const d = context.dossier;
  const etranger = (d.debiteur.adresse.pays ?? "FR") !== "FR";
  const departement = departementDebiteur(d);
  if (event.voie === "injonction-de-payer" && etranger) {
    return refus(
      "Le débiteur demeure à l'étranger : l'injonction de payer française n'est pas ouverte ; dans l'Union européenne, utilisez l'injonction de payer européenne (règlement (CE) n° 1896/2006).",
      ["Règlement (CE) n° 1896/2006"],
    );
  }
  if ((event.voie === "injonction-de-payer" || event.voie === "petites-creances") && aProcedureLocale(departement)) {
    return refus(
      `${nomCollectivite(departement ?? "") ?? "Cette collectivité"} a sa propre procédure civile : l'injonction de payer et les petites créances décrites ici ne s'y appliquent pas ; les règles locales s'appliquent, consultez un avocat du lieu.`,
    );
  }
  if (event.voie === "petites-creances") {
    if (etranger) {
      return refus(
        "La procédure de petites créances suppose un débiteur domicilié en France (commissaire de justice du ressort de son domicile).",
        ["CPCE art. L.125-1"],
      );
    }
    const total = situation(d, context.journal, event.date).montantPetitesCreancesCents;
    if (total > SEUIL_PETITES_CREANCES_CENTS) {
      return refus(
        `La procédure de petites créances est réservée aux créances de 5 000 € au plus, principal et intérêts (art. L.125-1 et R.125-1 CPCE) ; ce dossier réclame ${montant(total)} hors indemnités et frais.`,
        ["CPCE art. L.125-1", "CPCE art. R.125-1"],
      );
    }
    return PERMIS;
  }
  const prescrite = creanceNonPrescrite(context, event);
  if (!prescrite.permis) return prescrite;
  if (event.voie === "refere-provision" && refereRefuse(context.journal)) {
    return refus(
      "Le juge des référés a déjà refusé la provision : une nouvelle demande en référé suppose des circonstances nouvelles (art. 488 CPC). L'ordonnance de référé n'a pas autorité de la chose jugée au fond : l'assignation au fond reste ouverte.",
      ["CPC art. 488"],
    );
  }
  return PERMIS;
}

/**
 * An opposition once the order is enforceable: admissible only when the order was served other
 * than in person and the extended period of art. 1416 al. 2 has not run out.
 */
export function oppositionTardiveRecevable(context: ContexteEscalation, event: Evenement): Verdict {
  const inj = echeancesInjonction(context.dossier, context.journal);
  if (inj?.aPersonne) {
    return refus(
      "L'ordonnance a été signifiée à personne : le délai d'opposition d'un mois est expiré (art. 1416 al. 1 CPC).",
      ["CPC art. 1416"],
    );
  }
  const limite = inj?.opposition.delai?.dateLimite;
  if (!inj || (limite !== undefined && event.date > limite)) {
    return refus(
      `L'opposition n'est plus recevable : le délai d'un mois après le premier acte signifié à personne ou la première mesure d'exécution est expiré${limite ? ` (${dateLongue(limite)})` : ""} (art. 1416 al. 2 CPC).`,
      ["CPC art. 1416"],
    );
  }
  return PERMIS;
}
