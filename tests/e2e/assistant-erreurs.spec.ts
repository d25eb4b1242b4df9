/**
 * (5) Bad input on every step of the wizard: a French error next to the field, a summary that
 * links to it, and everything typed still there. And two tabs on the same step: the second save
 * is told what the first changed, keeps its input, and can save again on purpose.
 */
import type { Page } from "@playwright/test";
import { continuer, repondre } from "./assistant-outils";
import { expect, test } from "./fixtures";

async function resumeErreurs(page: Page, n: number) {
  const resume = page.locator("#resume-erreurs");
  await expect(resume.getByRole("heading")).toHaveText(
    n > 1 ? `Le formulaire contient ${n} erreurs` : "Le formulaire contient une erreur",
  );
  return resume;
}

test("chaque étape signale les erreurs en français, à côté du champ, sans rien perdre", async ({ page }) => {
  await page.goto("/dossiers/nouveau");
  await page.getByRole("button", { name: "Commencer" }).click();

  // Creditor: no name, a SIREN whose key is wrong, no town.
  await page.getByLabel("Vous êtes…").selectOption("societe-commerciale");
  await page.getByLabel("SIREN").fill("443061842");
  await page.getByLabel("Numéro et voie").fill("12 rue des Lilas");
  await page.getByLabel("Code postal").fill("69003");
  await continuer(page);
  const resume = await resumeErreurs(page, 3);
  await expect(resume.getByRole("link", { name: /SIREN.*clé de contrôle est fausse/ })).toBeVisible();
  await expect(page.getByLabel("SIREN")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#champ-siren-erreur")).toHaveText(/Ce SIREN n’?'?existe pas/);
  await expect(page.locator("#champ-adresse-ville-erreur")).toBeVisible();
  await expect(page.getByLabel("SIREN")).toHaveValue("443061842");
  await expect(page.getByLabel("Numéro et voie")).toHaveValue("12 rue des Lilas");
  await expect(page.getByLabel("Vous êtes…")).toHaveValue("societe-commerciale");
  await page.getByLabel("Dénomination").fill("Atelier Dupont");
  await page.getByLabel("SIREN").fill("443061841");
  await page.getByLabel("Ville").fill("Lyon");
  await continuer(page);

  // Debtor: a consumer with a company name and no surname.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre débiteur");
  await page.getByLabel("Qui vous doit de l'argent ?").selectOption("particulier");
  await page.getByLabel("Dénomination").fill("Société Fantôme");
  await page.getByLabel("Numéro et voie").fill("3 place Gambetta");
  await page.getByLabel("Code postal").fill("33000");
  await page.getByLabel("Ville").fill("Bordeaux");
  await page.getByLabel("Courriel (facultatif)").fill("claire@");
  await continuer(page);
  await resumeErreurs(page, 3);
  await expect(page.locator("#champ-nom-erreur")).toHaveText("indiquez le nom de famille de la personne");
  await expect(page.locator("#champ-email-erreur")).toHaveText("doit être une adresse électronique valide");
  await expect(page.getByLabel("Dénomination")).toHaveValue("Société Fantôme");
  await page.getByLabel("Dénomination").fill("");
  await page.getByLabel("Nom", { exact: true }).fill("Lefèvre");
  await page.getByLabel("Courriel (facultatif)").fill("claire@example.fr");
  await continuer(page);

  // Invoices: an unreadable amount, no due date.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Les factures impayées");
  const f1 = page.getByRole("group", { name: "Facture 1", exact: true });
  await f1.getByLabel("Numéro", { exact: true }).fill("F-9");
  await f1.getByLabel("Montant TTC").fill("douze euros");
  await continuer(page);
  await resumeErreurs(page, 2);
  await expect(page.locator("#champ-factures-0-montant-erreur")).toHaveText(
    "montant illisible : écrivez par exemple 1 234,56",
  );
  await expect(page.locator("#champ-factures-0-dateEcheance-erreur")).toBeVisible();
  await expect(f1.getByLabel("Montant TTC")).toHaveValue("douze euros");
  await expect(f1.getByLabel("Numéro", { exact: true })).toHaveValue("F-9");
  await f1.getByLabel("Montant TTC").fill("1 250,50");
  await f1.getByLabel("Date d'échéance").fill("2026-06-30");
  await continuer(page);

  // History: no answer to the dispute question, an instalment plan that cannot be read.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce que vous avez déjà fait");
  await repondre(page, /échéancier/, "Oui");
  await page.getByLabel("Date de signature").fill("2026-07-15");
  await page.getByLabel("Versements prévus").fill("fin juillet : 500");
  await continuer(page);
  await resumeErreurs(page, 2);
  await expect(page.locator("#champ-conteste-erreur")).toHaveText("répondez par oui ou par non");
  await expect(page.locator("#champ-echeancier-versements-erreur")).toContainText("une ligne par versement");
  await expect(page.getByLabel("Versements prévus")).toHaveValue("fin juillet : 500");
  await expect(page.getByLabel("Date de signature")).toHaveValue("2026-07-15");
  await repondre(page, /contesté/, "Non");
  await repondre(page, /échéancier/, "Non");
  await continuer(page);

  // Checks: a deadline of 200 days.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifications");
  await repondre(page, /livrée/, "Oui");
  await repondre(page, /redressement/, "Non");
  await page.getByLabel(/Délai laissé au débiteur/).fill("200");
  await page.getByLabel("Bon de livraison ou procès-verbal de réception").check();
  await continuer(page);
  await resumeErreurs(page, 1);
  await expect(page.locator("#champ-delaiMiseEnDemeureJours-erreur")).toContainText("entre 1 et 90");
  await expect(page.getByLabel("Bon de livraison ou procès-verbal de réception")).toBeChecked();
  await expect(page.getByRole("group", { name: /livrée/ }).getByLabel("Oui")).toBeChecked();
  // Going back keeps what was typed, even though it is not valid yet.
  await page.getByRole("button", { name: "Précédent" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce que vous avez déjà fait");
  await page.getByRole("link", { name: "Vérifications" }).click();
  await expect(page.getByText("Voici ce que vous aviez saisi")).toBeVisible();
  await expect(page.getByLabel(/Délai laissé au débiteur/)).toHaveValue("200");
  await page.getByLabel(/Délai laissé au débiteur/).fill("15");
  await continuer(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Récapitulatif");
  await expect(page.getByText("Délai de la mise en demeure : 15 jours.")).toBeVisible();
});

test("deux onglets sur la même étape : le second est prévenu de ce qui a changé et garde sa saisie", async ({
  context,
  page,
}) => {
  await page.goto("/dossiers/nouveau");
  await page.getByRole("button", { name: "Commencer" }).click();
  await page.waitForURL(/\/assistant\/creancier$/);
  const adresse = page.url();
  const autre = await context.newPage();
  await autre.goto(adresse);

  const remplir = async (p: Page, nom: string) => {
    await p.getByLabel("Vous êtes…").selectOption("societe-commerciale");
    await p.getByLabel("Dénomination").fill(nom);
    await p.getByLabel("Numéro et voie").fill("1 rue Haute");
    await p.getByLabel("Code postal").fill("75001");
    await p.getByLabel("Ville").fill("Paris");
  };
  await remplir(page, "Premier Onglet");
  await continuer(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre débiteur");

  await remplir(autre, "Second Onglet");
  await continuer(autre);
  const alerte = autre.getByRole("alert").filter({ hasText: "Modifié ailleurs entre-temps" });
  await expect(alerte).toContainText("Dénomination : « Premier Onglet » dans l'autre onglet, « Second Onglet » ici");
  await expect(autre.getByLabel("Dénomination")).toHaveValue("Second Onglet");
  await continuer(autre);
  await expect(autre.getByRole("heading", { level: 1 })).toHaveText("Votre débiteur");
  await autre.getByRole("link", { name: "Vous, le créancier" }).click();
  await expect(autre.getByLabel("Dénomination")).toHaveValue("Second Onglet");
});
