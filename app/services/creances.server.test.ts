import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossierExemple } from "../../tests/fixtures/dossiers";
import { dossierGarageLefort, organisationQuiRelance } from "../../tests/fixtures/relances";
import { MOTEURS, ouvrirBaseDeTest } from "../../tests/setup/bases";
import { lireConfig } from "../config.server";
import type { Services } from "../contexte";
import type { Base } from "../db/database.server";
import { chargerDossier, creerDossier } from "../db/dossiers.server";
import { celluleSure, grandLivre, tranche } from "./creances.server";
import { avancerDossier } from "./parcours-dossier.server";

describe("tranches de la balance âgée", () => {
  it("le jour de l'échéance n'est pas un retard ; 30, 31, 60, 61, 90 et 91 jours", () => {
    expect(tranche("2026-04-30", "2026-04-30")).toBe("non-echu");
    expect(tranche("2026-03-31", "2026-04-30")).toBe("1-30");
    expect(tranche("2026-03-30", "2026-04-30")).toBe("31-60");
    expect(tranche("2026-02-28", "2026-04-30")).toBe("61-90");
    expect(tranche("2026-01-30", "2026-04-30")).toBe("61-90");
    expect(tranche("2026-01-29", "2026-04-30")).toBe("plus-90");
  });

  it("une cellule d'export qu'un tableur exécuterait est neutralisée", () => {
    expect(celluleSure('=HYPERLINK("http://x","clic")')).toBe('"\'=HYPERLINK(""http://x"",""clic"")"');
    expect(celluleSure("+33 1 23")).toBe("'+33 1 23");
    expect(celluleSure("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(celluleSure("Boulangerie Martin")).toBe("Boulangerie Martin");
  });
});

describe.each(MOTEURS)("grand livre des créances (%s)", (moteur) => {
  let base: Base;
  let s: Services;
  beforeAll(async () => {
    base = await ouvrirBaseDeTest(moteur);
    const organisationId = await organisationQuiRelance(base.db, `Livre ${moteur}`);
    s = { base, config: lireConfig({}), aujourdhui: () => "2026-04-30", organisationId };
  });
  afterAll(async () => base.fermer());

  it("totaux, balance par débiteur, montants par étape, DSO ; un dossier d'avant le livre est complété à la lecture", async () => {
    // Boulangerie Martin: 3 450 € due 4 Feb (85 days late), 450 € paid → 3 000 € in 61-90.
    const a = dossierExemple();
    const { id: idA } = await creerDossier(base.db, s.organisationId, a, { aujourdhui: "2026-04-30" });
    await avancerDossier(base.db, (await chargerDossier(base.db, idA))!, "2026-04-30");
    // Garage Lefort: two invoices, one not yet due, one 10 days late; never advanced (restantes null).
    const b = dossierGarageLefort(["2026-03-20", "2026-04-15"], ["2026-04-20", "2026-05-15"]);
    await creerDossier(base.db, s.organisationId, b, { aujourdhui: "2026-04-30" });

    const livre = await grandLivre(s);
    expect(livre.totalCents).toBe(300000 + 98000 + 12050);
    expect(livre.tranches).toEqual({ "non-echu": 12050, "1-30": 98000, "31-60": 0, "61-90": 300000, "plus-90": 0 });
    const lignes = Object.fromEntries(livre.debiteurs.map((d) => [d.nom, [d.totalCents, d.plusAncienne]]));
    expect(lignes).toEqual({
      "Boulangerie Martin": [300000, "2026-02-04"],
      "Garage Lefort": [110050, "2026-04-20"],
    });
    expect(livre.parEtape.map((e) => [e.etape, e.cents, e.nombre])).toEqual([
      ["relance", 300000, 1],
      ["qualification", 110050, 1],
    ]);
    // Invoiced over the last 90 days (after 30 Jan): 980 + 120,50 (the Boulangerie's invoice dates from 5 Jan).
    expect(livre.ventes90Cents).toBe(110050);
    expect(livre.dso).toBe(Math.round((410050 / 110050) * 90));
    expect(livre.prescritesBientot).toEqual([]);
  });
});
