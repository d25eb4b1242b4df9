import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formaterErreurs } from "../validation/zod-fr";
import { DossierSchema, jsonSchemaDossier } from "./dossier.schema";

const exemple = JSON.parse(readFileSync(new URL("../../tests/fixtures/dossier-exemple.json", import.meta.url), "utf8"));

describe("schéma du dossier", () => {
  it("accepte le dossier d'exemple de la spécification", () => {
    const r = DossierSchema.safeParse(exemple);
    expect(r.success, r.success ? "" : formaterErreurs(r.error)).toBe(true);
    expect(r.data?.options.imputation).toBe("principal-d-abord");
    expect(r.data?.debiteur.adresse.pays).toBe("FR");
  });

  it("nomme chaque champ fautif en français", () => {
    const r = DossierSchema.safeParse({ creancier: { qualite: "pirate" }, debiteur: exemple.debiteur, factures: [{}] });
    expect(r.success).toBe(false);
    const message = formaterErreurs(r.error!);
    expect(message).toContain("creancier.qualite : Option invalide");
    expect(message).toContain("creancier.adresse : champ obligatoire manquant");
    expect(message).toContain("factures[0].numero : champ obligatoire manquant");
    expect(message).toContain("factures[0].dateEcheance : champ obligatoire manquant");
  });

  it("refuse un paiement imputé sur une facture inconnue", () => {
    const r = DossierSchema.safeParse({
      ...exemple,
      evenements: [{ type: "paiement.recu", date: "2026-02-20", montantCents: 100, facture: "F-X" }],
    });
    expect(formaterErreurs(r.error!)).toContain("evenements[0].facture : la facture « F-X » n'existe pas");
  });

  it("se publie en JSON Schema", () => {
    const s = jsonSchemaDossier() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(s.properties)).toEqual(
      expect.arrayContaining(["creancier", "debiteur", "factures", "evenements", "pieces", "options"]),
    );
    expect(s.required).toEqual(expect.arrayContaining(["creancier", "debiteur"]));
  });
});
