import { describe, expect, it } from "vitest";
import { delaiDeclarationCreance, delaisAvantAudience } from "./instance";
import { delaiMiseEnDemeure } from "./mise-en-demeure";

describe("délais avant l'audience (CPC art. 754, 857 et 486)", () => {
  it("tribunal de commerce au fond : signification 15 jours et remise au greffe 8 jours avant l'audience (art. 857)", () => {
    const r = delaisAvantAudience({ dateAudience: "2026-06-05", commerce: true, refere: false });
    expect(r.signification?.dateLimite).toBe("2026-05-21");
    expect(r.placement?.dateLimite).toBe("2026-05-28");
  });
  it("tribunal judiciaire : remise au greffe 15 jours avant l'audience (art. 754)", () => {
    const r = delaisAvantAudience({ dateAudience: "2026-06-05", commerce: false, refere: false });
    expect(r.signification).toBeNull();
    expect(r.placement?.dateLimite).toBe("2026-05-21");
  });
  it("référé devant le tribunal de commerce : aucune date, un temps suffisant (art. 486)", () => {
    const r = delaisAvantAudience({ dateAudience: "2026-06-05", commerce: true, refere: true });
    expect(r).toEqual({ signification: null, placement: null, fondements: ["CPC art. 486"] });
  });
});

describe("déclaration de créance (C. com. art. R.622-24)", () => {
  it("deux mois après la publication au BODACC, quatre pour un créancier hors de la France métropolitaine", () => {
    expect(delaiDeclarationCreance({ datePublicationBodacc: "2026-05-15", creancierHorsMetropole: false }).date).toBe(
      "2026-07-15",
    );
    expect(delaiDeclarationCreance({ datePublicationBodacc: "2026-05-15", creancierHorsMetropole: true }).date).toBe(
      "2026-09-15",
    );
  });
});

describe("délai de la mise en demeure (C. civ. art. 1344)", () => {
  it("la plus tardive de la date de la lettre et de sa réception, plus le délai", () => {
    expect(delaiMiseEnDemeure({ dateLettre: "2026-11-30", delaiJours: 8, dateReception: "2026-12-02" })).toEqual({
      dateImprimee: "2026-12-08",
      date: "2026-12-10",
    });
  });
});
