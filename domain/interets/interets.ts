/**
 * Late-payment interest and recovery indemnities (docs/droit/interets.md).
 *
 * B2B (creditor and debtor professionals): L.441-10 II C. com. — from the day after the due date,
 * at the ECB rate in force on 1 January / 1 July + 10 points, semester by semester, or at the
 * contractual rate (never below 3 × the legal rate "autres cas"); 40 € per invoice paid late or
 * unpaid (D.441-5), plus justified recovery costs above it.
 * Civil (consumer debtor, or private creditor): legal interest rate from the day after the mise en
 * demeure (art. 1231-6, 1344-1 C. civ.), category by creditor (L.313-2 CMF); + 5 points two months
 * after a judgment became enforceable (L.313-3 CMF).
 *
 * Conventions of the product, printed in every décompte (`conventions`): simple interest; a line
 * runs from `du` (first day bearing interest) to `au` (inclusive), jours = au − du + 1;
 * interest = base × rate × jours / 365 in every year; each line rounded to the cent, half away
 * from zero; totals are sums of rounded lines; a payment or credit note reduces the balance from
 * the day after its date; payments go to the principal first unless `interets-d-abord`.
 */
import { ajouterAns, ajouterJours, ajouterMois, ecartJours, type Jour, maxJour } from "../dates/jour";
import { debiteurProfessionnel, estConsommateur, type Qualite } from "../dossier/qualite";
import { dateLongue, taux as formatTaux, montant } from "../format/francais";
import {
  debutSemestre,
  ecrireTaux,
  fusionnerTables,
  libelleSemestre,
  lireTaux,
  semestreDe,
  semestreSuivant,
  type Tables,
  trouver,
  UNITE_TAUX,
} from "./taux";
import type { LigneTauxBce, LigneTauxLegal, Semestre } from "./taux.table";

/** Fixed recovery indemnity per invoice paid late, between professionals (C. com. art. D.441-5). */
export const INDEMNITE_FORFAITAIRE_CENTS = 4000;
/** Points added to the ECB rate for the default late-payment penalties (C. com. art. L.441-10). */
export const MAJORATION_TAUX_BCE_POINTS = 10;
/** Contractual penalties may not be lower than this multiple of the légal rate (C. com. art. L.441-10). */
export const PLANCHER_MULTIPLE_TAUX_LEGAL = 3;
/** Points added to the légal rate after a condemnation (CMF art. L.313-3)… */
export const MAJORATION_APRES_CONDAMNATION_POINTS = 5;
/** … once this many months have run from the day the decision became enforceable (CMF art. L.313-3). */
export const DELAI_MAJORATION_APRES_CONDAMNATION_MOIS = 2;
const MAJORATION_L313_3 = MAJORATION_APRES_CONDAMNATION_POINTS * UNITE_TAUX;

export type Imputation = "principal-d-abord" | "interets-d-abord";

export type FactureInterets = {
  numero: string;
  montantTtcCents: number;
  dateEcheance: Jour;
  paiements?: { date: Jour; montantCents: number }[];
  avoirs?: { date: Jour; montantCents: number; numero?: string | undefined }[];
};

export type InteretsEntree = {
  creancier: { qualite: Qualite };
  /** `activiteProfessionnelle`: an association or société civile that acted for a professional activity. */
  debiteur: { qualite: Qualite; activiteProfessionnelle?: boolean | undefined };
  tauxContractuelPourcent?: string | null | undefined;
  /** Date the mise en demeure was received (or first presented): start of civil interest. */
  dateMiseEnDemeure?: Jour | null | undefined;
  /** Date a money judgment became enforceable (L.313-3 CMF: +5 points two months later). */
  dateDecisionExecutoire?: Jour | null | undefined;
  imputation?: Imputation | undefined;
  capitalisation?: boolean | undefined;
  fraisRecouvrementJustifiesCents?: number | undefined;
  factures: FactureInterets[];
  au: Jour;
  taux?: { legal?: LigneTauxLegal[]; bce?: LigneTauxBce[] } | undefined;
};

