/**
 * The one adapter from a dossier's journal to the legal engine's inputs (used by the statechart,
 * the documents and the web app):
 * - payments (`paiement.recu`, `echeance.payee`) imputed on the named invoice, or on the oldest
 *   unpaid invoice first (by due date);
 * - prescription events per invoice (a payment or acknowledgment restarts prescription only for
 *   the invoices it concerns; court acts, mediation and petites créances concern all);
 * - the interest calculator's input (B2B or civil follows from the parties' qualities).
 */
import { ajouterJours, type Jour } from "../dates/jour";
import { dateLongue } from "../format/francais";
import type { InteretsEntree, InteretsResultat } from "../interets/interets";
import { calculerInterets } from "../interets/interets";
import { TauxInconnu } from "../interets/taux";
import type { LigneTauxBce, LigneTauxLegal } from "../interets/taux.table";
import {
  calculerPrescription,
  type EvenementPrescription,
  type Nature,
  type PrescriptionResultat,
  pointDeDepartFacture,
} from "../prescription/prescription";
import type { Dossier, Facture } from "./dossier.schema";
import type { Evenement } from "./evenements";
import { estConsommateur } from "./qualite";

/**
 * What the rules read of a dossier. `tauxPublies`: the rate rows added on the instance (they
 * complete the committed tables, decision 007), given by the caller as data.
 */
export type DossierStatique = Pick<Dossier, "creancier" | "debiteur" | "factures" | "options" | "objet"> & {
  tauxPublies?: { legal: LigneTauxLegal[]; bce: LigneTauxBce[] } | undefined;
};

export type PaiementImpute = { date: Jour; montantCents: number; facture: string };

function montantNet(f: Facture): number {
  return f.montantTtcCents - f.avoirs.reduce((s, a) => s + a.montantCents, 0);
}

/** Payments of the journal, each on one invoice (split over several when it exceeds a balance). */
export function imputerPaiements(dossier: DossierStatique, journal: readonly Evenement[]): PaiementImpute[] {
  const soldes = new Map(dossier.factures.map((f) => [f.numero, montantNet(f)]));
  const ordre = [...dossier.factures].sort((a, b) =>
    a.dateEcheance < b.dateEcheance ? -1 : a.dateEcheance > b.dateEcheance ? 1 : 0,
  );
  const imputes: PaiementImpute[] = [];
  for (const e of journal) {
    if (e.type !== "paiement.recu" && e.type !== "echeance.payee") continue;
    const cible = e.type === "paiement.recu" ? e.facture : undefined;
    if (cible && soldes.has(cible)) {
      imputes.push({ date: e.date, montantCents: e.montantCents, facture: cible });
      soldes.set(cible, (soldes.get(cible) ?? 0) - e.montantCents);
      continue;
    }
    let reste = e.montantCents;
    for (const f of ordre) {
      const solde = soldes.get(f.numero) ?? 0;
      if (solde <= 0 || reste <= 0) continue;
      const part = Math.min(solde, reste);
      imputes.push({ date: e.date, montantCents: part, facture: f.numero });
      soldes.set(f.numero, solde - part);
      reste -= part;
    }
    if (reste > 0) {
      // Overpayment: kept on the last invoice so that no money disappears from the décompte.
      const derniere = ordre.at(-1);
      if (derniere) imputes.push({ date: e.date, montantCents: reste, facture: derniere.numero });
    }
  }
  return imputes;
}

export function soldesFactures(dossier: DossierStatique, journal: readonly Evenement[]): Map<string, number> {
  const soldes = new Map(dossier.factures.map((f) => [f.numero, montantNet(f)]));
  for (const p of imputerPaiements(dossier, journal))
    soldes.set(p.facture, (soldes.get(p.facture) ?? 0) - p.montantCents);
  return soldes;
}

export function principalRestant(dossier: DossierStatique, journal: readonly Evenement[]): number {
  return [...soldesFactures(dossier, journal).values()].reduce((s, v) => s + Math.max(0, v), 0);
}

