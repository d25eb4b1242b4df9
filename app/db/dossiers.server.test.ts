import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossierExemple } from "../../tests/fixtures/dossiers";
import { MOTEURS, ouvrirBaseDeTest } from "../../tests/setup/bases";
import { chargerBrouillon, creerBrouillon, enregistrerBrouillon, ouvrirBrouillon } from "./brouillons.server";
import { creerCompte } from "./comptes.server";
import type { Base } from "./database.server";
import {
  assurerOrganisationParDefaut,
  ConflitDeVersion,
  chargerDossier,
  creerDossier,
  modifierDossier,
  statutDuDossier,
  supprimerDossier,
} from "./dossiers.server";
import { ajouterEvenements } from "./journal.server";
import { compterDossiers, listerDossiers, listerEcheances } from "./listes.server";

const exemple = dossierExemple();

describe.each(MOTEURS)("dépôt des dossiers (%s)", (moteur) => {
  let base: Base;
  let org: string;

  beforeAll(async () => {
    base = await ouvrirBaseDeTest(moteur);
    org = await assurerOrganisationParDefaut(base.db);
  });
  afterAll(async () => {
    await base?.fermer();
  });

  it("crée une seule organisation par défaut", async () => {
    expect(await assurerOrganisationParDefaut(base.db)).toBe(org);
  });

  it("enregistre puis relit le dossier à l'identique (centimes entiers, dates calendaires)", async () => {
    const { id, reference, version } = await creerDossier(base.db, org, exemple, { aujourdhui: "2026-03-01" });
    expect(reference).toBe("2026-0001");
    expect(version).toBe(1);
    const lu = await chargerDossier(base.db, id);
    expect(lu?.dossier).toEqual({ ...exemple, reference });
    expect(typeof lu?.dossier.factures[0]?.montantTtcCents).toBe("number");
    expect(lu?.dossier.factures[0]?.dateEcheance).toBe("2026-02-04");
  });

  it("ajoute au journal dans l'ordre et refuse une version périmée", async () => {
    const { id } = await creerDossier(base.db, org, exemple, { aujourdhui: "2026-03-01" });
    const v2 = await ajouterEvenements(base.db, id, 1, [{ type: "med.envoyee", date: "2026-03-02", mode: "lrar" }], {
      machineVersion: "test",
      snapshot: { value: "miseEnDemeure" },
      etape: "mise-en-demeure",
      prochaineEcheance: "2026-03-10",
      resteDuCents: 300_000,
      echeances: [{ code: "med", date: "2026-03-10", libelle: "Fin du délai de la mise en demeure", fondements: [] }],
      restantes: [{ numero: "F-2026-014", echeance: "2026-02-04", resteCents: 300_000 }],
    });
    expect(v2).toBe(2);
    await expect(ajouterEvenements(base.db, id, 1, [{ type: "med.recue", date: "2026-03-04" }])).rejects.toBeInstanceOf(
      ConflitDeVersion,
    );
    const lu = await chargerDossier(base.db, id);
    expect(lu?.dossier.evenements.map((e) => e.type)).toEqual(["relance.envoyee", "paiement.recu", "med.envoyee"]);
    expect(lu?.etape).toBe("mise-en-demeure");
    expect((await chargerDossier(base.db, id))?.etat?.derniereSequence).toBe(3);
    const [resume] = (await listerDossiers(base.db, org)).filter((d) => d.id === id);
    expect(resume).toMatchObject({ resteDuCents: 300_000, statut: "ouvert", debiteur: "Boulangerie Martin" });
    // The deadlines of a person's feed: their organisation's dossiers.
    const { utilisateurId } = await creerCompte(base.db, {
      email: `echeances-${moteur}@exemple.fr`,
      nom: "Marie",
      empreinteMotDePasse: "x",
      organisation: "Mon entreprise",
      role: "lecteur",
      operateur: false,
    });
    expect(await listerEcheances(base.db, utilisateurId, "2026-03-10")).toContainEqual(
      expect.objectContaining({ dossierId: id, date: "2026-03-10", debiteur: "Boulangerie Martin" }),
    );
    expect((await listerEcheances(base.db, utilisateurId, "2026-03-11")).filter((e) => e.dossierId === id)).toEqual([]);
  });

  it("modifie les parties et les factures avec contrôle de version", async () => {
    const { id } = await creerDossier(base.db, org, exemple, { aujourdhui: "2026-03-01" });
    const modifie = { ...exemple, factures: [...exemple.factures, { ...exemple.factures[0]!, numero: "F-2" }] };
    expect(await modifierDossier(base.db, id, 1, modifie)).toBe(2);
    await expect(modifierDossier(base.db, id, 1, modifie)).rejects.toThrow(/modifié entre-temps/);
    expect((await chargerDossier(base.db, id))?.dossier.factures.map((f) => f.numero)).toEqual(["F-2026-014", "F-2"]);
  });

  it("garde un brouillon d'assistant hors des dossiers ouverts, puis l'ouvre avec son journal", async () => {
    const { id, version } = await creerBrouillon(base.db, org, { aujourdhui: "2026-03-01" });
    expect(await chargerDossier(base.db, id)).toBeNull();
    expect(await statutDuDossier(base.db, id)).toBe("brouillon");
    const v2 = await enregistrerBrouillon(base.db, id, version, { debiteur: { nom: "Martin", prenoms: "Luc" } });
    await expect(enregistrerBrouillon(base.db, id, version, {})).rejects.toBeInstanceOf(ConflitDeVersion);
    expect((await chargerBrouillon(base.db, id))?.brouillon).toEqual({ debiteur: { nom: "Martin", prenoms: "Luc" } });
    expect((await listerDossiers(base.db, org)).find((d) => d.id === id)).toMatchObject({
      statut: "brouillon",
      debiteur: "Luc Martin",
    });
    await ouvrirBrouillon(base.db, id, v2, exemple);
    expect(await chargerBrouillon(base.db, id)).toBeNull();
    const lu = await chargerDossier(base.db, id);
    expect(lu?.dossier.evenements).toEqual(exemple.evenements);
    expect(lu?.dossier.debiteur).toEqual(exemple.debiteur);
  });

  it("numérote après la plus haute référence de l'année, même après une suppression ou un import", async () => {
    const a = await creerDossier(base.db, org, { ...exemple, reference: undefined }, { aujourdhui: "2031-03-01" });
    const b = await creerDossier(base.db, org, { ...exemple, reference: "2031-0007" }, { aujourdhui: "2031-03-01" });
    await supprimerDossier(base.db, a.id);
    const c = await creerBrouillon(base.db, org, { aujourdhui: "2031-03-02" });
    expect([a.reference, b.reference]).toEqual(["2031-0001", "2031-0007"]);
    expect((await listerDossiers(base.db, org)).find((d) => d.id === c.id)?.reference).toBe("2031-0008");
  });

  it("donne une référence libre quand celle du dossier importé est déjà prise", async () => {
    const a = await creerDossier(base.db, org, { ...exemple, reference: "IMPORT-1" }, { aujourdhui: "2026-03-01" });
    const b = await creerDossier(base.db, org, { ...exemple, reference: "IMPORT-1" }, { aujourdhui: "2026-03-01" });
    expect([a.reference, b.reference]).toEqual(["IMPORT-1", "IMPORT-1-2"]);
  });

  it("cherche (débiteur ou référence, sans tenir compte de la casse), filtre par étape et pagine dans la base", async () => {
    const { organisationId: autre } = await creerCompte(base.db, {
      email: `liste-${moteur}@exemple.fr`,
      nom: "Liste",
      empreinteMotDePasse: "x",
      organisation: `Liste ${moteur}`,
      role: "administrateur",
      operateur: false,
    });
    for (const [reference, nom] of [
      ["L-1", "Garage Lefort"],
      ["L-2", "Boulangerie Martin"],
      ["L-3", "Café 100% Arabica"],
    ] as const) {
      await creerDossier(
        base.db,
        autre,
        { ...exemple, reference, debiteur: { ...exemple.debiteur, denomination: nom } },
        { aujourdhui: "2026-03-01" },
      );
    }
    expect(await compterDossiers(base.db, autre)).toBe(3);
    expect((await listerDossiers(base.db, autre, { recherche: "LEFORT" })).map((d) => d.debiteur)).toEqual([
      "Garage Lefort",
    ]);
    expect((await listerDossiers(base.db, autre, { recherche: "l-2" })).map((d) => d.reference)).toEqual(["L-2"]);
    // « % » is a character to find, not a wildcard.
    expect((await listerDossiers(base.db, autre, { recherche: "100%" })).map((d) => d.reference)).toEqual(["L-3"]);
    expect(await compterDossiers(base.db, autre, { recherche: "%" })).toBe(1);
    expect(await compterDossiers(base.db, autre, { etape: "brouillon" })).toBe(0);
    const page1 = await listerDossiers(base.db, autre, { limite: 2, decalage: 0 });
    const page2 = await listerDossiers(base.db, autre, { limite: 2, decalage: 2 });
    expect(page1).toHaveLength(2);
    expect(page2).toHaveLength(1);
    expect(new Set([...page1, ...page2].map((d) => d.id)).size).toBe(3);
  });

  it("liste puis supprime un dossier avec tout son contenu", async () => {
    const { id } = await creerDossier(base.db, org, exemple, { aujourdhui: "2026-03-01" });
    expect((await listerDossiers(base.db, org)).find((d) => d.id === id)?.debiteur).toBe("Boulangerie Martin");
    expect(await supprimerDossier(base.db, id)).toBe(true);
    expect(await chargerDossier(base.db, id)).toBeNull();
    expect(await chargerDossier(base.db, "pas-un-uuid")).toBeNull();
  });
});
