/**
 * Reminder plans as an owner meets them (issue 14), on a server without SMTP: the default plan
 * edited with a live preview on a real dossier, an email to validate that goes to the outbox
 * (.eml to download, then « marquer comme envoyé », recorded in the journal as sent by hand), and
 * a phone call marked done from /taches, which proposes its written confirmation.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { arreter, attendrePret, demarrer, type Serveur } from "./serveur";

const PORT = 3988;
const BASE = `http://127.0.0.1:${PORT}`;
let serveur: Serveur | undefined;

test.describe.configure({ mode: "serial" });
test.use({ baseURL: BASE });
test.beforeAll(async () => {
  serveur = demarrer(mkdtempSync(path.join(os.tmpdir(), "recouvrement-relances-")), PORT, "2026-04-21");
  await attendrePret(PORT);
});
test.afterAll(async () => arreter(serveur));

/** One invoice due on `echeance`, a debtor with an email, nothing in the journal yet. */
function dossier(reference: string, echeance: string, debiteur: string) {
  const d = JSON.parse(readFileSync("tests/fixtures/dossiers/exemple.json", "utf8"));
  d.reference = reference;
  d.debiteur.denomination = debiteur;
  d.debiteur.email = "compta@exemple.fr";
  d.factures = [{ ...d.factures[0], dateEmission: "2026-03-01", dateEcheance: echeance }];
  d.evenements = [];
  d.pieces = [];
  return JSON.stringify(d);
}

test("le plan par défaut modifié avec aperçu, un courriel validé puis envoyé à la main depuis la boîte d'envoi, un appel passé", async ({
  page,
}) => {
  // Due Friday 3 April: on Tuesday 21 the firm reminder (J+15) waits for validation.
  await page.goto("/dossiers");
  await page.getByLabel("Ou collez le JSON").fill(dossier("REL-1", "2026-04-03", "Boulangerie Martin"));
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page).toHaveURL(/\/dossiers\/[0-9a-f-]{36}/);
  const adresse = new URL(page.url()).pathname;
  // Due Friday 27 March: the call (J+20, Thursday 16 April) is today's step.
  await page.goto("/dossiers");
  await page.getByLabel("Ou collez le JSON").fill(dossier("REL-2", "2026-03-27", "Garage Lefort"));
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page).toHaveURL(/\/dossiers\/[0-9a-f-]{36}/);

  // The dossier page says where its plan stands.
  await page.goto(adresse);
  await expect(page.getByRole("heading", { name: "Relances" })).toBeVisible();
  await expect(page.locator(".etapes-relance")).toContainText("J+15, courriel à valider : à valider");

  // The owner edits the default plan: the preview follows what is typed (JavaScript), and
  // « Prévisualiser » gives it without.
  await page.goto(`/relances?dossier=${adresse.split("/").pop()}`);
  const objet = page.getByLabel("Objet du courriel").nth(2);
  await objet.fill("Dernier rappel avant mise en demeure : {factures}");
  await page.getByText("Aperçu de l'étape 3").click();
  await expect(page.locator(".apercu-courriel").nth(2)).toContainText(
    "Objet : Dernier rappel avant mise en demeure : facture n° F-2026-014",
  );
  await page.getByLabel("Texte").nth(2).fill("{appel}\n\nMontant dû : {totalPrincipal}. {inconnue}");
  await page.getByRole("button", { name: "Enregistrer le plan" }).click();
  await expect(page.getByRole("alert")).toContainText("Étape 3, texte : variable inconnue : {inconnue}");
  await page.getByLabel("Texte").nth(2).fill("{appel}\n\nMontant dû : {totalPrincipal}.\n\n{paiement}");
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(page.locator(".apercu-courriel").nth(2)).toContainText("Montant dû : 3 450,00 €");
  await page.getByRole("button", { name: "Enregistrer le plan" }).click();
  await expect(page.getByText("Plan enregistré.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Objet du courriel").nth(2)).toHaveValue(
    "Dernier rappel avant mise en demeure : {factures}",
  );

  // Today's tasks: the count in the navigation, the email to validate, the call to make.
  await page.goto("/taches");
  await expect(page.getByRole("link", { name: /Tâches 2 à faire/ })).toBeVisible();
  const courriel = page.getByRole("form", { name: "Courriel — Boulangerie Martin" });
  await courriel.getByRole("button", { name: "Valider et envoyer" }).click();
  await expect(page.getByRole("status")).toHaveText("Courriel validé : envoyez-le depuis la boîte d'envoi.");

  // No SMTP: the outbox offers the .eml, then records the sending by hand.
  const boite = page.getByRole("form", { name: "Courriel — Boulangerie Martin" });
  const [telechargement] = await Promise.all([
    page.waitForEvent("download"),
    boite.getByRole("link", { name: "Télécharger le message (.eml)" }).click(),
  ]);
  const eml = readFileSync(await telechargement.path(), "utf8");
  expect(telechargement.suggestedFilename()).toBe("relance-REL-1-relance-ferme.eml");
  expect(eml).toMatch(/^To: compta@exemple\.fr$/m);
  expect(eml).toMatch(/^Message-ID: <[0-9a-f-]{36}@recouvrement\.invalid>$/m);
  expect(eml).toContain("Content-Type: application/pdf; name=relance-ferme-REL-1.pdf");
  await boite.getByRole("button", { name: "Marquer comme envoyé" }).click();
  await expect(page.getByRole("status")).toHaveText("Envoi inscrit au journal.");

  await page
    .getByRole("form", { name: "Appel téléphonique — Garage Lefort" })
    .getByRole("button", { name: "Appel passé" })
    .click();
  await expect(page.getByRole("status")).toHaveText(
    "Appel inscrit au journal. Un courriel de confirmation vous attend dans les tâches.",
  );
  await expect(page.getByRole("form", { name: "Courriel de confirmation de l'appel — Garage Lefort" })).toBeVisible();

  // The journal of the first dossier says the email went by hand.
  await page.goto(adresse);
  await expect(page.locator(".journal")).toContainText("Relance : par courriel, envoyé à la main (Message-ID <");
  await expect(page.locator(".journal")).toContainText("inscrit par Marie Dupont");
  await expect(page.locator(".etapes-relance")).toContainText("J+15, courriel à valider : envoyé");

  // A dispute stops the plan, and the page says why.
  await page.getByText("Noter une contestation du débiteur").click();
  const contestation = page.getByRole("form", { name: "Noter une contestation du débiteur" });
  await contestation.getByLabel("Motif").fill("Livraison incomplète");
  await contestation.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Événement enregistré au journal.")).toBeVisible();
  await expect(page.locator(".relances-arretees")).toHaveText("Relances suspendues : contestation du 21 avril 2026.");
});