export type LigneInterets = {
  facture: string;
  du: Jour;
  au: Jour;
  jours: number;
  tauxPourcent: string;
  baseCents: number;
  interetsCents: number;
  fondement: string;
  /** Source of the rate row (table or caller). */
  sourceTaux: string;
  provisoire: boolean;
  /** The rate row was added on this instance (not one of the committed tables): the day it was. */
  tauxAjouteLe: string | null;
};

export type MouvementDecompte = {
  facture: string;
  date: Jour;
  type: "paiement" | "avoir";
  numero?: string;
  montantCents: number;
  surPrincipalCents: number;
  surInteretsCents: number;
  tropPercuCents: number;
};

export type SyntheseFacture = {
  numero: string;
  montantTtcCents: number;
  avoirsCents: number;
  paiementsCents: number;
  principalRestantCents: number;
  interetsCents: number;
  interetsPayesCents: number;
  indemniteForfaitaireCents: number;
  premierJourInterets: Jour | null;
};

export type InteretsResultat = {
  regime: "professionnel" | "civil";
  lignes: LigneInterets[];
  mouvements: MouvementDecompte[];
  factures: SyntheseFacture[];
  totalInteretsCents: number;
  interetsPayesCents: number;
  indemnitesForfaitairesCents: number;
  fraisRecouvrementComplementairesCents: number;
  principalRestantCents: number;
  tropPercuCents: number;
  totalDuCents: number;
  provisoire: boolean;
  imputation: Imputation;
  conventions: string[];
  fondements: string[];
  avertissements: string[];
};

/** base × rate × days / 365, rounded half away from zero, in integers. */
export function interetsLigne(baseCents: number, tauxUnites: number, jours: number): number {
  const numerateur = BigInt(baseCents) * BigInt(tauxUnites) * BigInt(jours);
  const denominateur = BigInt(365 * 100 * UNITE_TAUX);
  const signe = numerateur < 0n ? -1n : 1n;
  const abs = numerateur * signe;
  return Number(((abs * 2n + denominateur) / (2n * denominateur)) * signe);
}

type TauxSegment = {
  unites: number;
  fondement: string;
  source: string;
  provisoire: boolean;
  ajouteLe?: string | undefined;
};

