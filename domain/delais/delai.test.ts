import { describe, expect, it } from "vitest";
import { calculerDelai, distancePour } from "./delai";

describe("délais de procédure (art. 640 à 644 CPC)", () => {
  it.each([
    // [titre, entrée, dateNominale, dateLimite]
    [
      "le délai expirant un samedi est prorogé au lundi (art. 642 CPC)",
      { depart: "2026-11-13", duree: { jours: 15 } },
      "2026-11-28",
      "2026-11-30",
    ],
    [
      "le jour de l'événement ne compte pas (art. 641 al. 1 CPC)",
      { depart: "2026-05-01", duree: { jours: 15 } },
      "2026-05-16",
      "2026-05-18",
    ],
    [
      "un délai d'un jour enchaîne jour férié, samedi et dimanche (docs/droit/delais.md : 7 mai 2026 → 11 mai)",
      { depart: "2026-05-07", duree: { jours: 1 } },
      "2026-05-08",
      "2026-05-11",
    ],
    [
      "trois mois depuis le 20 février 2018 : dimanche puis lundi de Pentecôte, prorogé au mardi 22 mai (Cass. 3e civ. 21 janv. 2021)",
      { depart: "2018-02-20", duree: { mois: 3 } },
      "2018-05-20",
      "2018-05-22",
    ],
    [
      "un mois depuis le 30 janvier expire le 28 février, faute de 30 février (art. 641 al. 2 CPC)",
      { depart: "2026-01-30", duree: { mois: 1 } },
      "2026-02-28",
      "2026-03-02",
    ],
    [
      "un mois depuis le 31 mars expire le 30 avril, faute de 31 avril (art. 641 al. 2 CPC)",
      { depart: "2026-03-31", duree: { mois: 1 } },
      "2026-04-30",
      "2026-04-30",
    ],
    [
      "un an depuis le 29 février 2024 expire le 28 février 2025 (art. 641 al. 2 CPC)",
      { depart: "2024-02-29", duree: { ans: 1 } },
      "2025-02-28",
      "2025-02-28",
    ],
    [
      "un mois depuis le 31 janvier d'une année bissextile expire le 29 février (art. 641 al. 2 CPC)",
      { depart: "2028-01-31", duree: { mois: 1 } },
      "2028-02-29",
      "2028-02-29",
    ],
    [
      "les mois se comptent avant les jours (art. 641 al. 3 CPC)",
      { depart: "2026-01-31", duree: { mois: 1, jours: 2 } },
      "2026-03-02",
      "2026-03-02",
    ],
    [
      "le délai de distance outre-mer ajoute un mois au délai lui-même (art. 643 1° CPC)",
      { depart: "2026-03-10", duree: { mois: 1 }, distance: "outre-mer" },
      "2026-05-10",
      "2026-05-11",
    ],
    [
      "le délai de distance à l'étranger ajoute deux mois (art. 643 2° CPC)",
      { depart: "2026-03-10", duree: { mois: 1 }, distance: "etranger" },
      "2026-06-10",
      "2026-06-10",
    ],
    [
      "un délai à rebours (« au moins 15 jours avant ») tombant un jour ouvrable reste à sa date",
      { depart: "2026-12-15", duree: { jours: 15 }, sens: "avant" },
      "2026-11-30",
      "2026-11-30",
    ],
    [
      "un délai à rebours tombant le 11 novembre recule au mardi 10",
      { depart: "2026-11-26", duree: { jours: 15 }, sens: "avant" },
      "2026-11-11",
      "2026-11-10",
    ],
    [
      "un délai à rebours tombant un dimanche recule au vendredi",
      { depart: "2026-12-14", duree: { jours: 8 }, sens: "avant" },
      "2026-12-06",
      "2026-12-04",
    ],
  ] as const)("%s", (_titre, entree, nominale, limite) => {
    const r = calculerDelai(entree);
    expect(r.dateNominale).toBe(nominale);
    expect(r.dateLimite).toBe(limite);
    expect(r.prorogee).toBe(nominale !== limite);
    expect(r.fondements).toContain("CPC art. 641");
  });

  it("le Vendredi saint d'Alsace-Moselle n'est pas retenu, mais il est signalé (L.3134-13 C. trav., docs/droit/delais.md)", () => {
    const r = calculerDelai({ depart: "2026-03-03", duree: { mois: 1 }, departement: "67" });
    expect(r.dateLimite).toBe("2026-04-03");
    expect(r.dateLimiteCalendrierLocal).toBe("2026-04-07");
    expect(r.avertissements[0]).toMatch(/ne comptez pas sur ce jour férié local/);
    expect(r.fondements).toContain("C. trav. art. L.3134-13");
  });

  it("sans jour férié local en jeu, aucune date locale n'est donnée", () => {
    const r = calculerDelai({ depart: "2026-05-01", duree: { jours: 15 }, departement: "67" });
    expect(r.dateLimiteCalendrierLocal).toBeUndefined();
    expect(r.avertissements).toEqual([]);
  });

  it("explique le calcul en français et cite l'article 642 quand il proroge", () => {
    const r = calculerDelai({ depart: "2026-11-13", duree: { jours: 15 } });
    expect(r.fondements).toEqual(["CPC art. 640", "CPC art. 641", "CPC art. 642"]);
    expect(r.explication.join(" ")).toMatch(/prorogé au premier jour ouvrable suivant/);
    expect(r.joursSautes).toEqual([
      { date: "2026-11-28", raison: "samedi" },
      { date: "2026-11-29", raison: "dimanche" },
    ]);
  });
});

describe("délais de distance (art. 643 et 644 CPC)", () => {
  it.each([
    ["33", { departement: "971" }, "outre-mer", "CPC art. 643"],
    ["33", { pays: "BE" }, "etranger", "CPC art. 643"],
    ["33", { departement: "69" }, "aucune", "CPC art. 643"],
    ["974", { departement: "974" }, "aucune", "CPC art. 644"],
    ["974", { departement: "75" }, "outre-mer", "CPC art. 644"],
    ["971", { departement: "977" }, "outre-mer", "CPC art. 644"],
    ["972", { pays: "DE" }, "etranger", "CPC art. 644"],
  ] as const)("juridiction %s, partie %j → %s", (dep, residence, distance, fondement) => {
    const r = distancePour(dep, residence);
    expect(r.distance).toBe(distance);
    expect(r.fondements).toContain(fondement);
  });
});
