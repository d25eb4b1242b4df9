import { describe, expect, it } from "vitest";
import { libelleDelaiMiseEnDemeure } from "./echeances";

describe("délai de la mise en demeure (C. civ. art. 1344)", () => {
  it("dit les deux dates et pourquoi le dossier attend la plus tardive", () => {
    const texte = libelleDelaiMiseEnDemeure({
      dateLettre: "2026-11-30",
      delaiJours: 8,
      dateImprimee: "2026-12-08",
      dateReception: "2026-12-02",
      date: "2026-12-10",
    }).replaceAll("\u00a0", " ");
    expect(texte).toContain("la lettre demande le paiement au plus tard le 8 décembre 2026 (8 jours après sa date)");
    expect(texte).toContain("reçue le 2 décembre 2026, elle laisse au débiteur jusqu'au 10 décembre 2026");
    expect(texte).toMatch(/attend cette date, la plus tardive.*par prudence/);
  });

  it("avant la réception, annonce que la réception peut reporter la suite", () => {
    const texte = libelleDelaiMiseEnDemeure({
      dateLettre: "2026-11-30",
      delaiJours: 8,
      dateImprimee: "2026-12-08",
      dateReception: undefined,
      date: "2026-12-08",
    }).replaceAll("\u00a0", " ");
    expect(texte).toMatch(/8 décembre 2026.*notez sa réception/);
  });
});
