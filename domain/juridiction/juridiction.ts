/**
 * Competent court and available routes (docs/droit/competence.md).
 * Injonction de payer: subject-matter court by the parties' quality (L.721-3 C. com., art. 1406
 * CPC), territorial court of the debtor's domicile or seat (art. 1406, public order); lawyer
 * compulsory for an assignation above 10 000 € (CPC 760-761, 853); petites créances up to
 * 5 000 € interest included (L.125-1, R.125-1 CPCE); prior amicable attempt before an assignation
 * at the tribunal judiciaire up to 5 000 € (art. 750-1); known costs.
 */

import { estAlsaceMoselle, nomCollectivite } from "../calendrier/departement";
import { ajouterMois, type Jour } from "../dates/jour";
import { DEBUT_DECRET_2026_96 } from "../delais/injonction";
import { estCommercantOuArtisan, LIBELLES_QUALITE, type Qualite } from "../dossier/qualite";
import { dateLongue, montant } from "../format/francais";
import { sansAccents } from "../texte/texte";

export type Objet = "facture" | "loyer-habitation" | "credit-consommation";

export type JuridictionIP =
  | "tribunal-de-commerce"
  | "chambre-commerciale-tribunal-judiciaire"
  | "tribunal-mixte-de-commerce"
  | "tribunal-judiciaire"
  | "juge-contentieux-protection"
  /** Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin: no tribunal de commerce; the local court, to confirm. */
  | "juridiction-locale";

/** Collectivités without a tribunal de commerce, where the CPC applies and commercial matters go to the local court. */
export const SANS_TRIBUNAL_DE_COMMERCE = ["975", "977", "978"] as const;
/** Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie: their own civil procedure (no injonction or small-claims route from us). */
export const PROCEDURE_LOCALE = ["986", "987", "988"] as const;

export function aProcedureLocale(departement: string | undefined): boolean {
  return !!departement && (PROCEDURE_LOCALE as readonly string[]).includes(departement);
}

export type JuridictionEntree = {
  debiteur: {
    qualite: Qualite;
    departement?: string | undefined;
    pays?: string | undefined;
    /** The debtor's commune (registered office), to name a tribunal des activités économiques. */
    commune?: string | undefined;
    /** Legal form (SARL, SAS…): an artisan trading through a company of commercial form is a commercial company. */
    formeJuridique?: string | undefined;
  };
  creancier?: { qualite: Qualite } | undefined;
  objet?: Objet | undefined;
  /** Total claimed: principal, interest and indemnities. */
  montantCents: number;
  /** Principal and interest only, for the small-claims ceiling (R.125-1 CPCE); `montantCents` when not given. */
  montantPetitesCreancesCents?: number | undefined;
  aujourdhui: Jour;
};

export type Frais = {
  code: string;
  libelle: string;
  montantCents: number | null;
  fondement: string;
  avertissement?: string;
};

export type JuridictionResultat = {
  injonctionDePayer: {
    juridiction: JuridictionIP | null;
    cerfa: "12946" | "12948" | "16040" | null;
    libelle: string | null;
    competenceTerritoriale: string | null;
    /**
     * The court named when it is known without asking (the debtor's commune is the seat of a
     * tribunal des activités économiques), e.g. « tribunal des activités économiques de Lyon, qui
     * exerce les attributions du tribunal de commerce »; otherwise null and the user confirms it.
     */
    tribunal: string | null;
  };
  assignation: { juridiction: JuridictionIP | null; avocatObligatoire: boolean; tribunal: string | null };
  petitesCreances: boolean;
  tentativeAmiablePrealable: boolean;
  frais: Frais[];
  fondements: string[];
  avertissements: string[];
};

