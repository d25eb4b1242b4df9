/**
 * Every legal basis the engine can produce is in the registry of references (domain/droit), with
 * its Légifrance link, and every registry entry is explained in docs/droit/. Walked over the test
 * dossiers, the statechart scenarios (replayed day after day), and the four calculators.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { executerCalcul } from "../../domain/calculs/calculs";
import { ajouterJours } from "../../domain/dates/jour";
import { situation } from "../../domain/dossier/analyse";
import { type Dossier, DossierSchema } from "../../domain/dossier/dossier.schema";
import { QUALITES } from "../../domain/dossier/qualite";
import { analyserFondement, toutesLesReferences } from "../../domain/droit/references";
import { dossiersDeTest } from "../../tests/fixtures/dossiers";
import { dossierStatique, rejouer } from "./parcours";
import { DOSSIER_SCENARIOS, scenarios } from "./scenarios/generer";

function fondementsDuDossier(dossier: Dossier, jour: string, recueil: Set<string>) {
  const p = rejouer(dossier, jour);
  for (const e of p.echeances) for (const f of e.fondements) recueil.add(f);
  for (const a of p.prochainesActions) for (const f of a.fondements) recueil.add(f);
  const sit = situation(dossierStatique(dossier), p.snapshot.context.journal, jour);
  for (const f of sit.interets?.fondements ?? []) recueil.add(f);
  for (const l of sit.interets?.lignes ?? []) recueil.add(l.fondement);
  for (const pr of sit.prescriptions) {
    for (const f of pr.resultat.fondements) recueil.add(f);
    for (const c of pr.resultat.chronologie) for (const f of c.fondements) recueil.add(f);
  }
}

function tousLesFondements(): Set<string> {
  const recueil = new Set<string>();
  for (const { dossier, aujourdhui } of dossiersDeTest()) {
    for (const jour of [aujourdhui, ajouterJours(aujourdhui, 90), ajouterJours(aujourdhui, 400)]) {
      fondementsDuDossier(dossier, jour, recueil);
    }
  }
  for (const [nom, aujourdhui] of scenarios()) {
    const dossier = DossierSchema.parse(
      JSON.parse(readFileSync(path.join(DOSSIER_SCENARIOS, `${nom}.dossier.json`), "utf8")),
    );
    for (const jour of [aujourdhui, ajouterJours(aujourdhui, 60), ajouterJours(aujourdhui, 800)]) {
      fondementsDuDossier(dossier, jour, recueil);
    }
  }
  const calcul = (nom: Parameters<typeof executerCalcul>[0], entree: unknown) => {
    const r = executerCalcul(nom, entree, { aujourdhui: "2026-11-30", explicite: true });
    if (!r.ok) throw new Error(`${nom} : ${JSON.stringify(r.erreurs)}`);
    const res = r.resultat as {
      fondements?: string[];
      frais?: { fondement: string }[];
      lignes?: { fondement: string }[];
      chronologie?: { fondements: string[] }[];
    };
    for (const f of res.fondements ?? []) recueil.add(f);
    for (const f of res.frais ?? []) recueil.add(f.fondement);
    for (const l of res.lignes ?? []) recueil.add(l.fondement);
    for (const c of res.chronologie ?? []) for (const f of c.fondements) recueil.add(f);
  };
  for (const departement of ["33", "67", "971", "975", "987", "69"]) {
    for (const qualite of QUALITES) {
      for (const montantCents of [300_000, 800_000, 1_500_000]) {
        for (const objet of ["facture", "loyer-habitation"]) {
          calcul("juridiction", {
            debiteur: { qualite, departement, commune: "Lyon" },
            creancier: { qualite: "particulier" },
            objet,
            montantCents,
          });
        }
      }
    }
  }
  calcul("juridiction", { debiteur: { qualite: "societe-commerciale", pays: "BE" }, montantCents: 300_000 });
  for (const nature of ["commerciale", "civile", "consommateur", "titre-executoire", "transport"]) {
    calcul("prescription", {
      nature,
      pointDeDepart: "2021-03-15",
      evenements: [
        { type: "relance", date: "2022-01-10" },
        { type: "mise-en-demeure", date: "2022-02-10" },
        { type: "reconnaissance", date: "2023-05-10" },
        { type: "mediation-debut", date: "2024-01-10" },
        { type: "mediation-fin", date: "2024-03-10" },
        { type: "demande-en-justice", date: "2024-06-10" },
        { type: "instance-non-avenue", date: "2025-01-10" },
      ],
      qualiteDebiteur: "association",
    });
  }
  for (const departement of ["33", "67", "971", "987"]) {
    calcul("delai", { depart: "2026-05-01", duree: { mois: 1 }, departement, distance: "outre-mer" });
  }
  for (const [creancier, debiteur] of [
    ["societe-commerciale", "societe-commerciale"],
    ["societe-commerciale", "particulier"],
    ["particulier", "societe-commerciale"],
    ["societe-commerciale", "association"],
  ]) {
    calcul("interets", {
      creancier: { qualite: creancier },
      debiteur: { qualite: debiteur },
      tauxContractuelPourcent: "1.00",
      dateMiseEnDemeure: "2025-02-01",
      dateDecisionExecutoire: "2025-06-01",
      capitalisation: true,
      fraisRecouvrementJustifiesCents: 15_000,
      factures: [{ numero: "F-1", montantTtcCents: 100_000, dateEcheance: "2025-01-15", paiements: [] }],
      au: "2026-11-30",
    });
  }
  return recueil;
}

describe("références juridiques (domain/droit)", () => {
  const fondements = [...tousLesFondements()].sort();

  it("chaque fondement que le moteur produit figure au registre, avec son lien Légifrance", () => {
    expect(fondements.length).toBeGreaterThan(60);
    const inconnus = fondements.flatMap((f) => analyserFondement(f).inconnus.map((i) => `${i} (dans « ${f} »)`));
    expect(inconnus).toEqual([]);
    for (const f of fondements) {
      for (const r of analyserFondement(f).references)
        expect(r.lien).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\/search\//);
    }
  });

  it("chaque entrée du registre est expliquée dans docs/droit/", () => {
    const dossier = path.resolve("docs/droit");
    const texte = readdirSync(dossier)
      .filter((f) => f.endsWith(".md"))
      .map((f) => readFileSync(path.join(dossier, f), "utf8"))
      .join("\n")
      .replace(/\s+/g, " ");
    const absentes = toutesLesReferences()
      .map((r) => r.citation)
      .filter((c) => !texte.includes(c));
    expect(absentes).toEqual([]);
  });
});
