/**
 * Deadlines of the escalation path, computed from the dossier's journal by `domain/` (never by
 * timers): mise en demeure, service of the order, opposition, enforcement, hearing and placement,
 * claim declaration, payment plan, prescription.
 */
import { departementDuCodePostal, estHorsMetropole } from "../../domain/calendrier/departement";
import { ajouterJours, type Jour } from "../../domain/dates/jour";
import { distancePour } from "../../domain/delais/delai";
import { dateExecutionPossible, delaiOpposition } from "../../domain/delais/injonction";
import { delaiDeclarationCreance, delaisAvantAudience } from "../../domain/delais/instance";
import { DELAI_MISE_EN_DEMEURE_PAR_DEFAUT_JOURS, delaiMiseEnDemeure } from "../../domain/delais/mise-en-demeure";
import { recoursContreLeJugement } from "../../domain/delais/recours";
import {
  type DossierStatique,
  prescriptionsFactures,
  prochainePrescription,
  situation,
} from "../../domain/dossier/analyse";
import type { Evenement, EvenementDe, TypeEvenement } from "../../domain/dossier/evenements";
import { dateLongue } from "../../domain/format/francais";
import { delaiSignificationOrdonnance, determinerJuridiction } from "../../domain/juridiction/juridiction";
import { DUREES } from "../../domain/prescription/vocabulaire";

export type CodeEcheance =
  | "prescription"
  | "delai-mise-en-demeure"
  | "signification-ordonnance"
  | "opposition"
  | "execution-possible"
  | "placement-assignation"
  | "audience"
  | "declaration-creance"
  | "echeance-echeancier"
  | "recours";

export type Echeance = { code: CodeEcheance; libelle: string; date: Jour; fondements: string[] };

export function dernier<T extends TypeEvenement>(journal: readonly Evenement[], type: T): EvenementDe<T> | undefined {
  for (let i = journal.length - 1; i >= 0; i--) if (journal[i]!.type === type) return journal[i] as EvenementDe<T>;
  return undefined;
}

/** Index of the last event of a type (−1 when absent). */
export function indexDernier(journal: readonly Evenement[], type: TypeEvenement): number {
  for (let i = journal.length - 1; i >= 0; i--) if (journal[i]!.type === type) return i;
  return -1;
}

export function departementDebiteur(dossier: DossierStatique): string | undefined {
  const a = dossier.debiteur.adresse;
  return (a.pays ?? "FR") === "FR" ? departementDuCodePostal(a.codePostal) : undefined;
}

/**
 * The mise en demeure's deadline: the letter prints `letter date + N days`; the path waits until
 * the later of that date and `receipt + N days` (N: the letter's own, else the dossier's option,
 * else 8 days).
 */
export function echeanceMiseEnDemeure(
  dossier: DossierStatique,
  journal: readonly Evenement[],
): { dateLettre: Jour; delaiJours: number; dateImprimee: Jour; date: Jour; dateReception: Jour | undefined } | null {
  const i = indexDernier(journal, "med.envoyee");
  if (i < 0) return null;
  const med = journal[i] as EvenementDe<"med.envoyee">;
  const delaiJours =
    med.delaiJours ?? dossier.options.delaiMiseEnDemeureJours ?? DELAI_MISE_EN_DEMEURE_PAR_DEFAUT_JOURS;
  const recue = journal.slice(i + 1).find((e) => e.type === "med.recue");
  const { dateImprimee, date } = delaiMiseEnDemeure({ dateLettre: med.date, delaiJours, dateReception: recue?.date });
  return { dateLettre: med.date, delaiJours, dateImprimee, date, dateReception: recue?.date };
}

/**
 * The letter asks for payment by `letter date + N days`; the path waits for `receipt + N days`
 * when that is later. Both dates are said, and why the product waits for the later one.
 */
export function libelleDelaiMiseEnDemeure(m: {
  dateLettre: Jour;
  delaiJours: number;
  dateImprimee: Jour;
  date: Jour;
  dateReception?: Jour | undefined;
}): string {
  const lettre = `la lettre demande le paiement au plus tard le ${dateLongue(m.dateImprimee)} (${m.delaiJours} jours après sa date)`;
  if (m.date > m.dateImprimee && m.dateReception) {
    return `Délai laissé par la mise en demeure : ${lettre} ; reçue le ${dateLongue(m.dateReception)}, elle laisse au débiteur jusqu'au ${dateLongue(m.date)} (${m.delaiJours} jours après sa réception). Le dossier attend cette date, la plus tardive, avant de proposer la voie judiciaire : par prudence, car une mise en demeure ne produit ses effets qu'une fois reçue, et le débiteur garde ainsi le délai entier que la lettre lui annonce`;
  }
  if (!m.dateReception) {
    return `Délai laissé par la mise en demeure : ${lettre} ; notez sa réception : si elle arrive tard, le dossier attendra ${m.delaiJours} jours après la réception avant de proposer la voie judiciaire`;
  }
  return `Délai laissé par la mise en demeure : paiement attendu au plus tard le ${dateLongue(m.date)} (${m.delaiJours} jours)`;
}

