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

describe("référé-provision devant le tribunal de commerce (art. 486 et 873 CPC)", () => {
  it("aucune date de signification calculée, un avertissement « temps suffisant » à la place", async () => {
    const { readFileSync } = await import("node:fs");
    const { DossierSchema } = await import("../../domain/dossier/dossier.schema");
    const { rejouer } = await import("./parcours");
    const dossier = DossierSchema.parse(JSON.parse(readFileSync("tests/fixtures/dossiers/refere.json", "utf8")));
    const p = rejouer(dossier, "2026-03-26");
    expect(p.etape).toBe("refere-provision");
    expect(p.echeances.map((e) => e.code)).not.toContain("signification-assignation");
    expect(p.avertissements.join(" ")).toMatch(/temps suffisant pour préparer sa défense \(art\. 486 CPC\)/);
    const signifier = p.prochainesActions.find((a) => a.code === "assignation.signifiee");
    expect(signifier?.libelle).not.toMatch(/15 jours avant l'audience/);
  });
});