/** Nature of the claim for prescription, from the parties and the object. */
export function naturePrescription(dossier: DossierStatique): Nature {
  if (dossier.objet === "loyer-habitation") return "bail-habitation";
  const creancierPro = dossier.creancier.qualite !== "particulier";
  if (estConsommateur(dossier.debiteur.qualite) && creancierPro) return "consommateur";
  const commercial = (q: string) => q === "societe-commerciale" || q === "commercant";
  return commercial(dossier.creancier.qualite) || commercial(dossier.debiteur.qualite) ? "commerciale" : "civile";
}

/** Prescription events per invoice, from the journal (see the mapping in the escalation issue). */
export function evenementsPrescription(
  dossier: DossierStatique,
  journal: readonly Evenement[],
): Map<string, EvenementPrescription[]> {
  const parFacture = new Map<string, EvenementPrescription[]>(dossier.factures.map((f) => [f.numero, []]));
  const tous = (ev: EvenementPrescription) => {
    for (const l of parFacture.values()) l.push(ev);
  };
  const certaines = (numeros: readonly string[] | undefined, ev: EvenementPrescription) => {
    if (!numeros || numeros.length === 0) return tous(ev);
    for (const n of numeros) parFacture.get(n)?.push(ev);
  };
  const paiements = imputerPaiements(dossier, journal);
  let indexPaiement = 0;
  for (const e of journal) {
    switch (e.type) {
      case "paiement.recu":
      case "echeance.payee": {
        // the imputed parts of this payment, in journal order
        const parts: string[] = [];
        let restant = e.montantCents;
        while (restant > 0 && indexPaiement < paiements.length) {
          const p = paiements[indexPaiement++]!;
          parts.push(p.facture);
          restant -= p.montantCents;
        }
        certaines([...new Set(parts)], { type: "paiement-partiel", date: e.date, libelle: "paiement" });
        break;
      }
      case "debiteur.reconnait":
        certaines(e.factures, { type: "reconnaissance", date: e.date });
        break;
      case "echeancier.signe":
        certaines(e.factures, { type: "reconnaissance", date: e.date, libelle: "échéancier signé" });
        break;
      case "ordonnance.signifiee":
        tous({ type: "signification-ordonnance", date: e.date });
        break;
      case "assignation.signifiee":
        tous({ type: "demande-en-justice", date: e.date });
        break;
      case "decision.rendue":
        tous(
          e.titreObtenu
            ? { type: "fin-instance", date: e.date, titreObtenu: true }
            : { type: "instance-non-avenue", date: e.date, libelle: "demande rejetée" },
        );
        break;
      case "instance.non-avenue":
        tous({ type: "instance-non-avenue", date: e.date });
        break;
      case "execution.engagee":
        tous({ type: "acte-execution", date: e.date });
        break;
      case "mediation.debut":
        tous({ type: "mediation-debut", date: e.date });
        break;
      case "mediation.fin":
        tous({ type: "mediation-fin", date: e.date });
        break;
      case "petites-creances.accord":
        tous({ type: "petites-creances-accord", date: e.date });
        break;
      case "petites-creances.echec":
        tous({ type: "petites-creances-echec", date: e.date });
        break;
      case "petites-creances.titre":
        tous({ type: "petites-creances-titre", date: e.date });
        break;
      case "relance.envoyee":
        tous({ type: "relance", date: e.date });
        break;
      case "med.envoyee":
        tous({ type: "mise-en-demeure", date: e.date });
        break;
      case "requete.deposee":
        tous({ type: "requete-injonction", date: e.date });
        break;
      case "delai.expire":
        // The unopposed order becomes a title: the proceedings end with a title (L.111-4 CPCE).
        if (e.echeance === "execution-possible") tous({ type: "fin-instance", date: e.date, titreObtenu: true });
        break;
      case "opposition.formee":
        // A late opposition (served other than in person) reopens the proceedings.
        for (const l of parFacture.values()) {
          const i = l.findLastIndex((x) => x.type === "fin-instance" && x.titreObtenu);
          if (i >= 0 && l.slice(i + 1).every((x) => x.type !== "signification-ordonnance")) l.splice(i, 1);
        }
        break;
      default:
        break;
    }
  }
  return parFacture;
}