/** Small-claims ceiling, principal and interest (CPCE art. R.125-1). */
export const SEUIL_PETITES_CREANCES_CENTS = 500_000;
/** Above it, representation by a lawyer is compulsory (CPC art. 760, 761 and 853). */
export const SEUIL_AVOCAT_CENTS = 1_000_000;
/** At or below it, an amicable attempt precedes an assignation before the tribunal judiciaire (CPC art. 750-1). */
export const SEUIL_TENTATIVE_AMIABLE_CENTS = 500_000;
/** Instances introduced before the tribunal judiciaire from this day owe the 50 € contribution (CGI art. 1635 bis Q). */
export const DEBUT_CONTRIBUTION_AIDE_JURIDIQUE = "2026-03-01";
/** The contribution itself (CGI art. 1635 bis Q). */
export const CONTRIBUTION_AIDE_JURIDIQUE_CENTS = 5_000;
/** Experimentation of the tribunaux des activités économiques (Loi n° 2023-1059 du 20 novembre 2023, art. 26-27). */
export const EXPERIMENTATION_TAE = { debut: "2025-01-01", fin: "2028-12-31" } as const;
const TAE = EXPERIMENTATION_TAE;
/** Time to serve an ordonnance d'injonction de payer, or it lapses (CPC art. 1411). */
export const DELAI_SIGNIFICATION_ORDONNANCE_MOIS = 6;
/** … three months for orders rendered since décret n° 2026-96 applies (CPC art. 1411). */
export const DELAI_SIGNIFICATION_ORDONNANCE_DEPUIS_2026_MOIS = 3;

/**
 * The twelve tribunaux des activités économiques (experiment from 1 January 2025 to 31 December
 * 2028, loi n° 2023-1059 art. 26-27, décret n° 2024-674): each takes over the area of the former
 * tribunal de commerce of its seat — not the whole département. A court is named automatically
 * only when the debtor's commune is the seat itself; elsewhere in the département the user confirms
 * the court (docs/droit/competence.md).
 */
export const TRIBUNAUX_ACTIVITES_ECONOMIQUES: readonly { ville: string; departement: string }[] = [
  { ville: "Avignon", departement: "84" },
  { ville: "Auxerre", departement: "89" },
  { ville: "Le Havre", departement: "76" },
  { ville: "Le Mans", departement: "72" },
  { ville: "Limoges", departement: "87" },
  { ville: "Lyon", departement: "69" },
  { ville: "Marseille", departement: "13" },
  { ville: "Nancy", departement: "54" },
  { ville: "Nanterre", departement: "92" },
  { ville: "Paris", departement: "75" },
  { ville: "Saint-Brieuc", departement: "22" },
  { ville: "Versailles", departement: "78" },
];

