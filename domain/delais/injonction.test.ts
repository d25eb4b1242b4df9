import { describe, expect, it } from "vitest";
import { dateExecutionPossible, delaiOpposition } from "./injonction";

describe("ordonnance portant injonction de payer (art. 1416 et 1422 CPC)", () => {
  it("signifiée à personne : opposition jusqu'au lundi 2 novembre 2026 (le 1er est un dimanche férié, art. 642)", () => {
    const r = delaiOpposition({ dateSignification: "2026-10-01", aPersonne: true });
    expect(r.delai?.dateLimite).toBe("2026-11-02");
  });

  it("signifiée autrement qu'à personne : exécutoire un mois après la signification quelle que soit sa forme (art. 1422 al. 1), opposition encore recevable (art. 1416 al. 2)", () => {
    const r = dateExecutionPossible({
      dateOrdonnance: "2026-03-10",
      dateSignification: "2026-04-01",
      aPersonne: false,
    });
    // 1 May 2026 is a Friday and a holiday: the month ends on Monday 4 May; enforcement from the 5th.
    expect(r.date).toBe("2026-05-05");
    expect(r.fondements).toContain("CPC art. 1422");
    expect(r.avertissements.join(" ")).toMatch(/reste exposée à une opposition.*art\. 1416 al\. 2/);
  });

  it("ordonnance antérieure au 1er mars 2022 signifiée autrement qu'à personne : pas de date sans acte à personne ni mesure d'exécution", () => {
    const r = dateExecutionPossible({
      dateOrdonnance: "2022-01-10",
      dateSignification: "2022-01-20",
      aPersonne: false,
    });
    expect(r.date).toBeNull();
  });
});
