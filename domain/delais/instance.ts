/**
 * Deadlines counted back from a hearing, and the declaration of claims in collective proceedings
 * (docs/droit/procedures.md). One named constant per rule, with its article.
 */
import { ajouterMois, type Jour } from "../dates/jour";
import { calculerDelai, type DelaiResultat } from "./delai";

/** Before the tribunal de commerce, the assignation is served 15 days at least before the hearing (CPC art. 857). */
export const DELAI_SIGNIFICATION_ASSIGNATION_COMMERCE_JOURS = 15;
/** … and placed with the registry 8 days at least before it (CPC art. 857). */
export const DELAI_PLACEMENT_COMMERCE_JOURS = 8;
/** Before the tribunal judiciaire, the assignation is placed 15 days at least before the hearing (CPC art. 754). */
export const DELAI_PLACEMENT_JUDICIAIRE_JOURS = 15;
/** Claims are declared within 2 months of the BODACC publication of the opening judgment (C. com. art. R.622-24). */
export const DELAI_DECLARATION_CREANCE_MOIS = 2;
/** … extended by 2 months for creditors established outside metropolitan France (C. com. art. R.622-24). */
export const PROLONGATION_DECLARATION_HORS_METROPOLE_MOIS = 2;

export type DelaisAvantAudience = {
  signification: DelaiResultat | null;
  placement: DelaiResultat | null;
  fondements: string[];
};

/**
 * The last days to serve and to place an assignation before its hearing. In référé before the
 * tribunal de commerce neither is fixed (art. 486: « un temps suffisant »): no date is computed.
 */
export function delaisAvantAudience(e: {
  dateAudience: Jour;
  commerce: boolean;
  refere: boolean;
}): DelaisAvantAudience {
  const avant = (jours: number) => calculerDelai({ depart: e.dateAudience, duree: { jours }, sens: "avant" });
  if (e.commerce) {
    return e.refere
      ? { signification: null, placement: null, fondements: ["CPC art. 486"] }
      : {
          signification: avant(DELAI_SIGNIFICATION_ASSIGNATION_COMMERCE_JOURS),
          placement: avant(DELAI_PLACEMENT_COMMERCE_JOURS),
          fondements: ["CPC art. 857"],
        };
  }
  return { signification: null, placement: avant(DELAI_PLACEMENT_JUDICIAIRE_JOURS), fondements: ["CPC art. 754"] };
}

/**
 * Last day to declare a claim: 2 months from the BODACC publication, 4 for a creditor outside
 * metropolitan France. Not rolled forward to a working day: the earlier date is the safe one.
 */
export function delaiDeclarationCreance(e: { datePublicationBodacc: Jour; creancierHorsMetropole: boolean }): {
  date: Jour;
  mois: number;
  fondements: string[];
} {
  const mois =
    DELAI_DECLARATION_CREANCE_MOIS + (e.creancierHorsMetropole ? PROLONGATION_DECLARATION_HORS_METROPOLE_MOIS : 0);
  return {
    date: ajouterMois(e.datePublicationBodacc, mois),
    mois,
    fondements: ["C. com. art. L.622-24", "C. com. art. R.622-24"],
  };
}