export function echeanceSignification(journal: readonly Evenement[]) {
  const rendue = dernier(journal, "ordonnance.rendue");
  return rendue ? { dateOrdonnance: rendue.date, ...delaiSignificationOrdonnance(rendue.date) } : null;
}

export function echeancesInjonction(dossier: DossierStatique, journal: readonly Evenement[]) {
  const rendue = dernier(journal, "ordonnance.rendue");
  const signifiee = dernier(journal, "ordonnance.signifiee");
  if (!rendue || !signifiee) return null;
  const dep = departementDebiteur(dossier);
  const distance = dep ? distancePour(dep, { departement: dep }).distance : "aucune";
  const entree = {
    dateSignification: signifiee.date,
    aPersonne: signifiee.aPersonne,
    distance,
    departement: dep,
    datePremiereMesureIndisponibilite: dernier(journal, "execution.engagee")?.date,
  };
  return {
    aPersonne: signifiee.aPersonne,
    opposition: delaiOpposition(entree),
    execution: dateExecutionPossible({ ...entree, dateOrdonnance: rendue.date }),
  };
}

/** The remedy against a judgment that rejected the claim on the merits (domain/delais/recours.ts). */
export function recoursApresRejet(dossier: DossierStatique, journal: readonly Evenement[], jour: Jour) {
  const rendue = [...journal].reverse().find((e) => e.type === "decision.rendue");
  const signifiee = journal.find((e) => e.type === "decision.signifiee" && (!rendue || e.date >= rendue.date));
  const dep = departementDebiteur(dossier);
  return recoursContreLeJugement({
    montantDemandeCents: situation(dossier, journal, jour).totalReclameCents,
    dateSignification: signifiee?.date,
    distance: dep ? distancePour(dep, { departement: dep }).distance : "aucune",
    departement: dep,
  });
}

/** The hearing and, for an assignation au fond, the placement deadline counted back from it. */
export function echeancesInstance(dossier: DossierStatique, journal: readonly Evenement[], refere: boolean) {
  const audience = dernier(journal, "audience.fixee");
  if (!audience) return null;
  const j = determinerJuridiction({
    debiteur: {
      qualite: dossier.debiteur.qualite,
      departement: departementDebiteur(dossier),
      formeJuridique: dossier.debiteur.formeJuridique,
    },
    creancier: { qualite: dossier.creancier.qualite },
    objet: dossier.objet,
    montantCents: 0,
    aujourdhui: audience.date,
  }).assignation.juridiction;
  const commerce = j === "tribunal-de-commerce" || j === "tribunal-mixte-de-commerce";
  const { signification, placement } = delaisAvantAudience({ dateAudience: audience.dateAudience, commerce, refere });
  return { dateAudience: audience.dateAudience, commerce, signification, placement };
}

export function echeanceDeclaration(dossier: DossierStatique, journal: readonly Evenement[]) {
  const ouverture = dernier(journal, "procedure-collective.ouverte");
  if (!ouverture) return null;
  const d = delaiDeclarationCreance({
    datePublicationBodacc: ouverture.datePublicationBodacc,
    creancierHorsMetropole: estHorsMetropole(dossier.creancier.adresse),
  });
  return { datePublication: ouverture.datePublicationBodacc, ...d };
}

/** Next instalment of the payment plan not covered by the instalments paid since it was signed. */
export function echeanceEcheancier(journal: readonly Evenement[]) {
  const i = indexDernier(journal, "echeancier.signe");
  if (i < 0) return null;
  const plan = journal[i] as EvenementDe<"echeancier.signe">;
  let paye = journal
    .slice(i + 1)
    .filter((e) => e.type === "echeance.payee")
    .reduce((s, e) => s + (e as EvenementDe<"echeance.payee">).montantCents, 0);
  for (const v of [...plan.versements].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (paye >= v.montantCents) {
      paye -= v.montantCents;
      continue;
    }
    return { date: v.date, montantCents: v.montantCents - paye };
  }
  return null;
}

/** Earliest last safe day among running invoices, with the nature that governs it. */
export function echeancePrescription(dossier: DossierStatique, journal: readonly Evenement[], jour: Jour) {
  const prescriptions = prescriptionsFactures(dossier, journal, jour);
  const date = prochainePrescription(prescriptions);
  const nature = prescriptions.find((p) => p.resultat.dernierJour === date)?.resultat.nature;
  return date && nature ? { date, nature } : null;
}

