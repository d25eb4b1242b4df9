import { expect, test } from "./fixtures";

test("la page d'accueil présente le produit en français et ses trois entrées", async ({ page }) => {
  const reponse = await page.goto("/");
  expect(reponse?.status()).toBe(200);
  await expect(page).toHaveTitle(/Recouvrement/);
  expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("facture impayée");
  await expect(page.getByRole("link", { name: "Démarrer un dossier" })).toHaveAttribute("href", "/dossiers/nouveau");
  await expect(page.getByRole("link", { name: "Vérifier une prescription" })).toHaveAttribute("href", "/prescription");
  await expect(page.getByRole("link", { name: "Voir mes dossiers" })).toHaveAttribute("href", "/dossiers");
  await expect(page.getByText("ce n'est pas un conseil juridique")).toBeVisible();
});

test("l'état de santé vérifie la base de données", async ({ request }) => {
  const r = await request.get("/healthz");
  expect(r.status()).toBe(200);
  expect(await r.json()).toEqual({ statut: "ok", base: "pglite" });
});

test("une adresse inconnue donne une page 404 en français", async ({ page }) => {
  const reponse = await page.goto("/cette-page-n-existe-pas");
  expect(reponse?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expect(page.getByRole("link", { name: "Retour à l'accueil" })).toBeVisible();
});

test("l'icône du site est servie", async ({ request }) => {
  const r = await request.get("/favicon.ico");
  expect(r.status()).toBe(200);
  expect(r.headers()["content-type"]).toMatch(/icon/);
});
