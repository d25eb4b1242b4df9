import { describe, expect, it } from "vitest";
import { situation } from "../../domain/dossier/analyse";
import type { Dossier } from "../../domain/dossier/dossier.schema";
import { planParDefaut } from "../../domain/relances/plan";
import { dossierExemple } from "../../tests/fixtures/dossiers";
import { dossierStatique, rejouer } from "../escalation/parcours";
import { deciderRelance, etatDesRelances } from "./decision";

function decider(d: Dossier, aujourdhui: string, deja: string[] = [], enPause = false) {
  const { snapshot } = rejouer(d, aujourdhui);
  const sit = situation(dossierStatique(d), snapshot.context.journal, aujourdhui);
  const plan = planParDefaut();
  const etat = etatDesRelances(snapshot, sit, plan, enPause);
  return { etat, decision: deciderRelance(snapshot, etat, plan, aujourdhui, new Set(deja), "D") };
}

function facture(echeance: string, modifier: (d: Dossier) => void = () => {}): Dossier {
  const d = dossierExemple();
  d.factures = [{ ...d.factures[0]!, dateEmission: echeance, dateEcheance: echeance }];
  d.evenements = [];
  modifier(d);
  return d;
}

describe("décision du jour d'un plan de relance", () => {
  it("la plus récente étape due, une seule : un plan appliqué tard ne rattrape pas les étapes passées", () => {
    const { decision } = decider(facture("2026-03-02"), "2026-03-20");
    expect(decision).toMatchObject({
      quoi: "emettre",
      etape: { code: "relance-ferme" },
      cle: "D:relance-ferme:2026-03-02",
    });
    // Decided already: nothing more today, and never an earlier step afterwards.
    expect(decider(facture("2026-03-02"), "2026-03-20", ["D:relance-ferme:2026-03-02"]).decision.quoi).toBe("rien");
  });

  it("jamais un samedi, un dimanche ni un jour férié où demeure le débiteur (lundi de Pâques 2026)", () => {
    expect(decider(facture("2026-04-03"), "2026-04-06").decision).toEqual({ quoi: "rien", pourquoi: null });
    expect(decider(facture("2026-04-03"), "2026-04-07").decision).toMatchObject({
      quoi: "emettre",
      etape: { code: "relance-amiable", prevue: "2026-04-06", jour: "2026-04-07" },
    });
  });

  it("jours fériés locaux du débiteur : le Vendredi saint chôme en Alsace-Moselle (C. trav. art. L.3134-13), pas à Bordeaux", () => {
    const alsace = facture("2026-03-31", (x) => {
      x.debiteur.adresse = { ligne1: "1 place Kléber", codePostal: "67000", ville: "Strasbourg", pays: "FR" };
    });
    expect(decider(alsace, "2026-04-03").decision).toEqual({ quoi: "rien", pourquoi: null });
    expect(decider(alsace, "2026-04-07").decision).toMatchObject({ quoi: "emettre", etape: { jour: "2026-04-07" } });
    expect(decider(facture("2026-03-31"), "2026-04-03").decision).toMatchObject({
      quoi: "emettre",
      etape: { code: "relance-amiable", jour: "2026-04-03" },
    });
  });

  it("délai minimal entre deux contacts : la relance attend, et la page dit jusqu'à quand", () => {
    const d = facture("2026-03-02", (x) => {
      x.evenements = [{ type: "relance.envoyee", date: "2026-03-16", canal: "telephone" }];
    });
    const { decision } = decider(d, "2026-03-18");
    expect(decision.quoi).toBe("rien");
    expect(decision.quoi === "rien" && decision.pourquoi?.replace(/\u00a0/g, " ")).toBe(
      "Prochaine relance après le 20 mars 2026 (délai minimal de 5 jours entre deux contacts).",
    );
  });

  it("prescription proche (C. consom. art. L.218-2 : deux ans envers un consommateur) : les relances restantes cèdent la place à la mise en demeure, tout de suite", () => {
    // Work done on 20 April 2024 for a consumer, invoice due 1 April 2026: last day to act 19 April
    // 2026, before the plan's last step (J+30, 1 May) plus 30 days for the judicial route.
    const d = facture("2026-04-01", (x) => {
      x.debiteur = {
        qualite: "particulier",
        civilite: "M.",
        nom: "Martin",
        prenoms: "Paul",
        adresse: { ligne1: "4 rue Sainte-Catherine", codePostal: "33000", ville: "Bordeaux", pays: "FR" },
      };
      x.factures[0]!.dateExecution = "2024-04-20";
    });
    const { decision } = decider(d, "2026-04-09");
    expect(decision).toMatchObject({ quoi: "emettre", etape: { type: "mise-en-demeure" } });
    expect(decision.quoi === "emettre" && decision.remaniement?.replace(/\u00a0/g, " ")).toBe(
      "Prescription le 19 avril 2026 : les relances restantes sont remplacées par la mise en demeure, proposée dès aujourd'hui.",
    );
  });

  it("procédure collective (C. com. art. L.622-21) : aucune relance, la raison le dit", () => {
    const d = facture("2026-03-02", (x) => {
      x.evenements = [
        { type: "procedure-collective.ouverte", date: "2026-03-10", datePublicationBodacc: "2026-03-12" },
      ];
    });
    const { etat, decision } = decider(d, "2026-03-20");
    expect(etat.actives).toBe(false);
    expect(decision).toEqual({
      quoi: "rien",
      pourquoi:
        "Aucune relance : le débiteur est en procédure collective (C. com. art. L.622-21) ; la créance se déclare au mandataire.",
    });
  });

  it("paiement complet : créance soldée, plus de relance ; pause : la page le dit", () => {
    const payee = facture("2026-03-02", (x) => {
      x.evenements = [{ type: "paiement.recu", date: "2026-03-10", montantCents: x.factures[0]!.montantTtcCents }];
    });
    expect(decider(payee, "2026-03-20").etat.raison).toBe("Créance soldée : plus de relance.");
    expect(decider(facture("2026-03-02"), "2026-03-20", [], true).etat.raison).toBe(
      "Relances mises en pause pour ce dossier.",
    );
  });
});
