/**
 * The journal in words (chronologie) and the numbered exhibits (bordereau des pièces), shared by
 * the documents and the lawyer's ZIP so that « pièce n° 3 » is the same everywhere.
 */
import type { Dossier } from "../../domain/dossier/dossier.schema";
import type { Evenement } from "../../domain/dossier/evenements";
import { dateCourte, dateLongue, montant } from "../../domain/format/francais";

const CANAUX: Record<string, string> = {
  courrier: "courrier",
  email: "courriel",
  telephone: "appel téléphonique",
  sms: "SMS",
};
const MODES: Record<string, string> = {
  lrar: "lettre recommandée avec avis de réception",
  lre: "lettre recommandée électronique",
  email: "courriel",
  sommation: "sommation par commissaire de justice",
};
const VOIES: Record<string, string> = {
  "petites-creances": "procédure simplifiée de recouvrement des petites créances",
  "injonction-de-payer": "injonction de payer",
  "refere-provision": "référé-provision",
  assignation: "assignation au fond",
};
const ECHEANCES: Record<string, string> = {
  prescription: "prescription d'une facture",
  "delai-mise-en-demeure": "délai laissé par la mise en demeure expiré sans paiement",
  "signification-ordonnance": "ordonnance non signifiée dans le délai : non avenue",
  "execution-possible": "aucune opposition : l'ordonnance peut être exécutée",
};

export function decrireEvenement(e: Evenement): { libelle: string; detail: string } {
  switch (e.type) {
    case "relance.envoyee":
      return {
        libelle: e.niveau === "prevenance" ? "Prévenance avant l'échéance" : "Relance",
        detail: `par ${CANAUX[e.canal]}${e.canal === "telephone" ? " (à confirmer par écrit)" : ""}${
          e.envoi === "automatique" ? ", envoyé par Recouvrement" : e.envoi === "manuel" ? ", envoyé à la main" : ""
        }${e.messageId ? ` (Message-ID ${e.messageId})` : ""}`,
      };
    case "paiement.recu":
      return {
        libelle: "Paiement reçu",
        detail: `${montant(e.montantCents)}${e.facture ? ` sur la facture ${e.facture}` : ""}${
          e.source ? ` (constaté : ${e.source})` : ""
        }`,
      };
    case "facture.ajoutee":
      return e.avoir
        ? {
            libelle: "Avoir ajouté",
            detail: `${e.facture}, ${montant(e.montantCents)}${e.surFacture ? ` sur la facture ${e.surFacture}` : ""} (${e.source})`,
          }
        : { libelle: "Facture ajoutée", detail: `${e.facture}, ${montant(e.montantCents)} (${e.source})` };
    case "facture.modifiee": {
      const changements = [
        e.montantApresCents !== undefined
          ? `montant passé de ${montant(e.montantAvantCents ?? 0)} à ${montant(e.montantApresCents)}`
          : null,
        e.echeanceApres
          ? `échéance passée du ${dateCourte(e.echeanceAvant ?? e.echeanceApres)} au ${dateCourte(e.echeanceApres)}`
          : null,
      ].filter(Boolean);
      return { libelle: "Facture modifiée", detail: `${e.facture} : ${changements.join(", ")} (${e.source})` };
    }
    case "debiteur.reconnait":
      return {
        libelle: "Reconnaissance de dette",
        detail: e.factures?.length ? `factures ${e.factures.join(", ")}` : "toute la créance",
      };
    case "debiteur.conteste":
      return { libelle: "Contestation du débiteur", detail: e.motif };
    case "litige.resolu":
      return { libelle: "Litige résolu", detail: "" };
    case "echeancier.signe":
      return {
        libelle: "Échéancier signé",
        detail: `${e.versements.length} versement${e.versements.length > 1 ? "s" : ""}, total ${montant(e.versements.reduce((s, v) => s + v.montantCents, 0))}`,
      };
    case "echeance.payee":
      return { libelle: "Versement de l'échéancier", detail: montant(e.montantCents) };
    case "echeancier.defaillant":
      return { libelle: "Défaillance de l'échéancier", detail: "déchéance du terme" };
    case "med.envoyee":
      return {
        libelle: "Mise en demeure envoyée",
        detail: `par ${MODES[e.mode]}${e.numeroRecommande ? `, n° ${e.numeroRecommande}` : ""}${e.delaiJours ? `, délai de ${e.delaiJours} jours` : ""}`,
      };
    case "med.recue":
      return { libelle: "Mise en demeure reçue", detail: "avis de réception" };
    case "mediation.debut":
      return { libelle: "Début de médiation ou de conciliation", detail: "prescription suspendue" };
    case "mediation.fin":
      return { libelle: "Fin de médiation ou de conciliation", detail: "" };
    case "voie.choisie":
      return { libelle: "Voie judiciaire choisie", detail: VOIES[e.voie] ?? e.voie };
    case "petites-creances.accord":
      return { libelle: "Petites créances : accord du débiteur pour participer", detail: "prescription suspendue" };
    case "petites-creances.echec":
      return { libelle: "Petites créances : échec", detail: "" };
    case "petites-creances.titre":
      return { libelle: "Petites créances : accord constaté, titre exécutoire", detail: "" };
    case "requete.deposee":
      return { libelle: "Requête en injonction de payer déposée", detail: "" };
    case "ordonnance.rendue":
      return { libelle: "Ordonnance portant injonction de payer rendue", detail: "" };
    case "ordonnance.rejetee":
      return { libelle: "Requête en injonction de payer rejetée", detail: "" };
    case "ordonnance.signifiee":
      return { libelle: "Ordonnance signifiée", detail: e.aPersonne ? "à personne" : "autrement qu'à personne" };
    case "opposition.formee":
      return { libelle: "Opposition formée par le débiteur", detail: "" };
    case "assignation.signifiee":
      return { libelle: "Assignation signifiée", detail: "" };
    case "assignation.placee":
      return { libelle: "Assignation remise au greffe", detail: "" };
    case "audience.fixee":
      return { libelle: "Audience fixée", detail: `le ${dateLongue(e.dateAudience)}` };
    case "decision.rendue":
      return { libelle: "Décision rendue", detail: e.titreObtenu ? "titre exécutoire obtenu" : "demande rejetée" };
    case "decision.signifiee":
      return { libelle: "Décision signifiée", detail: e.aPersonne ? "à personne" : "autrement qu'à personne" };
    case "instance.non-avenue":
      return { libelle: "Instance non avenue", detail: "" };
    case "execution.engagee":
      return { libelle: "Exécution forcée engagée", detail: "" };
    case "procedure-collective.ouverte":
      return {
        libelle: "Procédure collective ouverte",
        detail: `publiée au BODACC le ${dateLongue(e.datePublicationBodacc)}`,
      };
    case "creance.declaree":
      return { libelle: "Créance déclarée au mandataire judiciaire", detail: "" };
    case "dossier.abandonne":
      return { libelle: "Recouvrement abandonné", detail: "" };
    case "delai.expire":
      return { libelle: "Délai expiré", detail: ECHEANCES[e.echeance ?? ""] ?? e.echeance ?? "" };
  }
}

