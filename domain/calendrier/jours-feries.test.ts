import { describe, expect, it } from "vitest";
import { departementDuCodePostal } from "./departement";
import { estChome, ferie, joursFeries } from "./jours-feries";

describe("jours fériés (L.3133-1 C. trav.)", () => {
  it("compte les 11 jours fériés nationaux de 2026, Pâques tombant le 5 avril", () => {
    expect(joursFeries(2026).map((j) => j.date)).toEqual([
      "2026-01-01",
      "2026-04-06",
      "2026-05-01",
      "2026-05-08",
      "2026-05-14",
      "2026-05-25",
      "2026-07-14",
      "2026-08-15",
      "2026-11-01",
      "2026-11-11",
      "2026-12-25",
    ]);
  });

  it("connaît le lundi de Pentecôte 2018 (21 mai) et l'Ascension 2027 (6 mai)", () => {
    expect(ferie("2018-05-21")).toBeDefined();
    expect(ferie("2027-05-06")).toBeDefined();
  });

  it("ajoute le Vendredi saint et le 26 décembre en Alsace-Moselle (L.3134-13 C. trav.)", () => {
    for (const d of ["57", "67", "68"]) {
      expect(ferie("2026-04-03", d)).toMatch(/Vendredi saint/);
      expect(ferie("2026-12-26", d)).toBeDefined();
    }
    expect(ferie("2026-04-03")).toBeUndefined();
    expect(ferie("2026-04-03", "75")).toBeUndefined();
  });

  it.each([
    ["976", "2026-04-27"],
    ["972", "2026-05-22"],
    ["971", "2026-05-27"],
    ["973", "2026-06-10"],
    ["977", "2026-10-09"],
    ["974", "2026-12-20"],
  ])("ajoute l'abolition de l'esclavage outre-mer (L.3422-2 C. trav.) : %s le %s", (departement, jour) => {
    expect(ferie(jour, departement)).toMatch(/Abolition/);
    expect(ferie(jour)).toBeUndefined();
  });

  it("tient samedi et dimanche pour chômés", () => {
    expect(estChome("2026-11-28")).toBe(true);
    expect(estChome("2026-11-29")).toBe(true);
    expect(estChome("2026-11-30")).toBe(false);
  });
});

describe("département d'un code postal", () => {
  it.each([
    ["69003", "69"],
    ["01000", "01"],
    ["20000", "2A"],
    ["20090", "2A"],
    ["20200", "2B"],
    ["20600", "2B"],
    ["97110", "971"],
    ["97200", "972"],
    ["97300", "973"],
    ["97400", "974"],
    ["97500", "975"],
    ["97600", "976"],
    ["97133", "977"],
    ["97150", "978"],
    ["98800", "988"],
    ["98000", undefined],
    ["6900", undefined],
  ])("%s → %s", (cp, attendu) => {
    expect(departementDuCodePostal(cp)).toBe(attendu);
  });
});
