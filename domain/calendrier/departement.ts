/**
 * Départements and overseas collectivities, from a French postcode. Used for public holidays
 * (Alsace-Moselle, overseas) and for the délais de distance (CPC 643-644).
 */

/** Overseas départements and collectivities where the CPC applies (art. 644). */
export const OUTRE_MER_CPC: Record<string, string> = {
  "971": "Guadeloupe",
  "972": "Martinique",
  "973": "Guyane",
  "974": "La Réunion",
  "975": "Saint-Pierre-et-Miquelon",
  "976": "Mayotte",
  "977": "Saint-Barthélemy",
  "978": "Saint-Martin",
  "986": "Wallis-et-Futuna",
};

/** Other overseas territories listed by art. 643 1° (their courts follow local procedure). */
export const AUTRES_OUTRE_MER: Record<string, string> = {
  "984": "Terres australes et antarctiques françaises",
  "987": "Polynésie française",
  "988": "Nouvelle-Calédonie",
};

export const ALSACE_MOSELLE = ["57", "67", "68"] as const;

export function estOutreMer(departement: string): boolean {
  return departement in OUTRE_MER_CPC || departement in AUTRES_OUTRE_MER;
}

export function estAlsaceMoselle(departement: string): boolean {
  return (ALSACE_MOSELLE as readonly string[]).includes(departement);
}

export function nomCollectivite(departement: string): string | undefined {
  return OUTRE_MER_CPC[departement] ?? AUTRES_OUTRE_MER[departement];
}

/** Départements of metropolitan France and overseas, as accepted in inputs. */
export const DEPARTEMENT_REGEX = /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-8]|98[4678])$/;

export function estDepartementValide(departement: string): boolean {
  return DEPARTEMENT_REGEX.test(departement) && departement !== "20";
}

/**
 * Département of a French postcode: Corsica is 2A (20000-20199) or 2B (20200-20699);
 * 97133 is Saint-Barthélemy (977) and 97150 Saint-Martin (978); 98000 is Monaco (not France).
 * Returns undefined for a postcode that is not French.
 */
export function departementDuCodePostal(codePostal: string): string | undefined {
  const cp = codePostal.replace(/\s/g, "");
  if (!/^\d{5}$/.test(cp)) return undefined;
  if (cp === "97133") return "977";
  if (cp === "97150") return "978";
  if (cp.startsWith("980")) return undefined; // Monaco
  if (cp.startsWith("20")) return Number(cp) < 20200 ? "2A" : "2B";
  if (cp.startsWith("97") || cp.startsWith("98")) {
    const d = cp.slice(0, 3);
    return estDepartementValide(d) ? d : undefined;
  }
  const d = cp.slice(0, 2);
  return d === "00" || d === "96" || d === "99" ? undefined : d;
}

/** An address outside metropolitan France: abroad, or overseas (for R.622-24 C. com., among others). */
export function estHorsMetropole(adresse: { pays?: string | undefined; codePostal: string }): boolean {
  if ((adresse.pays ?? "FR") !== "FR") return true;
  const departement = departementDuCodePostal(adresse.codePostal);
  return departement !== undefined && estOutreMer(departement);
}