/** The running clocks of the dossier in a stage (codes of the contract). */
export function calculerEcheances(
  dossier: DossierStatique,
  journal: readonly Evenement[],
  etape: string,
  sousEtat: string | undefined,
  jour: Jour,
): Echeance[] {
  const echeances: Echeance[] = [];
  const actif = !["solde", "prescrite", "abandon"].includes(etape);
  if (!actif) return echeances;

  if (sousEtat === "rejetee") {
    // Rejected on the merits: no new action on the claim; only the remedy's deadline matters.
    const r = recoursApresRejet(dossier, journal, jour);
    if (r.delai) {
      echeances.push({
        code: "recours",
        libelle: `${r.voie === "appel" ? "Appel" : "Pourvoi en cassation"} contre le jugement : au plus tard le ${dateLongue(r.delai.dateLimite)} (${r.voie === "appel" ? "un mois" : "deux mois"} après sa signification)`,
        date: r.delai.dateLimite,
        fondements: r.fondements,
      });
    }
    return echeances;
  }
  if (etape !== "procedure-collective") {
    const p = echeancePrescription(dossier, journal, jour);
    if (p) {
      echeances.push({
        code: "prescription",
        libelle: `Prescription : dernier jour pour agir le ${dateLongue(p.date)} (${p.nature === "titre-executoire" ? "exécution du titre" : "action en paiement"} ; jamais reporté au jour ouvrable suivant)`,
        date: p.date,
        fondements: [DUREES[p.nature].fondement, "C. civ. art. 2229"],
      });
    }
  }
  if (etape === "mise-en-demeure") {
    const m = echeanceMiseEnDemeure(dossier, journal);
    if (m) {
      echeances.push({
        code: "delai-mise-en-demeure",
        libelle: libelleDelaiMiseEnDemeure(m),
        date: m.date,
        fondements: ["C. civ. art. 1344"],
      });
    }
  }
  if (etape === "injonction-de-payer" && sousEtat === "ordonnanceRendue") {
    const s = echeanceSignification(journal);
    if (s) {
      echeances.push({
        code: "signification-ordonnance",
        libelle: `Signifier l'ordonnance au plus tard le ${dateLongue(s.dateLimite)} (${s.mois} mois), sinon elle est non avenue`,
        date: s.dateLimite,
        fondements: s.fondements,
      });
    }
  }
  if ((etape === "injonction-de-payer" && sousEtat === "signifiee") || etape === "execution") {
    const inj = echeancesInjonction(dossier, journal);
    if (inj?.opposition.delai && (etape !== "execution" || !inj.aPersonne)) {
      echeances.push({
        code: "opposition",
        libelle: `Le débiteur peut former opposition jusqu'au ${dateLongue(inj.opposition.delai.dateLimite)}`,
        date: inj.opposition.delai.dateLimite,
        fondements: inj.opposition.fondements,
      });
    }
    if (etape !== "execution" && inj?.execution.date) {
      echeances.push({
        code: "execution-possible",
        libelle: `Exécution possible à partir du ${dateLongue(inj.execution.date)} faute d'opposition`,
        date: ajouterJours(inj.execution.date, -1),
        fondements: inj.execution.fondements,
      });
    }
  }
  if (
    etape === "refere-provision" ||
    etape === "assignation" ||
    (etape === "injonction-de-payer" && sousEtat === "opposition")
  ) {
    const inst = echeancesInstance(dossier, journal, etape === "refere-provision");
    if (inst) {
      echeances.push({
        code: "audience",
        libelle: `Audience le ${dateLongue(inst.dateAudience)}`,
        date: inst.dateAudience,
        fondements: ["CPC art. 56"],
      });
      if (inst.placement && etape === "assignation" && sousEtat !== "placee") {
        echeances.push({
          code: "placement-assignation",
          libelle: `Remettre l'assignation au greffe au plus tard le ${dateLongue(inst.placement.dateLimite)} (${inst.commerce ? "8" : "15"} jours avant l'audience), à peine de caducité`,
          date: inst.placement.dateLimite,
          fondements: inst.commerce ? ["CPC art. 857"] : ["CPC art. 754"],
        });
      }
    }
  }
  if (etape === "procedure-collective") {
    const d = echeanceDeclaration(dossier, journal);
    if (d && sousEtat !== "declaree") {
      echeances.push({
        code: "declaration-creance",
        libelle: `Déclarer la créance au mandataire judiciaire au plus tard le ${dateLongue(d.date)} (2 mois après la publication au BODACC)`,
        date: d.date,
        fondements: ["C. com. art. R.622-24", "C. com. art. L.622-24"],
      });
    }
  }
  if (etape === "echeancier") {
    const e = echeanceEcheancier(journal);
    if (e) {
      echeances.push({
        code: "echeance-echeancier",
        libelle: `Prochaine échéance du plan de paiement le ${dateLongue(e.date)}`,
        date: e.date,
        fondements: ["C. civ. art. 1343-5", "C. civ. art. 2240"],
      });
    }
  }
  return echeances.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * An opposition formed after the deadline of art. 1416 is a fact: it is recorded, never silently
 * taken as timely. Null when there is none, or when it was in time.
 */
export function oppositionApparemmentTardive(
  d: DossierStatique,
  journal: readonly Evenement[],
): { dateOpposition: Jour; dateLimite: Jour } | null {
  const opposition = [...journal].reverse().find((e) => e.type === "opposition.formee");
  const inj = echeancesInjonction(d, journal);
  const limite = inj?.opposition.delai?.dateLimite;
  if (!opposition || !limite || opposition.date <= limite) return null;
  return { dateOpposition: opposition.date, dateLimite: limite };
}
