/**
 * Accounts as a new user meets them (issue 13, first part): first start with the setup code printed
 * in the console, sign-in and sign-out, a message that never says whether an address exists,
 * throttling, a new session at every sign-in, « se déconnecter partout », two organisations
 * that never see each other's dossiers (404, like a missing one), nobody signed in sent to the
 * sign-in page, and a reader (role lecteur) who reads but whose every change is refused (403).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { COMPTE_DE_TEST, connecter, creerCompte } from "./comptes-outils";
import { arreter, attendrePret, demarrer, type Serveur } from "./serveur";

const PORT = 3985;
const BASE = `http://127.0.0.1:${PORT}`;
let serveur: Serveur | undefined;

test.describe.configure({ mode: "serial" });
test.use({ baseURL: BASE });
test.afterAll(async () => arreter(serveur));

test("premier démarrage : le code d'installation de la console, puis le compte administrateur", async ({ page }) => {
  serveur = demarrer(mkdtempSync(path.join(os.tmpdir(), "recouvrement-comptes-")), PORT, "2026-04-01", {}, false);
  await attendrePret(PORT);
  const code = /Code d'installation : ([A-Z0-9-]+)/.exec(serveur.sortie())?.[1];
  expect(code).toBeTruthy();

  await page.goto("/dossiers");
  await expect(page).toHaveURL(/\/installation$/);
  await page.getByLabel("Code d'installation").fill("AAAA-BBBB-CCCC");
  await page.getByLabel("Votre entreprise ou votre cabinet").fill("Atelier Dupont");
  await page.getByLabel("Votre nom").fill("Marie Dupont");
  await page.getByLabel("Adresse électronique").fill(COMPTE_DE_TEST.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill("qwerty123456");
  await page.getByLabel("Confirmation du mot de passe").fill("qwerty123456");
  await page.getByRole("button", { name: "Créer le compte administrateur" }).click();
  await expect(page.getByRole("alert")).toContainText("parmi les plus courants");
  await expect(page.getByLabel("Votre nom")).toHaveValue("Marie Dupont");

  await page.getByLabel("Mot de passe", { exact: true }).fill(COMPTE_DE_TEST.motDePasse);
  await page.getByLabel("Confirmation du mot de passe").fill(COMPTE_DE_TEST.motDePasse);
  await page.getByRole("button", { name: "Créer le compte administrateur" }).click();
  await expect(page.getByRole("alert")).toContainText("code d'installation incorrect");

  await page.getByLabel("Code d'installation").fill(code!);
  await page.getByLabel("Mot de passe", { exact: true }).fill(COMPTE_DE_TEST.motDePasse);
  await page.getByLabel("Confirmation du mot de passe").fill(COMPTE_DE_TEST.motDePasse);
  await page.getByRole("button", { name: "Créer le compte administrateur" }).click();
  await expect(page).toHaveURL(/\/dossiers$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes dossiers");
  // The setup page is gone once the instance has its administrator (signed in: back to the dossiers).
  await page.goto("/installation");
  await expect(page).toHaveURL(/\/dossiers$/);
});

test("connexion : message qui ne dit rien de l'adresse, nouvelle session à chaque connexion, déconnexion partout, limitation", async ({
  browser,
}) => {
  const ici = await browser.newContext({ baseURL: BASE });
  const page = await ici.newPage();
  await page.goto("/dossiers");
  await expect(page).toHaveURL(/\/connexion\?retour=%2Fdossiers$/);
  for (const email of ["inconnu@exemple.fr", COMPTE_DE_TEST.email]) {
    await page.getByLabel("Adresse électronique").fill(email);
    await page.getByLabel("Mot de passe").fill("mauvais-mot-de-passe");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("alert")).toContainText("Adresse ou mot de passe incorrect.");
  }
  await page.getByLabel("Adresse électronique").fill(COMPTE_DE_TEST.email);
  await page.getByLabel("Mot de passe").fill(COMPTE_DE_TEST.motDePasse);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/dossiers$/);
  const premier = (await ici.cookies()).find((c) => c.name === "recouvrement_session");
  expect(premier?.httpOnly).toBe(true);
  expect(premier?.sameSite).toBe("Lax");

  // Signing in again gives a new session id.
  await connecter(page.request, BASE);
  const second = (await ici.cookies()).find((c) => c.name === "recouvrement_session");
  expect(second?.value).not.toBe(premier?.value);

  // Another browser, then « se déconnecter partout » from this one closes both.
  const ailleurs = await browser.newContext({ baseURL: BASE });
  await connecter(ailleurs.request, BASE);
  expect((await ailleurs.request.get("/dossiers", { maxRedirects: 0 })).status()).toBe(200);
  await page.goto("/compte");
  await expect(page.getByRole("heading", { name: "Sessions ouvertes" })).toBeVisible();
  await page.getByRole("button", { name: "Se déconnecter partout" }).click();
  await expect(page).toHaveURL(/\/connexion$/);
  expect((await ailleurs.request.get("/dossiers", { maxRedirects: 0 })).status()).toBe(302);

  // Five failures on one account: the sixth attempt is throttled, even with the right password.
  for (let i = 0; i < 5; i++) {
    await ailleurs.request.post("/connexion", { form: { email: "cible@exemple.fr", motDePasse: "faux-faux-faux" } });
  }
  const bloque = await ailleurs.request.post("/connexion", {
    form: { email: "cible@exemple.fr", motDePasse: "faux-faux-faux" },
    maxRedirects: 0,
  });
  expect(bloque.status()).toBe(429);
  expect(await bloque.text()).toContain("Trop de tentatives");
  await ici.close();
  await ailleurs.close();
});

test("deux organisations ne voient jamais leurs dossiers l'une de l'autre (404), l'anonyme va à la connexion, le lecteur ne modifie rien (403)", async ({
  browser,
}) => {
  await arreter(serveur);
  // A second organisation's account, created as a scripted deployment would (server stopped).
  const dataDir = /base intégrée dans (\S+)\)/.exec(serveur?.sortie() ?? "")?.[1] ?? "";
  const cree = creerCompte(
    { ...process.env, DATA_DIR: dataDir },
    {
      email: "paul@cabinet-martin.fr",
      nom: "Paul Martin",
      organisation: "Cabinet Martin",
      motDePasse: "lanterne-vitrail-orage-77",
    },
  );
  expect(cree.status, cree.stderr).toBe(0);
  // And a reader in Marie's organisation (role lecteur: reads, never modifies).
  const lecteur = creerCompte(
    { ...process.env, DATA_DIR: dataDir },
    {
      email: "luc@atelier-dupont.fr",
      nom: "Luc Dupont",
      organisation: COMPTE_DE_TEST.organisation,
      motDePasse: "girafe-clavier-printemps-31",
      role: "lecteur",
    },
  );
  expect(lecteur.status, lecteur.stderr).toBe(0);
  serveur = demarrer(dataDir, PORT, "2026-04-01", {}, false);
  await attendrePret(PORT);

  const marie = await browser.newContext({ baseURL: BASE });
  await connecter(marie.request, BASE);
  const page = await marie.newPage();
  await page.goto("/dossiers");
  await page.getByLabel("Ou collez le JSON").fill(readFileSync("tests/fixtures/dossiers/exemple.json", "utf8"));
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page).toHaveURL(/\/dossiers\/[0-9a-f-]{36}$/);
  const chemin = new URL(page.url()).pathname;

  const paul = await browser.newContext({ baseURL: BASE });
  const r = await paul.request.post("/connexion", {
    form: { email: "paul@cabinet-martin.fr", motDePasse: "lanterne-vitrail-orage-77" },
    maxRedirects: 0,
  });
  expect(r.status()).toBe(302);
  const liste = await (await paul.request.get("/dossiers")).text();
  expect(liste).not.toContain("Boulangerie Martin");
  for (const suite of [
    "",
    "/documents/mise-en-demeure.pdf",
    "/documents/decompte.docx",
    "/dossier-avocat.zip",
    "/export.json",
    "/assistant/factures",
  ]) {
    const g = await paul.request.get(`${chemin}${suite}`, { maxRedirects: 0 });
    expect(g.status(), `GET ${suite}`).toBe(404);
  }
  const p = await paul.request.post(chemin, {
    form: { intention: "supprimer-dossier", confirmer: "oui" },
    maxRedirects: 0,
  });
  expect(p.status()).toBe(404);

  // Nobody signed in: every route of the dossier sends to the sign-in page, no content, no 5xx;
  // the calendar feed answers 404 to a missing or wrong token (never a redirection).
  const anonyme = await browser.newContext({ baseURL: BASE });
  for (const suite of [
    "",
    "/documents/mise-en-demeure.pdf",
    "/dossier-avocat.zip",
    "/export.json",
    "/assistant/factures",
  ]) {
    const g = await anonyme.request.get(`${chemin}${suite}`, { maxRedirects: 0 });
    expect(g.status(), `anonyme GET ${suite}`).toBe(302);
    expect(g.headers().location, `anonyme GET ${suite}`).toMatch(/^\/connexion\?retour=/);
    expect(await g.text()).not.toContain("Boulangerie Martin");
  }
  for (const url of [chemin, `${chemin}/assistant/factures`, "/dossiers/nouveau", "/dossiers"]) {
    const envoi = await anonyme.request.post(url, {
      form: { intention: "supprimer-dossier", confirmer: "oui" },
      maxRedirects: 0,
    });
    expect(envoi.status(), `anonyme POST ${url}`).toBe(302);
  }
  for (const jeton of ["", "?jeton=faux", `?jeton=${"0".repeat(32)}`]) {
    const ics = await anonyme.request.get(`/dossiers/echeances.ics${jeton}`, { maxRedirects: 0 });
    expect(ics.status(), `ICS ${jeton}`).toBe(404);
  }
  await anonyme.close();

  // The reader of Marie's organisation sees the dossier and downloads it, but every change is
  // refused on the server (403, naming the role), whatever the page shows.
  const luc = await browser.newContext({ baseURL: BASE });
  const l = await luc.request.post("/connexion", {
    form: { email: "luc@atelier-dupont.fr", motDePasse: "girafe-clavier-printemps-31" },
    maxRedirects: 0,
  });
  expect(l.status()).toBe(302);
  for (const suite of ["", "/documents/mise-en-demeure.pdf", "/dossier-avocat.zip", "/export.json"]) {
    const g = await luc.request.get(`${chemin}${suite}`, { maxRedirects: 0 });
    expect(g.status(), `lecteur GET ${suite}`).toBe(200);
  }
  for (const [url, form] of [
    [chemin, { intention: "supprimer-dossier", confirmer: "oui" }],
    [`${chemin}/assistant/factures`, { intention: "enregistrer" }],
    ["/dossiers/nouveau", {}],
    ["/dossiers", { json: "{}" }],
  ] as const) {
    const refus = await luc.request.post(url, { form, maxRedirects: 0 });
    expect(refus.status(), `lecteur POST ${url}`).toBe(403);
    expect(await refus.text()).toContain("Votre rôle (lecteur) permet de consulter");
  }
  const vuParLuc = await luc.newPage();
  await vuParLuc.goto("/dossiers/nouveau");
  await expect(vuParLuc.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  await expect(vuParLuc.getByText("Votre rôle (lecteur) permet de consulter")).toBeVisible();
  // The pages show him what he may do: reading and downloading, no form the server would refuse.
  await vuParLuc.goto(chemin);
  await expect(vuParLuc.getByRole("heading", { level: 1 })).toHaveText("Boulangerie Martin (SAS)");
  await expect(vuParLuc.getByRole("link", { name: /Télécharger le dossier pour l'avocat/ })).toBeVisible();
  await expect(vuParLuc.getByRole("heading", { name: "Prochaines actions" })).toBeVisible();
  await expect(vuParLuc.getByText("Votre rôle (lecteur) permet de consulter ce dossier")).toBeVisible();
  await expect(vuParLuc.locator("main form")).toHaveCount(0);
  await vuParLuc.goto("/dossiers");
  await expect(vuParLuc.getByRole("link", { name: "Boulangerie Martin" }).first()).toBeVisible();
  await expect(vuParLuc.getByRole("link", { name: "Démarrer un dossier" })).toHaveCount(0);
  await expect(vuParLuc.getByRole("button", { name: "Importer" })).toHaveCount(0);
  await luc.close();

  // Still there for its own organisation.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Boulangerie Martin (SAS)");
  await marie.close();
  await paul.close();
});
