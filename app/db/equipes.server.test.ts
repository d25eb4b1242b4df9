import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossierExemple } from "../../tests/fixtures/dossiers";
import { MOTEURS, ouvrirBaseDeTest } from "../../tests/setup/bases";
import { confierDossier, dossiersConfies, revoquerAcces } from "./avocats.server";
import {
  creerCompte,
  creerUtilisateur,
  nouveauJetonCalendrier,
  revoquerJetonCalendrier,
  roleSurDossier,
  utilisateurDuJetonCalendrier,
} from "./comptes.server";
import type { Base, Db } from "./database.server";
import { creerDossier } from "./dossiers.server";
import { ChangementRefuse, changerRole, consommerLien, creerLien, lireLien, retirerMembre } from "./equipes.server";
import { ajouterEvenements } from "./journal.server";
import { listerEcheances } from "./listes.server";

describe.each(MOTEURS)("équipes, liens et avocats (%s)", (moteur) => {
  let base: Base;
  let marie: { utilisateurId: string; organisationId: string };
  let paul: { utilisateurId: string; organisationId: string };
  let dossierId: string;
  beforeAll(async () => {
    base = await ouvrirBaseDeTest(moteur);
    const c = { empreinteMotDePasse: "x", role: "administrateur" as const, operateur: false };
    marie = await creerCompte(base.db, { ...c, email: "marie@atelier.fr", nom: "Marie", organisation: "Atelier" });
    paul = await creerCompte(base.db, { ...c, email: "paul@cabinet.fr", nom: "Paul", organisation: "Cabinet" });
    dossierId = (await creerDossier(base.db, marie.organisationId, dossierExemple(), { aujourdhui: "2026-04-01" })).id;
    await ajouterEvenements(base.db, dossierId, 1, [], {
      machineVersion: "test",
      snapshot: {},
      etape: "relance",
      prochaineEcheance: "2031-02-04",
      resteDuCents: 100,
      echeances: [{ code: "prescription", date: "2031-02-04", libelle: "Prescription", fondements: [] }],
      restantes: [],
    });
  });
  afterAll(async () => base.fermer());

  it("un lien sert une fois : valide, puis utilisé ; deux usages simultanés, un seul réussit", async () => {
    const { jeton } = await creerLien(base.db, {
      nature: "invitation",
      email: "Gaelle@Atelier.fr",
      organisationId: marie.organisationId,
      role: "gestionnaire",
      creePar: marie.utilisateurId,
    });
    const lu = await lireLien(base.db, jeton);
    expect(lu?.etat).toBe("valide");
    expect(lu?.lien).toMatchObject({ email: "gaelle@atelier.fr", role: "gestionnaire", organisation: "Atelier" });
    const essais = await Promise.all([consommerLien(base.db, jeton), consommerLien(base.db, jeton)]);
    expect(essais.filter(Boolean)).toHaveLength(1);
    expect((await lireLien(base.db, jeton))?.etat).toBe("utilise");
    expect(await lireLien(base.db, `${jeton.slice(0, -2)}xx`)).toBeNull();
    expect(await lireLien(base.db, "court")).toBeNull();
  });

  it("un lien expiré ne sert plus (invitation comme réinitialisation)", async () => {
    for (const nature of ["invitation", "reinitialisation"] as const) {
      const { jeton } = await creerLien(base.db, {
        nature,
        email: "luc@atelier.fr",
        organisationId: marie.organisationId,
        utilisateurId: marie.utilisateurId,
        creePar: marie.utilisateurId,
        dureeMs: -1000,
      });
      expect((await lireLien(base.db, jeton))?.etat).toBe("expire");
      expect(await consommerLien(base.db, jeton)).toBe(false);
    }
  });

  it("l'organisation garde toujours un administrateur", async () => {
    await expect(changerRole(base.db, marie.organisationId, marie.utilisateurId, "lecteur")).rejects.toBeInstanceOf(
      ChangementRefuse,
    );
    await expect(retirerMembre(base.db, marie.organisationId, marie.utilisateurId)).rejects.toThrow(
      /au moins un administrateur/,
    );
  });

  it("un avocat n'a accès qu'aux dossiers confiés, jusqu'au retrait ; une autre organisation, jamais", async () => {
    expect(await roleSurDossier(base.db, dossierId, paul.utilisateurId)).toBeNull();
    const avocat = await creerUtilisateur(base.db, {
      email: "me@avocats.fr",
      nom: "Me Bernard",
      empreinteMotDePasse: "x",
    });
    expect(await roleSurDossier(base.db, dossierId, avocat)).toBeNull();
    await confierDossier(base.db, dossierId, avocat, marie.utilisateurId);
    await confierDossier(base.db, dossierId, avocat, marie.utilisateurId); // twice: still one access
    expect(await roleSurDossier(base.db, dossierId, avocat)).toEqual({
      organisationId: marie.organisationId,
      role: "avocat",
    });
    const confies = await dossiersConfies(base.db, avocat);
    expect(confies).toHaveLength(1);
    expect(confies[0]).toMatchObject({ id: dossierId, organisation: "Atelier" });

    // The lawyer's personal feed holds the entrusted dossier's deadlines, then nothing once revoked.
    const jeton = await nouveauJetonCalendrier(base.db, avocat);
    expect(await utilisateurDuJetonCalendrier(base.db, jeton)).toBe(avocat);
    const avant = await listerEcheances(base.db, avocat, "2000-01-01");
    expect(avant.every((e) => e.dossierId === dossierId)).toBe(true);
    expect(avant.length).toBeGreaterThan(0);

    const [acces] = await (base.db as Db).query.accesAvocat.findMany({
      where: (a, { eq }) => eq(a.utilisateurId, avocat),
    });
    expect(await revoquerAcces(base.db, dossierId, acces!.id)).toBe(avocat);
    expect(await roleSurDossier(base.db, dossierId, avocat)).toBeNull();
    expect(await dossiersConfies(base.db, avocat)).toEqual([]);
    expect(await listerEcheances(base.db, avocat, "2000-01-01")).toEqual([]);

    await revoquerJetonCalendrier(base.db, avocat);
    expect(await utilisateurDuJetonCalendrier(base.db, jeton)).toBeNull();
    // Paul's feed never holds Marie's dossiers.
    expect(
      (await listerEcheances(base.db, paul.utilisateurId, "2000-01-01")).some((e) => e.dossierId === dossierId),
    ).toBe(false);
  });
});
