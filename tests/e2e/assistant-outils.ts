/** Steps of the wizard as a person fills them, shared by the wizard's e2e specs. */
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Ticks « Oui » or « Non » in the yes/no question whose text matches. */
export const repondre = (page: Page, question: RegExp, reponse: "Oui" | "Non") =>
  page.getByRole("group", { name: question }).getByLabel(reponse).check();

export const continuer = (page: Page) => page.getByRole("button", { name: "Enregistrer et continuer" }).click();

export async function remplirCreancier(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous, le créancier");
  await page.getByLabel("Vous êtes…").selectOption("societe-commerciale");
  await page.getByLabel("Dénomination").fill("Atelier Dupont");
  await page.getByLabel("Forme juridique").fill("SARL");
  await page.getByLabel("SIREN").fill("443 061 841");
  await page.getByLabel("Signataire des lettres").fill("Marie Dupont, gérante");
  await page.getByLabel("Numéro et voie").fill("12 rue des Lilas");
  await page.getByLabel("Code postal").fill("69003");
  await page.getByLabel("Ville").fill("Lyon");
  await page.getByLabel("IBAN pour être payé (facultatif)").fill("FR76 3000 6000 0112 3456 7890 189");
  await continuer(page);
}

export async function remplirDebiteurSociete(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre débiteur");
  await page.getByLabel("Qui vous doit de l'argent ?").selectOption("societe-commerciale");
  await page.getByLabel("Dénomination").fill("Boulangerie Martin");
  await page.getByLabel("Forme juridique").fill("SAS");
  await page.getByLabel("SIREN").fill("552100554");
  await page.getByLabel("Numéro et voie").fill("4 cours de l'Intendance");
  await page.getByLabel("Code postal").fill("33000");
  await page.getByLabel("Ville").fill("Bordeaux");
  await continuer(page);
}

export const facture = (page: Page, n: number) => page.getByRole("group", { name: `Facture ${n}`, exact: true });

export async function remplirFacture(page: Page, n: number, numero: string, echeance: string, montant: string) {
  await facture(page, n).getByLabel("Numéro", { exact: true }).fill(numero);
  await facture(page, n).getByLabel("Date d'échéance").fill(echeance);
  await facture(page, n).getByLabel("Montant TTC").fill(montant);
}

export async function remplirHistoriqueEtVerifications(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce que vous avez déjà fait");
  await page.getByRole("button", { name: "Ajouter une relance" }).click();
  // The step opens with one empty row: wait for the added one, or the answer to the click would
  // re-render the form over what is being typed.
  await expect(page.getByRole("group", { name: "Relance 2" })).toBeVisible();
  const relance = page.getByRole("group", { name: "Relance 1" });
  await relance.getByLabel("Date").fill("2026-02-12");
  await relance.getByLabel("Moyen").selectOption("email");
  await repondre(page, /contesté/, "Non");
  await repondre(page, /échéancier/, "Non");
  await continuer(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifications");
  await repondre(page, /livrée/, "Oui");
  await repondre(page, /redressement/, "Non");
  await page.getByLabel("Devis signé").check();
  await continuer(page);
}
