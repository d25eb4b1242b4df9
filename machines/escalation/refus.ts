import type { Evenement, TypeEvenement } from "../../domain/dossier/evenements";
import { dateLongue } from "../../domain/format/francais";
import { calculerEcheances, echeanceSignification } from "./echeances";
import { etapeDe, type Snapshot, sousEtatDe } from "./etat";
import { creanceNonPrescrite, oppositionTardiveRecevable, voieOuverte } from "./regles";

const EVENEMENTS_JUDICIAIRES: TypeEvenement[] = [
  "voie.choisie",
  "requete.deposee",
  "assignation.signifiee",
  "ordonnance.signifiee",
  "audience.fixee",
  "assignation.placee",
  "petites-creances.accord",
];

const PREALABLES: Partial<Record<TypeEvenement, string>> = {
  "med.recue": "aucune mise en demeure n'attend de réception",
  "requete.deposee": "choisissez d'abord la voie de l'injonction de payer",
  "ordonnance.rendue": "la requête en injonction de payer doit d'abord être déposée",
  "ordonnance.rejetee": "la requête en injonction de payer doit d'abord être déposée",
  "ordonnance.signifiee": "l'ordonnance doit d'abord être rendue",
  "opposition.formee": "une opposition suppose une ordonnance d'injonction de payer signifiée",
  "assignation.signifiee": "l'assignation doit d'abord comporter une date d'audience (art. 56 CPC)",
  "assignation.placee": "l'assignation doit d'abord être signifiée par un commissaire de justice",
  "audience.fixee": "aucune instance n'est engagée (choisissez le référé ou l'assignation)",
  "decision.rendue": "aucune instance n'attend de décision",
  "decision.signifiee": "aucun jugement n'a été rendu dans ce dossier",
  "instance.non-avenue": "aucune instance n'est en cours",
  "execution.engagee": "l'exécution forcée suppose un titre exécutoire",
  "petites-creances.accord": "choisissez d'abord la procédure de petites créances",
  "petites-creances.echec": "aucune procédure de petites créances n'est en cours",
  "petites-creances.titre": "le débiteur doit d'abord accepter de participer à la procédure",
  "echeance.payee": "aucun échéancier n'est en cours",
  "echeancier.defaillant": "aucun échéancier n'est en cours",
  "litige.resolu": "aucune contestation n'est en cours",
  "creance.declaree": "aucune procédure collective n'est ouverte",
  "voie.choisie": "la voie judiciaire ne se choisit pas à ce stade",
};

/** French reason why the machine refuses an event in a snapshot. */
export function raisonRefus(s: Snapshot, e: Evenement): string {
  const etape = etapeDe(s);
  const ctx = s.context;
  if (etape === "solde")
    return "Le dossier est soldé : la créance a été entièrement payée, aucune étape ne reste à faire.";
  if (etape === "abandon") return "Le dossier est abandonné : seul un paiement reçu peut encore y être noté.";
  if (etape === "prescrite") {
    return "La créance est prescrite : le débiteur peut refuser de payer ; seul un paiement volontaire ou une reconnaissance peut encore être noté.";
  }
  if (
    etape === "procedure-collective" &&
    (EVENEMENTS_JUDICIAIRES.includes(e.type) || e.type === "med.envoyee" || e.type === "relance.envoyee")
  ) {
    return "Le débiteur est en procédure collective : les poursuites individuelles sont interrompues ou interdites (art. L.622-21 C. com.). Déclarez la créance au mandataire judiciaire (art. L.622-24 et R.622-24 C. com.).";
  }
  const voie = e.type === "voie.choisie" ? e.voie : undefined;
  // The guards' own rules (regles.ts): the same verdict, here read for its reason.
  if (voie) {
    const v = voieOuverte(ctx, e);
    if (!v.permis) return v.raison;
  }
  if (e.type === "requete.deposee" || e.type === "assignation.signifiee") {
    const v = creanceNonPrescrite(ctx, e);
    if (!v.permis) return v.raison;
  }
  if (etape === "litige" && voie && voie !== "assignation") {
    return "La créance est contestée : l'injonction de payer, le référé-provision et les petites créances supposent une créance non sérieusement contestée ; c'est l'assignation au fond qui permet au juge de trancher le litige.";
  }
  if (e.type === "opposition.formee" && etape === "execution") {
    const v = oppositionTardiveRecevable(ctx, e);
    if (!v.permis) return v.raison;
  }
  if (e.type === "voie.choisie" && sousEtatDe(s) === "rejetee") {
    return "La demande a été rejetée au fond : la même créance ne peut plus être portée devant un juge (autorité de la chose jugée, art. 1355 C. civ. et 480 CPC) ; seul un recours contre le jugement reste possible, avec un avocat.";
  }
  if (e.type === "ordonnance.signifiee" && etape === "voie-judiciaire") {
    const s1411 = echeanceSignification(ctx.journal);
    const caduque = ctx.journal.some((x) => x.type === "delai.expire" && x.echeance === "signification-ordonnance");
    if (s1411 && caduque) {
      return `L'ordonnance du ${dateLongue(s1411.dateOrdonnance)} est non avenue faute de signification dans le délai de ${s1411.mois} mois, expiré le ${dateLongue(s1411.dateLimite)} (art. 1411 CPC) : elle ne peut plus être signifiée ; une nouvelle requête peut être déposée.`;
    }
  }
  if (e.type === "delai.expire") {
    const code = e.echeance;
    const echeances = calculerEcheances(ctx.dossier, ctx.journal, etape, sousEtatDe(s), e.date);
    const ech = echeances.find((x) => x.code === code);
    if (ech && e.date <= ech.date) {
      return `Le délai « ${code} » n'est pas encore expiré : il court jusqu'au ${dateLongue(ech.date)} inclus.`;
    }
    return `Aucun délai « ${code ?? "?"} » ne court à l'étape « ${etape} ».`;
  }
  const prealable = PREALABLES[e.type];
  return `« ${e.type} » n'est pas possible à l'étape « ${etape} »${prealable ? ` : ${prealable}` : ""}.`;
}
