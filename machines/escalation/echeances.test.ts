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

describe("opposition formée après le délai, une fois l'ordonnance exécutoire (CPC art. 1416 et 1422)", () => {
  it("est inscrite au journal, signalée apparemment tardive, et l'exécution continue", async () => {
    const { readFileSync } = await import("node:fs");
    const { DossierSchema } = await import("../../domain/dossier/dossier.schema");
    const { rejouer } = await import("./parcours");
    const base = DossierSchema.parse(
      JSON.parse(readFileSync("machines/escalation/scenarios/09-ordonnance-signifiee-a-domicile.dossier.json", "utf8")),
    );
    const dossier = {
      ...base,
      evenements: [
        ...base.evenements.filter((e) => e.type !== "ordonnance.signifiee" && e.type !== "execution.engagee"),
        { type: "ordonnance.signifiee" as const, date: "2026-04-01", aPersonne: true },
        { type: "opposition.formee" as const, date: "2026-07-01" },
      ],
    };
    const p = rejouer(dossier, "2026-07-02");
    expect(p.rejets).toEqual([]);
    expect(p.etape).toBe("execution");
    expect(p.snapshot.context.journal.some((e) => e.type === "opposition.formee")).toBe(true);
    expect(p.avertissements.join(" ").replaceAll("\u00a0", " ")).toMatch(
      /L'opposition du 1er juillet 2026 paraît tardive : le délai d'opposition expirait le 4 mai 2026/,
    );
  });
});
