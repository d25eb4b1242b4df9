import { describe, expect, it } from "vitest";
import { calculerInterets, type InteretsEntree, interetsLigne } from "./interets";

const pro = { qualite: "societe-commerciale" as const };
const conso = { qualite: "particulier" as const };
const facture = (autres: Partial<InteretsEntree["factures"][0]> = {}) => ({
  numero: "F-1",
  montantTtcCents: 1_000_000,
  dateEcheance: "2025-03-31",
  ...autres,
});

describe("arrondi et formule (conventions du décompte)", () => {
  it("calcule base × taux × jours / 365 et arrondit au centime, demi-centime vers le haut", () => {
    // 10 000 € × 13,15 % × 91 / 365 = 327,849… €
    expect(interetsLigne(1_000_000, 131_500, 91)).toBe(32_785);
    // 365 € × 10 % × 1 / 365 = 0,10 € exactement ; 36,50 € × 10 % × 1 / 365 = 0,01 € (0,005 arrondi au-dessus)
    expect(interetsLigne(36_500, 100_000, 1)).toBe(10);
    expect(interetsLigne(1_825, 100_000, 1)).toBe(1); // 0,005 € → 0,01 €
    expect(interetsLigne(1_824, 100_000, 1)).toBe(0); // 0,004997… € → 0
  });
});

