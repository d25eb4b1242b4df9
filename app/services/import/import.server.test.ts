/**
 * Importing invoices into an organisation (issue 15, decision 023), on PGlite and PostgreSQL: a CSV
 * export and Factur-X files become dossiers (one per debtor), a re-import changes nothing, an
 * updated export records exactly its differences in the journal, a mise en demeure freezes the
 * figures, and refused files leave the database as it was.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, count, eq, or, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { montant } from "../../../domain/format/francais";
import { dossierExemple } from "../../../tests/fixtures/dossiers";
import { exportComptable } from "../../../tests/fixtures/export-comptable";
import { factureX } from "../../../tests/fixtures/factur-x";
import { organisationQuiRelance } from "../../../tests/fixtures/relances";
import { MOTEURS, ouvrirBaseDeTest } from "../../../tests/setup/bases";
import { lireConfig } from "../../config.server";
import type { Services } from "../../contexte";
import type { Base } from "../../db/database.server";
import { chargerDossier } from "../../db/dossiers.server";
import {
  creerLot,
  demarrerLot,
  enregistrerIdentite,
  fichiersDuLot,
  identiteOrganisation,
  lireLot,
  reprendreLotInterrompu,
} from "../../db/imports.server";
import * as t from "../../db/schema";
import { grandLivre } from "../creances.server";
import { envoyerEvenementAJour } from "../parcours-dossier.server";
import { stockagePieces } from "../pieces.server";
import { analyser, executer, qualiteSupposee } from "./import.server";
import { lireFichier } from "./lecture";
import { executerLot } from "./lots.server";

const AUJOURDHUI = "2026-04-30";
const csv = (texte: string) => Buffer.from(texte, "utf8");
const ENTETE = "N° facture;Client;SIREN;Adresse;Code postal;Ville;Date;Échéance;Montant TTC;Reste dû\n";
const MARTIN = "Boulangerie Martin SAS;552100554;3 place du Marché;33000;Bordeaux";

describe("qualité du débiteur déduite d'un fichier", () => {
  it("inconnue : un particulier par prudence (art. L.218-2 C. conso., deux ans), dit sur la ligne", () => {
    expect(qualiteSupposee({ nom: "Garage Lefort", siren: null }).qualite).toBe("particulier");
    expect(qualiteSupposee({ nom: "Garage Lefort", siren: null }).avertissement).toMatch(/L\.218-2/);
    expect(qualiteSupposee({ nom: "Boulangerie Martin SAS", siren: null }).qualite).toBe("societe-commerciale");
    expect(qualiteSupposee({ nom: "SCI Les Tilleuls", siren: "123456789" }).qualite).toBe("societe-civile");
    expect(qualiteSupposee({ nom: "Association Sportive", siren: null }).qualite).toBe("association");
    expect(qualiteSupposee({ nom: "Durand Plomberie", siren: "123456789" }).qualite).toBe("commercant");
  });
});

describe.each(MOTEURS)("import des factures dans une organisation (%s)", (moteur) => {
  let base: Base;
  let s: Services;
  const lire = async (nom: string, octets: Uint8Array) => ({ ...(await lireFichier(nom, octets)), octets });
  const importer = async (fichiers: { nom: string; octets: Uint8Array }[]) => {
    const lus = await Promise.all(fichiers.map((f) => lire(f.nom, f.octets)));
    const o = await identiteOrganisation(base.db, s.organisationId);
    const plan = await analyser(base.db, s.organisationId, o, lus, AUJOURDHUI);
    return executer(base.db, s.organisationId, o, plan, AUJOURDHUI, stockagePieces(s));
  };
  const etatDeLaBase = async () => {
    const n = async (table: typeof t.dossier | typeof t.facture | typeof t.evenement | typeof t.piece) =>
      (await base.db.select({ n: count() }).from(table))[0]?.n;
    return {
      dossiers: await n(t.dossier),
      factures: await n(t.facture),
      evenements: await n(t.evenement),
      pieces: await n(t.piece),
    };
  };
  const dossierDe = async (nom: string) => {
    const l = await base.db
      .select({ id: t.dossier.id })
      .from(t.dossier)
      .innerJoin(t.partie, and(eq(t.partie.dossierId, t.dossier.id), eq(t.partie.role, "debiteur")))
      .where(or(eq(t.partie.denomination, nom), eq(t.partie.nom, nom)));
    return Promise.all(l.map((x) => chargerDossier(base.db, x.id)));
  };

  beforeAll(async () => {
    base = await ouvrirBaseDeTest(moteur);
    const organisationId = await organisationQuiRelance(base.db, `Import ${moteur}`);
    s = {
      base,
      config: { ...lireConfig({}), dataDir: mkdtempSync(path.join(tmpdir(), "import-")) },
      aujourdhui: () => AUJOURDHUI,
      organisationId,
    };
    await enregistrerIdentite(base.db, organisationId, dossierExemple().creancier, "FR32443061841");
  });
  afterAll(async () => base.fermer());

  it("un export CSV : un dossier par débiteur, chaque champ lu ; le déjà payé est un paiement daté de l'échéance ; la ligne fausse est rejetée en nommant sa colonne", async () => {
    const fichier = csv(
      `${ENTETE}F-2026-001;${MARTIN};05/01/2026;04/02/2026;3 450,00 €;3 000,00 €
F-2026-002;${MARTIN};10/02/2026;12/03/2026;1 200,50;1 200,50
F-2026-003;Garage Lefort;;;69003;Lyon;2026-02-15;2026-03-17;980;980
F-2026-004;Garage Lefort;;;69003;Lyon;15/02/2026;31/02/2026;120,00;120,00
F-2026-005;"=HYPERLINK(""http://exemple.invalid"",""clic"")";;;75001;Paris;01/03/2026;31/03/2026;1 000,00;1 000,00
F-2026-006;Garage Lefort;;;69003;Lyon;01/03/2026;31/03/2026;80,00;0,00
`,
    );
    const { rapport } = await importer([{ nom: "export.csv", octets: fichier }]);
    expect(rapport.lignes.map((l) => [l.numero ?? `ligne ${l.ligne}`, l.action])).toEqual([
      ["ligne 5", "rejetee"],
      ["F-2026-001", "creer"],
      ["F-2026-002", "creer"],
      ["F-2026-003", "creer"],
      ["F-2026-005", "creer"],
      ["F-2026-006", "ignoree"],
    ]);
    expect(rapport.lignes[0]?.detail).toBe("colonne « Échéance » : « 31/02/2026 » n'est pas une date (JJ/MM/AAAA)");
    expect(rapport.compte).toMatchObject({ dossiersCrees: 3, creer: 4, rejetee: 1, ignoree: 1 });

    const [martin] = await dossierDe("Boulangerie Martin SAS");
    expect(martin?.dossier.debiteur).toEqual({
      qualite: "societe-commerciale",
      denomination: "Boulangerie Martin SAS",
      siren: "552100554",
      adresse: { ligne1: "3 place du Marché", codePostal: "33000", ville: "Bordeaux", pays: "FR" },
    });
    expect(martin?.dossier.creancier.denomination).toBe("Atelier Dupont");
    expect(martin?.dossier.factures).toEqual([
      {
        numero: "F-2026-001",
        dateEmission: "2026-01-05",
        dateEcheance: "2026-02-04",
        montantTtcCents: 345000,
        avoirs: [],
      },
      {
        numero: "F-2026-002",
        dateEmission: "2026-02-10",
        dateEcheance: "2026-03-12",
        montantTtcCents: 120050,
        avoirs: [],
      },
    ]);
    expect(martin?.dossier.evenements.filter((e) => e.type === "paiement.recu")).toEqual([
      { type: "paiement.recu", date: "2026-02-04", montantCents: 45000, facture: "F-2026-001" },
    ]);
    // The formula is a name like any other, never evaluated (and neutralised in our CSV export).
    const [formule] = await dossierDe('=HYPERLINK("http://exemple.invalid","clic")');
    expect(formule?.dossier.debiteur.qualite).toBe("particulier");
    const livre = await grandLivre(s);
    expect(livre.totalCents).toBe(300000 + 120050 + 98000 + 100000);
  });

  it("réimporter le même fichier ne change rien ; un export mis à jour inscrit exactement ses différences au journal", async () => {
    const avant = await etatDeLaBase();
    const meme = csv(
      `${ENTETE}F-2026-001;${MARTIN};05/01/2026;04/02/2026;3 450,00 €;3 000,00 €
F-2026-002;${MARTIN};10/02/2026;12/03/2026;1 200,50;1 200,50
F-2026-003;Garage Lefort;;;69003;Lyon;2026-02-15;2026-03-17;980;980
`,
    );
    const r1 = await importer([{ nom: "export.csv", octets: meme }]);
    expect(r1.rapport.lignes.map((l) => l.action)).toEqual(["inchangee", "inchangee", "inchangee"]);
    expect(await etatDeLaBase()).toEqual(avant);

    const [m0] = await dossierDe("Boulangerie Martin SAS");
    const [l0] = await dossierDe("Garage Lefort");
    const majour = csv(
      `${ENTETE}F-2026-001;${MARTIN};05/01/2026;04/02/2026;3 450,00 €;2 000,00 €
F-2026-002;${MARTIN};10/02/2026;12/03/2026;1 300,00;1 300,00
F-2026-003;Garage Lefort;;;69003;Lyon;2026-02-15;2026-03-31;980;980
F-2026-007;Garage Lefort;;;69003;Lyon;2026-04-01;2026-05-01;250;250
`,
    );
    const r2 = await importer([{ nom: "export-mai.csv", octets: majour }]);
    expect(r2.rapport.lignes.map((l) => [l.numero, l.action])).toEqual([
      ["F-2026-001", "paiement"],
      ["F-2026-002", "modifier"],
      ["F-2026-003", "modifier"],
      ["F-2026-007", "ajouter"],
    ]);
    const [m1] = await dossierDe("Boulangerie Martin SAS");
    const [l1] = await dossierDe("Garage Lefort");
    const nouveauxDe = (a: typeof m0, b: typeof m1) => b?.dossier.evenements.slice(a?.dossier.evenements.length);
    expect(nouveauxDe(m0, m1)).toEqual([
      {
        type: "facture.modifiee",
        date: AUJOURDHUI,
        facture: "F-2026-002",
        montantAvantCents: 120050,
        montantApresCents: 130000,
        source: "import du 30/04/2026",
      },
      {
        type: "paiement.recu",
        date: AUJOURDHUI,
        montantCents: 100000,
        facture: "F-2026-001",
        source: "import du 30/04/2026",
      },
    ]);
    expect(nouveauxDe(l0, l1)).toEqual([
      {
        type: "facture.modifiee",
        date: AUJOURDHUI,
        facture: "F-2026-003",
        echeanceAvant: "2026-03-17",
        echeanceApres: "2026-03-31",
        source: "import du 30/04/2026",
      },
      {
        type: "facture.ajoutee",
        date: AUJOURDHUI,
        facture: "F-2026-007",
        montantCents: 25000,
        source: "import du 30/04/2026",
      },
    ]);
    expect(m1?.dossier.factures.find((f) => f.numero === "F-2026-002")?.montantTtcCents).toBe(130000);
    expect(l1?.dossier.factures.map((f) => f.numero)).toEqual(["F-2026-003", "F-2026-007"]);
    // Again: nothing more.
    const apres = await etatDeLaBase();
    const r3 = await importer([{ nom: "export-mai.csv", octets: majour }]);
    expect(r3.rapport.lignes.every((l) => l.action === "inchangee")).toBe(true);
    expect(await etatDeLaBase()).toEqual(apres);
  });

  it("un export qui corrige le montant et montre un acompte : les deux inscrits, et le même fichier relu ne change plus rien", async () => {
    const ligne = (montantTtc: string, reste: string) =>
      csv(
        `${ENTETE}M-1;Mercerie Vidal SARL;;2 rue Longue;31000;Toulouse;01/03/2026;31/03/2026;${montantTtc};${reste}\n`,
      );
    await importer([{ nom: "m.csv", octets: ligne("500,00", "500,00") }]);
    const r = await importer([{ nom: "m.csv", octets: ligne("600,00", "400,00") }]);
    expect(r.rapport.lignes.map((l) => [l.action, l.detail])).toEqual([
      ["modifier", `montant ${montant(50000)} → ${montant(60000)}`],
      ["paiement", `reste dû ${montant(60000)} → ${montant(40000)} : paiement de ${montant(20000)} inscrit`],
    ]);
    const avant = await etatDeLaBase();
    const encore = await importer([{ nom: "m.csv", octets: ligne("600,00", "400,00") }]);
    expect(encore.rapport.lignes.map((l) => l.action)).toEqual(["inchangee"]);
    expect(await etatDeLaBase()).toEqual(avant);
  });

  it("après la mise en demeure : les chiffres ne changent plus, une nouvelle facture ouvre un nouveau dossier", async () => {
    const [m] = await dossierDe("Boulangerie Martin SAS");
    const r = await envoyerEvenementAJour(
      base.db,
      m!,
      { type: "med.envoyee", date: AUJOURDHUI, mode: "lrar" },
      AUJOURDHUI,
    );
    expect(r.ok).toBe(true);
    const fichier = csv(
      `${ENTETE}F-2026-002;${MARTIN};10/02/2026;12/03/2026;1 400,00;1 400,00
F-2026-010;${MARTIN};01/04/2026;01/05/2026;500,00;500,00
`,
    );
    const { rapport } = await importer([{ nom: "export-juin.csv", octets: fichier }]);
    expect(rapport.lignes.map((l) => [l.numero, l.action, l.dossier])).toEqual([
      ["F-2026-002", "rejetee", m?.reference],
      ["F-2026-010", "creer", "nouveau dossier"],
    ]);
    expect(rapport.lignes[0]?.detail).toMatch(/la mise en demeure du 30\/04\/2026 a été envoyée/);
    const dossiers = await dossierDe("Boulangerie Martin SAS");
    expect(dossiers.map((d) => d?.dossier.factures.map((f) => f.numero))).toEqual(
      expect.arrayContaining([["F-2026-001", "F-2026-002"], ["F-2026-010"]]),
    );
    expect(dossiers.find((d) => d?.id === m?.id)?.dossier.factures[1]?.montantTtcCents).toBe(130000);
  });

  it("Factur-X dont le vendeur est l'organisation : importée, le PDF gardé comme pièce ; l'échantillon d'un autre vendeur est refusé entier", async () => {
    const pdf = await factureX({
      numero: "FX-2026-100",
      vendeur: { nom: "Atelier Dupont", siren: "443061841" },
      acheteur: {
        nom: "Menuiserie Roche SARL",
        siren: "428634420",
        ligne1: "4 rue du Bois",
        codePostal: "38000",
        ville: "Grenoble",
        email: "compta@roche.example",
      },
      date: "2026-03-02",
      echeance: "2026-04-01",
      totalCents: 186000,
      payeCents: 60000,
    });
    const avant = await etatDeLaBase();
    const { rapport } = await importer([
      { nom: "FX-2026-100.pdf", octets: pdf },
      { nom: "EN16931_Einfach.pdf", octets: readFileSync("tests/fixtures/e-factures/EN16931_Einfach.pdf") },
    ]);
    expect(rapport.fichiersRefuses).toEqual([
      {
        fichier: "EN16931_Einfach.pdf",
        raison: expect.stringMatching(
          /^le vendeur de cette facture \(Lieferant GmbH.*\) n'est pas votre entreprise \(SIREN 443061841, TVA FR32443061841\)/,
        ),
      },
    ]);
    expect(rapport.lignes.map((l) => [l.numero, l.action])).toEqual([["FX-2026-100", "creer"]]);
    const [roche] = await dossierDe("Menuiserie Roche SARL");
    expect(roche?.dossier.debiteur).toMatchObject({
      siren: "428634420",
      email: "compta@roche.example",
      qualite: "societe-commerciale",
    });
    expect(roche?.dossier.factures[0]).toMatchObject({ montantTtcCents: 186000, dateEcheance: "2026-04-01" });
    expect(roche?.pieces.map((p) => [p.intitule, p.typeMime, p.octets])).toEqual([
      ["Facture FX-2026-100 (Factur-X)", "application/pdf", pdf.byteLength],
    ]);
    const contenu = await stockagePieces(s).lire(roche!.pieces[0]!.fichier!);
    expect(Buffer.compare(contenu!, pdf)).toBe(0);
    expect(await etatDeLaBase()).toEqual({
      ...avant,
      dossiers: avant.dossiers! + 1,
      factures: avant.factures! + 1,
      evenements: expect.any(Number),
      pieces: avant.pieces! + 1,
    });
  });

  it("un long import écrit son avancement pendant qu'il travaille (lisible d'ailleurs, donc après un rechargement), puis son rapport", async () => {
    const id = await creerLot(base.db, s.organisationId, "Marie Dupont", [
      { nom: "grand-export.csv", octets: exportComptable(1500, 300) },
    ]);
    expect(await demarrerLot(base.db, id)).toBe(true);
    expect(await demarrerLot(base.db, id)).toBe(false);
    const lot = (await lireLot(base.db, s.organisationId, id))!;
    const vus: string[] = [];
    let fini = false;
    const sonde = (async () => {
      while (!fini) {
        const l = await lireLot(base.db, s.organisationId, id);
        if (l?.statut === "en-cours") vus.push(`${l.phase}:${l.fait}/${l.total}`);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const issue = await executerLot(s, lot);
    fini = true;
    await sonde;
    expect(issue?.rapport.compte).toMatchObject({ dossiersCrees: 300, creer: 1500 });
    expect(vus, vus.join(" ")).toSatisfy((x: string[]) =>
      x.some((v) => /^calcul:([1-9]\d*)\/300$/.test(v) && !v.startsWith("calcul:300")),
    );
    const termine = await lireLot(base.db, s.organisationId, id);
    expect(termine).toMatchObject({ statut: "termine", phase: null, fait: 300 });
    expect((termine?.rapport as { compte: { creer: number } } | undefined)?.compte.creer).toBe(1500);
    // Imported: the files are no longer kept, the report is.
    expect(await fichiersDuLot(base.db, id)).toEqual([]);
    // An import whose server stopped (no progress for ten minutes) is offered again, with the reason.
    const autre = await creerLot(base.db, s.organisationId, "Marie Dupont", [{ nom: "a.csv", octets: csv("x") }]);
    await demarrerLot(base.db, autre);
    expect(await reprendreLotInterrompu(base.db, autre)).toBe(false);
    await base.db
      .update(t.importLot)
      .set({ modifieLe: sql`now() - interval '11 minutes'` })
      .where(eq(t.importLot.id, autre));
    expect(await reprendreLotInterrompu(base.db, autre)).toBe(true);
    expect(await lireLot(base.db, s.organisationId, autre)).toMatchObject({
      statut: "analyse",
      erreur: expect.stringMatching(/^l'import a été interrompu \(serveur arrêté\) : relancez-le/),
    });
  });

  it("la balance âgée d'un tableur : les tranches font le montant, la ligne Total est écartée, débiteurs sans adresse", async () => {
    const { rapport } = await importer([
      { nom: "balance-agee.csv", octets: readFileSync("tests/fixtures/csv/balance-agee.csv") },
    ]);
    expect(rapport.lignes.map((l) => [l.numero, l.debiteur, l.action])).toEqual([
      ["F-2025-090", "Boulangerie Martin", "creer"],
      ["F-2026-014", "Boulangerie Martin", "creer"],
      ["F-2026-020", "Garage Lefort", "creer"],
    ]);
    const [martin] = await dossierDe("Boulangerie Martin");
    expect(martin?.dossier.factures).toEqual([
      {
        numero: "F-2025-090",
        dateEmission: "2025-11-15",
        dateEcheance: "2025-12-15",
        montantTtcCents: 230000,
        avoirs: [],
      },
      {
        numero: "F-2026-014",
        dateEmission: "2026-01-05",
        dateEcheance: "2026-02-04",
        montantTtcCents: 345000,
        avoirs: [],
      },
    ]);
    expect(martin?.dossier.debiteur).toEqual({
      qualite: "particulier",
      nom: "Boulangerie Martin",
      adresse: { ligne1: "", codePostal: "", ville: "", pays: "FR" },
    });
    // Garage Lefort without postcode here (« 69003 » in the other export) is another key, so another dossier: the
    // key is strict by choice (decision 023) — two homonyms are never merged.
    expect((await dossierDe("Garage Lefort")).map((d) => d?.dossier.factures.map((f) => f.numero))).toEqual(
      expect.arrayContaining([["F-2026-020"], ["F-2026-003", "F-2026-007"]]),
    );
  });

  it("Windows-1252 à virgules : l'avoir est imputé sur la plus ancienne facture du débiteur qu'il couvre ; un avoir sans facture est rejeté", async () => {
    const fixture = readFileSync("tests/fixtures/csv/facturation-windows1252.csv");
    const avoir = Buffer.from("FA-104,Caf\xe9 de la Gare,2026-02-20,2026-03-22,-200.00,0,Nancy\r\n", "latin1");
    const { rapport } = await importer([{ nom: "facturation.csv", octets: Buffer.concat([fixture, avoir]) }]);
    expect(rapport.lignes.map((l) => [l.numero, l.action])).toEqual([
      ["FA-101", "creer"],
      ["FA-102", "creer"],
      ["FA-103", "rejetee"],
      ["FA-104", "creer"],
    ]);
    expect(rapport.lignes[2]?.detail).toMatch(/^avoir sans facture de ce débiteur/);
    const [cafe] = await dossierDe("Café de la Gare");
    expect(cafe?.dossier.debiteur).toMatchObject({
      nom: "Café de la Gare",
      qualite: "particulier",
      adresse: { ville: "Nancy" },
    });
    expect(cafe?.dossier.factures).toEqual([
      {
        numero: "FA-101",
        dateEmission: "2026-01-10",
        dateEcheance: "2026-02-09",
        montantTtcCents: 123456,
        avoirs: [{ numero: "FA-104", date: "2026-02-20", montantCents: 20000 }],
      },
      { numero: "FA-102", dateEmission: "2026-01-20", dateEcheance: "2026-02-19", montantTtcCents: 250000, avoirs: [] },
    ]);
    expect(cafe?.dossier.evenements.find((e) => e.type === "paiement.recu")).toEqual({
      type: "paiement.recu",
      date: "2026-02-09",
      montantCents: 23456,
      facture: "FA-101",
    });
  });

  it("les échantillons réels importés par l'organisation qui en est le vendeur (SIREN, puis numéro de TVA) ; la facture de 2017 est dite prescrite", async () => {
    const moulin = await organisationQuiRelance(base.db, `Au bon moulin ${moteur}`);
    await enregistrerIdentite(
      base.db,
      moulin,
      {
        qualite: "societe-commerciale",
        denomination: "Au bon moulin",
        siren: "999999998",
        adresse: { ligne1: "1 rue du Moulin", codePostal: "75001", ville: "Paris", pays: "FR" },
      },
      "FR11999999998",
    );
    const lireEt = async (o: string, fichiers: string[]) => {
      const lus = await Promise.all(fichiers.map((f) => lire(f, readFileSync(`tests/fixtures/e-factures/${f}`))));
      const id = await identiteOrganisation(base.db, o);
      const plan = await analyser(base.db, o, id, lus, AUJOURDHUI);
      return executer(base.db, o, id, plan, AUJOURDHUI, stockagePieces({ ...s, organisationId: o }));
    };
    const r = await lireEt(moulin, ["facturFrMinimum.xml"]);
    expect(r.rapport.lignes).toHaveLength(1);
    expect(r.rapport.lignes[0]).toMatchObject({
      numero: "FA-2017-0010",
      action: "creer",
      debiteur: "Ma jolie boutique",
    });
    expect(r.rapport.lignes[0]?.detail).toMatch(/échue depuis plus de deux ans.*absente du grand livre/);
    const [boutique] = await dossierDe("Ma jolie boutique");
    expect(boutique?.dossier.debiteur).toMatchObject({ siren: "787878784", qualite: "commercant" });
    expect(boutique?.dossier.factures).toEqual([
      {
        numero: "FA-2017-0010",
        dateEmission: "2017-11-13",
        dateEcheance: "2017-12-13",
        montantTtcCents: 67115,
        avoirs: [],
      },
    ]);
    // The file says 470,15 € is due of 671,15 €: the dossier claims that, no more.
    expect(boutique?.dossier.evenements.filter((e) => e.type === "paiement.recu")).toEqual([
      { type: "paiement.recu", date: "2017-12-13", montantCents: 20100, facture: "FA-2017-0010" },
    ]);
    expect(boutique?.etape).toBe("prescrite");

    const lieferant = await organisationQuiRelance(base.db, `Lieferant ${moteur}`);
    await enregistrerIdentite(
      base.db,
      lieferant,
      {
        qualite: "societe-commerciale",
        denomination: "Lieferant GmbH",
        adresse: { ligne1: "Lieferantenstraße 20", codePostal: "80333", ville: "München", pays: "DE" },
      },
      "DE 123 456 789",
    );
    const r2 = await lireEt(lieferant, ["EN16931_Einfach.pdf"]);
    expect(r2.rapport.fichiersRefuses).toEqual([]);
    expect(r2.rapport.lignes.map((l) => [l.numero, l.action, l.debiteur])).toEqual([
      ["471102", "creer", "Kunden AG Mitte"],
    ]);
    const [kunden] = await dossierDe("Kunden AG Mitte");
    expect(kunden?.dossier.debiteur.adresse.pays).toBe("DE");
    expect(kunden?.pieces.map((p) => p.intitule)).toEqual(["Facture 471102 (Factur-X)"]);
  });

  it("le texte est vérifié dès la relecture : un numéro trop long, un nom trop long, un courriel illisible", async () => {
    const long = "X".repeat(70);
    const fichier = csv(
      `N° facture;Client;Échéance;Montant TTC;Courriel\n${long};Garage Lefort;2026-03-01;10,00;\nL-2;${"N".repeat(210)};2026-03-01;10,00;\nL-3;Menuiserie Ober SARL;2026-03-01;10,00;pas-un-courriel\n`,
    );
    const lus = [await lire("texte.csv", fichier)];
    const o = await identiteOrganisation(base.db, s.organisationId);
    const { rapport } = await analyser(base.db, s.organisationId, o, lus, AUJOURDHUI);
    expect(rapport.lignes.map((l) => [l.action, l.detail])).toEqual([
      ["rejetee", expect.stringMatching(/numéro.*60 caractères au plus/)],
      ["rejetee", expect.stringMatching(/nom.*200 caractères au plus/)],
      ["creer", expect.stringContaining("courriel « pas-un-courriel » illisible : non repris")],
    ]);
  });

  it("deux imports préparés en même temps pour un même débiteur : le second n'écrit rien et le dit ; relu, il complète le dossier du premier", async () => {
    const o = await identiteOrganisation(base.db, s.organisationId);
    const planDe = async (ligne: string) =>
      analyser(base.db, s.organisationId, o, [await lire("c.csv", csv(`${ENTETE}${ligne}\n`))], AUJOURDHUI);
    const c1 = "C-1;Cordonnerie Petit SARL;;1 rue Crébillon;44000;Nantes;01/03/2026;31/03/2026;100,00;100,00";
    const c2 = "C-2;Cordonnerie Petit SARL;;1 rue Crébillon;44000;Nantes;02/03/2026;01/04/2026;200,00;200,00";
    const premier = await planDe(c1);
    const second = await planDe(c2);
    await executer(base.db, s.organisationId, o, premier, AUJOURDHUI, stockagePieces(s));
    const avant = await etatDeLaBase();
    await expect(executer(base.db, s.organisationId, o, second, AUJOURDHUI, stockagePieces(s))).rejects.toThrow(
      /un autre import \(ou une saisie\) a créé entre-temps un dossier pour l'un de ces débiteurs : rien n'a été écrit/,
    );
    expect(await etatDeLaBase()).toEqual(avant);
    const relu = await planDe(c2);
    expect(relu.rapport.lignes.map((l) => [l.numero, l.action])).toEqual([["C-2", "ajouter"]]);
    await executer(base.db, s.organisationId, o, relu, AUJOURDHUI, stockagePieces(s));
    const dossiers = await dossierDe("Cordonnerie Petit SARL");
    expect(dossiers.map((d) => d?.dossier.factures.map((f) => f.numero))).toEqual([["C-1", "C-2"]]);
  });

  it("fichiers hostiles (renommé, PDF sans XML, XML invalide, bombe XML, 50 Mo) : refusés en français, la base inchangée", async () => {
    const avant = await etatDeLaBase();
    const { rapport } = await importer([
      { nom: "facture.pdf", octets: csv("ceci n'est pas un PDF") },
      {
        nom: "bombe.xml",
        octets: csv('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><l>&b;</l>'),
      },
      { nom: "invalide.xml", octets: csv("<rsm:CrossIndustryInvoice><ouvert></rsm:CrossIndustryInvoice>") },
      { nom: "enorme.csv", octets: new Uint8Array(50 * 1024 * 1024).fill(65) },
    ]);
    expect(rapport.fichiersRefuses.map((f) => f.fichier)).toEqual([
      "facture.pdf",
      "bombe.xml",
      "invalide.xml",
      "enorme.csv",
    ]);
    for (const f of rapport.fichiersRefuses) expect(f.raison).toMatch(/^[a-zà-ü]/i);
    expect(rapport.lignes).toEqual([]);
    expect(await etatDeLaBase()).toEqual(avant);
  });
});
