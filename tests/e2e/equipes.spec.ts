/**
 * A team and its lawyer, as new users meet them (issue 13): the first start with the setup code;
 * the administrator invites a gestionnaire and a lecteur by links copied from the page, who sign
 * in and can / cannot do what their roles say; a password reset by link; a dossier entrusted to a
 * lawyer who accepts, sees only that dossier in « Mes clients », downloads the ZIP, records
 * « requête déposée » and « ordonnance rendue », which the owner reads in the journal with the
 * lawyer's name; access revoked → 404; a passkey registered and used to sign in (Chromium's
 * virtual authenticator through the DevTools protocol), on http://localhost as WebAuthn requires.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import PizZip from "pizzip";
import { COMPTE_DE_TEST } from "./comptes-outils";
import { expect, test } from "./fixtures";
import { arreter, attendrePret, demarrer, type Serveur } from "./serveur";

const PORT = 3986;
const BASE = `http://localhost:${PORT}`;
let serveur: Serveur | undefined;

test.describe.configure({ mode: "serial" });
// No automatic sign-in: these users start from the first page, as real ones do.
test.use({ baseURL: undefined });
test.afterAll(async () => arreter(serveur));

/** The dossier at the injunction stage, before the requête is filed (the lawyer files it). */
const injonction = (() => {
  const d = JSON.parse(readFileSync("tests/fixtures/dossiers/injonction-tc.json", "utf8"));
  d.evenements = d.evenements.filter((e: { type: string }) => e.type !== "requete.deposee");
  return JSON.stringify(d);
})();
const autre = readFileSync("tests/fixtures/dossiers/exemple.json", "utf8")
  .replace('"reference": "', '"reference": "AUTRE-')
  .replace(/Boulangerie Martin/g, "Garage Lefort");

