import { describe, expect, it } from "vitest";
import { dateCourte, dateLongue, duree, montant, taux } from "./francais";

const nbsp = (s: string) => s.replaceAll(" ", "\u00a0");

describe("formats français", () => {
  it("écrit les dates en toutes lettres", () => {
    expect(dateLongue("2026-02-04")).toBe(nbsp("4 février 2026"));
    expect(dateLongue("2026-03-01")).toBe(nbsp("1er mars 2026"));
    expect(dateLongue("2026-12-15")).toBe(nbsp("15 décembre 2026"));
    expect(dateCourte("2026-02-04")).toBe("04/02/2026");
  });

  it("écrit les montants avec des espaces insécables ordinaires, jamais l'espace fine", () => {
    expect(montant(345000)).toBe(nbsp("3 450,00 €"));
    expect(montant(123456789)).toBe(nbsp("1 234 567,89 €"));
    expect(montant(4000)).toBe(nbsp("40,00 €"));
    expect(montant(345000)).not.toMatch(/\u202f/);
  });

  it("écrit les taux et les durées", () => {
    expect(taux("13.15")).toBe(nbsp("13,15 %"));
    expect(duree({ mois: 1, jours: 15 })).toBe("1 mois et 15 jours");
    expect(duree({ ans: 5 })).toBe("5 ans");
  });
});
