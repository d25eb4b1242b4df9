import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type DossierStatique,
  evenementsPrescription,
  imputerPaiements,
  naturePrescription,
  situation,
} from "./analyse";
import { DossierSchema } from "./dossier.schema";

const d = DossierSchema.parse(
  JSON.parse(readFileSync(new URL("../../tests/fixtures/dossiers/b2c-trois-factures.json", import.meta.url), "utf8")),
);
const dossier: DossierStatique = d;

describe("adaptateur du journal vers le moteur juridique", () => {
  it("impute un paiement sans facture sur la plus ancienne facture impayée", () => {
    expect(imputerPaiements(dossier, [{ type: "paiement.recu", date: "2026-03-10", montantCents: 130000 }])).toEqual([
      { date: "2026-03-10", montantCents: 120000, facture: "F-2026-101" },
      { date: "2026-03-10", montantCents: 10000, facture: "F-2026-102" },
    ]);
  });

  it("un paiement n'interrompt la prescription que pour les factures qu'il concerne (art. 2240 C. civ.)", () => {
    const ev = evenementsPrescription(dossier, [
      { type: "paiement.recu", date: "2026-03-10", montantCents: 1000, facture: "F-2026-115" },
    ]);
    expect(ev.get("F-2026-115")).toEqual([{ type: "paiement-partiel", date: "2026-03-10", libelle: "paiement" }]);
    expect(ev.get("F-2026-101")).toEqual([]);
  });

  it("la nature de la créance suit les parties : consommateur, commerciale, bail d'habitation", () => {
    expect(naturePrescription(dossier)).toBe("consommateur");
    expect(naturePrescription({ ...dossier, debiteur: { ...dossier.debiteur, qualite: "societe-commerciale" } })).toBe(
      "commerciale",
    );
    expect(naturePrescription({ ...dossier, objet: "loyer-habitation" })).toBe("bail-habitation");
  });

  it("le jugement d'ouverture d'une procédure collective arrête le cours des intérêts (L.622-28 C. com.)", () => {
    const pro: DossierStatique = {
      ...dossier,
      debiteur: { ...dossier.debiteur, qualite: "societe-commerciale", denomination: "X" },
    };
    const sans = situation(pro, [], "2026-10-20");
    const avec = situation(
      pro,
      [{ type: "procedure-collective.ouverte", date: "2026-06-01", datePublicationBodacc: "2026-06-05" }],
      "2026-10-20",
    );
    expect(avec.interets!.lignes.every((l) => l.au <= "2026-06-01")).toBe(true);
    expect(avec.interets!.totalInteretsCents).toBeLessThan(sans.interets!.totalInteretsCents);
    expect(avec.interets!.fondements).toContain("C. com. art. L.622-28");
  });
});

describe("prescription d'une facture due par un consommateur (C. conso. art. L.218-2)", () => {
  it("dernier jour sûr compté depuis la date de facture, et celui compté depuis l'échéance à côté", () => {
    const b2c: DossierStatique = {
      ...dossier,
      factures: [
        { numero: "F-1", dateEmission: "2026-09-09", dateEcheance: "2026-10-09", montantTtcCents: 50_000, avoirs: [] },
      ],
    };
    const [p] = situation(b2c, [], "2026-11-30").prescriptions;
    expect(p?.resultat.dernierJour).toBe("2028-09-08");
    expect(p?.dernierJourSelonEcheance).toBe("2028-10-08");
  });
});

describe("majoration de 5 points après un jugement (CMF art. L.313-3 ; CPC art. 503)", () => {
  const scenario = DossierSchema.parse(
    JSON.parse(
      readFileSync(
        new URL("../../machines/escalation/scenarios/14-jugement-signifie.dossier.json", import.meta.url),
        "utf8",
      ),
    ),
  );
  it("signifié le 22 juin 2026 : le taux légal est majoré à partir du 23 août 2026", () => {
    const sit = situation(scenario, scenario.evenements, "2026-09-30");
    const majorees = sit.interets?.lignes.filter((l) => l.fondement.includes("L.313-3")) ?? [];
    expect(majorees[0]?.du).toBe("2026-08-23");
  });
  it("sans signification enregistrée : aucune majoration, et un avertissement qui dit pourquoi", () => {
    const sansSignification = scenario.evenements.filter((e) => e.type !== "decision.signifiee");
    const sit = situation(scenario, sansSignification, "2026-09-30");
    expect(sit.interets?.lignes.some((l) => l.fondement.includes("L.313-3"))).toBe(false);
    expect(sit.interets?.avertissements.join(" ")).toMatch(/n'est pas encore signifié.*art\. 503 CPC/);
  });
});
