import { describe, expect, it } from "vitest";
import { calculerPrescription, type EvenementPrescription, pointDeDepartFacture } from "./prescription";

const calcul = (
  nature: Parameters<typeof calculerPrescription>[0]["nature"],
  pointDeDepart: string,
  evenements: EvenementPrescription[],
  aujourdhui: string,
) => calculerPrescription({ nature, pointDeDepart, evenements, aujourdhui });

describe("durées de prescription", () => {
  it.each([
    ["commerciale", 5, "C. com. art. L.110-4", "2031-03-14"],
    ["consommateur", 2, "C. conso. art. L.218-2", "2028-03-14"],
    ["civile", 5, "C. civ. art. 2224", "2031-03-14"],
    ["bail-habitation", 3, "Loi n° 89-462 du 6 juillet 1989, art. 7-1", "2029-03-14"],
    ["transport", 1, "C. com. art. L.133-6", "2027-03-14"],
    ["titre-executoire", 10, "CPCE art. L.111-4", "2036-03-14"],
  ] as const)(
    "nature %s : %i ans (%s), dernier jour la veille de l'anniversaire",
    (nature, ans, fondement, dernier) => {
      const r = calcul(nature, "2026-03-15", [], "2026-04-01");
      expect(r.duree).toEqual({ ans });
      expect(r.dernierJour).toBe(dernier);
      expect(r.fondements).toContain(fondement);
      expect(r.statut).toBe("en-cours");
    },
  );

  it("un délai de 5 ans né le 19 juin 2008 expire le 18 juin 2013 à 24 h (Cass. 1re civ. 12 déc. 2018)", () => {
    expect(calcul("civile", "2008-06-19", [], "2013-06-18")).toMatchObject({
      dernierJour: "2013-06-18",
      statut: "en-cours",
      joursRestants: 0,
    });
    expect(calcul("civile", "2008-06-19", [], "2013-06-19")).toMatchObject({
      statut: "acquise",
      joursRestants: 0,
      acquiseLe: "2013-06-19",
    });
  });

  it("la facture échue le 19 avril 2013 est prescrite le 20 avril 2018 (Cass. com. 14 juin 2023)", () => {
    expect(calcul("commerciale", "2013-04-19", [], "2018-04-20").statut).toBe("acquise");
  });

  it("une prescription expirant un samedi n'est pas reportée au lundi (Cass. 2e civ. 7 avr. 2016)", () => {
    const r = calcul("civile", "2011-04-24", [], "2016-04-25");
    expect(r.dernierJour).toBe("2016-04-23");
    expect(r.statut).toBe("acquise");
    const avant = calcul("civile", "2011-04-24", [], "2016-04-20");
    expect(avant.avertissements.join(" ").replaceAll("\u00a0", " ")).toMatch(
      /23 avril 2016 est un samedi .* Agissez au plus tard le 22 avril 2016/,
    );
  });

  it("compte les jours restants jusqu'au dernier jour inclus", () => {
    const r = calcul("commerciale", "2021-03-15", [], "2026-01-10");
    expect(r.dernierJour).toBe("2026-03-14");
    expect(r.joursRestants).toBe(63);
  });
});