async function importer(page: Page, json: string): Promise<string> {
  await page.goto(`${BASE}/dossiers`);
  await page.getByLabel("Ou collez le JSON").fill(json);
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page).toHaveURL(/\/dossiers\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

/** Opens a link in a fresh browser, creates the account it invites to, and returns the page. */
async function accepterEnCreantLeCompte(browser: Browser, lien: string, nom: string, motDePasse: string) {
  const contexte = await browser.newContext();
  const page = await contexte.newPage();
  await page.goto(lien);
  await page.getByLabel("Votre nom").fill(nom);
  await page.getByLabel("Mot de passe", { exact: true }).fill(motDePasse);
  await page.getByLabel("Confirmation du mot de passe").fill(motDePasse);
  await page.getByRole("button", { name: "Créer mon compte et accepter" }).click();
  return page;
}

let marie: Page;
let dossier: string;
let dossierAutre: string;

test("l'administrateur installe l'instance puis invite une gestionnaire et un lecteur par des liens copiés", async ({
  browser,
}) => {
  serveur = demarrer(
    mkdtempSync(path.join(os.tmpdir(), "recouvrement-equipes-")),
    PORT,
    "2026-04-01",
    { ORIGINE_PUBLIQUE: BASE },
    false,
  );
  await attendrePret(PORT);
  const code = /Code d'installation : ([A-Z0-9-]+)/.exec(serveur.sortie())?.[1];
  expect(code).toBeTruthy();

  marie = await (await browser.newContext()).newPage();
  await marie.goto(`${BASE}/dossiers`);
  await expect(marie).toHaveURL(/\/installation$/);
  await marie.getByLabel("Code d'installation").fill(code!);
  await marie.getByLabel("Votre entreprise ou votre cabinet").fill(COMPTE_DE_TEST.organisation);
  await marie.getByLabel("Votre nom").fill(COMPTE_DE_TEST.nom);
  await marie.getByLabel("Adresse électronique").fill(COMPTE_DE_TEST.email);
  await marie.getByLabel("Mot de passe", { exact: true }).fill(COMPTE_DE_TEST.motDePasse);
  await marie.getByLabel("Confirmation du mot de passe").fill(COMPTE_DE_TEST.motDePasse);
  await marie.getByRole("button", { name: "Créer le compte administrateur" }).click();
  await expect(marie).toHaveURL(/\/dossiers$/);
  dossier = await importer(marie, injonction);
  dossierAutre = await importer(marie, autre);

  // Two invitations, each link read from the page as the administrator would copy it.
  const liens: Record<string, string> = {};
  for (const [email, role] of [
    ["gaelle@atelier-dupont.fr", "gestionnaire"],
    ["luc@atelier-dupont.fr", "lecteur"],
  ] as const) {
    await marie.goto(`${BASE}/organisation`);
    await marie.getByLabel("Adresse électronique").fill(email);
    await marie.getByLabel("Rôle", { exact: true }).selectOption(role);
    await marie.getByRole("button", { name: "Créer le lien d'invitation" }).click();
    liens[role] = await marie.getByLabel(`Lien pour ${email}`).inputValue();
    expect(liens[role]).toMatch(new RegExp(`^${BASE}/invitation/[A-Za-z0-9_-]{32}$`));
  }
  await expect(marie.getByText(/Invitations en attente : gaelle@atelier-dupont.fr \(gestionnaire/)).toBeVisible();

  // The gestionnaire works the dossier: a note is accepted; the members page is not hers.
  const gaelle = await accepterEnCreantLeCompte(
    browser,
    liens.gestionnaire!,
    "Gaëlle Roux",
    "pivoine-tracteur-horizon-18",
  );
  await expect(gaelle).toHaveURL(/\/dossiers$/);
  await gaelle.goto(`${BASE}${dossier}`);
  await gaelle.getByLabel("Nouvelle note").fill("Débiteur joint par téléphone : attend l'ordonnance.");
  await gaelle.getByRole("button", { name: "Ajouter la note" }).click();
  await expect(gaelle.getByText("Note ajoutée.")).toBeVisible();
  await expect(gaelle.getByText("Gaëlle Roux, le")).toBeVisible();
  expect((await gaelle.request.get(`${BASE}/organisation`)).status()).toBe(403);

  // The reader reads; the server refuses his note (403), and his page shows no form.
  const luc = await accepterEnCreantLeCompte(browser, liens.lecteur!, "Luc Dupont", "girafe-clavier-printemps-31");
  await expect(luc).toHaveURL(/\/dossiers$/);
  await luc.goto(`${BASE}${dossier}`);
  await expect(luc.getByText("Débiteur joint par téléphone")).toBeVisible();
  await expect(luc.locator("main form")).toHaveCount(0);
  const refus = await luc.request.post(`${BASE}${dossier}`, { form: { intention: "note", texte: "essai" } });
  expect(refus.status()).toBe(403);

  // A link serves once: Gaëlle's again says so (410), and creates nothing.
  const encore = await (await browser.newContext()).newPage();
  const r = await encore.goto(liens.gestionnaire!);
  expect(r?.status()).toBe(410);
  await expect(encore.getByText("Ce lien a déjà servi")).toBeVisible();

  // Members as the administrator sees them.
  await marie.goto(`${BASE}/organisation`);
  for (const nom of ["Gaëlle Roux", "Luc Dupont", COMPTE_DE_TEST.nom]) {
    await expect(marie.getByRole("cell", { name: nom, exact: false }).first()).toBeVisible();
  }

  // Password reset: a link from the administrator; the old sessions close, the new password works.
  await marie.getByRole("button", { name: "Lien de nouveau mot de passe pour Luc Dupont" }).click();
  const reinit = await marie.getByLabel("Lien pour luc@atelier-dupont.fr").inputValue();
  const autreNavigateur = await (await browser.newContext()).newPage();
  await autreNavigateur.goto(reinit);
  await autreNavigateur.getByLabel("Mot de passe", { exact: true }).fill("court");
  await autreNavigateur.getByLabel("Confirmation du mot de passe").fill("court");
  await autreNavigateur.getByRole("button", { name: "Enregistrer le nouveau mot de passe" }).click();
  await expect(autreNavigateur.getByRole("alert")).toContainText("12 caractères");
  await autreNavigateur.getByLabel("Mot de passe", { exact: true }).fill("hirondelle-sextant-bruine-52");
  await autreNavigateur.getByLabel("Confirmation du mot de passe").fill("hirondelle-sextant-bruine-52");
  await autreNavigateur.getByRole("button", { name: "Enregistrer le nouveau mot de passe" }).click();
  await expect(autreNavigateur).toHaveURL(/\/connexion\?reinitialise=1$/);
  expect((await luc.request.get(`${BASE}/dossiers`, { maxRedirects: 0 })).status()).toBe(302);
  await autreNavigateur.getByLabel("Adresse électronique").fill("luc@atelier-dupont.fr");
  await autreNavigateur.getByLabel("Mot de passe").fill("hirondelle-sextant-bruine-52");
  await autreNavigateur.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(autreNavigateur).toHaveURL(/\/dossiers$/);
  expect((await autreNavigateur.goto(reinit))?.status()).toBe(410);
});

test("un dossier confié à un avocat : il accepte, ne voit que lui, télécharge le ZIP, inscrit la requête et l'ordonnance ; retiré → 404", async ({
  browser,
}) => {
  await marie.goto(`${BASE}${dossier}`);
  await marie.getByLabel("Adresse électronique de l'avocat").fill("me.bernard@avocats-lyon.fr");
  await marie.getByRole("button", { name: "Créer le lien d'invitation" }).click();
  const lien = await marie.getByLabel("Lien d'invitation de l'avocat").inputValue();

  const avocat = await accepterEnCreantLeCompte(browser, lien, "Maître Claire Bernard", "ardoise-violon-estuaire-64");
  await expect(avocat).toHaveURL(new RegExp(`${dossier}$`));
  await expect(avocat.getByText("Ce dossier vous est confié")).toBeVisible();

  await avocat.goto(`${BASE}/mes-clients`);
  await expect(avocat.getByRole("heading", { name: COMPTE_DE_TEST.organisation })).toBeVisible();
  await expect(avocat.locator("main tbody tr")).toHaveCount(1);
  expect((await avocat.request.get(`${BASE}${dossierAutre}`)).status()).toBe(404);
  expect((await avocat.request.get(`${BASE}/dossiers`, { maxRedirects: 0 })).headers().location).toBe("/mes-clients");

  const zip = await avocat.request.get(`${BASE}${dossier}/dossier-avocat.zip`);
  expect(zip.status()).toBe(200);
  expect(Object.keys(new PizZip(await zip.body()).files)).toContain("requete-injonction-de-payer.pdf");

  await avocat.locator("main tbody a").click();
  await expect(avocat).toHaveURL(new RegExp(`${dossier}$`));
  // The lawyer is offered the judicial step, not the creditor's (no form to record a payment).
  await expect(avocat.getByText("Noter un paiement reçu")).toHaveCount(0);
  await avocat.getByText(/^Déposer la requête en injonction de payer/).click();
  await avocat
    .getByRole("form", { name: /^Déposer la requête/ })
    .getByRole("button", { name: "Enregistrer" })
    .click();
  await expect(avocat.locator(".journal")).toContainText("inscrit par Maître Claire Bernard (avocat)");
  await avocat.getByText("Noter l'ordonnance portant injonction de payer").click();
  await avocat
    .getByRole("form", { name: "Noter l'ordonnance portant injonction de payer" })
    .getByRole("button", { name: "Enregistrer" })
    .click();
  // The page reloads its data after each step: wait until both are in its journal.
  await expect(avocat.locator(".journal li", { hasText: "inscrit par Maître Claire Bernard (avocat)" })).toHaveCount(2);
  // What is not his is refused on the server (403), whatever a hand-written request says.
  const paiement = await avocat.request.post(`${BASE}${dossier}`, {
    form: { type: "paiement.recu", date: "2026-03-30", montant: "10", version: "1" },
  });
  expect(paiement.status()).toBe(403);

  // The owner reads both steps in the journal, with the lawyer's name.
  await marie.goto(`${BASE}${dossier}`);
  const journal = marie.locator(".journal");
  await expect(journal.getByText(/Requête.*inscrit par Maître Claire Bernard \(avocat\)/)).toBeVisible();
  await expect(journal.getByText(/Ordonnance.*inscrit par Maître Claire Bernard \(avocat\)/)).toBeVisible();

  // The audit log says who downloaded the ZIP.
  await marie.goto(`${BASE}/organisation`);
  const audit = marie.locator("#titre-audit + p + table");
  await expect(audit.getByRole("row", { name: /Maître Claire Bernard \(avocat\).*ZIP/ })).toBeVisible();
  await expect(audit.getByRole("row", { name: /Dossier accepté par l'avocat/ })).toBeVisible();

  // Revoked: the lawyer's every request on the dossier answers 404, and « Mes clients » is empty.
  await marie.goto(`${BASE}${dossier}`);
  await marie.getByRole("button", { name: "Retirer l'accès de Maître Claire Bernard" }).click();
  await expect(marie.getByText("Ce dossier n'est confié à aucun avocat.")).toBeVisible();
  for (const suite of ["", "/dossier-avocat.zip", "/export.json", "/documents/decompte.pdf"]) {
    expect((await avocat.request.get(`${BASE}${dossier}${suite}`)).status(), suite).toBe(404);
  }
  await avocat.goto(`${BASE}/mes-clients`);
  await expect(avocat.getByText("Aucun dossier ne vous est confié")).toBeVisible();
});

test("une clé d'accès enregistrée puis utilisée pour se connecter (authentificateur virtuel de Chromium)", async () => {
  const cdp = await marie.context().newCDPSession(marie);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  await marie.goto(`${BASE}/compte`);
  await marie.getByLabel(/Nom de la clé/).fill("Ordinateur du bureau");
  await marie.getByRole("button", { name: "Ajouter une clé d'accès" }).click();
  await expect(marie.getByText(/Ordinateur du bureau — ajoutée le/)).toBeVisible();

  await marie.getByRole("button", { name: "Se déconnecter", exact: true }).click();
  await expect(marie).toHaveURL(/\/connexion$/);
  await marie.getByRole("button", { name: "Se connecter avec une clé d'accès" }).click();
  await expect(marie).toHaveURL(/\/dossiers$/);
  await marie.goto(`${BASE}/compte`);
  await expect(marie.getByText(/Ordinateur du bureau — ajoutée le .*, utilisée le/)).toBeVisible();
  await marie.goto(`${BASE}/organisation`);
  await expect(marie.getByRole("row", { name: /Connexion \(clé d'accès\)/ })).toBeVisible();
});
