/**
 * Isolation between organisations (issue 13): every route of the application (read from
 * app/routes.ts, so that a new route cannot be forgotten), every download, the API, the iCalendar
 * feed and every form intention, tried on one organisation's dossier with another organisation's
 * session and ids, and with no session: zero leaks, zero 5xx — and the dossier is unchanged.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import { COMPTE_DE_TEST, connecter, creerCompte } from "./comptes-outils";
import { arreter, attendrePret, demarrer, type Serveur } from "./serveur";

const PORT = 3987;
const BASE = `http://127.0.0.1:${PORT}`;
const PAUL = { email: "paul@cabinet-martin.fr", nom: "Paul Martin", organisation: "Cabinet Martin" };
const MOT_DE_PASSE_PAUL = "lanterne-vitrail-orage-77";
const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from("pièce confidentielle de l'atelier")]);
/** What must never reach another organisation or an anonymous visitor. */
const SECRETS = ["Boulangerie Martin", "pièce confidentielle", "2026-0001", COMPTE_DE_TEST.email];

let serveur: Serveur | undefined;
test.afterAll(async () => arreter(serveur));

/** Every route pattern of app/routes.ts, e.g. "dossiers/:id/pieces/:piece". */
function routesDeLApplication(): string[] {
  const source = readFileSync("app/routes.ts", "utf8");
  return [...source.matchAll(/route\("([^"]+)"/g)].map((m) => m[1]!).filter((r) => r !== "*");
}

/** Every form intention a page's action knows, read from the source that dispatches them. */
function intentionsDe(fichier: string): string[] {
  const source = readFileSync(fichier, "utf8");
  return [
    ...new Set([...source.matchAll(/intention [!=]== "([a-z-]+)"|case "([a-z-]+)":/g)].map((m) => (m[1] ?? m[2])!)),
  ];
}

function correspond(motif: string, chemin: string): boolean {
  const re = new RegExp(`^/${motif.replace(/:[a-z]+/g, "[^/]+").replace(/\./g, "\\.")}$`);
  return re.test(chemin.split("?")[0]!);
}

async function sansFuite(r: APIResponse, quoi: string) {
  expect(r.status(), `${quoi} : jamais de 5xx`).toBeLessThan(500);
  const corps = (await r.body()).toString("latin1") + (await r.body()).toString("utf8");
  for (const secret of SECRETS) expect(corps, `${quoi} ne montre pas « ${secret} »`).not.toContain(secret);
}

test("deux organisations et l'anonyme : chaque route, téléchargement, API, flux et formulaire — aucune fuite, aucun 5xx", async ({
  playwright,
}) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "recouvrement-isolation-"));
  const env = { ...process.env, DATA_DIR: dataDir };
  expect(creerCompte(env, { ...PAUL, motDePasse: MOT_DE_PASSE_PAUL }).status).toBe(0);
  serveur = demarrer(dataDir, PORT, "2026-04-01");
  await attendrePret(PORT);

  const marie = await playwright.request.newContext({ baseURL: BASE });
  await connecter(marie, BASE);
  const paul = await playwright.request.newContext({ baseURL: BASE });
  expect(
    (
      await paul.post("/connexion", { form: { email: PAUL.email, motDePasse: MOT_DE_PASSE_PAUL }, maxRedirects: 0 })
    ).status(),
  ).toBe(302);
  const anonyme = await playwright.request.newContext({ baseURL: BASE });

  // Marie's organisation: an open dossier with a pièce and a note, a draft, her feed, her id.
  const importe = await marie.post("/dossiers", {
    form: { json: readFileSync("tests/fixtures/dossiers/injonction-tc.json", "utf8") },
    maxRedirects: 0,
  });
  const dossier = importe.headers().location!;
  expect(dossier).toMatch(/^\/dossiers\/[0-9a-f-]{36}$/);
  await marie.post(dossier, {
    multipart: {
      intention: "piece",
      intitule: "Bon de livraison",
      datePiece: "",
      fichier: { name: "bl.pdf", mimeType: "application/pdf", buffer: PDF },
    },
  });
  await marie.post(dossier, { form: { intention: "note", texte: "Boulangerie Martin : note interne" } });
  const page = await (await marie.get(dossier)).text();
  const piece = /\/pieces\/([0-9a-f-]{36})/.exec(page)?.[1];
  expect(piece).toBeTruthy();
  const version = /name="version" value="(\d+)"/.exec(page)?.[1] ?? "1";
  // A dossier at the reminder stage: the scheduler gives it a task (its plan's step of the day).
  await marie.post("/dossiers", {
    form: { json: readFileSync("tests/fixtures/dossiers/exemple.json", "utf8") },
    maxRedirects: 0,
  });
  let tache: string | undefined;
  for (let i = 0; i < 50 && !tache; i++) {
    tache = /name="tache" value="([0-9a-f-]{36})"/.exec(await (await marie.get("/taches")).text())?.[1];
    if (!tache) await new Promise((r) => setTimeout(r, 200));
  }
  expect(tache, "une tâche pour Marie").toBeTruthy();
  // An import waiting to be checked: its files name Marie's customers.
  const depot = await marie.post("/creances/import", {
    multipart: {
      intention: "deposer",
      fichiers: {
        name: "export.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("N° facture;Client;Échéance;Montant TTC\nF-9;Boulangerie Martin;2026-03-01;100,00\n"),
      },
    },
    maxRedirects: 0,
  });
  const lotImport = depot.headers().location!;
  expect(lotImport).toMatch(/^\/creances\/import\/[0-9a-f-]{36}$/);
  const brouillon = (await marie.post("/dossiers/nouveau", { maxRedirects: 0 })).headers().location!;
  expect(brouillon).toMatch(/\/assistant\/creancier$/);
  const brouillonId = /\/dossiers\/([0-9a-f-]{36})/.exec(brouillon)![1]!;
  const compte = await (await marie.post("/compte", { form: { intention: "calendrier" } })).text();
  const jetonMarie = /echeances\.ics\?jeton=([A-Za-z0-9_-]+)/.exec(compte)?.[1];
  expect(jetonMarie).toBeTruthy();
  const organisation = await (await marie.get("/organisation")).text();
  const idMarie = /name="membre" value="([0-9a-f-]{36})"/.exec(organisation)?.[1];
  const avantJournal = await (await marie.get(`${dossier}/export.json`)).text();

  // Every GET of Marie's organisation, with her ids.
  const lectures = [
    dossier,
    `${dossier}/export.json`,
    `${dossier}/dossier-avocat.zip`,
    `${dossier}/pieces/${piece}`,
    ...["mise-en-demeure", "decompte", "requete-injonction-de-payer", "chronologie"].flatMap((t) => [
      `${dossier}/documents/${t}.pdf`,
      `${dossier}/documents/${t}.docx`,
    ]),
    ...["creancier", "debiteur", "factures", "historique", "verifications", "revue"].map(
      (s) => `/dossiers/${brouillonId}/assistant/${s}`,
    ),
    `/dossiers/${brouillonId}/export.json`,
    `/dossiers/${brouillonId}`,
    `/taches/${tache}/message.eml`,
    lotImport,
  ];
  // Routes without an id: each must answer the other organisation with its own data only.
  const pagesDeLOrganisation = [
    "/dossiers",
    "/dossiers/nouveau",
    "/organisation",
    "/compte",
    "/mes-clients",
    "/taux",
    "/taches",
    "/relances",
    "/creances",
    "/creances.csv",
    "/creances/paiements",
    "/creances/import",
  ];
  const publiques = [
    "/",
    "/healthz",
    "/prescription",
    "/delais",
    "/interets",
    "/donnees-personnelles",
    "/api/v1/prescription?dateExigibilite=2024-01-15&dateAujourdhui=2026-04-01",
    "/connexion",
    "/installation",
  ];
  const flux = `/dossiers/echeances.ics?jeton=${jetonMarie}`;
  const jetonFaux = "/invitation/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
  const cles = ["/cles/connexion-options", "/cles/enregistrement-options", "/cles/connexion", "/cles/enregistrement"];

  // No route of the application is left out.
  const essayees = [...lectures, ...pagesDeLOrganisation, ...publiques, flux, jetonFaux, ...cles];
  for (const motif of routesDeLApplication()) {
    expect(
      essayees.some((u) => correspond(motif, u)),
      `la route « ${motif} » est essayée`,
    ).toBe(true);
  }

  const essayer = async (qui: APIRequestContext, nom: string, attendu: (url: string) => number[]) => {
    for (const url of lectures) {
      const r = await qui.get(url, { maxRedirects: 0 });
      await sansFuite(r, `${nom} GET ${url}`);
      expect(attendu(url), `${nom} GET ${url} → ${r.status()}`).toContain(r.status());
    }
  };
  await essayer(paul, "Paul", () => [404]);
  await essayer(anonyme, "anonyme", () => [302]);
  for (const qui of [paul, anonyme]) {
    for (const url of [...pagesDeLOrganisation, ...publiques])
      await sansFuite(await qui.get(url, { maxRedirects: 0 }), url);
  }
  // The feed: Marie's token is hers (200, her dossier); without it, or wrong, 404 — never a redirection.
  expect((await anonyme.get(flux)).status()).toBe(200);
  for (const url of ["/dossiers/echeances.ics", "/dossiers/echeances.ics?jeton=faux", `${flux.slice(0, -3)}xyz`]) {
    const r = await anonyme.get(url, { maxRedirects: 0 });
    expect(r.status(), url).toBe(404);
    await sansFuite(r, url);
  }
  const fluxPaul = /echeances\.ics\?jeton=([A-Za-z0-9_-]+)/.exec(
    await (await paul.post("/compte", { form: { intention: "calendrier" } })).text(),
  )?.[1];
  await sansFuite(await anonyme.get(`/dossiers/echeances.ics?jeton=${fluxPaul}`), "flux de Paul");

  // Every form intention on Marie's dossier, with Paul's session (404) and none (redirection).
  const formulaires: Record<string, Record<string, string>> = {
    evenement: { type: "ordonnance.rendue", date: "2026-03-30", version },
    piece: { intitule: "intrus" },
    note: { texte: "intrus" },
    "confier-avocat": { email: "intrus@exemple.fr" },
    "revoquer-avocat": { acces: "00000000-0000-0000-0000-000000000000" },
    "retirer-piece": { piece: piece! },
    juridiction: { juridictionNom: "Tribunal", juridictionAdresse: "1 rue", version },
    "supprimer-dossier": { confirmer: "oui" },
    "plan-relance": { plan: "" },
    "pause-relances": {},
    debiteur: {
      qualite: "particulier",
      nom: "Intrus",
      "adresse.ligne1": "1 rue",
      "adresse.codePostal": "75001",
      "adresse.ville": "Paris",
      version,
    },
  };
  expect(intentionsDe("app/routes/dossiers/detail.server.ts").sort()).toEqual(Object.keys(formulaires).sort());
  for (const [intention, champs] of Object.entries(formulaires)) {
    for (const [qui, nom, statut] of [
      [paul, "Paul", 404],
      [anonyme, "anonyme", 302],
    ] as const) {
      const r = await qui.post(dossier, { form: { intention, ...champs }, maxRedirects: 0 });
      await sansFuite(r, `${nom} POST ${intention}`);
      expect(r.status(), `${nom} POST ${intention}`).toBe(statut);
    }
  }
  for (const url of [`/dossiers/${brouillonId}/assistant/creancier`, `/dossiers/${brouillonId}/assistant/revue`]) {
    const r = await paul.post(url, { form: { intention: "suivant" }, maxRedirects: 0 });
    expect(r.status(), url).toBe(404);
  }
  // Marie's task in Paul's hands: every intention answers « n'existe pas », nothing changes.
  const surTaches = intentionsDe("app/routes/relances/taches.tsx");
  expect(surTaches.sort()).toEqual(["ecarter", "envoye", "fait", "reessayer", "valider"]);
  for (const intention of surTaches) {
    const r = await paul.post("/taches", { form: { intention, tache: tache! }, maxRedirects: 0 });
    await sansFuite(r, `Paul POST /taches ${intention}`);
    expect(r.status(), intention).toBe(409);
    expect(await r.text()).toContain("Cette tâche n'existe pas");
    expect((await anonyme.post("/taches", { form: { intention, tache: tache! }, maxRedirects: 0 })).status()).toBe(302);
  }
  // Plans: Paul edits his own organisation's only; a plan id of Marie's is unknown to him.
  const planMarie = /name="planId" value="([0-9a-f-]{36})"/.exec(await (await marie.get("/relances")).text())?.[1];
  expect(planMarie).toBeTruthy();
  for (const intention of ["enregistrer", "apercu", "ajouter-etape"]) {
    const r = await paul.post("/relances", { form: { intention, planId: planMarie!, nom: "x" }, maxRedirects: 0 });
    await sansFuite(r, `Paul POST /relances ${intention}`);
    expect(r.status(), intention).toBe(404);
  }
  expect((await anonyme.post("/relances", { form: { intention: "nouveau" }, maxRedirects: 0 })).status()).toBe(302);

  // A bank entry assigned by Paul to Marie's invoice: unknown to him, nothing recorded.
  expect(intentionsDe("app/routes/creances/paiements.tsx")).toEqual(["affecter"]);
  const affectation = await paul.post("/creances/paiements", {
    form: {
      intention: "affecter",
      releve: "camt:intrus",
      date: "2026-03-30",
      montantCents: "100",
      dossier: dossier.split("/").pop()!,
      facture: "F-2026-014",
    },
    maxRedirects: 0,
  });
  await sansFuite(affectation, "Paul POST /creances/paiements affecter");
  expect(affectation.status()).toBe(409);
  expect(
    (await anonyme.post("/creances/paiements", { form: { intention: "affecter" }, maxRedirects: 0 })).status(),
  ).toBe(302);

  // Marie's import in Paul's hands: unknown (404), nothing started; without a session, the login page.
  expect(intentionsDe("app/routes/creances/import-lot.tsx").sort()).toEqual(["colonnes", "importer"]);
  for (const intention of ["colonnes", "importer"]) {
    const r = await paul.post(lotImport, {
      form: { intention, ordre: "0", "colonne-numero": "N° facture" },
      maxRedirects: 0,
    });
    await sansFuite(r, `Paul POST ${lotImport} ${intention}`);
    expect(r.status(), intention).toBe(404);
    expect((await anonyme.post(lotImport, { form: { intention }, maxRedirects: 0 })).status()).toBe(302);
  }
  expect(intentionsDe("app/routes/creances/import.tsx")).toEqual(["identite"]);
  expect((await anonyme.post("/creances/import", { form: { intention: "identite" }, maxRedirects: 0 })).status()).toBe(
    302,
  );
  expect(await (await marie.get(lotImport)).text()).toContain("Vérifier avant d&#x27;importer");

  // The organisation's and the account's forms, with Marie's ids in Paul's hands.
  const surOrganisation = intentionsDe("app/routes/comptes/organisation.tsx");
  expect(surOrganisation.sort()).toEqual(["inviter", "operateur", "reinitialiser", "retirer", "role"]);
  for (const intention of surOrganisation) {
    const r = await paul.post("/organisation", {
      form: { intention, membre: idMarie!, role: "lecteur", email: "x@exemple.fr" },
      maxRedirects: 0,
    });
    await sansFuite(r, `Paul POST /organisation ${intention}`);
    // Paul administers his own organisation: inviting works there; Marie is no member of it (404).
    expect(r.status(), intention).toBe(intention === "inviter" ? 200 : 404);
    const a = await anonyme.post("/organisation", { form: { intention, membre: idMarie! }, maxRedirects: 0 });
    expect(a.status()).toBe(302);
  }
  const surCompte = intentionsDe("app/routes/comptes/compte.tsx");
  expect(surCompte.sort()).toEqual([
    "calendrier",
    "ici",
    "organisation",
    "partout",
    "revoquer-calendrier",
    "supprimer-cle",
  ]);
  // Those that touch only the person's own things (calendar, sessions) are tried at the end.
  for (const intention of ["organisation", "supprimer-cle", "revoquer-calendrier"]) {
    const r = await paul.post("/compte", {
      form: { intention, organisation: "00000000-0000-0000-0000-000000000000", cle: "inconnue" },
      maxRedirects: 0,
    });
    expect(r.status()).toBeLessThan(500);
    await sansFuite(r, `Paul POST /compte ${intention}`);
  }
  for (const url of cles) {
    const r = await anonyme.post(url, { data: {}, maxRedirects: 0 });
    expect(r.status(), url).toBeLessThan(500);
  }

  // Marie's dossier is exactly as it was: same journal, same pièce, her feed still works.
  expect(await (await marie.get(`${dossier}/export.json`)).text()).toBe(avantJournal);
  expect((await marie.get(`${dossier}/pieces/${piece}`)).status()).toBe(200);
  expect(await (await marie.get(dossier)).text()).toContain("Boulangerie Martin : note interne");
  expect(await (await marie.get("/taches")).text()).toContain(`value="${tache}"`);
  expect((await marie.get(flux)).status()).toBe(200);
  await marie.dispose();
  await paul.dispose();
  await anonyme.dispose();
});