export type PrescriptionFacture = {
  facture: string;
  soldeCents: number;
  resultat: PrescriptionResultat;
  /**
   * When the period is counted, by prudence, from a date before the due date (performance, or the
   * invoice date against a consumer): the last day counted from the due date, to show beside the
   * safe one with why it is not safe.
   */
  dernierJourSelonEcheance?: Jour | null;
};

/** Prescription of each unpaid invoice on `aujourdhui`. */
export function prescriptionsFactures(
  dossier: DossierStatique,
  journal: readonly Evenement[],
  aujourdhui: Jour,
): PrescriptionFacture[] {
  const soldes = soldesFactures(dossier, journal);
  const evenements = evenementsPrescription(dossier, journal);
  const nature = naturePrescription(dossier);
  return dossier.factures
    .filter((f) => (soldes.get(f.numero) ?? 0) > 0)
    .map((f) => {
      const depart = pointDeDepartFacture({
        dateEcheance: f.dateEcheance,
        dateExecution: f.dateExecution,
        dateEmission: f.dateEmission,
        debiteurConsommateur: estConsommateur(dossier.debiteur.qualite),
      });
      const calculer = (pointDeDepart: Jour) =>
        calculerPrescription({
          nature,
          pointDeDepart,
          evenements: evenements.get(f.numero) ?? [],
          aujourdhui,
          qualiteDebiteur: dossier.debiteur.qualite,
        });
      const resultat = calculer(depart.date);
      const selonEcheance = depart.date !== f.dateEcheance ? calculer(f.dateEcheance).dernierJour : undefined;
      return {
        facture: f.numero,
        soldeCents: soldes.get(f.numero) ?? 0,
        resultat: {
          ...resultat,
          fondements: [...new Set([...depart.fondements, ...resultat.fondements])],
          avertissements: [...depart.avertissements, ...resultat.avertissements],
        },
        ...(selonEcheance !== undefined ? { dernierJourSelonEcheance: selonEcheance } : {}),
      };
    });
}

/** Date the mise en demeure was received (civil interest starts the day after). */
export function dateReceptionMiseEnDemeure(journal: readonly Evenement[]): Jour | null {
  return journal.find((e) => e.type === "med.recue")?.date ?? null;
}

/**
 * The day the title became enforceable, for the +5 points of art. L.313-3 CMF: a judgment once
 * served (art. 503 CPC) — never before, whatever the date it was rendered; an ordonnance
 * d'injonction de payer at the end of the opposition period (art. 1422 CPC, derived by the path).
 * `jugementNonSignifie`: a judgment with a title is recorded but not its service.
 */
export function dateExecutoire(
  journal: readonly Evenement[],
): { date: Jour | null; jugementNonSignifie: Jour | null } | null {
  const jugement = journal.find((e) => e.type === "decision.rendue" && e.titreObtenu);
  if (jugement) {
    const signification = journal.find((e) => e.type === "decision.signifiee" && e.date >= jugement.date);
    return signification
      ? { date: signification.date, jugementNonSignifie: null }
      : { date: null, jugementNonSignifie: jugement.date };
  }
  const ordonnance = journal.find((e) => e.type === "delai.expire" && e.echeance === "execution-possible");
  return ordonnance ? { date: ordonnance.date, jugementNonSignifie: null } : null;
}

/** Input of the interest calculator for the dossier on `au`, leaving out time-barred invoices. */
export function entreeInterets(
  dossier: DossierStatique,
  journal: readonly Evenement[],
  au: Jour,
  options: { exclure?: readonly string[] } = {},
): InteretsEntree {
  const paiements = imputerPaiements(dossier, journal);
  const executoire = dateExecutoire(journal);
  return {
    creancier: { qualite: dossier.creancier.qualite },
    debiteur: {
      qualite: dossier.debiteur.qualite,
      activiteProfessionnelle: dossier.options.debiteurActiviteProfessionnelle,
    },
    tauxContractuelPourcent: dossier.options.tauxContractuelPourcent,
    dateMiseEnDemeure: dateReceptionMiseEnDemeure(journal),
    dateDecisionExecutoire: executoire?.date ?? null,
    imputation: dossier.options.imputation,
    capitalisation: dossier.options.capitalisation,
    fraisRecouvrementJustifiesCents: dossier.options.fraisRecouvrementJustifiesCents,
    taux: dossier.tauxPublies,
    factures: dossier.factures
      .filter((f) => !options.exclure?.includes(f.numero))
      .map((f) => ({
        numero: f.numero,
        montantTtcCents: f.montantTtcCents,
        dateEcheance: f.dateEcheance,
        avoirs: f.avoirs,
        paiements: paiements
          .filter((p) => p.facture === f.numero)
          .map(({ date, montantCents }) => ({ date, montantCents })),
      })),
    au,
  };
}

