/**
 * The rates page: the missing semester is shown, a published rate is added with its source (a
 * mistake is refused in French, keeping what was typed), and the décompte of a dossier then uses
 * it and says it was added on this instance.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { normaliser, textePdf } from "../../templates/_shared/extraction";
import { expect, test } from "./fixtures";
import { arreter, attendrePret, demarrer, type Serveur } from "./serveur";

const PORT = 3971;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "recouvrement-taux-"));
let serveur: Serveur | undefined;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });
test.beforeAll(async () => {
  serveur = demarrer(dataDir, PORT, "2026-11-30");
  await attendrePret(PORT);
});
test.afterAll(async () => arreter(serveur));

test("ajouter le taux BCE manquant : refus en français puis ajout, le décompte l'utilise et le signale", async ({
  page,
  request,
}) => {
  await page.goto("/taux");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Taux publiés");
  const bce = page.getByRole("form", { name: "Ajouter un taux de la BCE" });
  await expect(bce.getByText(/Manquant : 2e semestre 2026 \(2026-S2\)/)).toBeVisible();
  await bce.getByLabel(/Taux des opérations principales/).fill("2,40");
  await bce.getByRole("button", { name: "Ajouter ce taux" }).click();
  await expect(page.getByRole("alert")).toContainText("Source : indiquez la source du taux");
  await expect(
    page.getByRole("form", { name: "Ajouter un taux de la BCE" }).getByLabel(/Taux des opérations/),
  ).toHaveValue("2,40");
  await page
    .getByRole("form", { name: "Ajouter un taux de la BCE" })
    .getByLabel("Source")
    .fill("Communiqué de la BCE du 5 juin 2026");
  await page
    .getByRole("form", { name: "Ajouter un taux de la BCE" })
    .getByRole("button", { name: "Ajouter ce taux" })
    .click();
  await expect(page.getByRole("status")).toHaveText(
    "Taux du 2e semestre 2026 ajouté : les calculs l'utilisent dès maintenant.",
  );
  await expect(page.getByText("ajouté sur cette instance le 2026-11-30")).toBeVisible();

  await page.goto("/dossiers");
  await page.getByLabel("Ou collez le JSON").fill(readFileSync("tests/fixtures/dossiers/exemple.json", "utf8"));
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page).toHaveURL(/\/dossiers\/[0-9a-f-]{36}$/);
  const decompte = await request.get(`${new URL(page.url()).pathname}/documents/decompte.pdf`);
  const texte = normaliser(await textePdf(await decompte.body()));
  expect(texte).toContain("12,40 % (taux ajouté le 30/11/2026)");
  expect(texte).not.toMatch(/2e semestre 2026 n'est pas encore connu/);
});