describe("interruption (art. 2231 et suivants C. civ.)", () => {
  it("une reconnaissance fait courir un nouveau délai entier (art. 2240 C. civ.) — exemple de la CLI", () => {
    const r = calcul("commerciale", "2021-03-15", [{ type: "reconnaissance", date: "2023-05-10" }], "2026-01-10");
    expect(r.dernierJour).toBe("2028-05-09");
    expect(r.joursRestants).toBe(850);
    expect(r.fondements).toContain("C. civ. art. 2240");
  });

  it("un paiement partiel vaut reconnaissance et interrompt (art. 2240 C. civ.)", () => {
    const r = calcul("consommateur", "2024-01-10", [{ type: "paiement-partiel", date: "2025-06-01" }], "2026-01-10");
    expect(r.dernierJour).toBe("2027-05-31");
  });

  it("un acte d'exécution interrompt (art. 2244 C. civ.)", () => {
    const r = calcul("titre-executoire", "2020-01-10", [{ type: "acte-execution", date: "2025-02-01" }], "2026-01-10");
    expect(r.dernierJour).toBe("2035-01-31");
    expect(r.fondements).toContain("C. civ. art. 2244");
  });

  it("une reconnaissance après l'expiration ne fait rien renaître, et l'avertissement parle de renonciation (art. 2250 C. civ.)", () => {
    const r = calcul("consommateur", "2020-01-10", [{ type: "reconnaissance", date: "2023-01-10" }], "2026-01-10");
    expect(r.statut).toBe("acquise");
    expect(r.dernierJour).toBe("2022-01-09");
    expect(r.avertissements.join(" ")).toMatch(/renonciation tacite/);
  });

  it("la demande en justice interrompt pendant l'instance (art. 2241-2242 C. civ.)", () => {
    const r = calcul("commerciale", "2022-01-10", [{ type: "demande-en-justice", date: "2025-01-10" }], "2026-01-10");
    expect(r).toMatchObject({ statut: "interrompue", dernierJour: null, joursRestants: null });
  });

  it("la signification de l'ordonnance d'injonction interrompt, pas la requête (Cass. 10 juil. 1990)", () => {
    const requete = calcul(
      "commerciale",
      "2021-01-10",
      [{ type: "requete-injonction", date: "2025-12-01" }],
      "2026-01-10",
    );
    expect(requete.statut).toBe("acquise");
    expect(requete.avertissements.join(" ")).toMatch(/requête en injonction de payer .* n'interrompt pas/);
    const signifiee = calcul(
      "commerciale",
      "2021-01-10",
      [{ type: "signification-ordonnance", date: "2025-12-01" }],
      "2026-01-10",
    );
    expect(signifiee.statut).toBe("interrompue");
  });

  it("la fin de l'instance avec titre ouvre 10 ans d'exécution (art. L.111-4 CPCE)", () => {
    const r = calcul(
      "consommateur",
      "2024-01-10",
      [
        { type: "demande-en-justice", date: "2025-01-10" },
        { type: "fin-instance", date: "2025-06-30", titreObtenu: true },
      ],
      "2026-01-10",
    );
    expect(r).toMatchObject({ nature: "titre-executoire", duree: { ans: 10 }, dernierJour: "2035-06-29" });
    expect(r.fondements).toContain("CPCE art. L.111-4");
  });

  it("la fin de l'instance sans titre fait courir un nouveau délai propre à la créance (art. 2242 C. civ.)", () => {
    const r = calcul(
      "commerciale",
      "2022-01-10",
      [
        { type: "demande-en-justice", date: "2025-01-10" },
        { type: "fin-instance", date: "2025-06-30", titreObtenu: false },
      ],
      "2026-01-10",
    );
    expect(r.dernierJour).toBe("2030-06-29");
  });

  it("l'instance non avenue efface l'interruption (art. 2243 C. civ.)", () => {
    const r = calcul(
      "consommateur",
      "2023-06-01",
      [
        { type: "demande-en-justice", date: "2025-05-01" },
        { type: "instance-non-avenue", date: "2025-11-01" },
      ],
      "2026-01-10",
    );
    expect(r.statut).toBe("acquise");
    expect(r.dernierJour).toBe("2025-05-31");
    expect(r.fondements).toContain("C. civ. art. 2243");
  });

  it.each([
    ["relance", /relance .* n'interrompt pas la prescription/],
    ["mise-en-demeure", /mise en demeure .* n'interrompt pas la prescription, même envoyée en recommandé/],
    ["requete-injonction", /requête en injonction de payer .* n'interrompt pas/],
  ] as const)("%s n'interrompt rien et le dit (Cass. com. 18 mai 2022)", (type, message) => {
    const r = calcul("commerciale", "2021-03-15", [{ type, date: "2025-05-10" }], "2026-01-10");
    expect(r.dernierJour).toBe("2026-03-14");
    expect(r.avertissements.join(" ")).toMatch(message);
    expect(r.chronologie.find((c) => c.type === type)?.effet).toBe("aucun");
  });
});

describe("suspension (art. 2230 et 2238 C. civ.)", () => {
  it("la médiation suspend ; la prescription reprend pour le temps restant", () => {
    const pendant = calcul(
      "commerciale",
      "2021-03-15",
      [{ type: "mediation-debut", date: "2025-03-14" }],
      "2026-01-10",
    );
    expect(pendant).toMatchObject({ statut: "suspendue", dernierJour: null });
    const apres = calcul(
      "commerciale",
      "2021-03-15",
      [
        { type: "mediation-debut", date: "2025-03-14" },
        { type: "mediation-fin", date: "2025-09-01" },
      ],
      "2026-01-10",
    );
    // 365 days remained on 14 March 2025 (until 14 March 2026).
    expect(apres.dernierJour).toBe("2026-09-01");
    expect(apres.fondements).toContain("C. civ. art. 2238");
  });

  it("une reconnaissance pendant la suspension fait repartir un délai entier à la fin de la suspension (art. 2240 et 2238 C. civ.)", () => {
    const r = calcul(
      "commerciale",
      "2021-03-15",
      [
        { type: "mediation-debut", date: "2025-03-14" },
        { type: "reconnaissance", date: "2025-04-01" },
        { type: "mediation-fin", date: "2025-09-01" },
      ],
      "2026-01-10",
    );
    // Un délai entier (du 1er avril 2025 au 31 mars 2030, 1 825 jours) reprend le 1er septembre 2025.
    expect(r.dernierJour).toBe("2030-08-31");
  });

  it("la reprise dure au moins 6 mois (art. 2238 C. civ.)", () => {
    const r = calcul(
      "commerciale",
      "2021-03-15",
      [
        { type: "mediation-debut", date: "2026-03-01" },
        { type: "mediation-fin", date: "2026-05-01" },
      ],
      "2026-06-01",
    );
    expect(r.dernierJour).toBe("2026-10-31");
  });

  it("l'accord du débiteur aux petites créances suspend ; l'échec fait reprendre (L.125-1 CPCE, art. 2238)", () => {
    const r = calcul(
      "consommateur",
      "2024-06-01",
      [
        { type: "petites-creances-accord", date: "2026-05-01" },
        { type: "petites-creances-echec", date: "2026-05-20" },
      ],
      "2026-05-25",
    );
    expect(r.dernierJour).toBe("2026-11-19");
    expect(r.fondements).toContain("CPCE art. L.125-1");
  });

  it("l'accord constaté par le commissaire de justice vaut reconnaissance, pour le délai propre de la créance", () => {
    const r = calcul(
      "consommateur",
      "2024-06-01",
      [
        { type: "petites-creances-accord", date: "2026-05-01" },
        { type: "petites-creances-titre", date: "2026-05-20" },
      ],
      "2026-05-25",
    );
    expect(r.statut).toBe("en-cours");
    expect(r.duree).toEqual({ ans: 2 });
    expect(r.dernierJour).toBe("2028-05-19");
  });
});

describe("délai butoir et points discutés", () => {
  it("les reconnaissances ne portent pas au-delà de 20 ans depuis la naissance du droit (art. 2232 C. civ.)", () => {
    const evenements = ["2010-01-01", "2014-06-01", "2019-01-01", "2023-06-01"].map((date) => ({
      type: "reconnaissance" as const,
      date,
    }));
    const r = calcul("commerciale", "2006-01-01", evenements, "2026-01-10");
    expect(r.dernierJour).toBe("2025-12-31");
    expect(r.statut).toBe("acquise");
    expect(r.fondements).toContain("C. civ. art. 2232");
  });

  it("la demande en justice échappe au délai butoir (art. 2232 al. 2 C. civ.)", () => {
    const r = calcul(
      "commerciale",
      "2006-01-01",
      [
        { type: "reconnaissance", date: "2010-01-01" },
        { type: "reconnaissance", date: "2014-06-01" },
        { type: "reconnaissance", date: "2019-01-01" },
        { type: "demande-en-justice", date: "2023-06-01" },
        { type: "fin-instance", date: "2025-06-01", titreObtenu: false },
      ],
      "2026-01-10",
    );
    expect(r.dernierJour).toBe("2030-05-31");
  });

  it("contre une association, retient par prudence 2 ans et le dit", () => {
    const r = calculerPrescription({
      nature: "commerciale",
      pointDeDepart: "2025-01-01",
      aujourdhui: "2026-01-10",
      qualiteDebiteur: "association",
    });
    expect(r.duree).toEqual({ ans: 2 });
    expect(r.avertissements[0]).toMatch(/Par prudence, le délai de 2 ans est retenu/);
  });

  it("ignore un événement postérieur à la date de référence", () => {
    const r = calcul("commerciale", "2021-03-15", [{ type: "reconnaissance", date: "2027-01-01" }], "2026-01-10");
    expect(r.dernierJour).toBe("2026-03-14");
    expect(r.avertissements.join(" ")).toMatch(/postérieure .* ignorée/);
  });

  it("le point de départ d'une facture est la plus précoce de l'échéance et de l'exécution (C. civ. art. 2224 et 2233)", () => {
    expect(
      pointDeDepartFacture({ dateEcheance: "2026-02-04", dateExecution: "2026-01-05", debiteurConsommateur: false })
        .date,
    ).toBe("2026-01-05");
    const sansExecution = pointDeDepartFacture({ dateEcheance: "2026-02-04", debiteurConsommateur: true });
    expect(sansExecution.date).toBe("2026-02-04");
    expect(sansExecution.avertissements[0]).toMatch(/a pu commencer plus tôt/);
  });

  it("contre un consommateur sans date d'exécution, la date de la facture plutôt que l'échéance (C. civ. art. 2224 ; Cass. 1re civ. 19 mai 2021, n° 20-12.520)", () => {
    const r = pointDeDepartFacture({
      dateEcheance: "2026-10-09",
      dateEmission: "2026-09-09",
      debiteurConsommateur: true,
    });
    expect(r.date).toBe("2026-09-09");
    expect(r.avertissements[0]).toMatch(/par prudence, le délai est compté depuis la date de la facture/);
    // Between professionals the due date stays (Cass. com. 14 juin 2023).
    expect(
      pointDeDepartFacture({ dateEcheance: "2026-10-09", dateEmission: "2026-09-09", debiteurConsommateur: false })
        .date,
    ).toBe("2026-10-09");
  });

  it("ne dit jamais qu'une mise en demeure interrompt la prescription (docs/droit/README.md)", () => {
    const r = calcul("commerciale", "2021-03-15", [{ type: "mise-en-demeure", date: "2025-05-10" }], "2026-01-10");
    const tout = [...r.avertissements, ...r.chronologie.map((c) => c.explication)].join(" ");
    expect(tout).not.toMatch(/mise en demeure[^.]*\binterrompt la prescription/i);
  });
});

describe("instance non avenue (C. civ. art. 2243)", () => {
  it("un paiement partiel pendant l'instance garde son effet propre (art. 2240) : la créance reste vivante jusqu'au 31 mars 2031", () => {
    const r = calcul(
      "commerciale",
      "2021-05-01",
      [
        { type: "signification-ordonnance", date: "2026-03-02" },
        { type: "paiement-partiel", date: "2026-04-01" },
        { type: "instance-non-avenue", date: "2026-06-01" },
      ],
      "2026-06-15",
    );
    expect(r.statut).toBe("en-cours");
    expect(r.dernierJour).toBe("2031-03-31");
    expect(r.fondements).toEqual(expect.arrayContaining(["C. civ. art. 2240", "C. civ. art. 2243"]));
  });

  it("sans reconnaissance pendant l'instance, la non-avenue fait revenir le délai d'origine, déjà expiré", () => {
    const r = calcul(
      "commerciale",
      "2021-05-01",
      [
        { type: "signification-ordonnance", date: "2026-03-02" },
        { type: "instance-non-avenue", date: "2026-06-01" },
      ],
      "2026-06-15",
    );
    expect(r.statut).toBe("acquise");
    expect(r.dernierJour).toBe("2026-04-30");
  });

  it("une médiation encore en cours quand l'instance devient non avenue reste une suspension (art. 2238 et 2243)", () => {
    const r = calcul(
      "commerciale",
      "2021-05-01",
      [
        { type: "mediation-debut", date: "2026-01-05" },
        { type: "demande-en-justice", date: "2026-02-02" },
        { type: "instance-non-avenue", date: "2026-06-01" },
      ],
      "2026-06-15",
    );
    expect(r.statut).toBe("suspendue");
    const fin = calcul(
      "commerciale",
      "2021-05-01",
      [
        { type: "mediation-debut", date: "2026-01-05" },
        { type: "demande-en-justice", date: "2026-02-02" },
        { type: "instance-non-avenue", date: "2026-06-01" },
        { type: "mediation-fin", date: "2026-07-01" },
      ],
      "2026-07-15",
    );
    // 115 days were left on 5 January (last day 30 April); at least six months from the end (art. 2238).
    expect(fin.statut).toBe("en-cours");
    expect(fin.dernierJour).toBe("2026-12-31");
  });
});
