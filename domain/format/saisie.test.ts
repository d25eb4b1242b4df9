import { describe, expect, it } from "vitest";
import { lireMontantEuros, lireTauxSaisi, lireVersements, montantPourSaisie, typographie } from "./saisie";

describe("saisie française", () => {
  it.each([
    ["3 450,00", 345000],
    ["3450", 345000],
    ["3450.5", 345050],
    ["0,01", 1],
    ["1 234,56 €", 123456],
    ["12,345", null],
    ["-5", null],
    ["abc", null],
    ["", null],
  ])("lit le montant « %s »", (saisie, attendu) => {
    expect(lireMontantEuros(saisie)).toBe(attendu);
  });

  it("lit un taux et réécrit un montant pour la saisie", () => {
    expect(lireTauxSaisi("12,5 %")).toBe("12.5");
    expect(lireTauxSaisi("douze")).toBeNull();
    expect(montantPourSaisie(345005)).toBe("3450,05");
  });

  it("place les espaces insécables de la typographie française", () => {
    expect(typographie("Prescrite ? Oui : « non » !")).toBe("Prescrite\u00a0? Oui\u00a0: «\u00a0non\u00a0»\u00a0!");
  });
});

describe("lireVersements", () => {
  it("lit une ligne par versement, date puis montant à la française, séparés par « ; » ou une tabulation", () => {
    expect(lireVersements("2026-03-31 ; 500,00\n\n2026-04-30\t1 250")).toEqual({
      versements: [
        { date: "2026-03-31", montantCents: 50_000 },
        { date: "2026-04-30", montantCents: 125_000 },
      ],
      lisible: true,
    });
  });

  it("n'est pas lisible sans ligne, sans date AAAA-MM-JJ ou sans montant", () => {
    expect(lireVersements("  ").lisible).toBe(false);
    expect(lireVersements("fin juillet ; 500").lisible).toBe(false);
    expect(lireVersements("2026-07-31 ; beaucoup").lisible).toBe(false);
  });
});