export function calculerInterets(entree: InteretsEntree): InteretsResultat {
  const tables: Tables = fusionnerTables(entree.taux);
  const imputation: Imputation = entree.imputation ?? "principal-d-abord";
  const avertissements: string[] = [];
  const fondements = new Set<string>();
  const consommateur = estConsommateur(entree.debiteur.qualite);
  const creancierParticulier = entree.creancier.qualite === "particulier";
  const professionnel = debiteurProfessionnel(entree.debiteur.qualite, entree.debiteur.activiteProfessionnelle);
  const regime: InteretsResultat["regime"] = !professionnel || creancierParticulier ? "civil" : "professionnel";
  const avertir = new Set<string>();
  const avertirUneFois = (m: string) => {
    if (!avertir.has(m)) {
      avertir.add(m);
      avertissements.push(m);
    }
  };

  const contractuel = entree.tauxContractuelPourcent ? lireTaux(entree.tauxContractuelPourcent) : null;
  if (regime === "professionnel") {
    fondements.add("C. com. art. L.441-10");
  } else {
    fondements.add("C. civ. art. 1231-6");
    fondements.add("C. civ. art. 1344-1");
    fondements.add("CMF art. L.313-2");
    if (creancierParticulier && !consommateur) {
      avertirUneFois(
        "Le créancier est un particulier : les pénalités de l'art. L.441-10 C. com. et l'indemnité de 40 € sont réservées aux professionnels ; seuls les intérêts au taux légal (taux des particuliers) sont dus, à compter de la mise en demeure.",
      );
    }
    if (contractuel !== null) {
      avertirUneFois(
        "Un taux contractuel envers un consommateur reste soumis au contrôle des clauses abusives (art. L.212-1 C. conso.) et à la modération des clauses pénales (art. 1231-5 C. civ.) : le calcul applique le taux légal.",
      );
    }
  }

  const tauxDuSemestre = (s: Semestre, jour: Jour): TauxSegment => {
    if (regime === "professionnel") {
      const legal = trouver(tables.legal, s);
      if (contractuel !== null) {
        const plancher = PLANCHER_MULTIPLE_TAUX_LEGAL * lireTaux(legal.ligne.autresCas);
        if (legal.provisoire) signalerProvisoire(s, "de l'intérêt légal", legal.ligne.semestre, legal.ligne.autresCas);
        if (contractuel < plancher) {
          avertirUneFois(
            `Le taux contractuel (${formatTaux(ecrireTaux(contractuel))}) est inférieur au minimum légal de trois fois le taux de l'intérêt légal du ${libelleSemestre(s)} (${formatTaux(ecrireTaux(plancher))}) : ce minimum est appliqué (art. L.441-10 II C. com.).`,
          );
          return {
            unites: plancher,
            fondement: "C. com. art. L.441-10 II (3 × taux légal)",
            source: legal.ligne.source,
            provisoire: legal.provisoire,
            ajouteLe: legal.ligne.ajouteLe,
          };
        }
        return {
          unites: contractuel,
          fondement: "C. com. art. L.441-10 II (taux contractuel)",
          source: "conditions générales ou contrat",
          provisoire: false,
        };
      }
      const bce = trouver(tables.bce, s);
      if (bce.provisoire) signalerProvisoire(s, "de la BCE", bce.ligne.semestre, bce.ligne.tauxPourcent);
      return {
        unites: lireTaux(bce.ligne.tauxPourcent) + MAJORATION_TAUX_BCE_POINTS * UNITE_TAUX,
        fondement: "C. com. art. L.441-10 II (taux BCE + 10 points)",
        source: bce.ligne.source,
        provisoire: bce.provisoire,
        ajouteLe: bce.ligne.ajouteLe,
      };
    }
    const legal = trouver(tables.legal, s);
    const valeur = creancierParticulier ? legal.ligne.particulier : legal.ligne.autresCas;
    if (legal.provisoire) signalerProvisoire(s, "de l'intérêt légal", legal.ligne.semestre, valeur);
    const majore = dateMajoration !== null && jour >= dateMajoration;
    return {
      unites: lireTaux(valeur) + (majore ? MAJORATION_L313_3 : 0),
      fondement: majore
        ? "CMF art. L.313-3 (taux légal majoré de 5 points)"
        : `C. civ. art. 1231-6 ; CMF art. L.313-2 (taux légal, ${creancierParticulier ? "créancier particulier" : "autres cas"})`,
      source: legal.ligne.source,
      provisoire: legal.provisoire,
      ajouteLe: legal.ligne.ajouteLe,
    };
  };

  let provisoire = false;
  function signalerProvisoire(s: Semestre, quoi: string, utilise: Semestre, valeur: string) {
    provisoire = true;
    avertirUneFois(
      `Le taux ${quoi} du ${libelleSemestre(s)} n'est pas encore connu de l'outil : le dernier taux connu (${libelleSemestre(utilise)} : ${formatTaux(valeur)}) est appliqué à titre provisoire. Ajoutez le taux publié (page « Taux publiés » ou commande « recouvrement taux ajouter ») pour un calcul définitif.`,
    );
  }

  // L.313-3 CMF: +5 points once two months have run from the day the decision became enforceable;
  // the period ends on the same quantième (art. 641 CPC), the surcharge starts the day after.
  const dateMajoration = entree.dateDecisionExecutoire
    ? ajouterJours(ajouterMois(entree.dateDecisionExecutoire, DELAI_MAJORATION_APRES_CONDAMNATION_MOIS), 1)
    : null;
  if (dateMajoration && regime === "civil") {
    fondements.add("CMF art. L.313-3");
  }

  if (regime === "civil" && !entree.dateMiseEnDemeure) {
    avertirUneFois(
      "Aucune mise en demeure n'est datée : les intérêts au taux légal ne courent qu'à compter de sa réception (art. 1231-6 et 1344-1 C. civ.) ; aucun intérêt n'est calculé.",
    );
  }
  if (regime === "civil" && entree.dateMiseEnDemeure) {
    avertirUneFois(
      `Les intérêts au taux légal courent à compter du lendemain de la réception de la mise en demeure (${dateLongue(entree.dateMiseEnDemeure)}) ; à défaut d'avis de réception, retenez la date de première présentation.`,
    );
  }

  const lignes: LigneInterets[] = [];
  const mouvements: MouvementDecompte[] = [];
  const syntheses: SyntheseFacture[] = [];
  let tropPercuTotal = 0;

  for (const f of entree.factures) {
    const debutInterets =
      regime === "professionnel"
        ? ajouterJours(f.dateEcheance, 1)
        : entree.dateMiseEnDemeure
          ? maxJour(ajouterJours(entree.dateMiseEnDemeure, 1), ajouterJours(f.dateEcheance, 1))
          : null;

    type Mvt = { date: Jour; type: "paiement" | "avoir"; montantCents: number; numero?: string | undefined };
    const mvts: Mvt[] = [
      ...(f.avoirs ?? []).map((a) => ({
        date: a.date,
        type: "avoir" as const,
        montantCents: a.montantCents,
        numero: a.numero,
      })),
      ...(f.paiements ?? []).map((p) => ({ date: p.date, type: "paiement" as const, montantCents: p.montantCents })),
    ]
      .filter((m) => m.date <= entree.au)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.type === "avoir" ? -1 : 1));
    const ignores = [...(f.avoirs ?? []), ...(f.paiements ?? [])].filter((m) => m.date > entree.au).length;
    if (ignores > 0) {
      avertirUneFois(`Des paiements ou avoirs postérieurs au ${dateLongue(entree.au)} ne sont pas pris en compte.`);
    }

    let principal = f.montantTtcCents;
    let nonPayes = 0; // accrued interest not yet paid (rounded lines)
    let capitalise = 0; // part of nonPayes added to the base (art. 1343-2)
    let interetsFacture = 0;
    let interetsPayes = 0;
    let paiementsCents = 0;
    let avoirsCents = 0;
    let enRetard = false;

    const appliquer = (m: Mvt) => {
      let reste = m.montantCents;
      let surPrincipal = 0;
      let surInterets = 0;
      const versInterets = () => {
        const x = Math.min(reste, nonPayes);
        nonPayes -= x;
        capitalise = Math.min(capitalise, nonPayes);
        surInterets += x;
        reste -= x;
      };
      const versPrincipal = () => {
        const x = Math.min(reste, principal);
        principal -= x;
        surPrincipal += x;
        reste -= x;
      };
      if (m.type === "avoir") {
        versPrincipal();
        avoirsCents += m.montantCents;
      } else {
        paiementsCents += m.montantCents;
        if (imputation === "interets-d-abord") {
          versInterets();
          versPrincipal();
        } else {
          versPrincipal();
          versInterets();
        }
      }
      interetsPayes += surInterets;
      if (reste > 0) {
        tropPercuTotal += reste;
        avertirUneFois(
          `La facture ${f.numero} a reçu ${montant(reste)} de plus que son solde : ce trop-perçu n'est pas imputé sur d'autres factures.`,
        );
      }
      mouvements.push({
        facture: f.numero,
        date: m.date,
        type: m.type,
        ...(m.numero ? { numero: m.numero } : {}),
        montantCents: m.montantCents,
        surPrincipalCents: surPrincipal,
        surInteretsCents: surInterets,
        tropPercuCents: reste,
      });
    };

    // Movements up to the day before interest starts reduce the balance from the first day.
    const avantDebut = debutInterets ? ajouterJours(debutInterets, -1) : entree.au;
    let i = 0;
    while (i < mvts.length && mvts[i]!.date < avantDebut) appliquer(mvts[i++]!);
    // Late if something was still due at the due date.
    const echeanceAtteinte = entree.au > f.dateEcheance;
    const soldeAEcheance =
      f.montantTtcCents - mvts.filter((m) => m.date <= f.dateEcheance).reduce((s, m) => s + m.montantCents, 0);
    enRetard = echeanceAtteinte && soldeAEcheance > 0;

    if (debutInterets && debutInterets <= entree.au) {
      // Breakpoints: semester starts, day after each movement, anniversaries, majoration, end.
      const points = new Set<Jour>([debutInterets, ajouterJours(entree.au, 1)]);
      for (let s = semestreSuivant(semestreDe(debutInterets)); debutSemestre(s) <= entree.au; s = semestreSuivant(s)) {
        points.add(debutSemestre(s));
      }
      for (const m of mvts.slice(i)) points.add(ajouterJours(m.date, 1));
      if (entree.capitalisation) {
        for (let k = 1; ajouterAns(debutInterets, k) <= entree.au; k++) points.add(ajouterAns(debutInterets, k));
      }
      if (dateMajoration && dateMajoration > debutInterets && dateMajoration <= entree.au) points.add(dateMajoration);
      const tries = [...points].filter((p) => p >= debutInterets).sort();

      for (let k = 0; k < tries.length - 1; k++) {
        const du = tries[k]!;
        const finSegment = ajouterJours(tries[k + 1]!, -1);
        // Movements of the day before `du` take effect from `du`.
        while (i < mvts.length && mvts[i]!.date < du) appliquer(mvts[i++]!);
        if (
          entree.capitalisation &&
          du !== debutInterets &&
          ecartJours(debutInterets, du) >= 365 &&
          isAnniversaire(debutInterets, du)
        ) {
          capitalise = nonPayes;
          fondements.add("C. civ. art. 1343-2");
        }
        const base = principal + capitalise;
        if (base <= 0) continue;
        const t = tauxDuSemestre(semestreDe(du), du);
        const jours = ecartJours(du, finSegment) + 1;
        const interets = interetsLigne(base, t.unites, jours);
        lignes.push({
          facture: f.numero,
          du,
          au: finSegment,
          jours,
          tauxPourcent: ecrireTaux(t.unites),
          baseCents: base,
          interetsCents: interets,
          fondement: t.fondement,
          sourceTaux: t.source,
          provisoire: t.provisoire,
          tauxAjouteLe: t.ajouteLe ?? null,
        });
        nonPayes += interets;
        interetsFacture += interets;
      }
    }
    while (i < mvts.length) appliquer(mvts[i++]!);

    const indemnite = regime === "professionnel" && enRetard ? INDEMNITE_FORFAITAIRE_CENTS : 0;
    syntheses.push({
      numero: f.numero,
      montantTtcCents: f.montantTtcCents,
      avoirsCents,
      paiementsCents,
      principalRestantCents: principal,
      interetsCents: interetsFacture,
      interetsPayesCents: interetsPayes,
      indemniteForfaitaireCents: indemnite,
      premierJourInterets: debutInterets && debutInterets <= entree.au ? debutInterets : null,
    });
  }

  const totalInteretsCents = lignes.reduce((s, l) => s + l.interetsCents, 0);
  const interetsPayesCents = syntheses.reduce((s, f) => s + f.interetsPayesCents, 0);
  const indemnitesForfaitairesCents = syntheses.reduce((s, f) => s + f.indemniteForfaitaireCents, 0);
  if (indemnitesForfaitairesCents > 0) fondements.add("C. com. art. D.441-5");
  if (regime === "civil" && !consommateur && !creancierParticulier) {
    avertirUneFois(
      `Le débiteur est ${entree.debiteur.qualite === "association" ? "une association" : "une société civile"} : sans indication qu'il a agi pour une activité professionnelle, ni les pénalités de l'art. L.441-10 C. com. ni l'indemnité de 40 € ne sont réclamées ; les intérêts courent au taux légal à compter de la mise en demeure (art. 1231-6 et 1344-1 C. civ.). S'il a agi pour son activité professionnelle, indiquez-le (option « débiteur en activité professionnelle ») : pénalités et indemnité seront alors dues, la prescription restant comptée par prudence à 2 ans.`,
    );
  } else if (regime === "civil") {
    avertirUneFois(
      "Débiteur consommateur ou créancier particulier : ni pénalités de l'art. L.441-10 C. com., ni indemnité forfaitaire de 40 € ; les frais de recouvrement amiable restent à la charge du créancier (art. L.111-8 CPCE).",
    );
    fondements.add("CPCE art. L.111-8");
  }
  const justifies = entree.fraisRecouvrementJustifiesCents ?? 0;
  const fraisRecouvrementComplementairesCents =
    regime === "professionnel" && justifies > indemnitesForfaitairesCents ? justifies - indemnitesForfaitairesCents : 0;
  if (fraisRecouvrementComplementairesCents > 0) {
    avertirUneFois(
      `Les frais de recouvrement dépassant l'indemnité forfaitaire (${montant(fraisRecouvrementComplementairesCents)}) ne sont dus que sur justification (art. L.441-10 II C. com.).`,
    );
  }
  if (regime === "civil" && justifies > 0) {
    avertirUneFois("Les frais de recouvrement déclarés ne sont pas réclamables à un consommateur (art. L.111-8 CPCE).");
  }
  const principalRestantCents = syntheses.reduce((s, f) => s + f.principalRestantCents, 0);
  const totalDuCents =
    principalRestantCents +
    (totalInteretsCents - interetsPayesCents) +
    indemnitesForfaitairesCents +
    fraisRecouvrementComplementairesCents;

  const conventions = [
    regime === "professionnel"
      ? contractuel !== null
        ? "Taux : taux contractuel, sans pouvoir être inférieur à trois fois le taux de l'intérêt légal du semestre (art. L.441-10 II C. com.)."
        : "Taux : taux de refinancement de la BCE en vigueur au 1er janvier ou au 1er juillet, majoré de 10 points, semestre par semestre (art. L.441-10 II C. com.)."
      : `Taux : taux de l'intérêt légal du semestre (${creancierParticulier ? "créancier personne physique" : "autres cas"}), à compter du lendemain de la mise en demeure (art. 1231-6 et 1344-1 C. civ., L.313-2 CMF).`,
    "Intérêts simples, calculés jour par jour : base × taux × nombre de jours / 365, y compris les années bissextiles.",
    "Chaque ligne court de son premier jour portant intérêts au dernier jour inclus (jours = au - du + 1) ; le premier jour est le lendemain de l'échéance ou de la mise en demeure.",
    "Chaque ligne est arrondie au centime (un demi-centime s'arrondit au centime supérieur) ; les totaux additionnent les lignes arrondies.",
    "Un paiement ou un avoir réduit la base à compter du lendemain de sa date.",
    imputation === "interets-d-abord"
      ? "Imputation des paiements : d'abord sur les intérêts échus, puis sur le principal (art. 1343-1 C. civ.)."
      : "Imputation des paiements : d'abord sur le principal, puis sur les intérêts (choix du créancier, plus favorable au débiteur que la règle de l'art. 1343-1 C. civ.).",
    entree.capitalisation
      ? "Capitalisation : les intérêts dus pour une année entière produisent eux-mêmes intérêts (art. 1343-2 C. civ.)."
      : "Sans capitalisation des intérêts (art. 1343-2 C. civ.).",
  ];
  if (imputation === "interets-d-abord") fondements.add("C. civ. art. 1343-1");

  return {
    regime,
    lignes,
    mouvements,
    factures: syntheses,
    totalInteretsCents,
    interetsPayesCents,
    indemnitesForfaitairesCents,
    fraisRecouvrementComplementairesCents,
    principalRestantCents,
    tropPercuCents: tropPercuTotal,
    totalDuCents,
    provisoire,
    imputation,
    conventions,
    fondements: [...fondements],
    avertissements,
  };
}

function isAnniversaire(debut: Jour, jour: Jour): boolean {
  return debut.slice(4) === jour.slice(4) || (debut.slice(5) === "02-29" && jour.slice(5) === "02-28");
}
