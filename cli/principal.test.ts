import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { executer } from "./principal";

/** Runs `travail` with these environment variables (undefined: removed), then puts them back. */
async function avecEnvironnement(vars: Record<string, string | undefined>, travail: () => Promise<void>) {
  const avant = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const poser = (v: Record<string, string | undefined>) => {
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) delete process.env[k];
      else process.env[k] = x;
    }
  };
  poser(vars);
  try {
    await travail();
  } finally {
    poser(avant);
  }
}

async function lancer(args: string[], stdin = "") {
  let stdout = "";
  let stderr = "";
  const entree = Object.assign(Readable.from([stdin]), { isTTY: stdin === "" ? true : undefined });
  const code = await executer(args, {
    stdin: entree,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

describe("interface en ligne de commande", () => {
  it("liste les commandes avec --help", async () => {
    const r = await lancer(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/schema .*JSON Schema/);
    expect(r.stdout).toMatch(/valider/);
  });

  it("imprime le JSON Schema du dossier", async () => {
    const r = await lancer(["schema", "dossier"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).properties.creancier).toBeDefined();
  });

  it.each([
    [["valider", "--json", "{broken"], /JSON mal formé \(--json\)/],
    [["valider", "--json", "{}"], /creancier : champ obligatoire manquant/],
    [["valider", "--json", "{}"], /debiteur : champ obligatoire manquant/],
    [["inconnue"], /commande inconnue « inconnue »/],
    [["schema", "facture"], /schéma inconnu « facture »/],
    [["valider", "--input", "/nulle/part.json"], /fichier introuvable/],
    [["valider", "--nimporte"], /option inconnue : --nimporte/],
    [["valider"], /aucune entrée/],
  ])("refuse %j avec le code 2 et un message en français", async (args, message) => {
    const r = await lancer(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("lit le dossier sur l'entrée standard", async () => {
    const r = await lancer(["valider"], "{}");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/creancier/);
  });

  it("s'exécute comme un vrai programme (bin/recouvrement.mjs)", () => {
    const r = spawnSync(
      process.execPath,
      ["bin/recouvrement.mjs", "valider", "--input", "tests/fixtures/dossier-exemple.json"],
      {
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ valide: true, factures: 1, evenements: 2, pieces: 1 });
  });

  it("s'exécute depuis un autre dossier que le projet (un PDF, donc du JSX, compilé avec la configuration du projet)", () => {
    const ailleurs = mkdtempSync(path.join(os.tmpdir(), "recouvrement-ailleurs-"));
    const r = spawnSync(
      process.execPath,
      [
        path.resolve("bin/recouvrement.mjs"),
        "document",
        "--type",
        "chronologie",
        "--format",
        "pdf",
        "--input",
        path.resolve("tests/fixtures/dossier-exemple.json"),
        "--out",
        "chronologie.pdf",
        "--aujourdhui",
        "2026-04-30",
      ],
      { encoding: "utf8", cwd: ailleurs },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readFileSync(path.join(ailleurs, "chronologie.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it.each([
    [
      "delai",
      { depart: "2026-05-01", duree: { jours: 15 }, sens: "apres", distance: "aucune", departement: "67" },
      { dateLimite: "2026-05-18", prorogee: true },
    ],
    [
      "prescription",
      {
        nature: "commerciale",
        pointDeDepart: "2021-03-15",
        evenements: [{ type: "reconnaissance", date: "2023-05-10" }],
        aujourdhui: "2026-01-10",
      },
      { duree: { ans: 5 }, dernierJour: "2028-05-09", statut: "en-cours", joursRestants: 850 },
    ],
    [
      "interets",
      {
        creancier: { qualite: "societe-commerciale" },
        debiteur: { qualite: "particulier" },
        tauxContractuelPourcent: null,
        dateMiseEnDemeure: "2025-05-15",
        imputation: "principal-d-abord",
        factures: [
          {
            numero: "F-1",
            montantTtcCents: 1000000,
            dateEcheance: "2025-03-31",
            paiements: [{ date: "2025-05-10", montantCents: 200000 }],
            avoirs: [],
          },
        ],
        au: "2025-09-30",
      },
      {
        totalInteretsCents: 9305,
        indemnitesForfaitairesCents: 0,
        principalRestantCents: 800000,
        totalDuCents: 809305,
        provisoire: false,
      },
    ],
    [
      "juridiction",
      {
        debiteur: { qualite: "societe-commerciale", departement: "33" },
        creancier: { qualite: "societe-commerciale" },
        objet: "facture",
        montantCents: 1250000,
      },
      {
        injonctionDePayer: { juridiction: "tribunal-de-commerce", cerfa: "12946" },
        assignation: { avocatObligatoire: true },
        petitesCreances: false,
      },
    ],
  ] as const)("la commande %s répond avec la forme du contrat", async (commande, entree, attendu) => {
    const r = await lancer([commande, "--json", JSON.stringify(entree)]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const sortie = JSON.parse(r.stdout);
    expect(sortie).toMatchObject(attendu);
    expect(sortie.fondements.length).toBeGreaterThan(0);
    expect(Array.isArray(sortie.avertissements)).toBe(true);
  });

  it("refuse une date de référence contradictoire entre --aujourdhui et le corps (code 2)", async () => {
    const r = await lancer([
      "prescription",
      "--aujourdhui",
      "2026-01-11",
      "--json",
      JSON.stringify({ nature: "civile", pointDeDepart: "2021-03-15", aujourdhui: "2026-01-10" }),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/aujourdhui : contredit la date de référence/);
  });

  it("prend --aujourdhui comme date de référence quand le corps n'en donne pas", async () => {
    const r = await lancer([
      "prescription",
      "--aujourdhui",
      "2026-03-15",
      "--json",
      JSON.stringify({ nature: "civile", pointDeDepart: "2021-03-15" }),
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({ statut: "acquise", dernierJour: "2026-03-14" });
  });

  it("nomme les champs fautifs d'un calcul", async () => {
    const r = await lancer([
      "interets",
      "--json",
      JSON.stringify({ creancier: { qualite: "x" }, debiteur: { qualite: "particulier" }, factures: [] }),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/creancier\.qualite : Option invalide/);
    expect(r.stderr).toMatch(/factures : au moins une facture est attendue/);
  });

  it("produit un document et en donne l'empreinte", async () => {
    const { mkdtempSync, readFileSync } = await import("node:fs");
    const { createHash } = await import("node:crypto");
    const os = await import("node:os");
    const fichier = `${mkdtempSync(`${os.tmpdir()}/doc-`)}/med.docx`;
    const r = await lancer([
      "document",
      "--type",
      "mise-en-demeure",
      "--format",
      "docx",
      "--input",
      "tests/fixtures/dossier-exemple.json",
      "--out",
      fichier,
      "--aujourdhui",
      "2026-03-01",
    ]);
    expect(r.code).toBe(0);
    const sortie = JSON.parse(r.stdout);
    const contenu = readFileSync(fichier);
    expect(sortie).toEqual({
      fichier,
      type: "mise-en-demeure",
      format: "docx",
      octets: contenu.length,
      sha256: createHash("sha256").update(contenu).digest("hex"),
    });
  });

  it.each([
    [
      ["document", "--type", "inconnu", "--input", "tests/fixtures/dossier-exemple.json", "--out", "/tmp/x"],
      /type de document inconnu/,
    ],
    [
      [
        "document",
        "--type",
        "mise-en-demeure",
        "--format",
        "odt",
        "--input",
        "tests/fixtures/dossier-exemple.json",
        "--out",
        "/tmp/x",
      ],
      /--format doit valoir pdf ou docx/,
    ],
    [
      ["document", "--type", "mise-en-demeure", "--input", "tests/fixtures/dossier-exemple.json"],
      /--out est obligatoire/,
    ],
    [["document", "--type", "mise-en-demeure", "--json", "{}", "--out", "/tmp/x"], /creancier : champ obligatoire/],
  ])("refuse %j (code 2)", async (args, message) => {
    const r = await lancer(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe("recouvrement taux", () => {
  it("ajoute un taux à la base intégrée, le liste, et s'arrête en français (code 2) quand un serveur tient la base", async () => {
    const { mkdtempSync } = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const { prendreVerrou } = await import("../server/verrou");
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "recouvrement-cli-taux-"));
    await avecEnvironnement({ DATA_DIR: dataDir, DATABASE_URL: undefined }, async () => {
      const ajout = await lancer([
        "taux",
        "ajouter",
        "--nature",
        "legal",
        "--semestre",
        "2026-S2",
        "--particulier",
        "6,40",
        "--autres-cas",
        "2,80",
        "--source",
        "Arrêté du 20 juin 2026",
        "--aujourdhui",
        "2026-11-30",
      ]);
      expect(ajout.stderr).toBe("");
      expect(ajout.code).toBe(0);
      const liste = JSON.parse((await lancer(["taux", "liste", "--aujourdhui", "2026-11-30"])).stdout);
      expect(liste.legal[0]).toMatchObject({ semestre: "2026-S2", particulier: "6.40", autresCas: "2.80" });
      const faux = await lancer([
        "taux",
        "ajouter",
        "--nature",
        "bce",
        "--semestre",
        "2026-S2",
        "--aujourdhui",
        "2026-11-30",
      ]);
      expect(faux.code).toBe(2);
      expect(faux.stderr).toMatch(/--taux : /);
      const serveur = prendreVerrou(dataDir);
      try {
        const bloque = await lancer(["taux", "liste"]);
        expect(bloque.code).toBe(2);
        expect(bloque.stderr).toMatch(/ouverte par un serveur Recouvrement en marche/);
        expect(bloque.stderr).toMatch(/page « Taux publiés »/);
      } finally {
        serveur.liberer();
      }
    });
  });
});

describe("recouvrement utilisateur", () => {
  it("liste ses sous-commandes avec --help", async () => {
    const r = await lancer(["utilisateur", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/utilisateur creer --email/);
    expect(r.stdout).toMatch(/utilisateur reinitialiser --email/);
  });

  it("crée un compte (mot de passe sur l'entrée standard), refuse doublon, nom imprimable et mot de passe courant, et s'arrête (code 2) quand un serveur tient la base", async () => {
    const { mkdtempSync } = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const { prendreVerrou } = await import("../server/verrou");
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "recouvrement-cli-utilisateur-"));
    const creer = (nom: string, motDePasse: string) =>
      lancer(
        ["utilisateur", "creer", "--email", "Paul@Exemple.fr", "--nom", nom, "--organisation", "Atelier Martin"],
        `${motDePasse}\n`,
      );
    await avecEnvironnement(
      { DATA_DIR: dataDir, DATABASE_URL: undefined, RECOUVREMENT_MOT_DE_PASSE: undefined },
      async () => {
        const courant = await creer("Paul Martin", "password1234");
        expect(courant.code).toBe(2);
        expect(courant.stderr).toMatch(/mot de passe : /);
        const illisible = await creer("Paul 🦄 Martin", "cheval-agrafe-batterie-42");
        expect(illisible.code).toBe(2);
        expect(illisible.stderr).toMatch(/--nom : contient un caractère que les documents ne peuvent pas imprimer/);

        const cree = await creer("  Paul Martin ", "cheval-agrafe-batterie-42");
        expect(cree.stderr).toBe("");
        expect(cree.code).toBe(0);
        expect(JSON.parse(cree.stdout).cree).toBe("paul@exemple.fr");
        const doublon = await creer("Paul Martin", "cheval-agrafe-batterie-42");
        expect(doublon.code).toBe(2);
        expect(doublon.stderr).toMatch(/existe déjà/);

        const inconnu = await lancer(
          ["utilisateur", "reinitialiser", "--email", "personne@exemple.fr"],
          "cheval-agrafe-batterie-43\n",
        );
        expect(inconnu.code).toBe(2);
        expect(inconnu.stderr).toMatch(/aucun compte pour personne@exemple\.fr/);

        const serveur = prendreVerrou(dataDir);
        try {
          const bloque = await lancer(
            ["utilisateur", "reinitialiser", "--email", "paul@exemple.fr"],
            "cheval-agrafe-batterie-43\n",
          );
          expect(bloque.code).toBe(2);
          expect(bloque.stderr).toMatch(
            /ouverte par un serveur Recouvrement en marche : arrêtez-le le temps de la commande\./,
          );
        } finally {
          serveur.liberer();
        }
        const reinitialise = await lancer(
          ["utilisateur", "reinitialiser", "--email", "paul@exemple.fr"],
          "cheval-agrafe-batterie-43\n",
        );
        expect(reinitialise.code).toBe(0);
        expect(JSON.parse(reinitialise.stdout).reinitialise).toBe("paul@exemple.fr");
      },
    );
  });
});

describe("recouvrement relances", () => {
  it("--simuler : une liste vide sur une instance vide, puis ce qui partirait, sans rien écrire ; --organisation ; base tenue par un serveur → code 2", async () => {
    const { mkdtempSync } = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const { prendreVerrou } = await import("../server/verrou");
    const { lireConfig } = await import("../app/config.server");
    const { ouvrirBase } = await import("../app/db/database.server");
    const { creerCompte } = await import("../app/db/comptes.server");
    const { creerDossier } = await import("../app/db/dossiers.server");
    const { dossierExemple } = await import("../tests/fixtures/dossiers");
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "recouvrement-cli-relances-"));
    await avecEnvironnement({ DATA_DIR: dataDir, DATABASE_URL: undefined }, async () => {
      const vide = await lancer(["relances", "--aujourdhui", "2026-04-09", "--simuler"]);
      expect(vide.code).toBe(0);
      expect(JSON.parse(vide.stdout)).toEqual({ aujourdhui: "2026-04-09", simulation: true, relances: [] });

      const base = await ouvrirBase(lireConfig({ DATA_DIR: dataDir }));
      await base.migrer();
      const { organisationId } = await creerCompte(base.db, {
        email: "marie@atelier-dupont.fr",
        nom: "Marie",
        empreinteMotDePasse: "x",
        organisation: "Atelier Dupont",
        role: "administrateur",
        operateur: false,
      });
      const d = dossierExemple();
      d.debiteur.email = "compta@boulangerie-martin.fr";
      d.factures = [{ ...d.factures[0]!, dateEmission: "2026-03-06", dateEcheance: "2026-04-06" }];
      d.evenements = [];
      await creerDossier(base.db, organisationId, d, { aujourdhui: "2026-03-20" });
      await base.fermer();

      // Thursday 9 April = J+3 of an invoice due on Easter Monday: the friendly reminder.
      const args = ["relances", "--aujourdhui", "2026-04-09", "--simuler", "--organisation", "Atelier Dupont"];
      const r = await lancer(args);
      expect(r.stderr).toBe("");
      const sortie = JSON.parse(r.stdout);
      expect(sortie.relances).toEqual([
        expect.objectContaining({
          debiteur: "Boulangerie Martin",
          etape: "relance-amiable",
          type: "email-auto",
          niveau: "amiable",
          jour: "2026-04-09",
          statut: "attente-manuelle",
          destinataire: "compta@boulangerie-martin.fr",
          objet: "Rappel : facture n° F-2026-014",
          factures: ["F-2026-014"],
        }),
      ]);
      // Nothing written: the same simulation gives the same answer.
      expect(JSON.parse((await lancer(args)).stdout)).toEqual(sortie);
      const inconnue = await lancer(["relances", "--simuler", "--organisation", "Personne"]);
      expect(inconnue.code).toBe(2);
      expect(inconnue.stderr).toMatch(/--organisation : aucune organisation « Personne »/);

      const serveur = prendreVerrou(dataDir);
      try {
        const bloque = await lancer(["relances", "--aujourdhui", "2026-04-09", "--simuler"]);
        expect(bloque.code).toBe(2);
        expect(bloque.stderr).toMatch(/ouverte par un serveur Recouvrement en marche.*page « Tâches »/);
      } finally {
        serveur.liberer();
      }
    });
  });
});

describe("recouvrement importer --simuler", () => {
  const E = "tests/fixtures/e-factures";
  it("imprime ce qui a été lu de chaque fichier (centimes, dates ISO) et ce que l'import créerait, sans organisation", async () => {
    const r = await lancer([
      "importer",
      "--input",
      `${E}/facturFrMinimum.xml`,
      "--input",
      `${E}/XRECHNUNG_Einfach.ubl.xml`,
      "--simuler",
    ]);
    expect(r.code).toBe(0);
    const sortie = JSON.parse(r.stdout);
    expect(sortie.fichiers[0]).toMatchObject({
      fichier: "facturFrMinimum.xml",
      format: "cii",
      refus: null,
      vendeur: { nom: "Au bon moulin", siren: "999999998" },
      acheteur: { nom: "Ma jolie boutique", siren: "787878784" },
      factures: [
        {
          numero: "FA-2017-0010",
          type: "facture",
          dateEmission: "2017-11-13",
          dateEcheance: "2017-12-13",
          totalCents: 67115,
          dejaPayeCents: 0,
          resteDuCents: 47015,
        },
      ],
    });
    expect(sortie.prevu.creer.map((d: { nom: string; factures: string[] }) => [d.nom, d.factures])).toEqual([
      ["Kunden AG Mitte", ["471102"]],
      ["Ma jolie boutique", ["FA-2017-0010"]],
    ]);
  });

  it("code 3 quand certains fichiers sont refusés, 2 quand tous le sont ; les raisons en français sur stderr", async () => {
    const certains = await lancer([
      "importer",
      "--input",
      `${E}/facturFrMinimum.xml`,
      "--input",
      "package.json",
      "--simuler",
    ]);
    expect(certains.code).toBe(3);
    expect(certains.stderr).toMatch(/^Refusé : package\.json — /m);
    const tous = await lancer(["importer", "--input", "README.md", "--simuler"]);
    expect(tous.code).toBe(2);
    expect(tous.stderr).toMatch(/Refusé : README\.md — CSV illisible/);
    const rien = await lancer(["importer", "--simuler"]);
    expect(rien.code).toBe(2);
    expect(rien.stderr).toMatch(/--input : donnez au moins un fichier/);
  });
});

describe("recouvrement importer --organisation", () => {
  it("sans identité : refusé ; avec : importe le CSV, le second passage ne change rien ; la facture d'un autre vendeur refusée (code 3)", async () => {
    const { mkdtempSync } = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const { lireConfig } = await import("../app/config.server");
    const { ouvrirBase } = await import("../app/db/database.server");
    const { enregistrerIdentite } = await import("../app/db/imports.server");
    const { organisationQuiRelance } = await import("../tests/fixtures/relances");
    const { dossierExemple } = await import("../tests/fixtures/dossiers");
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "recouvrement-cli-import-"));
    await avecEnvironnement({ DATA_DIR: dataDir, DATABASE_URL: undefined }, async () => {
      const base = await ouvrirBase(lireConfig({ DATA_DIR: dataDir }));
      await base.migrer();
      const organisationId = await organisationQuiRelance(base.db, "Atelier Dupont");
      await base.fermer();
      const args = [
        "importer",
        "--input",
        "tests/fixtures/csv/export-comptable-utf8.csv",
        "--organisation",
        "Atelier Dupont",
        "--aujourdhui",
        "2026-04-30",
      ];
      const sansIdentite = await lancer(args);
      expect(sansIdentite.code).toBe(2);
      expect(sansIdentite.stderr).toMatch(/n'a pas encore l'identité de son entreprise/);
      const b = await ouvrirBase(lireConfig({ DATA_DIR: dataDir }));
      await enregistrerIdentite(b.db, organisationId, dossierExemple().creancier, null);
      await b.fermer();
      const simule = await lancer([...args, "--simuler"]);
      expect(simule.code).toBe(0);
      expect(JSON.parse(simule.stdout).rapport.compte).toMatchObject({ dossiersCrees: 3, creer: 4, rejetee: 1 });
      const premier = await lancer([...args, "--input", "tests/fixtures/e-factures/facturFrMinimum.xml"]);
      expect(premier.code).toBe(3);
      expect(premier.stderr).toMatch(/Ligne rejetée : export-comptable-utf8\.csv, ligne 5 — colonne « Échéance »/);
      expect(premier.stderr).toMatch(
        /Refusé : facturFrMinimum\.xml — le vendeur de cette facture \(Au bon moulin, SIREN 999999998/,
      );
      const sortie = JSON.parse(premier.stdout);
      expect(sortie.simulation).toBe(false);
      expect(sortie.dossiers).toHaveLength(3);
      const second = await lancer(args);
      expect(second.code).toBe(0);
      const r2 = JSON.parse(second.stdout).rapport;
      expect(r2.compte).toMatchObject({ dossiersCrees: 0, dossiersModifies: 0, inchangee: 4, rejetee: 1 });
    });
  });
});

describe("recouvrement paiements", () => {
  it("--simuler ne change rien ; sans lui, le virement exact est inscrit, et une seconde fois il est reconnu", async () => {
    const { mkdtempSync } = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const { lireConfig } = await import("../app/config.server");
    const { ouvrirBase } = await import("../app/db/database.server");
    const { creerDossier } = await import("../app/db/dossiers.server");
    const { organisationQuiRelance } = await import("../tests/fixtures/relances");
    const { dossierExemple } = await import("../tests/fixtures/dossiers");
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "recouvrement-cli-paiements-"));
    await avecEnvironnement({ DATA_DIR: dataDir, DATABASE_URL: undefined }, async () => {
      const base = await ouvrirBase(lireConfig({ DATA_DIR: dataDir }));
      await base.migrer();
      const organisationId = await organisationQuiRelance(base.db, "Atelier Dupont");
      await creerDossier(base.db, organisationId, dossierExemple(), { aujourdhui: "2026-04-20" });
      await base.fermer();
      const args = [
        "paiements",
        "--input",
        "tests/fixtures/releves/camt053.xml",
        "--organisation",
        "Atelier Dupont",
        "--aujourdhui",
        "2026-04-20",
      ];
      const statuts = async (extra: string[] = []) => {
        const r = await lancer([...args, ...extra]);
        expect(r.stderr).toBe("");
        expect(r.code).toBe(0);
        return JSON.parse(r.stdout).ecritures.map((e: { statut: string }) => e.statut);
      };
      expect(await statuts(["--simuler"])).toEqual(["enregistre", "a-affecter", "a-affecter", "ignore"]);
      expect(await statuts()).toEqual(["enregistre", "a-affecter", "a-affecter", "ignore"]);
      expect(await statuts()).toEqual(["deja-enregistre", "a-affecter", "a-affecter", "ignore"]);
    });
  });
});
