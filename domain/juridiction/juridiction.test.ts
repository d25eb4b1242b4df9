import { describe, expect, it } from "vitest";
import { dateExecutionPossible, delaiOpposition } from "../delais/injonction";
import { delaiSignificationOrdonnance, determinerJuridiction } from "./juridiction";

const base = { montantCents: 1_250_000, aujourdhui: "2026-11-23" };

describe("juridiction de l'injonction de payer (art. 1406 CPC, L.721-3 C. com.)", () => {
  it.each([
    ["societe-commerciale", "societe-commerciale", "33", "tribunal-de-commerce", "12946"],
    ["commercant", "artisan", "33", "tribunal-de-commerce", "12946"],
    ["artisan", "commercant", "44", "tribunal-de-commerce", "12946"],
    ["societe-commerciale", "particulier", "33", "tribunal-judiciaire", "12948"],
    ["societe-commerciale", "profession-liberale", "33", "tribunal-judiciaire", "12948"],
    ["societe-commerciale", "association", "33", "tribunal-judiciaire", "12948"],
    ["societe-commerciale", "agriculteur", "33", "tribunal-judiciaire", "12948"],
    ["societe-commerciale", "societe-civile", "33", "tribunal-judiciaire", "12948"],
    ["societe-commerciale", "societe-commerciale", "67", "chambre-commerciale-tribunal-judiciaire", null],
    ["societe-commerciale", "commercant", "57", "chambre-commerciale-tribunal-judiciaire", null],
    ["societe-commerciale", "societe-commerciale", "972", "tribunal-mixte-de-commerce", null],
    ["societe-commerciale", "societe-commerciale", "976", "tribunal-mixte-de-commerce", null],
  ] as const)(
    "créancier %s, débiteur %s (département %s) → %s, Cerfa %s",
    (creancier, debiteur, dep, juridiction, cerfa) => {
      const r = determinerJuridiction({
        ...base,
        creancier: { qualite: creancier },
        debiteur: { qualite: debiteur, departement: dep },
      });
      expect(r.injonctionDePayer).toMatchObject({ juridiction, cerfa });
      expect(r.fondements).toContain("CPC art. 1406");
    },
  );

  it("loyers d'habitation et crédit à la consommation → juge des contentieux de la protection, Cerfa 16040, sans avocat (art. 761 CPC)", () => {
    for (const objet of ["loyer-habitation", "credit-consommation"] as const) {
      const r = determinerJuridiction({
        ...base,
        objet,
        montantCents: 2_000_000,
        debiteur: { qualite: "particulier", departement: "75" },
      });
      expect(r.injonctionDePayer).toMatchObject({ juridiction: "juge-contentieux-protection", cerfa: "16040" });
      expect(r.assignation.avocatObligatoire).toBe(false);
    }
  });

  it("un créancier non commerçant contre une société : tribunal de commerce par défaut, avec l'option du tribunal judiciaire", () => {
    const r = determinerJuridiction({
      ...base,
      creancier: { qualite: "particulier" },
      debiteur: { qualite: "societe-commerciale", departement: "33" },
    });
    expect(r.injonctionDePayer.juridiction).toBe("tribunal-de-commerce");
    expect(r.avertissements.join(" ")).toMatch(/ou choisir le tribunal judiciaire/);
  });

  it("un débiteur à l'étranger ne peut faire l'objet d'une injonction française : injonction européenne (règl. 1896/2006)", () => {
    const r = determinerJuridiction({ ...base, debiteur: { qualite: "societe-commerciale", pays: "BE" } });
    expect(r.injonctionDePayer).toEqual({
      juridiction: null,
      cerfa: null,
      libelle: null,
      competenceTerritoriale: null,
      tribunal: null,
    });
    expect(r.avertissements.join(" ")).toMatch(/injonction de payer européenne/);
  });

  it("nomme le tribunal des activités économiques quand le débiteur a son siège dans la commune du siège (loi n° 2023-1059 art. 26, 2025-2028)", () => {
    for (const commune of ["Lyon", "LYON 3E", "Lyon 9e arrondissement", "lyon cedex 03"]) {
      const r = determinerJuridiction({
        ...base,
        aujourdhui: "2026-06-01",
        debiteur: { qualite: "societe-commerciale", departement: "69", commune },
      });
      expect(r.injonctionDePayer.tribunal, commune).toBe(
        "tribunal des activités économiques de Lyon, qui exerce les attributions du tribunal de commerce",
      );
      expect(r.injonctionDePayer.cerfa).toBe("12946");
      expect(r.assignation.tribunal).toBe(r.injonctionDePayer.tribunal);
    }
    const havre = determinerJuridiction({
      ...base,
      debiteur: { qualite: "commercant", departement: "76", commune: "Le Havre" },
    });
    expect(havre.injonctionDePayer.tribunal).toMatch(/^tribunal des activités économiques du Havre/);
    const brieuc = determinerJuridiction({
      ...base,
      debiteur: { qualite: "commercant", departement: "22", commune: "St-Brieuc" },
    });
    expect(brieuc.injonctionDePayer.tribunal).toMatch(/de Saint-Brieuc/);
  });

  it("ne déduit jamais le tribunal des activités économiques du seul département (ressort de l'ancien tribunal de commerce)", () => {
    const r = determinerJuridiction({
      ...base,
      debiteur: { qualite: "societe-commerciale", departement: "69", commune: "Villefranche-sur-Saône" },
    });
    expect(r.injonctionDePayer.tribunal).toBeNull();
    expect(r.avertissements.join(" ")).toMatch(/ne couvre que le ressort de l'ancien tribunal de commerce de Lyon/);
  });

  it("hors de la période d'expérimentation (après le 31 décembre 2028) : tribunal de commerce", () => {
    const r = determinerJuridiction({
      ...base,
      aujourdhui: "2029-01-02",
      debiteur: { qualite: "societe-commerciale", departement: "69", commune: "Lyon" },
    });
    expect(r.injonctionDePayer.tribunal).toBeNull();
    expect(r.injonctionDePayer.libelle).toBe("président du tribunal de commerce");
  });

  it("la compétence territoriale est celle du domicile du débiteur, d'ordre public (art. 1406 CPC)", () => {
    const r = determinerJuridiction({ ...base, debiteur: { qualite: "societe-commerciale", departement: "33" } });
    expect(r.injonctionDePayer.competenceTerritoriale).toMatch(
      /lieu où demeure le débiteur.*département 33.*ordre public/,
    );
  });
});

describe("voies et seuils", () => {
  it.each([
    [1_000_000, false],
    [1_000_001, true],
  ])(
    "avocat obligatoire pour une assignation au-delà de 10 000 € (art. 760-761, 853 CPC) : %i centimes → %s",
    (montantCents, attendu) => {
      const r = determinerJuridiction({
        ...base,
        montantCents,
        debiteur: { qualite: "societe-commerciale", departement: "33" },
      });
      expect(r.assignation.avocatObligatoire).toBe(attendu);
    },
  );

  it.each([
    [500_000, true],
    [500_001, false],
  ])("petites créances jusqu'à 5 000 € intérêts compris (L.125-1, R.125-1 CPCE) : %i → %s", (montantCents, attendu) => {
    expect(determinerJuridiction({ ...base, montantCents, debiteur: { qualite: "particulier" } }).petitesCreances).toBe(
      attendu,
    );
  });

  it("tentative amiable préalable devant le tribunal judiciaire jusqu'à 5 000 € (art. 750-1 CPC), pas au tribunal de commerce", () => {
    expect(
      determinerJuridiction({ ...base, montantCents: 400_000, debiteur: { qualite: "particulier" } })
        .tentativeAmiablePrealable,
    ).toBe(true);
    expect(
      determinerJuridiction({ ...base, montantCents: 600_000, debiteur: { qualite: "particulier" } })
        .tentativeAmiablePrealable,
    ).toBe(false);
    expect(
      determinerJuridiction({ ...base, montantCents: 400_000, debiteur: { qualite: "societe-commerciale" } })
        .tentativeAmiablePrealable,
    ).toBe(false);
  });

  it("frais : greffe au tribunal de commerce ; rien au tribunal judiciaire, mais la contribution de 50 € depuis le 1er mars 2026 (avec réserve)", () => {
    const tc = determinerJuridiction({ ...base, debiteur: { qualite: "societe-commerciale", departement: "33" } });
    expect(tc.frais.map((f) => f.code)).toEqual(["greffe-injonction", "signification"]);
    const tj = determinerJuridiction({ ...base, debiteur: { qualite: "particulier", departement: "33" } });
    expect(tj.frais.find((f) => f.code === "contribution-aide-juridique")).toMatchObject({ montantCents: 5_000 });
    expect(tj.frais.find((f) => f.code === "contribution-aide-juridique")?.avertissement).toMatch(
      /injonction de payer/,
    );
    const avant = determinerJuridiction({ ...base, aujourdhui: "2026-02-28", debiteur: { qualite: "particulier" } });
    expect(avant.frais.find((f) => f.code === "contribution-aide-juridique")).toBeUndefined();
  });
});

describe("ordonnance d'injonction de payer : signification, opposition, exécution", () => {
  it("signification dans les 6 mois pour une ordonnance d'avant le 1er septembre 2026, 3 mois ensuite (art. 1411 CPC, décret 2026-96)", () => {
    expect(delaiSignificationOrdonnance("2026-08-31")).toMatchObject({ mois: 6, dateLimite: "2027-02-28" });
    expect(delaiSignificationOrdonnance("2026-09-01")).toMatchObject({ mois: 3, dateLimite: "2026-12-01" });
    expect(delaiSignificationOrdonnance("2026-11-30").dateLimite).toBe("2027-02-28"); // pas de report (dimanche)
  });

  it("opposition dans le mois de la signification à personne, prorogée par l'art. 642 (art. 1416 CPC)", () => {
    const r = delaiOpposition({ dateSignification: "2026-10-28", aPersonne: true });
    expect(r.delai?.dateLimite).toBe("2026-11-30"); // 28 novembre = samedi
    expect(r.fondements).toEqual(expect.arrayContaining(["CPC art. 1416", "CPC art. 642"]));
  });

  it("opposition d'un débiteur outre-mer devant une juridiction métropolitaine : + 1 mois (art. 643 CPC)", () => {
    expect(
      delaiOpposition({ dateSignification: "2026-10-05", aPersonne: true, distance: "outre-mer" }).delai?.dateLimite,
    ).toBe("2026-12-07");
  });

  it("signifiée autrement qu'à personne, l'opposition court du premier acte à personne (art. 1416 al. 2 CPC)", () => {
    expect(delaiOpposition({ dateSignification: "2026-10-05", aPersonne: false }).delai).toBeNull();
    const r = delaiOpposition({
      dateSignification: "2026-10-05",
      aPersonne: false,
      datePremierActeAPersonne: "2026-11-10",
    });
    expect(r.depart).toBe("2026-11-10");
    expect(r.delai?.dateLimite).toBe("2026-12-10");
  });

  it("exécution : après le délai d'opposition (avant le 1er septembre 2026), ou 2 mois après la signification ensuite", () => {
    expect(
      dateExecutionPossible({ dateOrdonnance: "2026-06-01", dateSignification: "2026-06-15", aPersonne: true }).date,
    ).toBe("2026-07-16");
    expect(
      dateExecutionPossible({ dateOrdonnance: "2026-09-10", dateSignification: "2026-09-20", aPersonne: true }).date,
    ).toBe("2026-11-21");
  });
});

describe("débiteur artisan (C. com. art. L.721-3 1° et L.210-1)", () => {
  const base = { montantCents: 400_000, aujourdhui: "2026-06-01" };
  it("un particulier contre un artisan : président du tribunal judiciaire (Cerfa 12948), petites créances ouvertes, tentative amiable avant d'assigner", () => {
    for (const qualite of [
      "particulier",
      "profession-liberale",
      "association",
      "societe-civile",
      "agriculteur",
    ] as const) {
      const r = determinerJuridiction({
        ...base,
        creancier: { qualite },
        debiteur: { qualite: "artisan", departement: "33" },
      });
      expect(r.injonctionDePayer.juridiction, qualite).toBe("tribunal-judiciaire");
      expect(r.injonctionDePayer.cerfa).toBe("12948");
      expect(r.petitesCreances).toBe(true);
      expect(r.tentativeAmiablePrealable).toBe(true);
      expect(r.avertissements.join(" ")).not.toMatch(/acte mixte/);
    }
  });

  it("entre artisans, ou un commerçant contre un artisan : tribunal de commerce", () => {
    for (const qualite of ["artisan", "commercant", "societe-commerciale"] as const) {
      const r = determinerJuridiction({
        ...base,
        creancier: { qualite },
        debiteur: { qualite: "artisan", departement: "33" },
      });
      expect(r.injonctionDePayer.juridiction, qualite).toBe("tribunal-de-commerce");
    }
  });

  it("un artisan en SARL, EURL, SAS, SASU ou SA est une société commerciale par sa forme : tribunal de commerce", () => {
    for (const forme of ["SARL", "EURL", "SAS", "SASU", "SA"]) {
      const r = determinerJuridiction({
        ...base,
        creancier: { qualite: "particulier" },
        debiteur: { qualite: "artisan", departement: "33", formeJuridique: forme },
      });
      expect(r.injonctionDePayer.juridiction, forme).toBe("tribunal-de-commerce");
      expect(r.fondements).toContain("C. com. art. L.210-1");
    }
  });

  it("la tentative amiable de l'art. 750-1 CPC vaut aussi devant le juge des contentieux de la protection jusqu'à 5 000 €", () => {
    const r = determinerJuridiction({
      ...base,
      objet: "loyer-habitation",
      creancier: { qualite: "particulier" },
      debiteur: { qualite: "particulier", departement: "33" },
    });
    expect(r.injonctionDePayer.juridiction).toBe("juge-contentieux-protection");
    expect(r.tentativeAmiablePrealable).toBe(true);
  });
});

describe("outre-mer sans tribunal de commerce ou à procédure propre", () => {
  const base = {
    montantCents: 300_000,
    aujourdhui: "2026-06-01",
    creancier: { qualite: "societe-commerciale" as const },
  };
  it("Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin : pas de tribunal de commerce ni de Cerfa 12946, juridiction locale à confirmer", () => {
    for (const departement of ["975", "977", "978"]) {
      const r = determinerJuridiction({ ...base, debiteur: { qualite: "societe-commerciale", departement } });
      expect(r.injonctionDePayer.juridiction, departement).toBe("juridiction-locale");
      expect(r.injonctionDePayer.cerfa).toBeNull();
      expect(r.injonctionDePayer.libelle).not.toMatch(/tribunal de commerce/);
      expect(r.avertissements.join(" ")).toMatch(/n'a pas de tribunal de commerce/);
    }
  });

  it("Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie : ni injonction ni petites créances, règles locales et avocat du lieu", () => {
    for (const departement of ["986", "987", "988"]) {
      const r = determinerJuridiction({ ...base, debiteur: { qualite: "societe-commerciale", departement } });
      expect(r.injonctionDePayer.juridiction, departement).toBeNull();
      expect(r.petitesCreances).toBe(false);
      expect(r.assignation.juridiction).toBeNull();
      expect(r.avertissements.join(" ")).toMatch(/propre procédure civile.*avocat du lieu/);
    }
  });
});

describe("plafond des petites créances (CPCE art. R.125-1)", () => {
  it("compte le principal et les intérêts, pas l'indemnité de 40 € ni les frais", () => {
    const r = determinerJuridiction({
      montantCents: 502_000,
      montantPetitesCreancesCents: 498_000,
      aujourdhui: "2026-06-01",
      debiteur: { qualite: "societe-commerciale", departement: "33" },
    });
    expect(r.petitesCreances).toBe(true);
    const au_dela = determinerJuridiction({
      montantCents: 506_000,
      montantPetitesCreancesCents: 502_000,
      aujourdhui: "2026-06-01",
      debiteur: { qualite: "societe-commerciale", departement: "33" },
    });
    expect(au_dela.petitesCreances).toBe(false);
  });
});
