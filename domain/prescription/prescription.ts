/**
 * Prescription (limitation of the action for payment), docs/droit/prescription.md.
 *
 * Conventions of the product (docs/droit/prescription.md ; decision 007):
 * - last safe day = starting point + duration − 1 day (Cass. 1re civ. 12 déc. 2018: a 5-year period
 *   starting on 19 June 2008 expired on 18 June 2013 at 24:00); the looser reading gives one more
 *   day, the safe choice costs one day;
 * - never rolled forward to a working day (Cass. 2e civ. 7 avr. 2016): CPC 641-642 do not apply;
 * - an interruption starts a new full period from its date (art. 2231), only before expiry;
 * - a suspension stops the clock; it resumes for the remaining time, at least 6 months (art. 2238);
 * - the 20-year long stop from the birth of the right (art. 2232) caps deferrals, suspensions and
 *   interruptions, except interruptions by a demande en justice or an enforcement act.
 * Every event is checked against `aujourdhui`; the clock is never read here.
 */
import { estChome, ferie } from "../calendrier/jours-feries";
import {
  ajouterAns,
  ajouterJours,
  ajouterMois,
  ecartJours,
  type Jour,
  jourDeLaSemaine,
  maxJour,
  minJour,
} from "../dates/jour";
import type { Qualite } from "../dossier/qualite";
import { dateLongue } from "../format/francais";
import {
  DUREES,
  LIBELLES_EVENEMENT_PRESCRIPTION as LIBELLES,
  type Nature,
  type TypeEvenementPrescription,
} from "./vocabulaire";

export * from "./vocabulaire";

export type EvenementPrescription = {
  type: TypeEvenementPrescription;
  date: Jour;
  /** fin-instance: a title was obtained (10 years, CPCE L.111-4). */
  titreObtenu?: boolean | undefined;
  /** Free label shown in the timeline (e.g. « facture F-1 »). */
  libelle?: string | undefined;
};

export type PrescriptionEntree = {
  nature: Nature;
  pointDeDepart: Jour;
  evenements?: EvenementPrescription[];
  aujourdhui: Jour;
  /** The debtor's quality, for the unsettled cases (association, société civile). */
  qualiteDebiteur?: Qualite | undefined;
};

export type Statut = "en-cours" | "acquise" | "interrompue" | "suspendue";

export type EffetEvenement =
  | "interruption"
  | "interruption-instance"
  | "fin-instance"
  | "non-avenue"
  | "suspension"
  | "reprise"
  | "aucun"
  | "trop-tard"
  | "ignore";

export type EtapeChronologie = {
  date: Jour;
  type: TypeEvenementPrescription | "point-de-depart" | "expiration";
  effet: EffetEvenement | "depart" | "expiration";
  explication: string;
  fondements: string[];
  /** Last safe day after this event (null while interrupted or suspended). */
  dernierJour: Jour | null;
};

export type PrescriptionResultat = {
  nature: Nature;
  duree: { ans: number };
  pointDeDepart: Jour;
  dernierJour: Jour | null;
  statut: Statut;
  joursRestants: number | null;
  /** Date from which the claim is time-barred (dernierJour + 1), when acquired. */
  acquiseLe: Jour | null;
  chronologie: EtapeChronologie[];
  fondements: string[];
  avertissements: string[];
};

const ARRETS = {
  medNonInterruptive: "Cass. com. 18 mai 2022, n° 20-23.204",
  pasDeProrogation: "Cass. 2e civ. 7 avr. 2016, n° 15-12.960",
  calculVeille: "Cass. 1re civ. 12 déc. 2018, n° 17-25.697",
  significationOip: "Cass. 10 juil. 1990, n° 89-13.345",
};

type Etat =
  | { kind: "en-cours"; dernierJour: Jour; plafonne: boolean }
  | { kind: "interrompue"; avant: Etat; titreAttendu: boolean }
  | { kind: "suspendue"; restant: number; plafonne: boolean; avant: Etat }
  | { kind: "acquise"; dernierJour: Jour };

