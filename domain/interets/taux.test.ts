import { describe, expect, it } from "vitest";
import { ecrireTaux, lireTaux, semestreDe, semestresManquants, trouver } from "./taux";
import { TAUX_BCE, TAUX_LEGAL } from "./taux.table";

describe("tables de taux (docs/droit/interets.md)", () => {
  it.each([
    ["taux légal", TAUX_LEGAL],
    ["taux BCE", TAUX_BCE],
  ] as const)("la table du %s est triée, sans trou depuis 2015 et sourcée ligne par ligne", (_nom, table) => {
    expect(table[0]?.semestre).toBe("2015-S1");
    expect(semestresManquants(table, "2026-06-30")).toEqual([]);
    const semestres = table.map((l) => l.semestre);
    expect([...semestres].sort()).toEqual(semestres);
    for (const l of table) expect(l.source.length).toBeGreaterThan(10);
  });

  it("donne les taux de la référence : 2026 S1 légal 6,67 / 2,62, BCE 2,15 (arrêté du 15 déc. 2025)", () => {
    expect(trouver(TAUX_LEGAL, "2026-S1").ligne).toMatchObject({ particulier: "6.67", autresCas: "2.62" });
    expect(trouver(TAUX_BCE, "2024-S2").ligne.tauxPourcent).toBe("4.25");
  });

  it("retient le dernier taux connu, à titre provisoire, pour un semestre manquant", () => {
    const t = trouver(TAUX_LEGAL, "2026-S2");
    expect(t).toMatchObject({ provisoire: true, semestreDemande: "2026-S2" });
    expect(t.ligne.semestre).toBe("2026-S1");
  });

  it("lit et écrit les taux sans flottant", () => {
    expect(lireTaux("13.15")).toBe(131500);
    expect(lireTaux("12.5")).toBe(125000);
    expect(ecrireTaux(131500)).toBe("13.15");
    expect(ecrireTaux(100000)).toBe("10.00");
    expect(ecrireTaux(3 * lireTaux("2.62"))).toBe("7.86");
    expect(ecrireTaux(12345)).toBe("1.2345");
    expect(semestreDe("2026-06-30")).toBe("2026-S1");
    expect(semestreDe("2026-07-01")).toBe("2026-S2");
  });
});
