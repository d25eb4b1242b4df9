/**
 * Deadlines after an ordonnance portant injonction de payer (docs/droit/procedures.md):
 * - opposition (art. 1416 CPC): 1 month from service to the person, + délai de distance; served
 *   otherwise, 1 month from the first act served to the person or, failing that, from the first
 *   enforcement measure making the debtor's assets unavailable;
 * - enforcement: for orders from 1 September 2026 (décret n° 2026-96), when no opposition was
 *   notified within 2 months after service; before, once the opposition deadline has passed,
 *   with a certificat de non-opposition.
 */
import { ajouterJours, type Jour } from "../dates/jour";
import { dateLongue } from "../format/francais";
import { calculerDelai, type DelaiResultat, type Distance } from "./delai";

export type OppositionEntree = {
  dateSignification: Jour;
  aPersonne: boolean;
  distance?: Distance;
  departement?: string | undefined;
  /** When service was not to the person: first act served to the person, if any. */
  datePremierActeAPersonne?: Jour | undefined;
  /** Failing that: first enforcement measure freezing the debtor's assets. */
  datePremiereMesureIndisponibilite?: Jour | undefined;
};

export type OppositionResultat = {
  /** null while the deadline has not started (service not to the person, nothing since). */
  delai: DelaiResultat | null;
  depart: Jour | null;
  fondements: string[];
  avertissements: string[];
};

export function delaiOpposition(e: OppositionEntree): OppositionResultat {
  const fondements = ["CPC art. 1416"];
  const avertissements: string[] = [];
  let depart: Jour | null = e.dateSignification;
  if (!e.aPersonne) {
    depart = e.datePremierActeAPersonne ?? e.datePremiereMesureIndisponibilite ?? null;
    avertissements.push(
      depart
        ? `L'ordonnance n'a pas été signifiée à personne : le délai d'opposition court depuis le ${dateLongue(depart)} (${e.datePremierActeAPersonne ? "premier acte signifié à personne" : "première mesure d'exécution rendant les biens indisponibles"}, art. 1416 al. 2 CPC).`
        : "L'ordonnance n'a pas été signifiée à personne : le débiteur peut former opposition jusqu'à un mois après le premier acte signifié à sa personne ou, à défaut, après la première mesure d'exécution rendant ses biens indisponibles (art. 1416 al. 2 CPC). Le délai ne court pas encore.",
    );
  }
  if (!depart) return { delai: null, depart: null, fondements, avertissements };
  const delai = calculerDelai({
    depart,
    duree: { mois: DELAI_OPPOSITION_MOIS },
    distance: e.distance ?? "aucune",
    departement: e.departement,
  });
  return {
    delai,
    depart,
    fondements: [...fondements, ...delai.fondements],
    avertissements: [...avertissements, ...delai.avertissements],
  };
}

/** Orders rendered from this day fall under art. 1422 CPC in its current wording (enforceable once the opposition month has run). */
export const DEBUT_ARTICLE_1422_ACTUEL = "2022-03-01";
/** Orders rendered from this day fall under décret n° 2026-96 (enforcement without opposition notified within 2 months). */
export const DEBUT_DECRET_2026_96 = "2026-09-01";
/** Opposition within one month (CPC art. 1416). */
export const DELAI_OPPOSITION_MOIS = 1;
/** Décret n° 2026-96: enforcement when no opposition was notified within two months of service. */
export const DELAI_EXECUTION_SANS_OPPOSITION_MOIS = 2;

export type ExecutionPossibleResultat = {
  /** First day enforcement may start, or null while it cannot be known. */
  date: Jour | null;
  fondements: string[];
  avertissements: string[];
};

export function dateExecutionPossible(e: OppositionEntree & { dateOrdonnance: Jour }): ExecutionPossibleResultat {
  if (e.dateOrdonnance >= DEBUT_DECRET_2026_96) {
    const deuxMois = calculerDelai({
      depart: e.dateSignification,
      duree: { mois: DELAI_EXECUTION_SANS_OPPOSITION_MOIS },
      distance: e.distance ?? "aucune",
      departement: e.departement,
    });
    const avertissements = [
      `Pour une ordonnance rendue depuis le 1er septembre 2026, le greffe ne notifie que les oppositions : sans notification d'opposition dans les 2 mois de la signification, l'exécution peut être poursuivie (décret n° 2026-96), soit à partir du ${dateLongue(ajouterJours(deuxMois.dateLimite, 1))}.`,
    ];
    if (!e.aPersonne) {
      avertissements.push(
        "Signifiée autrement qu'à personne, l'ordonnance reste exposée à une opposition jusqu'à un mois après le premier acte signifié à personne ou la première mesure d'exécution (art. 1416 CPC).",
      );
    }
    return {
      date: ajouterJours(deuxMois.dateLimite, 1),
      fondements: ["CPC art. 1422", "Décret n° 2026-96 du 16 février 2026"],
      avertissements,
    };
  }
  const opposition = delaiOpposition(e);
  if (!opposition.delai && e.dateOrdonnance >= DEBUT_ARTICLE_1422_ACTUEL) {
    // Art. 1422 al. 1 (orders from 1 March 2022): the order is enforceable once the one-month
    // period of art. 1416 al. 1 has run from service, whatever its form; al. 2 of art. 1416 only
    // keeps a late opposition admissible.
    const unMois = calculerDelai({
      depart: e.dateSignification,
      duree: { mois: DELAI_OPPOSITION_MOIS },
      distance: e.distance ?? "aucune",
      departement: e.departement,
    });
    return {
      date: ajouterJours(unMois.dateLimite, 1),
      fondements: ["CPC art. 1416", "CPC art. 1422"],
      avertissements: [
        ...opposition.avertissements,
        `Sans opposition au ${dateLongue(unMois.dateLimite)} (un mois après la signification), l'ordonnance est exécutoire quelle que soit la forme de la signification (art. 1422 CPC) : demandez au greffe l'apposition de la formule exécutoire. Signifiée autrement qu'à personne, elle reste exposée à une opposition jusqu'à un mois après le premier acte signifié à personne ou la première mesure d'exécution rendant les biens indisponibles (art. 1416 al. 2 CPC).`,
      ],
    };
  }
  if (!opposition.delai) {
    return {
      date: null,
      fondements: ["CPC art. 1416", "CPC art. 1422"],
      avertissements: opposition.avertissements,
    };
  }
  const date = ajouterJours(opposition.delai.dateLimite, 1);
  return {
    date,
    fondements: ["CPC art. 1416", "CPC art. 1422"],
    avertissements: [
      ...opposition.avertissements,
      `Sans opposition au ${dateLongue(opposition.delai.dateLimite)}, demandez au greffe un certificat de non-opposition : l'ordonnance a alors les effets d'un jugement contradictoire (art. 1422 CPC).`,
    ],
  };
}
