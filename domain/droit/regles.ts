/**
 * Every legal figure the engine uses, by its name, with the rule it carries out — one constant per
 * rule even when two rules share a value (the small-claims ceiling, the art. 750-1 ceiling and the
 * last-resort threshold are three rules at 5 000 €). A test lists them and checks each basis
 * against the registry of references.
 */

import {
  DEBUT_ARTICLE_1422_ACTUEL,
  DEBUT_DECRET_2026_96,
  DELAI_EXECUTION_SANS_OPPOSITION_MOIS,
  DELAI_OPPOSITION_MOIS,
} from "../delais/injonction";
import {
  DELAI_DECLARATION_CREANCE_MOIS,
  DELAI_PLACEMENT_COMMERCE_JOURS,
  DELAI_PLACEMENT_JUDICIAIRE_JOURS,
  DELAI_SIGNIFICATION_ASSIGNATION_COMMERCE_JOURS,
  PROLONGATION_DECLARATION_HORS_METROPOLE_MOIS,
} from "../delais/instance";
import { DELAI_MISE_EN_DEMEURE_PAR_DEFAUT_JOURS } from "../delais/mise-en-demeure";
import { DELAI_APPEL_MOIS, DELAI_POURVOI_MOIS, SEUIL_DERNIER_RESSORT_CENTS } from "../delais/recours";
import {
  DELAI_MAJORATION_APRES_CONDAMNATION_MOIS,
  INDEMNITE_FORFAITAIRE_CENTS,
  MAJORATION_APRES_CONDAMNATION_POINTS,
  MAJORATION_TAUX_BCE_POINTS,
  PLANCHER_MULTIPLE_TAUX_LEGAL,
} from "../interets/interets";
import {
  CONTRIBUTION_AIDE_JURIDIQUE_CENTS,
  DEBUT_CONTRIBUTION_AIDE_JURIDIQUE,
  DELAI_SIGNIFICATION_ORDONNANCE_DEPUIS_2026_MOIS,
  DELAI_SIGNIFICATION_ORDONNANCE_MOIS,
  EXPERIMENTATION_TAE,
  SEUIL_AVOCAT_CENTS,
  SEUIL_PETITES_CREANCES_CENTS,
  SEUIL_TENTATIVE_AMIABLE_CENTS,
} from "../juridiction/juridiction";
import { DELAI_BUTOIR_ANS, REPRISE_MINIMALE_APRES_SUSPENSION_MOIS } from "../prescription/prescription";

export type RegleChiffree = { nom: string; valeur: number | string; fondement: string };

