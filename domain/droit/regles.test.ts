import { describe, expect, it } from "vitest";
import { analyserFondement } from "./references";
import { REGLES_CHIFFREES } from "./regles";

describe("une constante nommée par règle chiffrée, avec son article", () => {
  it("liste les règles et leurs valeurs (trois règles distinctes à 5 000 €)", () => {
    expect(Object.fromEntries(REGLES_CHIFFREES.map((r) => [r.nom, r.valeur]))).toEqual({
      SEUIL_PETITES_CREANCES_CENTS: 500_000,
      SEUIL_TENTATIVE_AMIABLE_CENTS: 500_000,
      SEUIL_DERNIER_RESSORT_CENTS: 500_000,
      SEUIL_AVOCAT_CENTS: 1_000_000,
      INDEMNITE_FORFAITAIRE_CENTS: 4_000,
      MAJORATION_TAUX_BCE_POINTS: 10,
      PLANCHER_MULTIPLE_TAUX_LEGAL: 3,
      MAJORATION_APRES_CONDAMNATION_POINTS: 5,
      DELAI_MAJORATION_APRES_CONDAMNATION_MOIS: 2,
      DELAI_MISE_EN_DEMEURE_PAR_DEFAUT_JOURS: 8,
      DELAI_BUTOIR_ANS: 20,
      REPRISE_MINIMALE_APRES_SUSPENSION_MOIS: 6,
      DELAI_SIGNIFICATION_ORDONNANCE_MOIS: 6,
      DELAI_SIGNIFICATION_ORDONNANCE_DEPUIS_2026_MOIS: 3,
      DELAI_OPPOSITION_MOIS: 1,
      DEBUT_ARTICLE_1422_ACTUEL: "2022-03-01",
      DELAI_EXECUTION_SANS_OPPOSITION_MOIS: 2,
      DEBUT_DECRET_2026_96: "2026-09-01",
      DELAI_SIGNIFICATION_ASSIGNATION_COMMERCE_JOURS: 15,
      DELAI_PLACEMENT_COMMERCE_JOURS: 8,
      DELAI_PLACEMENT_JUDICIAIRE_JOURS: 15,
      DELAI_DECLARATION_CREANCE_MOIS: 2,
      PROLONGATION_DECLARATION_HORS_METROPOLE_MOIS: 2,
      DELAI_APPEL_MOIS: 1,
      DELAI_POURVOI_MOIS: 2,
      CONTRIBUTION_AIDE_JURIDIQUE_CENTS: 5_000,
      DEBUT_CONTRIBUTION_AIDE_JURIDIQUE: "2026-03-01",
      EXPERIMENTATION_TAE: "2025-01-01 → 2028-12-31",
    });
  });

  it("chaque règle cite un article ou un texte du registre", () => {
    for (const r of REGLES_CHIFFREES) {
      const { references, inconnus } = analyserFondement(r.fondement);
      expect(inconnus, r.nom).toEqual([]);
      expect(references.length, r.nom).toBeGreaterThan(0);
    }
  });
});
