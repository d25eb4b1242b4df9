/**
 * The description of a dossier's path on a day: stage, qualification, next actions, deadlines and
 * warnings.
 */
import type { Jour } from "../../domain/dates/jour";
import { type Situation, situation } from "../../domain/dossier/analyse";
import type { Evenement } from "../../domain/dossier/evenements";
import { estConsommateur } from "../../domain/dossier/qualite";
import { dateLongue } from "../../domain/format/francais";
import { prochainesActions } from "./actions";
import { calculerEcheances, type Echeance, oppositionApparemmentTardive, recoursApresRejet } from "./echeances";
import type { Etape } from "./escalation.machine";
import { type Action, etapeDe, etatDe, type Rejet, type Snapshot, sousEtatDe } from "./etat";

export type Qualification = {
  regime: "B2B" | "B2C" | "civil";
  debiteurEtranger: boolean;
  conteste: boolean;
  procedureCollective: boolean;
  prescrite: boolean;
  principalRestantCents: number;
  totalReclameCents: number;
};

export type Parcours = {
  etape: Etape;
  etat: string;
  qualification: Qualification;
  prochainesActions: Action[];
  echeances: Echeance[];
  rejets: Rejet[];
  facturesPrescrites: string[];
  avertissements: string[];
  evenementsAjoutes: Evenement[];
  snapshot: Snapshot;
};

/**
 * A dispute recorded at a judicial stage: what it changes (art. 835 and 873 CPC for the référé,
 * art. 1416 for an order already served).
 */
function avertissementsContestation(
  etape: Etape,
  sousEtat: string | undefined,
  journal: readonly Evenement[],
): string[] {
  const indexEtape = journal.findLastIndex((e) => e.type === "voie.choisie");
  const conteste = journal.findLastIndex((e) => e.type === "debiteur.conteste");
  if (conteste < 0 || conteste < indexEtape) return [];
  const quand = dateLongue(journal[conteste]!.date);
  if (etape === "refere-provision") {
    return [
      `Le débiteur conteste depuis le ${quand} : si la contestation est sérieuse, le juge des référés ne peut accorder de provision (art. 835 al. 2 et 873 al. 2 CPC) ; l'assignation au fond permet au juge de trancher.`,
    ];
  }
  if (etape === "injonction-de-payer" && (sousEtat === "preparation" || sousEtat === "deposee")) {
    return [
      `Le débiteur conteste depuis le ${quand} : l'injonction de payer reste possible, mais une opposition est probable et renverrait à un procès ; l'assignation au fond est souvent préférable pour une créance contestée.`,
    ];
  }
  if (etape === "injonction-de-payer" && sousEtat === "signifiee") {
    return [
      `Le débiteur conteste depuis le ${quand} : l'ordonnance étant signifiée, sa contestation doit prendre la forme d'une opposition (art. 1416 CPC) ; sans opposition dans le délai, elle ne change rien à la procédure.`,
    ];
  }
  if (etape === "assignation" || etape === "petites-creances" || etape === "execution") {
    return [
      `Le débiteur conteste depuis le ${quand} : la contestation est inscrite au journal ; elle sera débattue devant le juge.`,
    ];
  }
  return [];
}

/** `sit`: the money situation on `aujourdhui`, when the caller already computed it. */
export function decrire(
  s: Snapshot,
  aujourdhui: Jour,
  sit: Situation = situation(s.context.dossier, s.context.journal, aujourdhui),
): Omit<Parcours, "rejets" | "evenementsAjoutes" | "snapshot"> {
  const etape = etapeDe(s);
  const avertissements = sit.facturesPrescrites.length
    ? [
        `${sit.facturesPrescrites.length > 1 ? "Les factures" : "La facture"} ${sit.facturesPrescrites.join(", ")} ${sit.facturesPrescrites.length > 1 ? "sont prescrites et sont retirées" : "est prescrite et est retirée"} de la réclamation.`,
      ]
    : [];
  if (sit.interetsIncalculables) avertissements.push(sit.interetsIncalculables);
  const sousEtat = sousEtatDe(s);
  if (sousEtat === "rejetee") {
    avertissements.push(...recoursApresRejet(s.context.dossier, s.context.journal, aujourdhui).avertissements);
  }
  avertissements.push(...avertissementsContestation(etape, sousEtat, s.context.journal));
  if (etape === "refere-provision") {
    avertissements.push(
      "En référé, aucun délai fixe ne sépare l'assignation de l'audience : elle doit laisser au défendeur un temps suffisant pour préparer sa défense (art. 486 CPC) ; faites-la signifier au plus tôt.",
    );
  }
  if (etape === "procedure-collective") {
    avertissements.push(
      "Le débiteur est en procédure collective : aucune poursuite individuelle ; pénalités et indemnité de 40 € ne courent plus pour les créances antérieures au jugement d'ouverture.",
    );
  }
  const journal = s.context.journal;
  const derniereRelance = [...journal].reverse().find((e) => e.type === "relance.envoyee");
  if (derniereRelance?.type === "relance.envoyee" && derniereRelance.canal === "telephone") {
    avertissements.push(
      `La relance du ${dateLongue(derniereRelance.date)} était téléphonique : confirmez-la par écrit (courrier ou courriel), seule trace utile devant un juge.`,
    );
  }
  if (journal.some((e) => e.type === "voie.choisie") && !journal.some((e) => e.type === "med.envoyee")) {
    avertissements.push(
      "Aucune mise en demeure n'a été envoyée : elle n'est pas une condition légale de l'action en justice, mais le juge attend la preuve de demandes préalables, et envers un consommateur les intérêts ne courent qu'à compter d'elle.",
    );
  }
  const d = s.context.dossier;
  const tardive =
    etatDe(s) === "injonctionDePayer.opposition" || etape === "execution"
      ? oppositionApparemmentTardive(d, journal)
      : null;
  if (tardive) {
    avertissements.push(
      `L'opposition du ${dateLongue(tardive.dateOpposition)} paraît tardive : le délai d'opposition expirait le ${dateLongue(tardive.dateLimite)} (art. 1416 CPC). Elle est inscrite au journal telle qu'elle a été formée ; faites constater son irrecevabilité à l'audience. Une opposition tardive ne suspend pas l'exécution de l'ordonnance (art. 1422 CPC).`,
    );
  }
  const etranger = (d.debiteur.adresse.pays ?? "FR") !== "FR";
  return {
    etape,
    etat: etatDe(s),
    qualification: {
      regime: estConsommateur(d.debiteur.qualite) ? "B2C" : d.creancier.qualite === "particulier" ? "civil" : "B2B",
      debiteurEtranger: etranger,
      conteste: journal.some((e) => e.type === "debiteur.conteste") && etape === "litige",
      procedureCollective: journal.some((e) => e.type === "procedure-collective.ouverte"),
      prescrite: sit.prescriptions.length > 0 && sit.prescriptions.every((p) => p.resultat.statut === "acquise"),
      principalRestantCents: sit.interets?.principalRestantCents ?? 0,
      totalReclameCents: sit.totalReclameCents,
    },
    prochainesActions: prochainesActions(s, aujourdhui, sit),
    echeances: calculerEcheances(s.context.dossier, s.context.journal, etape, sousEtatDe(s), aujourdhui),
    facturesPrescrites: sit.facturesPrescrites,
    avertissements,
  };
}
