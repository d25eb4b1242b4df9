import { describe, expect, it } from "vitest";
import { TYPES_EVENEMENT } from "../../domain/dossier/evenements";
import { EVENEMENTS_JUDICIAIRES, PERMISSIONS, permissionDeLEvenement, peut, raisonDuRefus } from "./permissions";

describe("table des permissions", () => {
  it("chaque rôle consulte les dossiers auxquels il a accès", () => {
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

  it("seul l'administrateur gère les membres et lit le journal d'audit", () => {
    for (const role of ["gestionnaire", "lecteur", "avocat"] as const) {
      expect(peut(role, "organisation.membres"), role).toBe(false);
      expect(peut(role, "organisation.audit"), role).toBe(false);
    }
    expect(peut("administrateur", "organisation.membres")).toBe(true);
    expect(peut("administrateur", "organisation.audit")).toBe(true);
  });

  it("l'avocat ajoute pièces, notes et événements judiciaires, sans modifier ni confier le dossier", () => {
    expect(peut("avocat", "dossier.judiciaire")).toBe(true);
    expect(peut("avocat", "dossier.piece")).toBe(true);
    expect(peut("avocat", "dossier.note")).toBe(true);
    expect(peut("avocat", "dossier.modifier")).toBe(false);
    expect(peut("avocat", "dossier.confier")).toBe(false);
    expect(raisonDuRefus("avocat", "dossier.modifier")).toMatch(/^Comme avocat/);
  });

  it("les événements judiciaires sont ceux du vocabulaire du journal, et eux seuls demandent « dossier.judiciaire »", () => {
    for (const type of EVENEMENTS_JUDICIAIRES) expect(TYPES_EVENEMENT).toContain(type);
    expect(permissionDeLEvenement("requete.deposee")).toBe("dossier.judiciaire");
    expect(permissionDeLEvenement("ordonnance.rendue")).toBe("dossier.judiciaire");
    expect(permissionDeLEvenement("relance.envoyee")).toBe("dossier.modifier");
    expect(permissionDeLEvenement("paiement.recu")).toBe("dossier.modifier");
    expect(permissionDeLEvenement("inconnu")).toBe("dossier.modifier");
  });
});