/** Natural order of events on one day: the proceedings' end before a new start. */
const ORDRE: Record<TypeEvenementPrescription, number> = {
  "fin-instance": 0,
  "instance-non-avenue": 0,
  "mediation-fin": 1,
  "petites-creances-echec": 1,
  "petites-creances-titre": 1,
  reconnaissance: 2,
  "paiement-partiel": 2,
  "acte-execution": 2,
  relance: 3,
  "mise-en-demeure": 3,
  "requete-injonction": 3,
  "mediation-debut": 4,
  "petites-creances-accord": 4,
  "demande-en-justice": 5,
  "signification-ordonnance": 5,
};

/** No postponement beyond 20 years from the birth of the right (C. civ. art. 2232). */
export const DELAI_BUTOIR_ANS = 20;
/** After a suspension, the period resumes for what was left and at least six months (C. civ. art. 2238). */
export const REPRISE_MINIMALE_APRES_SUSPENSION_MOIS = 6;

/** Last safe day of a period of `ans` years starting on `debut` (start + N years − 1 day). */
export function finDePeriode(debut: Jour, ans: number): Jour {
  return ajouterJours(ajouterAns(debut, ans), -1);
}

export function calculerPrescription(entree: PrescriptionEntree): PrescriptionResultat {
  const avertissements: string[] = [];
  const fondements = new Set<string>(["C. civ. art. 2228", "C. civ. art. 2229"]);
  let nature = entree.nature;
  let ans = DUREES[nature].ans;
  fondements.add(DUREES[nature].fondement);

  const q = entree.qualiteDebiteur;
  if ((q === "association" || q === "societe-civile") && (nature === "commerciale" || nature === "civile")) {
    ans = 2;
    fondements.add("C. conso. art. L.218-2");
    avertissements.push(
      `Le débiteur est ${q === "association" ? "une association" : "une société civile"} : la jurisprudence ne tranche pas si le délai de 2 ans des consommateurs (art. L.218-2 C. conso.) protège une personne morale non professionnelle. Par prudence, le délai de 2 ans est retenu ; le délai de 5 ans (${DUREES[nature].fondement}) pourrait s'appliquer.`,
    );
  }
  if (nature === "consommateur") {
    avertissements.push(
      "Contre un consommateur, le délai court de l'exécution de la prestation ou de la livraison, et non de la date de la facture (Cass. 1re civ. 19 mai 2021, n° 20-12.520) : vérifiez que le point de départ retenu n'est pas postérieur à l'exécution.",
    );
  }

  const plafondLong = finDePeriode(entree.pointDeDepart, DELAI_BUTOIR_ANS);
  const chronologie: EtapeChronologie[] = [];
  const plafonner = (jour: Jour, plafonne: boolean) => (plafonne ? minJour(jour, plafondLong) : jour);
  let plafondSignale = false;
  const noterPlafond = (jour: Jour, plafonne: boolean) => {
    if (plafonne && jour > plafondLong && !plafondSignale) {
      plafondSignale = true;
      fondements.add("C. civ. art. 2232");
      avertissements.push(
        `Le délai butoir de 20 ans à compter de la naissance du droit (art. 2232 C. civ.) plafonne la prescription au ${dateLongue(plafondLong)}.`,
      );
    }
  };

  const premier = finDePeriode(entree.pointDeDepart, ans);
  let etat = { kind: "en-cours", dernierJour: premier, plafonne: true } as Etat;
  chronologie.push({
    date: entree.pointDeDepart,
    type: "point-de-depart",
    effet: "depart",
    explication: `Point de départ : le délai de ${ans} ans (${DUREES[nature].libelle}) court à partir de ce jour ; le dernier jour utile est la veille de la date anniversaire, sans report au jour ouvrable suivant.`,
    fondements: [DUREES[nature].fondement, "C. civ. art. 2229"],
    dernierJour: premier,
  });

  const evenements = [...(entree.evenements ?? [])]
    .map((e, i) => ({ e, i }))
    .sort((a, b) =>
      a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : ORDRE[a.e.type] - ORDRE[b.e.type] || a.i - b.i,
    )
    .map(({ e }) => e);

  /** Marks the prescription acquired when `jour` is past the last safe day. */
  const verifierExpiration = (jour: Jour) => {
    if (etat.kind === "en-cours" && jour > etat.dernierJour) {
      chronologie.push({
        date: ajouterJours(etat.dernierJour, 1),
        type: "expiration",
        effet: "expiration",
        explication: `La prescription est acquise : le dernier jour utile était le ${dateLongue(etat.dernierJour)}.`,
        fondements: ["C. civ. art. 2229"],
        dernierJour: etat.dernierJour,
      });
      etat = { kind: "acquise", dernierJour: etat.dernierJour };
    }
  };

  const nouvellePeriode = (depuis: Jour, duree: number, plafonne: boolean): Jour => {
    const brut = finDePeriode(depuis, duree);
    noterPlafond(brut, plafonne);
    return plafonner(brut, plafonne);
  };

  for (const ev of evenements) {
    const quand = dateLongue(ev.date);
    const nom = `${LIBELLES[ev.type]}${ev.libelle ? ` (${ev.libelle})` : ""}`;
    const pousser = (effet: EffetEvenement, explication: string, f: string[]) => {
      for (const x of f) fondements.add(x);
      chronologie.push({
        date: ev.date,
        type: ev.type,
        effet,
        explication,
        fondements: f,
        dernierJour: etat.kind === "en-cours" || etat.kind === "acquise" ? etat.dernierJour : null,
      });
    };

    if (ev.date > entree.aujourdhui) {
      avertissements.push(`${nom} du ${quand} : date postérieure au ${dateLongue(entree.aujourdhui)}, ignorée.`);
      pousser("ignore", "Événement futur : il n'est pas pris en compte.", []);
      continue;
    }
    if (ev.date < entree.pointDeDepart) {
      avertissements.push(`${nom} du ${quand} : antérieur au point de départ, sans effet sur la prescription.`);
      pousser("ignore", "Antérieur au point de départ : sans effet.", []);
      continue;
    }

    // Events that never interrupt anything (docs/droit/README.md, « ce que le produit ne dit jamais »).
    if (ev.type === "relance" || ev.type === "mise-en-demeure" || ev.type === "requete-injonction") {
      verifierExpiration(ev.date);
      const phrase =
        ev.type === "requete-injonction"
          ? `Le dépôt de la requête en injonction de payer du ${quand} n'interrompt pas la prescription : seule la signification de l'ordonnance l'interrompt (${ARRETS.significationOip}).`
          : ev.type === "mise-en-demeure"
            ? `La mise en demeure du ${quand} n'interrompt pas la prescription, même envoyée en recommandé avec avis de réception (${ARRETS.medNonInterruptive}).`
            : `La relance du ${quand} n'interrompt pas la prescription (${ARRETS.medNonInterruptive}) : seuls une reconnaissance du débiteur, une demande en justice ou un acte d'exécution l'interrompent.`;
      avertissements.push(phrase);
      pousser("aucun", phrase, ["C. civ. art. 2240 à 2244"]);
      continue;
    }

    if (etat.kind === "acquise" || (etat.kind === "en-cours" && ev.date > etat.dernierJour)) {
      verifierExpiration(ev.date);
      const derniers = etat.kind === "acquise" ? etat.dernierJour : "";
      const explication =
        ev.type === "reconnaissance" || ev.type === "paiement-partiel"
          ? `${nom} du ${quand}, après l'expiration du délai (${dateLongue(derniers)}) : elle ne fait pas renaître la prescription ; elle pourrait toutefois valoir renonciation tacite du débiteur à s'en prévaloir (art. 2250 et 2251 C. civ.), point discuté en jurisprudence.`
          : `${nom} du ${quand} : la prescription était déjà acquise (dernier jour utile : ${dateLongue(derniers)}) ; cet acte n'a pas d'effet sur elle.`;
      avertissements.push(explication);
      pousser(
        "trop-tard",
        explication,
        ev.type === "reconnaissance" || ev.type === "paiement-partiel"
          ? ["C. civ. art. 2250", "C. civ. art. 2251"]
          : [],
      );
      continue;
    }

    switch (ev.type) {
      case "reconnaissance":
      case "paiement-partiel":
      case "acte-execution":
      case "petites-creances-titre": {
        if (etat.kind === "interrompue") {
          if (ev.type === "petites-creances-titre" || ev.type === "acte-execution") {
            pousser(
              "aucun",
              `${nom} du ${quand} : l'instance en cours interrompt déjà la prescription, jusqu'à sa fin.`,
              [],
            );
            break;
          }
          // An acknowledgment made during the instance has its own effect (art. 2240): a new period
          // from its date, which survives if the instance lapses (art. 2243 cancels only the
          // interruption by the demande en justice). Kept under the instance.
          const dernier = nouvellePeriode(ev.date, ans, true);
          const sous = etat.avant;
          etat = {
            ...etat,
            avant:
              sous.kind === "suspendue"
                ? { ...sous, restant: Math.max(sous.restant, ecartJours(ev.date, dernier)) }
                : { kind: "en-cours", dernierJour: dernier, plafonne: true },
          };
          pousser(
            "interruption",
            `${nom} du ${quand} : l'instance en cours interrompt déjà la prescription ; cette reconnaissance fait en outre courir un nouveau délai de ${ans} ans, jusqu'au ${dateLongue(dernier)}, qui demeure si l'instance devient non avenue (art. 2240 et 2243 C. civ.).`,
            ["C. civ. art. 2240", "C. civ. art. 2243"],
          );
          break;
        }
        const courant: Etat = etat;
        const execution = ev.type === "acte-execution";
        const plafonne: boolean = !execution && (courant.kind !== "en-cours" || courant.plafonne);
        if (courant.kind === "suspendue" && ev.type !== "petites-creances-titre") {
          // An acknowledgment during a suspension starts a new period once the suspension ends;
          // keeping the suspension and resetting the remaining time is the safe reading.
          etat = {
            ...courant,
            restant: Math.max(courant.restant, ecartJours(ev.date, finDePeriode(ev.date, ans))),
          };
          pousser(
            "interruption",
            `${nom} du ${quand} : la prescription, suspendue, recommencera pour un délai entier à la fin de la suspension.`,
            ["C. civ. art. 2240", "C. civ. art. 2231"],
          );
          break;
        }
        const dernier = nouvellePeriode(ev.date, ans, plafonne);
        etat = { kind: "en-cours", dernierJour: dernier, plafonne };
        const f =
          ev.type === "acte-execution"
            ? ["C. civ. art. 2244", "C. civ. art. 2231"]
            : ev.type === "petites-creances-titre"
              ? ["CPCE art. L.125-1", "CPCE art. L.111-4", "C. civ. art. 2240", "C. civ. art. 2231"]
              : ["C. civ. art. 2240", "C. civ. art. 2231"];
        const quoi =
          ev.type === "paiement-partiel"
            ? "Le paiement partiel vaut reconnaissance de la dette et interrompt la prescription"
            : ev.type === "petites-creances-titre"
              ? "L'accord constaté par le commissaire de justice met fin à la suspension et vaut reconnaissance de la dette (délai propre de la créance)"
              : ev.type === "acte-execution"
                ? "L'acte d'exécution interrompt la prescription"
                : "La reconnaissance de la dette interrompt la prescription";
        pousser(
          "interruption",
          `${quoi} : un nouveau délai de ${ans} ans court à partir du ${quand}, jusqu'au ${dateLongue(dernier)}.`,
          f,
        );
        break;
      }
      case "demande-en-justice":
      case "signification-ordonnance": {
        if (etat.kind === "interrompue") {
          pousser("aucun", `${nom} du ${quand} : une instance est déjà en cours.`, []);
          break;
        }
        // The state before the instance is kept whole — a suspension still running included — so
        // that it comes back if the instance lapses (art. 2243 + 2238).
        etat = { kind: "interrompue", avant: etat, titreAttendu: true };
        const f =
          ev.type === "signification-ordonnance"
            ? ["C. civ. art. 2241", "C. civ. art. 2242", "CPC art. 1411"]
            : ["C. civ. art. 2241", "C. civ. art. 2242"];
        pousser(
          "interruption-instance",
          ev.type === "signification-ordonnance"
            ? `La signification de l'ordonnance d'injonction de payer du ${quand} interrompt la prescription jusqu'à la fin de l'instance (${ARRETS.significationOip}).`
            : `La demande en justice du ${quand} interrompt la prescription jusqu'à l'extinction de l'instance (art. 2241 et 2242 C. civ.).`,
          f,
        );
        break;
      }
      case "fin-instance": {
        if (etat.kind !== "interrompue") {
          avertissements.push(`Fin d'instance du ${quand} sans instance en cours : ignorée.`);
          pousser("ignore", "Aucune instance en cours : sans effet.", []);
          break;
        }
        if (ev.titreObtenu) {
          nature = "titre-executoire";
          ans = Math.max(10, ans);
          const dernier = finDePeriode(ev.date, ans);
          etat = { kind: "en-cours", dernierJour: dernier, plafonne: false };
          pousser(
            "fin-instance",
            `Le titre exécutoire obtenu le ${quand} peut être exécuté pendant 10 ans, jusqu'au ${dateLongue(dernier)} (art. L.111-4 CPCE).`,
            ["C. civ. art. 2242", "CPCE art. L.111-4"],
          );
        } else {
          const dernier = finDePeriode(ev.date, ans);
          etat = { kind: "en-cours", dernierJour: dernier, plafonne: false };
          pousser(
            "fin-instance",
            `L'instance a pris fin le ${quand} : un nouveau délai de ${ans} ans court, jusqu'au ${dateLongue(dernier)}.`,
            ["C. civ. art. 2242", "C. civ. art. 2231"],
          );
        }
        break;
      }
      case "instance-non-avenue": {
        if (etat.kind !== "interrompue") {
          avertissements.push(`Instance non avenue du ${quand} sans instance en cours : ignorée.`);
          pousser("ignore", "Aucune instance en cours : sans effet.", []);
          break;
        }
        etat = etat.avant;
        const phrase = `L'interruption par la demande en justice est non avenue (désistement, péremption ou rejet définitif, art. 2243 C. civ.) : elle est réputée n'avoir jamais eu lieu${etat.kind === "en-cours" ? ` ; le dernier jour utile est le ${dateLongue(etat.dernierJour)} (les reconnaissances du débiteur gardent leur effet propre)` : etat.kind === "suspendue" ? " ; la suspension en cours (médiation ou petites créances) demeure" : ""}.`;
        avertissements.push(phrase);
        pousser("non-avenue", phrase, ["C. civ. art. 2243"]);
        verifierExpiration(ev.date);
        break;
      }
      case "mediation-debut":
      case "petites-creances-accord": {
        if (etat.kind === "interrompue" && etat.avant.kind === "en-cours") {
          // A mediation during the instance suspends the period that would come back if the
          // instance lapsed (art. 2238 + 2243).
          const avant = etat.avant;
          const restant = ecartJours(ev.date, avant.dernierJour);
          etat = { ...etat, avant: { kind: "suspendue", restant, plafonne: avant.plafonne, avant } };
          pousser(
            "suspension",
            `${nom} du ${quand} : l'instance en cours interrompt déjà la prescription ; la médiation suspend en outre le délai qui reprendrait si l'instance devenait non avenue (art. 2238 et 2243 C. civ.).`,
            ["C. civ. art. 2238"],
          );
          break;
        }
        if (etat.kind !== "en-cours") {
          pousser("aucun", `${nom} du ${quand} : la prescription ne court déjà pas.`, []);
          break;
        }
        const restant = ecartJours(ev.date, etat.dernierJour);
        etat = { kind: "suspendue", restant, plafonne: etat.plafonne, avant: etat };
        pousser(
          "suspension",
          `${nom} : la prescription est suspendue à partir du ${quand} ; il restait ${restant} jours (art. 2238 C. civ.).`,
          ev.type === "petites-creances-accord" ? ["C. civ. art. 2238", "CPCE art. L.125-1"] : ["C. civ. art. 2238"],
        );
        break;
      }
      case "mediation-fin":
      case "petites-creances-echec": {
        if (etat.kind === "interrompue" && etat.avant.kind === "suspendue") {
          const sous = etat.avant;
          const brut = maxJour(
            ajouterJours(ev.date, sous.restant),
            ajouterJours(ajouterMois(ev.date, REPRISE_MINIMALE_APRES_SUSPENSION_MOIS), -1),
          );
          etat = {
            ...etat,
            avant: { kind: "en-cours", dernierJour: plafonner(brut, sous.plafonne), plafonne: sous.plafonne },
          };
          pousser(
            "reprise",
            `${nom} du ${quand} : fin de la suspension ; l'instance en cours interrompt toujours la prescription.`,
            ["C. civ. art. 2238"],
          );
          break;
        }
        if (etat.kind !== "suspendue") {
          avertissements.push(`${nom} du ${quand} sans suspension en cours : ignorée.`);
          pousser("ignore", "Aucune suspension en cours : sans effet.", []);
          break;
        }
        const reste = ajouterJours(ev.date, etat.restant);
        const sixMois = ajouterJours(ajouterMois(ev.date, REPRISE_MINIMALE_APRES_SUSPENSION_MOIS), -1);
        const brut = maxJour(reste, sixMois);
        noterPlafond(brut, etat.plafonne);
        const dernier = plafonner(brut, etat.plafonne);
        etat = { kind: "en-cours", dernierJour: dernier, plafonne: etat.plafonne };
        pousser(
          "reprise",
          `La prescription reprend le ${quand} pour le temps qui restait, et au moins 6 mois (art. 2238 C. civ.) : dernier jour utile le ${dateLongue(dernier)}.`,
          ["C. civ. art. 2238"],
        );
        break;
      }
    }
  }

  verifierExpiration(entree.aujourdhui);
  const dernierJour = etat.kind === "en-cours" || etat.kind === "acquise" ? etat.dernierJour : null;
  const statut: Statut = etat.kind;
  if (statut === "interrompue") {
    avertissements.push(
      "Une instance est en cours : la prescription est interrompue jusqu'à sa fin. Si l'instance devient non avenue (désistement, péremption, rejet définitif), l'interruption sera réputée n'avoir jamais eu lieu (art. 2243 C. civ.).",
    );
  }
  if (statut === "suspendue") {
    avertissements.push(
      "La prescription est suspendue : à la fin de la médiation ou de la procédure, elle reprendra pour le temps restant, et au moins 6 mois.",
    );
  }
  if (dernierJour && statut === "en-cours" && estChome(dernierJour)) {
    let veille = ajouterJours(dernierJour, -1);
    while (estChome(veille)) veille = ajouterJours(veille, -1);
    avertissements.push(
      `Le ${dateLongue(dernierJour)} est ${ferie(dernierJour) ? `un jour férié (${ferie(dernierJour)})` : jourDeLaSemaine(dernierJour) === 6 ? "un samedi" : "un dimanche"} : la prescription n'est pas reportée au jour ouvrable suivant (${ARRETS.pasDeProrogation}). Agissez au plus tard le ${dateLongue(veille)}.`,
    );
  }

  return {
    nature,
    duree: { ans },
    pointDeDepart: entree.pointDeDepart,
    dernierJour,
    statut,
    joursRestants:
      statut === "en-cours" && dernierJour
        ? ecartJours(entree.aujourdhui, dernierJour)
        : statut === "acquise"
          ? 0
          : null,
    acquiseLe: statut === "acquise" && dernierJour ? ajouterJours(dernierJour, 1) : null,
    chronologie,
    fondements: [...fondements],
    avertissements,
  };
}

