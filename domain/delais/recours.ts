/**
 * After a judgment rejecting the claim on the merits (res judicata, art. 1355 C. civ. and 480
 * CPC): the same claim cannot be brought again; only a remedy against the judgment remains —
 * appeal within one month of service (art. 538 CPC, + délai de distance, art. 643-644) when the
 * judgment is not in last resort, otherwise a pourvoi en cassation (two months, art. 612 CPC).
 * Claims of 5 000 € or less are judged in last resort (COJ art. R.211-3-24 for the tribunal
 * judiciaire, C. com. art. R.721-6 for the tribunal de commerce).
 */
import type { Jour } from "../dates/jour";
import { dateLongue } from "../format/francais";
import { calculerDelai, type DelaiResultat, type Distance } from "./delai";

/** Last-resort threshold: a rule of its own, even if it shares the value of the small-claims ceiling. */
export const SEUIL_DERNIER_RESSORT_CENTS = 500_000;
/** Appeal within one month of service (CPC art. 538). */
export const DELAI_APPEL_MOIS = 1;
/** Pourvoi en cassation within two months (CPC art. 612). */
export const DELAI_POURVOI_MOIS = 2;

export type Recours = {
  voie: "appel" | "pourvoi";
  /** Null while the judgment's service is not recorded (the period runs from it). */
  delai: DelaiResultat | null;
  fondements: string[];
  avertissements: string[];
};

export function recoursContreLeJugement(e: {
  montantDemandeCents: number;
  dateSignification?: Jour | undefined;
  distance?: Distance;
  departement?: string | undefined;
}): Recours {
  const appel = e.montantDemandeCents > SEUIL_DERNIER_RESSORT_CENTS;
  const mois = appel ? DELAI_APPEL_MOIS : DELAI_POURVOI_MOIS;
  const delai = e.dateSignification
    ? calculerDelai({
        depart: e.dateSignification,
        duree: { mois },
        distance: e.distance ?? "aucune",
        departement: e.departement,
      })
    : null;
  const fondements = [
    "C. civ. art. 1355",
    "CPC art. 480",
    ...(appel ? ["CPC art. 538"] : ["CPC art. 605", "CPC art. 612", "COJ art. R.211-3-24", "C. com. art. R.721-6"]),
    "CPC art. 528",
  ];
  const avertissements = [
    "La demande a été rejetée au fond : la même créance ne peut plus être portée devant un juge (autorité de la chose jugée, art. 1355 C. civ. et 480 CPC) ; seul un recours contre ce jugement reste possible. Consultez un avocat.",
    appel
      ? `La demande dépassant 5 000 €, le jugement peut faire l'objet d'un appel dans le mois de sa signification (art. 538 CPC)${delai ? `, soit jusqu'au ${dateLongue(delai.dateLimite)}` : " : notez la signification pour connaître la date limite"} ; l'avocat est obligatoire devant la cour d'appel.`
      : "Jugé en dernier ressort (demande de 5 000 € au plus), le jugement n'est pas susceptible d'appel : seul un pourvoi en cassation reste ouvert, dans les deux mois de la signification (art. 612 CPC), par un avocat aux Conseils.",
  ];
  return { voie: appel ? "appel" : "pourvoi", delai, fondements, avertissements };
}
