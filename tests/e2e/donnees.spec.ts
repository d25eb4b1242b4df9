/**
 * The dossier's files and data: exhibits uploaded and checked, served only from their dossier and
 * put in the lawyer's ZIP; the iCalendar feed behind its secret; export as JSON; deletion with
 * the files; the privacy page.
 */
import { readFileSync } from "node:fs";
import PizZip from "pizzip";
import { expect, test } from "./fixtures";

const injonction = readFileSync("tests/fixtures/dossiers/injonction-tc.json", "utf8");
const PDF_MINIMAL = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

test("pièces, export, calendrier et suppression d'un dossier", async ({ page, request }) => {
  await page.goto("/dossiers");
  await page.getByLabel("Ou collez le JSON").fill(injonction);
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page).toHaveURL(/\/dossiers\/[0-9a-f-]{36}$/);
  const adresse = new URL(page.url()).pathname;

  // A text file named .pdf is refused by its content; what was typed stays.
  await page.getByLabel("Intitulé de la pièce").fill("Avis de réception signé");
  await page
    .getByLabel("Fichier")
    .setInputFiles({ name: "avis.pdf", mimeType: "application/pdf", buffer: Buffer.from("pas un PDF") });
  await page.getByRole("button", { name: "Ajouter la pièce" }).click();
  await expect(page.locator("#champ-fichier-erreur")).toHaveText(
    "seuls les PDF et les images PNG ou JPEG sont acceptés",
  );
  await expect(page.getByLabel("Intitulé de la pièce")).toHaveValue("Avis de réception signé");
  await page
    .getByLabel("Fichier")
    .setInputFiles({ name: "avis.pdf", mimeType: "application/pdf", buffer: PDF_MINIMAL });
  await page.getByRole("button", { name: "Ajouter la pièce" }).click();
  await expect(page.getByRole("status")).toHaveText("Pièce ajoutée : Avis de réception signé.");
  const lien = page.locator(".pieces").getByRole("link", { name: "Avis de réception signé" });
  const adressePiece = (await lien.getAttribute("href")) ?? "";
  const piece = await request.get(adressePiece);
  expect(piece.headers()["content-type"]).toBe("application/pdf");
  expect(Buffer.from(await piece.body()).equals(PDF_MINIMAL)).toBe(true);

  const zip = new PizZip(await (await request.get(`${adresse}/dossier-avocat.zip`)).body());
  expect(Object.keys(zip.files).some((n) => /^pieces\/\d\d-avis-de-reception-signe\.pdf$/.test(n))).toBe(true);

  const exporte = await request.get(`${adresse}/export.json`);
  expect(exporte.headers()["content-disposition"]).toMatch(/attachment; filename="dossier-.+\.json"/);
  const json = await exporte.json();
  expect(json.debiteur.denomination).toBe("Boulangerie Martin");
  expect(json.pieces.map((p: { intitule: string }) => p.intitule)).toContain("Avis de réception signé");

  // The person's own feed, created on « Mon compte » and shown once; a new one revokes the previous.
  await page.goto("/dossiers");
  await page.getByRole("link", { name: "Mon compte" }).first().click();
  await page.getByRole("button", { name: /adresse d'abonnement/ }).click();
  const calendrier = await page.getByLabel("Adresse d'abonnement").inputValue();
  expect(calendrier).toMatch(/\/dossiers\/echeances\.ics\?jeton=[A-Za-z0-9_-]{32}$/);
  const ics = await request.get(calendrier);
  expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const texte = await ics.text();
  expect(texte).toMatch(/BEGIN:VEVENT[\s\S]*Boulangerie Martin[\s\S]*END:VEVENT/);
  expect(texte).toContain("DTSTART;VALUE=DATE:");
  expect((await request.get("/dossiers/echeances.ics?jeton=mauvais")).status()).toBe(404);
  expect((await request.get("/dossiers/echeances.ics")).status()).toBe(404);
  await page.getByRole("button", { name: "Nouvelle adresse d'abonnement" }).click();
  await expect(page.getByLabel("Adresse d'abonnement")).not.toHaveValue(calendrier);
  expect((await request.get(calendrier)).status()).toBe(404);
  await page.getByRole("button", { name: "Révoquer l'adresse" }).click();
  await expect(page.getByText("Adresse d'abonnement révoquée")).toBeVisible();

  await page.goto(adresse);
  await page.getByRole("button", { name: "Supprimer le dossier" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Cochez la case" })).toBeVisible();
  await page.getByLabel(/Je veux supprimer définitivement ce dossier/).check();
  await page.getByRole("button", { name: "Supprimer le dossier" }).click();
  await expect(page.getByRole("status")).toHaveText("Le dossier, son journal et ses pièces ont été supprimés.");
  expect((await request.get(adresse)).status()).toBe(404);
  expect((await request.get(adressePiece)).status()).toBe(404);
});

test("la page des données personnelles dit quoi, où, combien de temps, et comment exporter ou supprimer", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Données personnelles" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Données personnelles");
  for (const titre of ["Ce que nous conservons", "Où", "Combien de temps", "Exporter ou supprimer"]) {
    await expect(page.getByRole("heading", { level: 2, name: titre })).toBeVisible();
  }
  await expect(page.getByText("ce n'est pas un conseil juridique")).toBeVisible();
});