/**
 * Starting point of the prescription of an invoice (docs/droit/prescription.md): the due date printed on
 * the invoice (Cass. com. 14 juin 2023), or the completion of the service / delivery when it is
 * known and earlier (Cass. com. 26 févr. 2020; Cass. 1re civ. 19 mai 2021): the earlier is safe.
 */
export function pointDeDepartFacture(facture: {
  dateEcheance: Jour;
  dateExecution?: Jour | undefined;
  dateEmission?: Jour | undefined;
  debiteurConsommateur: boolean;
}): { date: Jour; fondements: string[]; avertissements: string[] } {
  const fondements = ["C. civ. art. 2224", "C. civ. art. 2233"];
  if (facture.dateExecution && facture.dateExecution < facture.dateEcheance) {
    return {
      date: facture.dateExecution,
      fondements: [...fondements, "Cass. com. 26 févr. 2020, n° 18-25.036"],
      avertissements: [
        `Le délai est compté depuis l'exécution de la prestation (${dateLongue(facture.dateExecution)}), antérieure à l'échéance : c'est la lecture la plus prudente de la jurisprudence.`,
      ],
    };
  }
  if (facture.debiteurConsommateur) {
    const fondementsConso = [...fondements, "Cass. 1re civ. 19 mai 2021, n° 20-12.520"];
    if (!facture.dateExecution && facture.dateEmission && facture.dateEmission < facture.dateEcheance) {
      // The service was performed at the latest when it was invoiced, as a rule: the invoice date
      // is the earliest date we know, hence the safe one.
      return {
        date: facture.dateEmission,
        fondements: fondementsConso,
        avertissements: [
          `Contre un consommateur, la prescription court de l'exécution de la prestation, pas de l'échéance (Cass. 1re civ. 19 mai 2021, n° 20-12.520). Sa date n'est pas connue : par prudence, le délai est compté depuis la date de la facture (${dateLongue(facture.dateEmission)}), la prestation étant en principe achevée quand elle est facturée. Indiquez la date de livraison ou d'achèvement pour un calcul exact.`,
        ],
      };
    }
    return {
      date: facture.dateEcheance,
      fondements: fondementsConso,
      avertissements: facture.dateExecution
        ? []
        : [
            "Contre un consommateur, la prescription court de l'exécution de la prestation, pas de la facture (Cass. 1re civ. 19 mai 2021, n° 20-12.520) : sans date d'exécution ni date de facture, l'échéance est retenue, mais le délai a pu commencer plus tôt. Indiquez la date de livraison ou d'achèvement.",
          ],
    };
  }
  return {
    date: facture.dateEcheance,
    fondements: [...fondements, "Cass. com. 14 juin 2023, n° 21-14.841"],
    avertissements: [
      "Le point de départ retenu est l'échéance de la facture (Cass. com. 14 juin 2023, n° 21-14.841) ; une autre jurisprudence retient l'achèvement de la prestation (Cass. com. 26 févr. 2020, n° 18-25.036). Si la prestation a été achevée avant l'échéance, indiquez cette date : le délai a pu commencer plus tôt.",
    ],
  };
}