export type Situation = {
  prescriptions: PrescriptionFacture[];
  facturesPrescrites: string[];
  interets: InteretsResultat | null;
  /** Why interest could not be computed (a period before the rate tables), in French; null otherwise. */
  interetsIncalculables: string | null;
  /** Total claimed (principal, interest, indemnities) on non-barred invoices. */
  totalReclameCents: number;
  /**
   * What the small-claims ceiling counts (R.125-1 CPCE): principal and interest still due, not the
   * 40 € indemnities nor costs (decision 014).
   */
  montantPetitesCreancesCents: number;
};

/** Everything the path needs to know about the money on a day. */
export function situation(dossier: DossierStatique, journal: readonly Evenement[], aujourdhui: Jour): Situation {
  const prescriptions = prescriptionsFactures(dossier, journal, aujourdhui);
  const facturesPrescrites = prescriptions.filter((p) => p.resultat.statut === "acquise").map((p) => p.facture);
  const actives = dossier.factures.filter((f) => !facturesPrescrites.includes(f.numero));
  // The opening judgment of collective proceedings stops interest (L.622-28 C. com.): the claim is
  // declared as it stood that day (the event's date is the judgment's).
  // The judgment takes effect at the first hour of its day: interest runs to the end of the day before.
  const ouverture = journal.find((e) => e.type === "procedure-collective.ouverte")?.date;
  const arret = ouverture && ouverture <= aujourdhui ? ajouterJours(ouverture, -1) : aujourdhui;
  let interets: InteretsResultat | null = null;
  let interetsIncalculables: string | null = null;
  if (actives.length > 0) {
    try {
      interets = calculerInterets(entreeInterets(dossier, journal, arret, { exclure: facturesPrescrites }));
    } catch (e) {
      if (!(e instanceof TauxInconnu)) throw e;
      interetsIncalculables = `Les intérêts ne peuvent pas être calculés : ${e.message}`;
    }
  }
  const titre = dateExecutoire(journal);
  if (interets && titre?.jugementNonSignifie) {
    interets.avertissements.push(
      `Le jugement du ${dateLongue(titre.jugementNonSignifie)} n'est pas encore signifié : il ne peut être exécuté qu'après signification (art. 503 CPC), et la majoration de 5 points (art. L.313-3 CMF) ne court qu'à l'expiration de deux mois après ce jour ; notez la signification pour qu'elle soit calculée.`,
    );
    interets.fondements.push("CPC art. 503");
  }
  if (interets && ouverture && ouverture <= aujourdhui) {
    interets.avertissements.push(
      `Le jugement d'ouverture de la procédure collective du ${dateLongue(ouverture)} arrête le cours des intérêts et pénalités (art. L.622-28 C. com.) : le jugement prenant effet dès la première heure de son jour, le décompte est arrêté à la veille, le ${dateLongue(arret)}.`,
    );
    interets.fondements.push("C. com. art. L.622-28");
  }
  return {
    prescriptions,
    facturesPrescrites,
    interets,
    interetsIncalculables,
    totalReclameCents: interets?.totalDuCents ?? 0,
    montantPetitesCreancesCents: interets
      ? interets.principalRestantCents + interets.totalInteretsCents - interets.interetsPayesCents
      : 0,
  };
}

/** The earliest last safe day among the unpaid invoices still running. */
export function prochainePrescription(prescriptions: readonly PrescriptionFacture[]): Jour | null {
  const jours = prescriptions
    .filter((p) => p.resultat.statut === "en-cours" && p.resultat.dernierJour)
    .map((p) => p.resultat.dernierJour as Jour)
    .sort();
  return jours[0] ?? null;
}