describe("pénalités entre professionnels (art. L.441-10 II C. com.)", () => {
  it("courent dès le lendemain de l'échéance au taux BCE + 10 points, semestre par semestre, avec 40 € par facture (D.441-5)", () => {
    const r = calculerInterets({ creancier: pro, debiteur: pro, factures: [facture()], au: "2025-09-30" });
    expect(r.regime).toBe("professionnel");
    expect(
      r.lignes.map(({ du, au, jours, tauxPourcent, interetsCents }) => ({
        du,
        au,
        jours,
        tauxPourcent,
        interetsCents,
      })),
    ).toEqual([
      { du: "2025-04-01", au: "2025-06-30", jours: 91, tauxPourcent: "13.15", interetsCents: 32_785 },
      { du: "2025-07-01", au: "2025-09-30", jours: 92, tauxPourcent: "12.15", interetsCents: 30_625 },
    ]);
    expect(r).toMatchObject({
      totalInteretsCents: 63_410,
      indemnitesForfaitairesCents: 4_000,
      principalRestantCents: 1_000_000,
      totalDuCents: 1_067_410,
      provisoire: false,
    });
    expect(r.lignes[0]?.fondement).toBe("C. com. art. L.441-10 II (taux BCE + 10 points)");
    expect(r.lignes[0]?.sourceTaux).toMatch(/BCE/);
    expect(r.fondements).toEqual(expect.arrayContaining(["C. com. art. L.441-10", "C. com. art. D.441-5"]));
  });

  it("un paiement partiel imputé d'abord sur le principal réduit la base dès le lendemain", () => {
    const r = calculerInterets({
      creancier: pro,
      debiteur: pro,
      factures: [facture({ paiements: [{ date: "2025-05-31", montantCents: 500_000 }] })],
      au: "2025-06-30",
    });
    expect(r.lignes.map((l) => [l.du, l.au, l.baseCents, l.interetsCents])).toEqual([
      ["2025-04-01", "2025-05-31", 1_000_000, 21_977],
      ["2025-06-01", "2025-06-30", 500_000, 5_404],
    ]);
    expect(r).toMatchObject({ principalRestantCents: 500_000, interetsPayesCents: 0, totalDuCents: 531_381 });
    expect(r.conventions.join(" ")).toMatch(/d'abord sur le principal/);
  });

  it("le même paiement imputé d'abord sur les intérêts suit l'art. 1343-1 C. civ.", () => {
    const r = calculerInterets({
      creancier: pro,
      debiteur: pro,
      imputation: "interets-d-abord",
      factures: [facture({ paiements: [{ date: "2025-05-31", montantCents: 500_000 }] })],
      au: "2025-06-30",
    });
    expect(r.lignes.map((l) => [l.baseCents, l.interetsCents])).toEqual([
      [1_000_000, 21_977],
      [521_977, 5_642],
    ]);
    expect(r).toMatchObject({ principalRestantCents: 521_977, interetsPayesCents: 21_977, totalDuCents: 531_619 });
    expect(r.mouvements[0]).toMatchObject({ surInteretsCents: 21_977, surPrincipalCents: 478_023 });
    expect(r.fondements).toContain("C. civ. art. 1343-1");
  });

  it("un taux contractuel inférieur à 3 fois le taux légal est porté à ce minimum, avec un avertissement", () => {
    const r = calculerInterets({
      creancier: pro,
      debiteur: pro,
      tauxContractuelPourcent: "5.00",
      factures: [facture({ dateEcheance: "2023-12-31" })],
      au: "2024-01-31",
    });
    expect(r.lignes[0]).toMatchObject({ tauxPourcent: "15.21", jours: 31, interetsCents: 12_918 });
    expect(r.avertissements[0]).toMatch(/inférieur au minimum légal.*15,21/);
  });

  it("un taux contractuel suffisant est appliqué tel quel", () => {
    const r = calculerInterets({
      creancier: pro,
      debiteur: pro,
      tauxContractuelPourcent: "15.00",
      factures: [facture()],
      au: "2025-04-30",
    });
    expect(r.lignes[0]).toMatchObject({
      tauxPourcent: "15.00",
      fondement: "C. com. art. L.441-10 II (taux contractuel)",
    });
  });

  it("un semestre sans taux connu prend le dernier taux, à titre provisoire, et le dit", () => {
    const r = calculerInterets({
      creancier: pro,
      debiteur: pro,
      factures: [facture({ dateEcheance: "2026-06-15" })],
      au: "2026-08-31",
    });
    expect(r.lignes.map((l) => [l.du, l.tauxPourcent, l.provisoire])).toEqual([
      ["2026-06-16", "12.15", false],
      ["2026-07-01", "12.15", true],
    ]);
    expect(r.provisoire).toBe(true);
    expect(r.avertissements.join(" ")).toMatch(/2e semestre 2026 n'est pas encore connu/);
  });

  it("un taux fourni par l'appelant remplace la table", () => {
    const r = calculerInterets({
      creancier: pro,
      debiteur: pro,
      factures: [facture({ dateEcheance: "2026-06-30" })],
      au: "2026-07-31",
      taux: { bce: [{ semestre: "2026-S2", tauxPourcent: "2.00", source: "BCE, décision de juin 2026" }] },
    });
    expect(r.lignes[0]).toMatchObject({
      tauxPourcent: "12.00",
      provisoire: false,
      sourceTaux: "BCE, décision de juin 2026",
    });
    expect(r.provisoire).toBe(false);
  });

  it("l'indemnité de 40 € est due pour une facture payée en retard, même soldée, et pas pour une facture payée à temps", () => {
    const r = calculerInterets({
      creancier: pro,
      debiteur: pro,
      factures: [
        facture({ numero: "A", paiements: [{ date: "2025-03-30", montantCents: 1_000_000 }] }),
        facture({ numero: "B", paiements: [{ date: "2025-04-15", montantCents: 1_000_000 }] }),
      ],
      au: "2025-09-30",
    });
    expect(r.factures.map((f) => [f.numero, f.indemniteForfaitaireCents])).toEqual([
      ["A", 0],
      ["B", 4_000],
    ]);
    // B: 15 jours à 13,15 % sur 10 000 €
    expect(r.lignes).toHaveLength(1);
    expect(r.lignes[0]).toMatchObject({
      facture: "B",
      du: "2025-04-01",
      au: "2025-04-15",
      jours: 15,
      interetsCents: 5_404,
    });
    expect(r.principalRestantCents).toBe(0);
    expect(r.totalDuCents).toBe(5_404 + 4_000);
  });

  it("un avoir réduit le principal dès le lendemain de sa date", () => {
    const r = calculerInterets({
      creancier: pro,
      debiteur: pro,
      factures: [facture({ avoirs: [{ numero: "AV-1", date: "2025-04-10", montantCents: 200_000 }] })],
      au: "2025-04-30",
    });
    expect(r.lignes.map((l) => [l.du, l.au, l.baseCents])).toEqual([
      ["2025-04-01", "2025-04-10", 1_000_000],
      ["2025-04-11", "2025-04-30", 800_000],
    ]);
    expect(r.factures[0]?.avoirsCents).toBe(200_000);
  });

  it("ajoute les frais de recouvrement justifiés au-delà de l'indemnité forfaitaire (art. L.441-10 II)", () => {
    const r = calculerInterets({
      creancier: pro,
      debiteur: pro,
      fraisRecouvrementJustifiesCents: 15_000,
      factures: [facture()],
      au: "2025-04-01",
    });
    expect(r.fraisRecouvrementComplementairesCents).toBe(11_000);
  });

  it("capitalise les intérêts dus pour une année entière quand on le demande (art. 1343-2 C. civ.)", () => {
    const r = calculerInterets({
      creancier: pro,
      debiteur: pro,
      capitalisation: true,
      factures: [facture({ dateEcheance: "2023-12-31" })],
      au: "2025-01-31",
    });
    expect(r.lignes.map((l) => [l.du, l.baseCents, l.interetsCents])).toEqual([
      ["2024-01-01", 1_000_000, 72_301],
      ["2024-07-01", 1_000_000, 71_836],
      ["2025-01-01", 1_144_137, 12_778],
    ]);
    expect(r.fondements).toContain("C. civ. art. 1343-2");
  });
});

describe("intérêts envers un consommateur (art. 1231-6 et 1344-1 C. civ., L.313-2 CMF)", () => {
  it("courent au taux légal « autres cas » du lendemain de la mise en demeure, sans 40 € — exemple de la CLI", () => {
    const r = calculerInterets({
      creancier: pro,
      debiteur: conso,
      tauxContractuelPourcent: null,
      dateMiseEnDemeure: "2025-05-15",
      imputation: "principal-d-abord",
      factures: [facture({ paiements: [{ date: "2025-05-10", montantCents: 200_000 }], avoirs: [] })],
      au: "2025-09-30",
    });
    expect(r.regime).toBe("civil");
    expect(r.lignes.map((l) => [l.du, l.au, l.jours, l.tauxPourcent, l.baseCents, l.interetsCents])).toEqual([
      ["2025-05-16", "2025-06-30", 46, "3.71", 800_000, 3_740],
      ["2025-07-01", "2025-09-30", 92, "2.76", 800_000, 5_565],
    ]);
    expect(r).toMatchObject({ indemnitesForfaitairesCents: 0, totalInteretsCents: 9_305, totalDuCents: 809_305 });
    expect(r.avertissements.join(" ")).toMatch(/ni pénalités .* ni indemnité forfaitaire de 40 €/);
    expect(r.fondements).toEqual(
      expect.arrayContaining(["C. civ. art. 1231-6", "C. civ. art. 1344-1", "CMF art. L.313-2"]),
    );
  });

  it("sans mise en demeure, aucun intérêt ne court, et l'outil le dit", () => {
    const r = calculerInterets({ creancier: pro, debiteur: conso, factures: [facture()], au: "2025-09-30" });
    expect(r.lignes).toEqual([]);
    expect(r.totalDuCents).toBe(1_000_000);
    expect(r.avertissements[0]).toMatch(/ne courent qu'à compter de sa réception/);
  });

  it("un créancier particulier applique le taux des particuliers (L.313-2 CMF)", () => {
    const r = calculerInterets({
      creancier: conso,
      debiteur: pro,
      dateMiseEnDemeure: "2025-05-15",
      factures: [facture()],
      au: "2025-06-30",
    });
    expect(r.regime).toBe("civil");
    expect(r.lignes[0]?.tauxPourcent).toBe("7.21");
    expect(r.indemnitesForfaitairesCents).toBe(0);
  });

  it("majore le taux légal de 5 points le lendemain des deux mois suivant le jour où la décision est exécutoire (CMF art. L.313-3 ; CPC art. 641)", () => {
    const r = calculerInterets({
      creancier: pro,
      debiteur: conso,
      dateMiseEnDemeure: "2025-01-15",
      dateDecisionExecutoire: "2025-03-10",
      factures: [facture({ dateEcheance: "2024-12-31" })],
      au: "2025-05-31",
    });
    expect(r.lignes.map((l) => [l.du, l.au, l.tauxPourcent])).toEqual([
      ["2025-01-16", "2025-05-10", "3.71"],
      ["2025-05-11", "2025-05-31", "8.71"],
    ]);
    expect(r.fondements).toContain("CMF art. L.313-3");
  });
});

describe("association ou société civile débitrice (C. com. art. L.441-10 ; décision 014)", () => {
  const entree = {
    creancier: { qualite: "societe-commerciale" as const },
    factures: [{ numero: "F-1", montantTtcCents: 100_000, dateEcheance: "2026-01-31", avoirs: [], paiements: [] }],
    dateMiseEnDemeure: "2026-03-02",
    au: "2026-04-30",
  };
  it("sans activité professionnelle déclarée : intérêts au taux légal dès la mise en demeure, ni pénalités ni 40 €", () => {
    const r = calculerInterets({ ...entree, debiteur: { qualite: "association" } });
    expect(r.regime).toBe("civil");
    expect(r.indemnitesForfaitairesCents).toBe(0);
    expect(r.lignes[0]?.du).toBe("2026-03-03");
    expect(r.avertissements.join(" ")).toMatch(
      /une association : sans indication qu'il a agi pour une activité professionnelle/,
    );
  });
  it("activité professionnelle déclarée : pénalités L.441-10 et indemnité de 40 €", () => {
    const r = calculerInterets({ ...entree, debiteur: { qualite: "societe-civile", activiteProfessionnelle: true } });
    expect(r.regime).toBe("professionnel");
    expect(r.indemnitesForfaitairesCents).toBe(4_000);
  });
});