/** « Saint-Brieuc », « ST BRIEUC », « Lyon 3e », « Paris 8e arrondissement », « Marseille 13 » → a comparable form. */
function communeComparable(commune: string): string {
  return sansAccents(commune)
    .toLowerCase()
    .replace(/\bst\b/g, "saint")
    .replace(/[-'’]/g, " ")
    .replace(/\s+(cedex)(\s+\d+)?$/, "")
    .replace(/\s+\d{1,2}\s*(er|e|eme|ème)?(\s+arr(ondissement)?\.?)?$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The tribunal des activités économiques whose seat is the debtor's commune, on the day of filing
 * (1 January 2025 – 31 December 2028), or null.
 */
export function tribunalDesActivitesEconomiques(
  commune: string | undefined,
  departement: string | undefined,
  jour: Jour,
): string | null {
  if (!commune || !departement || jour < TAE.debut || jour > TAE.fin) return null;
  const c = communeComparable(commune);
  const t = TRIBUNAUX_ACTIVITES_ECONOMIQUES.find(
    (x) => x.departement === departement && communeComparable(x.ville) === c,
  );
  return t ? t.ville : null;
}

export const nomTribunalDesActivitesEconomiques = (ville: string) =>
  `tribunal des activités économiques ${/^Le /.test(ville) ? `du ${ville.slice(3)}` : `de ${ville}`}`;

const TMC = ["971", "972", "973", "974", "976"];

export const LIBELLES_JURIDICTION: Record<JuridictionIP, string> = {
  "tribunal-de-commerce": "président du tribunal de commerce",
  "chambre-commerciale-tribunal-judiciaire": "président de la chambre commerciale du tribunal judiciaire",
  "tribunal-mixte-de-commerce": "président du tribunal mixte de commerce",
  "tribunal-judiciaire": "président du tribunal judiciaire",
  "juge-contentieux-protection": "juge des contentieux de la protection",
  "juridiction-locale": "président de la juridiction compétente localement pour les affaires commerciales",
};

/** Companies commercial by their form whatever their object (art. L.210-1 C. com.). */
const FORMES_COMMERCIALES = new Set(["SARL", "EURL", "SAS", "SASU", "SA", "SNC", "SCS", "SCA"]);

export function estCommercialParLaForme(forme: string | undefined): boolean {
  return !!forme && FORMES_COMMERCIALES.has(forme.toUpperCase().replace(/[^A-Z]/g, ""));
}

/** Court of the commercial matter for a debtor's département: TC, or its local substitutes. */
function juridictionCommerciale(departement: string | undefined): JuridictionIP {
  if (departement && estAlsaceMoselle(departement)) return "chambre-commerciale-tribunal-judiciaire";
  if (departement && (SANS_TRIBUNAL_DE_COMMERCE as readonly string[]).includes(departement))
    return "juridiction-locale";
  if (departement && TMC.includes(departement)) return "tribunal-mixte-de-commerce";
  return "tribunal-de-commerce";
}

export function determinerJuridiction(entree: JuridictionEntree): JuridictionResultat {
  const fondements = new Set<string>();
  const avertissements: string[] = [];
  const frais: Frais[] = [];
  const d = entree.debiteur;
  const creancierQualite = entree.creancier?.qualite ?? "societe-commerciale";
  const objet = entree.objet ?? "facture";
  const pays = (d.pays ?? "FR").toUpperCase();
  const dep = d.departement;
  const montantTotal = montant(entree.montantCents);

  // Subject-matter court.
  let juridiction: JuridictionIP;
  if (objet === "loyer-habitation" || objet === "credit-consommation") {
    juridiction = "juge-contentieux-protection";
    fondements.add("COJ art. L.213-4-1 et s.");
  } else if (
    d.qualite === "artisan" &&
    !estCommercialParLaForme(d.formeJuridique) &&
    !estCommercantOuArtisan(creancierQualite)
  ) {
    // L.721-3 1° C. com.: the commercial court hears disputes between traders, between artisans, or
    // between them; an individual artisan sued by a non-trader goes before the civil court.
    juridiction = "tribunal-judiciaire";
    fondements.add("C. com. art. L.721-3");
    fondements.add("COJ art. L.211-3");
    avertissements.push(
      `Le débiteur est un artisan et le créancier (${LIBELLES_QUALITE[creancierQualite]}) n'est ni commerçant ni artisan : le tribunal de commerce ne connaît que des litiges entre commerçants, entre artisans, ou entre eux (art. L.721-3 1° C. com.). La demande va au tribunal judiciaire.`,
    );
  } else if (estCommercantOuArtisan(d.qualite)) {
    juridiction = juridictionCommerciale(dep);
    fondements.add("C. com. art. L.721-3");
    if (!estCommercantOuArtisan(creancierQualite) && d.qualite !== "artisan") {
      avertissements.push(
        `Le créancier (${LIBELLES_QUALITE[creancierQualite]}) n'est ni commerçant ni artisan : il peut saisir la juridiction commerciale du débiteur, ou choisir le tribunal judiciaire (acte mixte).`,
      );
    } else if (d.qualite === "artisan" && !estCommercantOuArtisan(creancierQualite)) {
      fondements.add("C. com. art. L.210-1");
      avertissements.push(
        `L'artisan exerce sous une forme de société commerciale (${d.formeJuridique}) : société commerciale par sa forme (art. L.210-1 C. com.), il relève de la juridiction commerciale ; le créancier non commerçant peut aussi choisir le tribunal judiciaire (acte mixte).`,
      );
    }
  } else {
    juridiction = "tribunal-judiciaire";
    fondements.add("COJ art. L.211-3");
  }
  if (juridiction === "chambre-commerciale-tribunal-judiciaire") {
    fondements.add("C. com. art. L.731-1");
    avertissements.push(
      "En Alsace-Moselle, il n'y a pas de tribunal de commerce : la requête va au président de la chambre commerciale du tribunal judiciaire, sans formulaire Cerfa (requête libre).",
    );
  }
  if (juridiction === "juridiction-locale") {
    avertissements.push(
      `${nomCollectivite(dep ?? "") ?? "Cette collectivité"} n'a pas de tribunal de commerce : le code de procédure civile s'y applique et les affaires commerciales relèvent de la juridiction locale ; confirmez son nom et l'adresse de son greffe. Requête libre, sans formulaire Cerfa.`,
    );
  }
  if (juridiction === "tribunal-mixte-de-commerce") {
    fondements.add("C. com. art. L.732-1");
    avertissements.push(
      `En ${nomCollectivite(dep ?? "") ?? "outre-mer"}, le tribunal mixte de commerce tient lieu de tribunal de commerce : requête libre, sans formulaire Cerfa.`,
    );
  }

  const cerfa: JuridictionResultat["injonctionDePayer"]["cerfa"] =
    juridiction === "tribunal-de-commerce"
      ? "12946"
      : juridiction === "tribunal-judiciaire"
        ? "12948"
        : juridiction === "juge-contentieux-protection"
          ? "16040"
          : null;

  fondements.add("CPC art. 1405");
  fondements.add("CPC art. 1406");
  let ip: JuridictionResultat["injonctionDePayer"] = {
    juridiction,
    cerfa,
    libelle: LIBELLES_JURIDICTION[juridiction],
    competenceTerritoriale: `${juridiction === "juge-contentieux-protection" ? "Le juge" : "La juridiction"} du lieu où demeure le débiteur (siège social pour une société)${dep ? `, département ${dep}` : ""} ; cette règle est d'ordre public : une clause attributive de juridiction est réputée non écrite (art. 1406 CPC).`,
    tribunal: null,
  };

  const procedureLocale = pays === "FR" && aProcedureLocale(dep);
  if (procedureLocale) {
    ip = { juridiction: null, cerfa: null, libelle: null, competenceTerritoriale: null, tribunal: null };
    avertissements.push(
      `${nomCollectivite(dep ?? "") ?? "Cette collectivité"} a sa propre procédure civile : l'injonction de payer et la procédure de petites créances décrites ici ne s'y appliquent pas. Les règles locales s'appliquent : consultez un avocat du lieu.`,
    );
  }
  if (pays !== "FR") {
    ip = { juridiction: null, cerfa: null, libelle: null, competenceTerritoriale: null, tribunal: null };
    fondements.add("Règlement (CE) n° 1896/2006");
    avertissements.push(
      "Le débiteur demeure à l'étranger : l'injonction de payer française n'est pas ouverte. Dans l'Union européenne (sauf le Danemark), utilisez l'injonction de payer européenne (règlement (CE) n° 1896/2006) ; ailleurs, consultez un avocat.",
    );
  }

  let tribunalNomme: string | null = null;
  const tae =
    juridiction === "tribunal-de-commerce" ? tribunalDesActivitesEconomiques(d.commune, dep, entree.aujourdhui) : null;
  const taeDuDepartement =
    juridiction === "tribunal-de-commerce" && entree.aujourdhui >= TAE.debut && entree.aujourdhui <= TAE.fin
      ? TRIBUNAUX_ACTIVITES_ECONOMIQUES.find((t) => t.departement === dep)
      : undefined;
  if (tae) {
    tribunalNomme = `${nomTribunalDesActivitesEconomiques(tae)}, qui exerce les attributions du tribunal de commerce`;
    ip = { ...ip, tribunal: tribunalNomme };
    fondements.add("Loi n° 2023-1059 du 20 novembre 2023, art. 26-27");
    avertissements.push(
      `Le débiteur a son siège à ${tae} : jusqu'au 31 décembre 2028, le ${nomTribunalDesActivitesEconomiques(tae)} exerce, à titre expérimental, les attributions du tribunal de commerce (même formulaire Cerfa 12946) ; au-delà de 50 000 €, une contribution pour la justice économique peut être due par les plus grandes entreprises.`,
    );
  } else if (taeDuDepartement) {
    fondements.add("Loi n° 2023-1059 du 20 novembre 2023, art. 26-27");
    avertissements.push(
      `Le département ${dep} compte le ${nomTribunalDesActivitesEconomiques(taeDuDepartement.ville)} (expérimentation jusqu'au 31 décembre 2028), qui ne couvre que le ressort de l'ancien tribunal de commerce de ${taeDuDepartement.ville}, pas tout le département : vérifiez dans l'annuaire des juridictions quel tribunal est compétent pour la commune du débiteur.`,
    );
  }

  // Assignation: lawyer, 750-1.
  const avocatObligatoire = entree.montantCents > SEUIL_AVOCAT_CENTS && juridiction !== "juge-contentieux-protection";
  if (juridiction === "juge-contentieux-protection") {
    fondements.add("CPC art. 761");
    avertissements.push(
      "Devant le juge des contentieux de la protection, l'avocat n'est pas obligatoire, quel que soit le montant (art. 761 CPC).",
    );
  } else if (juridiction === "tribunal-judiciaire") {
    fondements.add("CPC art. 760");
    fondements.add("CPC art. 761");
  } else {
    fondements.add("CPC art. 853");
  }
  if (avocatObligatoire) {
    avertissements.push(
      `Au-delà de 10 000 € (ici ${montantTotal}), l'assignation exige un avocat, depuis le 1er janvier 2020 (art. 760-761 et 853 CPC). Pour une requête en injonction de payer, les sources divergent devant le tribunal judiciaire ; devant le tribunal de commerce, l'avocat n'est pas exigé.`,
    );
  }

  const petitesCreances =
    (entree.montantPetitesCreancesCents ?? entree.montantCents) <= SEUIL_PETITES_CREANCES_CENTS &&
    pays === "FR" &&
    !procedureLocale;
  fondements.add("CPCE art. L.125-1");
  fondements.add("CPCE art. R.125-1");
  if (petitesCreances) {
    avertissements.push(
      "La procédure simplifiée de recouvrement des petites créances (jusqu'à 5 000 €, intérêts compris) passe par un commissaire de justice et suppose l'accord du débiteur ; ses frais restent à la charge du créancier.",
    );
  }

  // Art. 750-1 CPC: before the tribunal judiciaire, its juge des contentieux de la protection
  // included, at or below 5 000 €; never for the requête en injonction de payer.
  const tentativeAmiablePrealable =
    (juridiction === "tribunal-judiciaire" || juridiction === "juge-contentieux-protection") &&
    entree.montantCents <= SEUIL_TENTATIVE_AMIABLE_CENTS;
  if (juridiction === "tribunal-judiciaire" || juridiction === "juge-contentieux-protection") {
    fondements.add("CPC art. 750-1");
    if (tentativeAmiablePrealable) {
      avertissements.push(
        "Avant d'assigner devant le tribunal judiciaire (juge des contentieux de la protection compris) pour 5 000 € ou moins, une tentative de conciliation, de médiation ou de procédure participative est obligatoire (art. 750-1 CPC) ; une mise en demeure n'en tient pas lieu. Elle n'est pas exigée pour une injonction de payer (Cass. 2e civ., avis du 25 sept. 2025, n° 25-70.013), et l'échec d'une procédure de petites créances en dispense.",
      );
    }
  }

  // Costs.
  if (ip.juridiction === "tribunal-de-commerce" || ip.juridiction === "tribunal-mixte-de-commerce") {
    frais.push({
      code: "greffe-injonction",
      libelle: "Émoluments du greffe pour la requête en injonction de payer (tarif réglementé, environ 33 à 39 € TTC)",
      montantCents: null,
      fondement: "C. com. art. L.444-1 (tarifs réglementés des greffiers des tribunaux de commerce)",
      avertissement: "Le montant exact dépend du tarif en vigueur ; le greffe l'indique au dépôt.",
    });
  }
  if (ip.juridiction === "tribunal-judiciaire" || ip.juridiction === "juge-contentieux-protection") {
    frais.push({
      code: "greffe-injonction",
      libelle: "Requête en injonction de payer devant le tribunal judiciaire : pas de frais de greffe",
      montantCents: 0,
      fondement: "CPC art. 1405 et s.",
    });
    if (entree.aujourdhui >= DEBUT_CONTRIBUTION_AIDE_JURIDIQUE) {
      frais.push({
        code: "contribution-aide-juridique",
        libelle:
          "Contribution pour l'aide juridique de 50 € (instances introduites devant le tribunal judiciaire depuis le 1er mars 2026)",
        montantCents: CONTRIBUTION_AIDE_JURIDIQUE_CENTS,
        fondement: "CGI art. 1635 bis Q",
        avertissement:
          "On ne sait pas encore avec certitude si elle est due pour une requête en injonction de payer, ou seulement en cas d'opposition ou d'assignation ; prévoyez-la.",
      });
      fondements.add("CGI art. 1635 bis Q");
    }
  }
  frais.push({
    code: "signification",
    libelle: "Signification par commissaire de justice (tarif réglementé, quelques dizaines d'euros)",
    montantCents: null,
    fondement: "C. com. art. L.444-1 (tarifs réglementés des commissaires de justice)",
    avertissement: "Ces frais sont des dépens, récupérables sur le débiteur condamné.",
  });

  return {
    injonctionDePayer: ip,
    assignation: {
      juridiction: pays === "FR" && !procedureLocale ? juridiction : null,
      avocatObligatoire,
      tribunal: tribunalNomme,
    },
    petitesCreances,
    tentativeAmiablePrealable,
    frais,
    fondements: [...fondements],
    avertissements,
  };
}

/**
 * Deadline to serve an ordonnance portant injonction de payer, or it lapses (art. 1411 CPC):
 * 6 months for orders before 1 September 2026, 3 months from then (décret n° 2026-96).
 * Counted in months (art. 641), and not extended to the next working day, to be safe.
 */
export function delaiSignificationOrdonnance(dateOrdonnance: Jour): {
  dateLimite: Jour;
  mois: number;
  fondements: string[];
  avertissements: string[];
} {
  const mois =
    dateOrdonnance >= DEBUT_DECRET_2026_96
      ? DELAI_SIGNIFICATION_ORDONNANCE_DEPUIS_2026_MOIS
      : DELAI_SIGNIFICATION_ORDONNANCE_MOIS;
  return {
    dateLimite: ajouterMois(dateOrdonnance, mois),
    mois,
    fondements:
      dateOrdonnance >= DEBUT_DECRET_2026_96
        ? ["CPC art. 1411", "Décret n° 2026-96 du 16 février 2026"]
        : ["CPC art. 1411"],
    avertissements: [
      `L'ordonnance du ${dateLongue(dateOrdonnance)} doit être signifiée dans les ${mois} mois, sinon elle est non avenue (art. 1411 CPC)${mois === 3 ? " : pour les ordonnances rendues depuis le 1er septembre 2026, ce délai est de 3 mois et non plus de 6" : ""}. Par prudence, ce délai n'est pas reporté au jour ouvrable suivant.`,
    ],
  };
}
