import { describe, expect, it } from "vitest";
import { ajouterAns, ajouterJours, ajouterMois, ecartJours, estJourValide, jourDeLaSemaine } from "./jour";
import { JourSchema } from "./jour.schema";

describe("dates calendaires", () => {
  it.each([
    ["2026-02-29", false],
    ["2024-02-29", true],
    ["1900-02-29", false],
    ["2000-02-29", true],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-1-01", false],
    ["2026-12-31", true],
  ])("%s est une date valide : %s", (jour, attendu) => {
    expect(estJourValide(jour)).toBe(attendu);
  });

  it("ajoute des jours par-delà un changement d'heure et une fin d'année", () => {
    expect(ajouterJours("2026-03-28", 2)).toBe("2026-03-30");
    expect(ajouterJours("2026-10-24", 2)).toBe("2026-10-26");
    expect(ajouterJours("2026-12-31", 1)).toBe("2027-01-01");
    expect(ajouterJours("2026-03-01", -1)).toBe("2026-02-28");
    expect(ecartJours("2024-01-01", "2025-01-01")).toBe(366);
  });

  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-03-31", 1, "2026-04-30"],
    ["2026-05-15", 1, "2026-06-15"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-03-31", -1, "2026-02-28"],
  ])("%s + %i mois = %s (quantième, ou dernier jour du mois, art. 641 CPC)", (jour, mois, attendu) => {
    expect(ajouterMois(jour, mois)).toBe(attendu);
  });

  it("le 29 février plus un an donne le 28 février (art. 641 CPC)", () => {
    expect(ajouterAns("2024-02-29", 1)).toBe("2025-02-28");
    expect(ajouterAns("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("connaît le jour de la semaine", () => {
    expect(jourDeLaSemaine("2026-11-23")).toBe(1); // lundi
    expect(jourDeLaSemaine("2026-11-28")).toBe(6); // samedi
    expect(jourDeLaSemaine("1970-01-01")).toBe(4); // jeudi
  });

  it("refuse une date invalide avec un message en français", () => {
    const r = JourSchema.safeParse("2026-02-30");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/date valide/);
  });
});
