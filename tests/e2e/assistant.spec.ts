/**
 * The owner's journey through the wizard, as a new user would take it, on a server of its own
 * whose date is fixed (AUJOURDHUI) so that the figures are those computed by hand:
 *   F-2026-014 3 450 € due 4 Feb 2026, 450 € paid 20 Feb; F-2026-020 1 200 € due 15 Mar 2026;
 *   B2B penalties at ECB + 10 = 12,15 % to 23 Nov 2026: 18,37 + 275,62 + 101,06 = 395,05 €
 *   (decision 007: one line per period, rounded per line), 2 × 40 € indemnities;
 *   total 4 200 + 395,05 + 80 = 4 675,05 €; mise en demeure of 23 Nov + 8 days = 1 Dec 2026.
 * Then the mise en demeure is received, the clock moves past its deadline (restart with another
 * AUJOURDHUI) and the path reaches the judicial route.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { normaliser, textePdf } from "../../templates/_shared/extraction";
import {
  continuer,
  facture,
  remplirCreancier,
  remplirDebiteurSociete,
  remplirFacture,
  remplirHistoriqueEtVerifications,
} from "./assistant-outils";
import { expect, test } from "./fixtures";
import { arreter, attendrePret, demarrer, type Serveur } from "./serveur";

const PORT = 3941;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "recouvrement-assistant-"));
let serveur: Serveur | undefined;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  serveur = demarrer(dataDir, PORT, "2026-11-23");
  await attendrePret(PORT);
});
test.afterAll(async () => arreter(serveur));

test("(1) le chef d'entreprise remplit l'assistant, s'interrompt, reprend et obtient sa mise en demeure", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Démarrer un dossier" }).first().click();
  await page.getByRole("button", { name: "Commencer" }).click();
  await remplirCreancier(page);
  await remplirDebiteurSociete(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Les factures impayées");
  await expect(page.getByText("Étape 3 sur 6")).toBeVisible();
  await remplirFacture(page, 1, "F-2026-014", "2026-02-04", "3 450,00");
  await page.getByRole("button", { name: "Ajouter une facture" }).click();
  await expect(facture(page, 1).getByLabel("Numéro", { exact: true })).toHaveValue("F-2026-014");
  await remplirFacture(page, 2, "F-2026-020", "2026-03-15", "1200");
  await page.getByRole("button", { name: "Ajouter un paiement" }).click();
  // The step opens with one empty payment row: the click's answer adds a second.
  await expect(page.getByRole("group", { name: "Paiement 2" })).toBeVisible();
  const paiement = page.getByRole("group", { name: "Paiement 1" });
  // The payment's invoice list follows the numbers as they are typed, before any submission.
  await facture(page, 2).getByLabel("Numéro", { exact: true }).fill("F-2026-021");
  await expect(paiement.getByLabel("Facture payée").locator("option")).toHaveText(["F-2026-014", "F-2026-021"]);
  await facture(page, 2).getByLabel("Numéro", { exact: true }).fill("F-2026-020");
  await expect(paiement.getByLabel("Facture payée").locator("option")).toHaveText(["F-2026-014", "F-2026-020"]);
  await paiement.getByLabel("Facture payée").selectOption("F-2026-014");
  await paiement.getByLabel("Date du paiement").fill("2026-02-20");
  await paiement.getByLabel("Montant reçu").fill("450");
  await continuer(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce que vous avez déjà fait");

  // She leaves, then comes back from the list.
  await page.goto("/dossiers");
  const ligne = page.getByRole("row", { name: /Boulangerie Martin/ });
  // The draft's principal is shown from its saved invoices: 3 450 + 1 200 − 450 paid.
  await expect(ligne).toContainText("4 200,00 €");
  await ligne.getByRole("link", { name: "Reprendre l'assistant" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce que vous avez déjà fait");
  await page.getByRole("button", { name: "Précédent" }).click();
  await expect(facture(page, 2).getByLabel("Montant TTC")).toHaveValue("1200,00");
  await continuer(page);
  await remplirHistoriqueEtVerifications(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Récapitulatif");
  const sommes = page.getByRole("region", { name: /Sommes dues au 23 novembre 2026/ });
  await expect(sommes.getByRole("row", { name: /Principal restant dû/ })).toContainText("4 200,00 €");
  await expect(sommes.getByRole("row", { name: /Pénalités de retard/ })).toContainText("395,05 €");
  await expect(sommes.getByRole("row", { name: /^Total/ })).toContainText("4 675,05 €");
  await expect(page.getByText("Dernier jour sûr pour agir en justice")).toContainText("19 février 2031");
  await expect(page.getByText(/^1 relance, la dernière le/)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Mise en demeure de payer" })).toBeVisible();
  await page.getByRole("button", { name: "Ouvrir le dossier et préparer les documents" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Boulangerie Martin (SAS)");
  await expect(page.getByRole("status")).toContainText("Dossier ouvert");
  const lien = page.getByRole("link", { name: "PDF" }).and(page.locator('[href$="mise-en-demeure.pdf"]')).last();
  const reponse = await page.request.get((await lien.getAttribute("href")) ?? "");
  expect(reponse.headers()["content-type"]).toBe("application/pdf");
  const texte = normaliser(await textePdf(await reponse.body()));
  expect(texte).toContain(
    "nous vous mettons en demeure de nous régler la somme de 4 675,05 € au plus tard le 1er décembre 2026",
  );
  expect(texte).toContain("Boulangerie Martin");
  expect(texte).toContain("FR76 3000 6000 0112 3456 7890 189");
});

test("(2) la mise en demeure reçue, le délai passé : le dossier entre dans la voie judiciaire", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/dossiers");
  await page.getByRole("link", { name: "Boulangerie Martin" }).click();
  await expect(page.locator(".chemin [aria-current=step]")).toHaveText("Relances");

  await page.getByText("Envoyer la mise en demeure par lettre recommandée").click();
  const envoi = page.getByRole("form", { name: /Envoyer la mise en demeure/ });
  await envoi.getByLabel("N° de recommandé (facultatif)").fill("1A 234 567 8901 2");
  await envoi.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toHaveText("Événement enregistré au journal.");
  await expect(page.locator(".chemin [aria-current=step]")).toHaveText("Mise en demeure");

  // The receipt can only be recorded once it has happened: the clock moves to 26 November.
  const dossier = page.url();
  await arreter(serveur);
  serveur = demarrer(dataDir, PORT, "2026-11-26");
  await attendrePret(PORT);
  await page.goto(dossier);
  await page.getByText("Noter la réception de la mise en demeure").click();
  const reception = page.getByRole("form", { name: /réception de la mise en demeure/ });
  await reception.getByLabel("Date").fill("2026-11-25");
  await reception.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toHaveText("Événement enregistré au journal.");
  await expect(page.getByRole("region", { name: "Échéances" })).toContainText("3 décembre 2026");
  const adresse = page.url();

  // The test clock moves past the deadline: the server restarts on the same data with a later date.
  await arreter(serveur);
  serveur = demarrer(dataDir, PORT, "2026-12-15");
  await attendrePret(PORT);
  await page.goto(adresse);
  await expect(page.locator(".chemin [aria-current=step]")).toHaveText("Voie judiciaire");
  await expect(page.locator(".journal")).toContainText("délai");
  const echeances = page.getByRole("region", { name: "Échéances" });
  await expect(echeances).toContainText("Prescription");
  await expect(echeances).toContainText("19 février 2031");
  // Each legal basis is a link to its search on Légifrance (registry domain/droit).
  await expect(echeances.getByRole("link", { name: "C. com. art. L.110-4" })).toHaveAttribute(
    "href",
    /^https:\/\/www\.legifrance\.gouv\.fr\/search\/code\?.*L\.110-4/,
  );
  await expect(
    page.getByText(/^Demander une injonction de payer au président du tribunal de commerce \(Cerfa 12946\)/),
  ).toBeVisible();
  // The mise en demeure was sent and received: it is not offered again; the last day is said once,
  // as the prescription's; the documents are named.
  const actions = page.getByRole("region", { name: "Prochaines actions" });
  await expect(actions).not.toContainText("Envoyer la mise en demeure");
  await expect(actions).not.toContainText("avant la prescription du");
  await expect(actions.getByText(/avant le 19\sfévrier\s2031 \(prescription\)/).first()).toBeVisible();
  await expect(actions.getByText(/Requête en injonction de payer \(PDF/).first()).toBeAttached();
  // The court is not confirmed: the page asks for it, with the official directory.
  const juridiction = page.getByRole("region", { name: "Juridiction saisie" });
  await expect(juridiction).toContainText("Indiquez le tribunal compétent");
  await juridiction.getByLabel("Nom de la juridiction").fill("Tribunal de commerce de Bordeaux");
  await juridiction.getByLabel("Adresse du greffe").fill("Palais de la Bourse, 33000 Bordeaux");
  await juridiction.getByRole("button", { name: "Confirmer la juridiction" }).click();
  await expect(page.getByText("Juridiction enregistrée : les documents sont à jour.")).toBeVisible();
  const requete = await page.request.get(`${new URL(page.url()).pathname}/documents/requete-injonction-de-payer.pdf`);
  expect(normaliser(await textePdf(await requete.body()))).toContain(
    "À Madame ou Monsieur le président du tribunal de commerce de Bordeaux — greffe : Palais de la Bourse, 33000 Bordeaux",
  );
});

test.describe("(4) sans JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("l'assistant se remplit jusqu'au bout, débiteur particulier", async ({ page }) => {
    await page.goto("/dossiers/nouveau");
    await page.getByRole("button", { name: "Commencer" }).click();
    await remplirCreancier(page);
    await page.getByLabel("Qui vous doit de l'argent ?").selectOption("particulier");
    await page.getByLabel("Civilité").selectOption("Mme");
    await page.getByLabel("Nom", { exact: true }).fill("Lefèvre");
    await page.getByLabel("Prénoms").fill("Claire");
    await page.getByLabel("Numéro et voie").fill("3 place Gambetta");
    await page.getByLabel("Code postal").fill("33000");
    await page.getByLabel("Ville").fill("Bordeaux");
    await continuer(page);
    await remplirFacture(page, 1, "F-2026-101", "2026-06-30", "2 400,00");
    await continuer(page);
    await remplirHistoriqueEtVerifications(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Récapitulatif");
    await expect(page.getByRole("rowheader", { name: "Intérêts au taux légal" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: /Indemnités forfaitaires/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Ouvrir le dossier et préparer les documents" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mme Claire Lefèvre");
  });
});
