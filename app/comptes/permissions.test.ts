import { describe, expect, it } from "vitest";
import { PERMISSIONS, peut, raisonDuRefus } from "./permissions";

describe("table des permissions", () => {
  it("chaque rôle consulte les dossiers de son organisation", () => {
    for (const role of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(peut(role, "dossier.lire"), role).toBe(true);
    }
  });

  it("administrateur et gestionnaire modifient, le lecteur non — et le refus le dit en nommant le rôle", () => {
    expect(peut("administrateur", "dossier.modifier")).toBe(true);
    expect(peut("gestionnaire", "dossier.modifier")).toBe(true);
    expect(peut("lecteur", "dossier.modifier")).toBe(false);
    expect(raisonDuRefus("lecteur", "dossier.modifier")).toBe(
      "Votre rôle (lecteur) permet de consulter les dossiers de l'organisation, pas de les modifier : demandez à un administrateur.",
    );
  });
});
