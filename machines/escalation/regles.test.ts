/**
 * A guard and its refusal are one rule: at the judicial stage, over every test dossier and every
 * route, the machine accepts exactly what the rule permits, and a refusal says the rule's reason.
 */
import { describe, expect, it } from "vitest";
import { dossiersDeTest } from "../../tests/fixtures/dossiers";
import { etapeDe, rejouer } from "./parcours";
import { voieOuverte } from "./regles";
import { envoyer } from "./temps";

const VOIES = ["petites-creances", "injonction-de-payer", "refere-provision", "assignation"] as const;

describe("règles des gardes et raisons des refus", () => {
  it("la machine accepte ce que la règle permet, et le refus dit la raison de la règle", () => {
    let verifies = 0;
    for (const { dossier, aujourdhui } of dossiersDeTest()) {
      const s = rejouer(
        { ...dossier, evenements: dossier.evenements.filter((e) => e.type !== "voie.choisie") },
        aujourdhui,
      ).snapshot;
      if (etapeDe(s) !== "voie-judiciaire") continue;
      for (const voie of VOIES) {
        const e = { type: "voie.choisie" as const, date: aujourdhui, voie };
        const verdict = voieOuverte(s.context, e);
        const r = envoyer(s, e);
        expect(r.accepte, `${voie}`).toBe(verdict.permis);
        if (!verdict.permis) expect(r.raison).toBe(verdict.raison);
        verifies++;
      }
    }
    expect(verifies).toBeGreaterThan(4);
  });
});
