import { readFileSync } from "node:fs";
import PizZip from "pizzip";
import { expect, test } from "./fixtures";

const injonction = readFileSync("tests/fixtures/dossiers/injonction-tc.json", "utf8");

test("l'avocat importe un dossier à l'étape de l'injonction, note l'ordonnance et télécharge le ZIP", async ({
  page,
  request,
}) => {
  await page.goto("/dossiers");
  await page.getByLabel("Ou collez le JSON").fill(injonction);
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page).toHaveURL(/\/dossiers\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Boulangerie Martin (SAS)");
  await expect(page.locator(".chemin [aria-current=step]")).toHaveText(/Injonction de payer/);

  await page.getByText("Noter l'ordonnance portant injonction de payer").click();
  const form = page.getByRole("form", { name: "Noter l'ordonnance portant injonction de payer" });
  await form.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toHaveText("Événement enregistré au journal.");
  await expect(page.getByText(/Signifier l'ordonnance au plus tard le/)).toBeVisible();

  const url = new URL(page.url()).pathname;
  const zip = await request.get(`${url}/dossier-avocat.zip`);
  expect(zip.status()).toBe(200);
  const noms = Object.keys(new PizZip(await zip.body()).files);
  for (const t of ["requete-injonction-de-payer", "bordereau-pieces", "decompte"]) {
    expect(noms).toEqual(expect.arrayContaining([`${t}.pdf`, `${t}.docx`]));
  }
  const pdf = await request.get(`${url}/documents/requete-injonction-de-payer.pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
});

test("un événement impossible est refusé avec sa raison en français, sans rien changer", async ({ page }) => {
  await page.goto("/dossiers");
  await page.getByLabel("Ou collez le JSON").fill(injonction);
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page).toHaveURL(/\/dossiers\/[0-9a-f-]{36}/);
  const version = await page.locator('input[name="version"]').first().inputValue();
  const reponse = await page.request.post(page.url(), {
    form: {
      type: "ordonnance.signifiee",
      date: await page.locator('input[name="date"]').first().inputValue(),
      aPersonne: "oui",
      version,
    },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(reponse.status()).toBe(409);
  await page.reload();
  await expect(page.locator(".journal li")).toHaveCount(6);
});

test("un POST venu d'un autre site est refusé", async ({ request }) => {
  const r = await request.post("/dossiers", {
    form: { json: injonction },
    headers: { Origin: "https://malveillant.example" },
  });
  expect(r.status()).toBe(403);
});