export const REGLES_CHIFFREES: readonly RegleChiffree[] = [
  { nom: "SEUIL_PETITES_CREANCES_CENTS", valeur: SEUIL_PETITES_CREANCES_CENTS, fondement: "CPCE art. R.125-1" },
  { nom: "SEUIL_TENTATIVE_AMIABLE_CENTS", valeur: SEUIL_TENTATIVE_AMIABLE_CENTS, fondement: "CPC art. 750-1" },
  { nom: "SEUIL_DERNIER_RESSORT_CENTS", valeur: SEUIL_DERNIER_RESSORT_CENTS, fondement: "COJ art. R.211-3-24" },
  { nom: "SEUIL_AVOCAT_CENTS", valeur: SEUIL_AVOCAT_CENTS, fondement: "CPC art. 760" },
  { nom: "INDEMNITE_FORFAITAIRE_CENTS", valeur: INDEMNITE_FORFAITAIRE_CENTS, fondement: "C. com. art. D.441-5" },
  { nom: "MAJORATION_TAUX_BCE_POINTS", valeur: MAJORATION_TAUX_BCE_POINTS, fondement: "C. com. art. L.441-10" },
  { nom: "PLANCHER_MULTIPLE_TAUX_LEGAL", valeur: PLANCHER_MULTIPLE_TAUX_LEGAL, fondement: "C. com. art. L.441-10" },
  {
    nom: "MAJORATION_APRES_CONDAMNATION_POINTS",
    valeur: MAJORATION_APRES_CONDAMNATION_POINTS,
    fondement: "CMF art. L.313-3",
  },
  {
    nom: "DELAI_MAJORATION_APRES_CONDAMNATION_MOIS",
    valeur: DELAI_MAJORATION_APRES_CONDAMNATION_MOIS,
    fondement: "CMF art. L.313-3",
  },
  {
    nom: "DELAI_MISE_EN_DEMEURE_PAR_DEFAUT_JOURS",
    valeur: DELAI_MISE_EN_DEMEURE_PAR_DEFAUT_JOURS,
    fondement: "C. civ. art. 1344",
  },
  { nom: "DELAI_BUTOIR_ANS", valeur: DELAI_BUTOIR_ANS, fondement: "C. civ. art. 2232" },
  {
    nom: "REPRISE_MINIMALE_APRES_SUSPENSION_MOIS",
    valeur: REPRISE_MINIMALE_APRES_SUSPENSION_MOIS,
    fondement: "C. civ. art. 2238",
  },
  {
    nom: "DELAI_SIGNIFICATION_ORDONNANCE_MOIS",
    valeur: DELAI_SIGNIFICATION_ORDONNANCE_MOIS,
    fondement: "CPC art. 1411",
  },
  {
    nom: "DELAI_SIGNIFICATION_ORDONNANCE_DEPUIS_2026_MOIS",
    valeur: DELAI_SIGNIFICATION_ORDONNANCE_DEPUIS_2026_MOIS,
    fondement: "CPC art. 1411",
  },
  { nom: "DELAI_OPPOSITION_MOIS", valeur: DELAI_OPPOSITION_MOIS, fondement: "CPC art. 1416" },
  { nom: "DEBUT_ARTICLE_1422_ACTUEL", valeur: DEBUT_ARTICLE_1422_ACTUEL, fondement: "CPC art. 1422" },
  {
    nom: "DELAI_EXECUTION_SANS_OPPOSITION_MOIS",
    valeur: DELAI_EXECUTION_SANS_OPPOSITION_MOIS,
    fondement: "Décret n° 2026-96 du 16 février 2026",
  },
  { nom: "DEBUT_DECRET_2026_96", valeur: DEBUT_DECRET_2026_96, fondement: "Décret n° 2026-96 du 16 février 2026" },
  {
    nom: "DELAI_SIGNIFICATION_ASSIGNATION_COMMERCE_JOURS",
    valeur: DELAI_SIGNIFICATION_ASSIGNATION_COMMERCE_JOURS,
    fondement: "CPC art. 857",
  },
  { nom: "DELAI_PLACEMENT_COMMERCE_JOURS", valeur: DELAI_PLACEMENT_COMMERCE_JOURS, fondement: "CPC art. 857" },
  { nom: "DELAI_PLACEMENT_JUDICIAIRE_JOURS", valeur: DELAI_PLACEMENT_JUDICIAIRE_JOURS, fondement: "CPC art. 754" },
  { nom: "DELAI_DECLARATION_CREANCE_MOIS", valeur: DELAI_DECLARATION_CREANCE_MOIS, fondement: "C. com. art. R.622-24" },
  {
    nom: "PROLONGATION_DECLARATION_HORS_METROPOLE_MOIS",
    valeur: PROLONGATION_DECLARATION_HORS_METROPOLE_MOIS,
    fondement: "C. com. art. R.622-24",
  },
  { nom: "DELAI_APPEL_MOIS", valeur: DELAI_APPEL_MOIS, fondement: "CPC art. 538" },
  { nom: "DELAI_POURVOI_MOIS", valeur: DELAI_POURVOI_MOIS, fondement: "CPC art. 612" },
  {
    nom: "CONTRIBUTION_AIDE_JURIDIQUE_CENTS",
    valeur: CONTRIBUTION_AIDE_JURIDIQUE_CENTS,
    fondement: "CGI art. 1635 bis Q",
  },
  {
    nom: "DEBUT_CONTRIBUTION_AIDE_JURIDIQUE",
    valeur: DEBUT_CONTRIBUTION_AIDE_JURIDIQUE,
    fondement: "CGI art. 1635 bis Q",
  },
  {
    nom: "EXPERIMENTATION_TAE",
    valeur: `${EXPERIMENTATION_TAE.debut} → ${EXPERIMENTATION_TAE.fin}`,
    fondement: "Loi n° 2023-1059 du 20 novembre 2023, art. 26-27",
  },
];
