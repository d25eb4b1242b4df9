/**
 * The receivables book as an owner meets it (issue 15): the aged balance with its charts, a bank
 * statement (camt.053) imported — the exact transfer recorded at once, a partial one assigned in one
 * click —, the book following, and the aged balance exported as CSV.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { arreter, attendrePret, demarrer, type Serveur } from "./serveur";

const PORT = 3989;
let serveur: Serveur | undefined;

test.describe.configure({ mode: "serial" });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });
test.beforeAll(async () => {
  serveur = demarrer(mkdtempSync(path.join(os.tmpdir(), "recouvrement-creances-")), PORT, "2026-04-20");
  await attendrePret(PORT);
});
test.afterAll(async () => arreter(serveur));

test("balance âgée, relevé camt.053 rapproché (exact inscrit, partiel affecté en un clic), export CSV", async ({
  page,
}) => {
  const lefort = JSON.parse(readFileSync("tests/fixtures/dossiers/exemple.json", "utf8"));
  lefort.reference = "LEFORT";
  lefort.debiteur.denomination = "Garage Lefort";
  lefort.debiteur.siren = "732829320";
  lefort.evenements = [];
  lefort.factures = [
    { numero: "G-1", dateEmission: "2026-03-01", dateEcheance: "2026-03-31", montantTtcCents: 98000 },
    { numero: "G-2", dateEmission: "2026-03-15", dateEcheance: "2026-04-14", montantTtcCents: 12050 },
  ];
  for (const json of [readFileSync("tests/fixtures/dossiers/exemple.json", "utf8"), JSON.stringify(lefort)]) {
    await page.goto("/dossiers");
    await page.getByLabel("Ou collez le JSON").fill(json);
    await page.getByRole("button", { name: "Importer" }).click();
    await expect(page).toHaveURL(/\/dossiers\/[0-9a-f-]{36}/);
  }

  await page.goto("/creances");
  await expect(page.getByRole("img", { name: /Balance âgée/ })).toBeVisible();
  const ligne = (nom: string) => page.getByRole("row", { name: new RegExp(nom) });
  // Boulangerie Martin: 3 000 € due 4 Feb (75 days); Garage Lefort: 980 € (20 days) and 120,50 € (6 days).
  await expect(ligne("Boulangerie Martin")).toContainText("3 000,00 €");
  await expect(ligne("Garage Lefort")).toContainText("1 100,50 €");
  await expect(page.locator(".chiffres-cles")).toContainText("4 100,50 €");

  await page.getByRole("link", { name: "Importer un relevé bancaire" }).click();
  await page.getByLabel("Relevé").setInputFiles("tests/fixtures/releves/camt053.xml");
  await page.getByRole("button", { name: "Rapprocher" }).click();
  const resultat = (libelle: string) => page.getByRole("row", { name: new RegExp(libelle) });
  await expect(resultat("REGLEMENT FACT F-2026-014")).toContainText("Inscrit au journal");
  await expect(resultat("ACOMPTE FACTURE G-1")).toContainText("paiement partiel : 500.00 € pour 980.00 € restant dus");
  await expect(resultat("PRLV ABONNEMENT")).toContainText("Ignoré");
  await resultat("ACOMPTE FACTURE G-1")
    .getByRole("button", { name: /Affecter à G-1/ })
    .click();
  await expect(page.getByRole("status")).toHaveText("Paiement de 500,00 € inscrit sur la facture G-1 (Garage Lefort).");

  // The book follows: the bakery is paid, 500 € came off G-1.
  await page.goto("/creances");
  await expect(ligne("Boulangerie Martin")).toHaveCount(0);
  await expect(ligne("Garage Lefort")).toContainText("600,50 €");

  // The same statement again: nothing twice.
  await page.goto("/creances/paiements");
  await page.getByLabel("Relevé").setInputFiles("tests/fixtures/releves/camt053.xml");
  await page.getByRole("button", { name: "Rapprocher" }).click();
  await expect(resultat("REGLEMENT FACT F-2026-014")).toContainText("Déjà inscrit");

  const [telechargement] = await Promise.all([
    page.waitForEvent("download"),
    page.goto("/creances").then(() => page.getByRole("link", { name: "Exporter la balance âgée (CSV)" }).click()),
  ]);
  const csv = readFileSync(await telechargement.path(), "utf8");
  expect(csv).toContain("Débiteur;Dossiers;Non échu;1 à 30 jours;31 à 60 jours;61 à 90 jours;Plus de 90 jours;Total");
  expect(csv).toContain("Garage Lefort;LEFORT;0,00;600,50;0,00;0,00;0,00;600,50");
});
