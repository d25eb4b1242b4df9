/**
 * A camt.053 statement and a bank's CSV export matched to the open invoices (issue 15): exact
 * matches recorded as `paiement.recu` (the reminders stop, interest is recomputed), partial and
 * unreferenced entries listed to assign, debits ignored, and never a payment recorded twice.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossierExemple } from "../../../tests/fixtures/dossiers";
import { dossierGarageLefort, organisationQuiRelance } from "../../../tests/fixtures/relances";
import { MOTEURS, ouvrirBaseDeTest } from "../../../tests/setup/bases";
import { lireConfig } from "../../config.server";
import type { Services } from "../../contexte";
import type { Base } from "../../db/database.server";
import { chargerDossier, creerDossier } from "../../db/dossiers.server";
import { grandLivre } from "../creances.server";
import { planifierRelances } from "../relances/planificateur.server";
import { AffectationRefusee, affecter, rapprocher } from "./rapprochement.server";
import { lireReleve } from "./releve";

const releve = (f: string) => lireReleve(f, readFileSync(`tests/fixtures/releves/${f}`));

describe.each(MOTEURS)("rapprochement des relevés bancaires (%s)", (moteur) => {
  let base: Base;
  let s: Services;
  let martin: string;
  let lefort: string;
  beforeAll(async () => {
    base = await ouvrirBaseDeTest(moteur);
    const organisationId = await organisationQuiRelance(base.db, `Banque ${moteur}`);
    s = { base, config: lireConfig({}), aujourdhui: () => "2026-04-20", organisationId };
    // Boulangerie Martin: F-2026-014, 3 450 € of which 450 € paid → 3 000 € owed.
    martin = (await creerDossier(base.db, organisationId, dossierExemple(), { aujourdhui: "2026-04-20" })).id;
    const b = dossierGarageLefort(["2026-03-01", "2026-03-15"], ["2026-03-31", "2026-04-14"]);
    lefort = (await creerDossier(base.db, organisationId, b, { aujourdhui: "2026-04-20" })).id;
  });
  afterAll(async () => base.fermer());

  it("camt.053 : le paiement exact est inscrit (le dossier est soldé, plus de relance), l'acompte et le virement sans référence sont à affecter, le débit ignoré", async () => {
    const r = await rapprocher(s, releve("camt053.xml"));
    expect(r.map((x) => [x.ecriture.reference, x.statut])).toEqual([
      ["camt:2026041400001", "enregistre"],
      ["camt:2026041400002", "a-affecter"],
      ["camt:2026041500003", "a-affecter"],
      ["camt:2026041500004", "ignore"],
    ]);
    expect(r[1]?.raison).toBe("paiement partiel : 500.00 € pour 980.00 € restant dus");
    expect(r[2]?.candidats.map((c) => [c.debiteur, c.facture])).toEqual([["Garage Lefort", "G-2"]]);
    const d = await chargerDossier(base.db, martin);
    expect(d?.dossier.evenements.at(-1)).toEqual({
      type: "paiement.recu",
      date: "2026-04-14",
      montantCents: 300000,
      facture: "F-2026-014",
      releve: "camt:2026041400001",
    });
    expect(d?.etape).toBe("solde");
    // The book and the reminders follow at once.
    const livre = await grandLivre(s);
    expect(livre.debiteurs.map((x) => [x.nom, x.totalCents])).toEqual([["Garage Lefort", 110050]]);
    const prevues = await planifierRelances(s, {
      aujourdhui: "2026-04-21",
      organisationId: s.organisationId,
      simuler: true,
    });
    expect(prevues.map((p) => p.dossierId)).not.toContain(martin);
  });

  it("le même relevé importé deux fois : rien n'est inscrit deux fois", async () => {
    const r = await rapprocher(s, releve("camt053.xml"));
    expect(r[0]).toMatchObject({ statut: "deja-enregistre", raison: "écriture déjà inscrite au journal" });
    const d = await chargerDossier(base.db, martin);
    expect(d?.dossier.evenements.filter((e) => e.type === "paiement.recu")).toHaveLength(2);
  });

  it("relevé CSV de la banque : la facture nommée et payée au centime près est inscrite ; le paiement déjà reçu ne l'est pas deux fois", async () => {
    const r = await rapprocher(s, releve("releve-banque.csv"));
    expect(r.map((x) => x.statut)).toEqual(["a-affecter", "ignore", "enregistre"]);
    expect(r[0]?.raison).toBe("la facture F-2026-014 nommée dans le libellé est déjà réglée : rien n'est inscrit");
    const d = await chargerDossier(base.db, lefort);
    expect(d?.dossier.evenements.filter((e) => e.type === "paiement.recu")).toEqual([
      expect.objectContaining({ montantCents: 12050, facture: "G-2", date: "2026-04-15" }),
    ]);
    // Interest recomputed: only G-1 remains owed.
    const livre = await grandLivre(s);
    expect(livre.debiteurs.map((x) => [x.nom, x.totalCents])).toEqual([["Garage Lefort", 98000]]);
  });

  it("affectation en un clic : un acompte inscrit sur la facture choisie, jamais au-delà du reste dû, jamais deux fois", async () => {
    const acompte = { reference: "camt:2026041400002", date: "2026-04-14", montantCents: 50000 };
    await expect(affecter(s, { ...acompte, montantCents: 99000 }, lefort, "G-1")).rejects.toThrow(
      "Le virement (990.00 €) dépasse ce que la facture G-1 doit encore (980.00 €).",
    );
    expect(await affecter(s, acompte, lefort, "G-1")).toBe(
      "Paiement de 500,00 € inscrit sur la facture G-1 (Garage Lefort).",
    );
    expect(await affecter(s, acompte, lefort, "G-1")).toBe("Écriture déjà inscrite au journal.");
    await expect(affecter(s, acompte, martin, "F-2026-014")).rejects.toThrow(AffectationRefusee);
    const livre = await grandLivre(s);
    expect(livre.debiteurs.map((x) => [x.nom, x.totalCents])).toEqual([["Garage Lefort", 48000]]);
  });
});