export type PieceNumerotee = { numero: number; intitule: string; date: string; fichier?: string };

/** Exhibits in the bordereau's order: the dossier's pièces, invoices, written reminders, the mise en demeure and its receipt. */
export function piecesNumerotees(dossier: Dossier, journal: readonly Evenement[]): PieceNumerotee[] {
  const pieces: Omit<PieceNumerotee, "numero">[] = [
    ...dossier.pieces.map((p) => ({
      intitule: p.intitule,
      date: p.date ? dateCourte(p.date) : "—",
      ...(p.fichier ? { fichier: p.fichier } : {}),
    })),
    ...dossier.factures.map((f) => ({
      intitule: `Facture n° ${f.numero}${f.dateEmission ? ` du ${dateLongue(f.dateEmission)}` : ""}`,
      date: f.dateEmission ? dateCourte(f.dateEmission) : dateCourte(f.dateEcheance),
    })),
    ...dossier.factures.flatMap((f) =>
      f.avoirs.map((a) => ({
        intitule: `Avoir n° ${a.numero} sur la facture n° ${f.numero}`,
        date: dateCourte(a.date),
      })),
    ),
    ...journal
      .filter((e) => e.type === "relance.envoyee" && e.canal !== "telephone")
      .map((e) => ({
        intitule: `Relance du ${dateLongue(e.date)} (${CANAUX[(e as { canal: string }).canal]})`,
        date: dateCourte(e.date),
      })),
    ...journal.flatMap((e) =>
      e.type === "med.envoyee"
        ? [
            {
              intitule: `Mise en demeure du ${dateLongue(e.date)}${e.numeroRecommande ? `, recommandé n° ${e.numeroRecommande}` : ""}`,
              date: dateCourte(e.date),
            },
          ]
        : e.type === "med.recue"
          ? [{ intitule: "Avis de réception de la mise en demeure", date: dateCourte(e.date) }]
          : e.type === "echeancier.signe"
            ? [{ intitule: `Échéancier signé le ${dateLongue(e.date)}`, date: dateCourte(e.date) }]
            : [],
    ),
  ];
  return pieces.map((p, i) => ({ numero: i + 1, ...p }));
}
