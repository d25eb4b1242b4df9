import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossierExemple } from "../../tests/fixtures/dossiers";
import { MOTEURS, ouvrirBaseDeTest } from "../../tests/setup/bases";
import {
  creerCompte,
  creerSession,
  fermerSession,
  fermerSessions,
  InstallationRefusee,
  installer,
  lireSession,
  listerSessions,
  membresDe,
  nombreUtilisateurs,
  noterTentative,
  nouveauCodeInstallation,
  roleSurDossier,
  tentativesRecentes,
} from "./comptes.server";
import type { Base } from "./database.server";
import { assurerOrganisationParDefaut, creerDossier } from "./dossiers.server";

describe.each(MOTEURS)("comptes et sessions (%s)", (moteur) => {
  let base: Base;
  beforeAll(async () => {
    base = await ouvrirBaseDeTest(moteur);
  });
  afterAll(async () => base.fermer());

  it("installation : un code à chaque démarrage tant qu'il n'y a pas de compte, le mauvais refusé, l'organisation d'avant adoptée", async () => {
    const org = await assurerOrganisationParDefaut(base.db);
    const { id } = await creerDossier(base.db, org, dossierExemple(), { aujourdhui: "2026-04-01" });
    const ancien = await nouveauCodeInstallation(base.db);
    const code = await nouveauCodeInstallation(base.db);
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const e = { email: "Marie@Atelier.fr", nom: "Marie", empreinteMotDePasse: "x", organisation: "Atelier Dupont" };
    await expect(installer(base.db, { ...e, code: ancien ?? "" })).rejects.toThrow(InstallationRefusee);
    await expect(installer(base.db, { ...e, code: "AAAA-BBBB-CCCC" })).rejects.toThrow(/code d'installation incorrect/);
    const r = await installer(base.db, { ...e, code: code ?? "" });
    expect(r.organisationId).toBe(org);
    expect(await roleSurDossier(base.db, id, r.utilisateurId)).toEqual({ organisationId: org, role: "administrateur" });
    expect(await membresDe(base.db, r.utilisateurId)).toEqual([
      { organisationId: org, role: "administrateur", nom: "Atelier Dupont" },
    ]);
    expect(await nouveauCodeInstallation(base.db)).toBeNull();
    await expect(installer(base.db, { ...e, code: code ?? "" })).rejects.toThrow(/déjà son administrateur/);
    expect(await nombreUtilisateurs(base.db)).toBe(1);
  });

  it("sessions : lues par leur jeton, fermées une à une ou partout", async () => {
    const autre = await creerCompte(base.db, {
      email: "paul@cabinet.fr",
      nom: "Paul",
      empreinteMotDePasse: "x",
      organisation: "Cabinet Martin",
      role: "gestionnaire",
      operateur: false,
    });
    const j1 = await creerSession(base.db, autre.utilisateurId, autre.organisationId, "navigateur 1");
    const j2 = await creerSession(base.db, autre.utilisateurId, autre.organisationId, "navigateur 2");
    expect((await lireSession(base.db, j1))?.email).toBe("paul@cabinet.fr");
    expect(await listerSessions(base.db, autre.utilisateurId)).toHaveLength(2);
    await fermerSession(base.db, j1);
    expect(await lireSession(base.db, j1)).toBeNull();
    expect(await lireSession(base.db, j2)).not.toBeNull();
    await fermerSessions(base.db, autre.utilisateurId);
    expect(await lireSession(base.db, j2)).toBeNull();
    expect(await lireSession(base.db, "jeton-inconnu-0000000000000")).toBeNull();
  });

  it("tentatives de connexion comptées par clé, dans la fenêtre", async () => {
    await noterTentative(base.db, ["compte:x@y.fr", "adresse:127.0.0.1"]);
    await noterTentative(base.db, ["compte:x@y.fr", "adresse:127.0.0.1"]);
    expect(await tentativesRecentes(base.db, "compte:x@y.fr", 60_000)).toBe(2);
    expect(await tentativesRecentes(base.db, "compte:z@y.fr", 60_000)).toBe(0);
  });
});
