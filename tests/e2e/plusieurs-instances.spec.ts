/**
 * Two server instances on one throwaway PostgreSQL (decision 015): signed in on one, the same session
 * works on the other; a pièce uploaded through one is served by the other; two edits of one dossier
 * through the two instances are detected as a conflict (the dossier's version), never a silent overwrite.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Cluster, demarrerPostgres } from "../setup/postgres";
import { connecter } from "./comptes-outils";
import { expect, test } from "./fixtures";
import { arreter, attendrePret, demarrer, type Serveur } from "./serveur";

const PORT_A = 3981;
const PORT_B = 3982;
let cluster: Cluster | undefined;
let a: Serveur | undefined;
let b: Serveur | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await demarrerPostgres();
  const env = { DATABASE_URL: cluster.url };
  // One after the other: the first applies the migrations, the second finds them applied.
  a = demarrer(mkdtempSync(path.join(os.tmpdir(), "recouvrement-a-")), PORT_A, "2026-04-01", env);
  await attendrePret(PORT_A);
  b = demarrer(mkdtempSync(path.join(os.tmpdir(), "recouvrement-b-")), PORT_B, "2026-04-01", env);
  await attendrePret(PORT_B);
});

test.afterAll(async () => {
  await arreter(a);
  await arreter(b);
  await cluster?.arreter();
});

const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from("avis de réception signé — deux instances")]);

test("connecté sur une instance, on travaille sur l'autre ; une pièce déposée sur une instance est servie par l'autre ; deux modifications concurrentes font un conflit", async ({
  browser,
}) => {
  const surA = await browser.newPage({ baseURL: `http://127.0.0.1:${PORT_A}` });
  const surB = await browser.newPage({ baseURL: `http://127.0.0.1:${PORT_B}` });
  // Signed in on A only; B receives the same session cookie (as behind a load balancer) and
  // recognises it, since sessions live in the shared database.
  await connecter(surA.request, `http://127.0.0.1:${PORT_A}`);
  await surB.goto("/dossiers");
  await expect(surB).toHaveURL(/\/connexion/);
  await surB.context().addCookies(await surA.context().cookies());

  await surA.goto("/dossiers");
  await surA.getByLabel("Ou collez le JSON").fill(readFileSync("tests/fixtures/dossiers/exemple.json", "utf8"));
  await surA.getByRole("button", { name: "Importer" }).click();
  await expect(surA).toHaveURL(/\/dossiers\/[0-9a-f-]{36}$/);
  const chemin = new URL(surA.url()).pathname;

  await surA.getByLabel("Intitulé de la pièce").fill("Avis de réception signé");
  await surA.getByLabel("Fichier").setInputFiles({ name: "ar.pdf", mimeType: "application/pdf", buffer: PDF });
  await surA.getByRole("button", { name: "Ajouter la pièce" }).click();
  await expect(surA.getByText("Pièce ajoutée : Avis de réception signé.")).toBeVisible();

  // Instance B lists the same dossier and serves the pièce uploaded through A.
  await surB.goto(chemin);
  const lien = surB.getByRole("link", { name: "Avis de réception signé" });
  await expect(lien).toBeVisible();
  const reponse = await surB.request.get(`http://127.0.0.1:${PORT_B}${(await lien.getAttribute("href")) ?? ""}`);
  expect(reponse.status()).toBe(200);
  expect(Buffer.from(await reponse.body()).equals(PDF)).toBe(true);

  // Both pages show the same version; A records a payment, then B tries with the version it had.
  await surA.reload();
  await surB.reload();
  for (const page of [surA, surB]) await page.getByText("Noter un paiement reçu").click();
  const formA = surA.getByRole("form", { name: /paiement reçu/ });
  await formA.getByLabel("Montant (€)").fill("100");
  await formA.getByLabel("Date").fill("2026-03-30");
  await formA.getByRole("button", { name: "Enregistrer" }).click();
  await expect(surA.getByRole("status")).toHaveText("Événement enregistré au journal.");

  const formB = surB.getByRole("form", { name: /paiement reçu/ });
  await formB.getByLabel("Montant (€)").fill("250");
  await formB.getByLabel("Date").fill("2026-03-31");
  await formB.getByRole("button", { name: "Enregistrer" }).click();
  await expect(surB.getByRole("alert").first()).toContainText("modifié entre-temps");
  // Nothing typed on B is lost, and A's payment is in the journal B now reads.
  await expect(surB.getByRole("form", { name: /paiement reçu/ }).getByLabel("Montant (€)")).toHaveValue("250");
  await surB.reload();
  await expect(surB.locator(".journal")).toContainText("100,00 €");
  await expect(surB.locator(".journal")).not.toContainText("250,00 €");
});
