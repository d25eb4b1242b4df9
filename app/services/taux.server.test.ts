import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MOTEURS, ouvrirBaseDeTest } from "../../tests/setup/bases";
import type { Base } from "../db/database.server";
import { ajouterTauxPublie, tauxDeLInstance, vueTaux } from "./taux.server";

describe.each(MOTEURS)("taux publiés de l'instance (%s)", (moteur) => {
  let base: Base;
  beforeAll(async () => {
    base = await ouvrirBaseDeTest(moteur);
  });
  afterAll(async () => base.fermer());

  it("signale les semestres manquants, ajoute un taux tapé à la française, le refuse deux fois", async () => {
    const avant = await vueTaux(base.db, "2026-11-30");
    expect(avant.manquants.bce.map((m) => m.semestre)).toContain("2026-S2");
    const r = await ajouterTauxPublie(
      base.db,
      { nature: "bce", semestre: "2026-S2", tauxPourcent: "2,15 %", source: "Communiqué de la BCE" },
      "2026-11-30",
    );
    expect(r.ok).toBe(true);
    const apres = await vueTaux(base.db, "2026-11-30");
    expect(apres.manquants.bce.map((m) => m.semestre)).not.toContain("2026-S2");
    expect(apres.bce[0]).toMatchObject({ semestre: "2026-S2", tauxPourcent: "2.15", ajouteLe: "2026-11-30" });
    expect((await tauxDeLInstance(base.db)).bce).toHaveLength(1);
    const encore = await ajouterTauxPublie(
      base.db,
      { nature: "bce", semestre: "2026-S2", tauxPourcent: "2,15", source: "x" },
      "2026-11-30",
    );
    expect(encore).toEqual({
      ok: false,
      erreurs: [{ champ: "semestre", message: "un taux a déjà été ajouté pour le 2e semestre 2026" }],
    });
  });

  it("nomme chaque champ fautif en français", async () => {
    const r = await ajouterTauxPublie(
      base.db,
      { nature: "legal", semestre: "2026-2", particulier: "abc" },
      "2026-11-30",
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.erreurs.map((e) => e.champ).sort()).toEqual(["autresCas", "particulier", "semestre", "source"]);
    const sansNature = await ajouterTauxPublie(base.db, {}, "2026-11-30");
    expect(sansNature.ok ? null : sansNature.erreurs[0]).toEqual({
      champ: "nature",
      message: "choisissez le taux légal ou le taux de la BCE",
    });
  });
});
