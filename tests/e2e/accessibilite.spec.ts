/**
 * (6) axe-core on every page (WCAG 2.1 A and AA rules and best practices): no serious or critical
 * violation, including pages showing errors. axe-core is injected from node_modules, nothing is
 * downloaded.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Evaluated through the DevTools protocol rather than added as an inline <script>, which the
// pages' Content-Security-Policy rightly blocks.
const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const injonction = readFileSync("tests/fixtures/dossiers/injonction-tc.json", "utf8");

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

async function verifier(page: Page, nom: string) {
  await page.evaluate(axe);
  const violations = await page.evaluate(async () => {
    const r = await (
      window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Violation[] }> } }
    ).axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target) }));
  });
  const graves = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(graves, `${nom} : ${JSON.stringify(graves, null, 1)}`).toEqual([]);
}

test("aucune violation grave ou critique sur aucune page", async ({ page, request }) => {
  test.setTimeout(120_000);
  for (const url of [
    "/",
    "/prescription",
    "/delais",
    "/interets",
    "/dossiers",
    "/dossiers/nouveau",
    "/donnees-personnelles",
    "/taux",
    "/compte",
    "/organisation",
    "/mes-clients",
    "/taches",
    "/relances",
    "/creances",
    "/creances/paiements",
    "/creances/import",
    "/nulle-part",
  ]) {
    await page.goto(url);
    await verifier(page, url);
  }
  // The import: the identity form with its errors, then a CSV on the mapping screen and its dry run.
  await page.goto("/creances/import");
  await page.getByRole("button", { name: "Enregistrer l'identité" }).click();
  await expect(page.locator("#resume-erreurs")).toBeVisible();
  await verifier(page, "import : identité (erreurs)");
  await page.getByLabel("Vous êtes…").selectOption("societe-commerciale");
  await page.getByLabel("Dénomination").fill("Atelier Dupont");
  await page.getByLabel("SIREN").fill("443061841");
  await page.getByLabel("Numéro et voie").fill("12 rue des Lilas");
  await page.getByLabel("Code postal").fill("69003");
  await page.getByLabel("Ville").fill("Lyon");
  await page.getByRole("button", { name: "Enregistrer l'identité" }).click();
  await page.getByLabel("Fichiers").setInputFiles({
    name: "ventes.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "Ref;Acheteur;Échéance;Montant TTC\nV-1;Garage Lefort;31/02/2026;100,00\nV-2;Garage Lefort;2026-03-01;50\n",
    ),
  });
  await page.getByRole("button", { name: "Lire les fichiers" }).click();
  await expect(page.getByText("Correspondance des colonnes")).toBeVisible();
  await verifier(page, "import : correspondance");
  await page.getByLabel("N° facture").selectOption("Ref");
  await page.getByLabel("Client", { exact: true }).selectOption("Acheteur");
  await page.getByRole("button", { name: "Appliquer ces colonnes" }).click();
  await expect(page.getByRole("table", { name: "Ce que l'import fera, ligne par ligne" })).toBeVisible();
  await verifier(page, "import : simulation");
  // Calculators with their results.
  await page.goto("/prescription?nature=commerciale&pointDeDepart=2024-01-15");
  await verifier(page, "prescription (résultat)");

  // Every step of the wizard, empty, then with errors, then the review.
  await page.goto("/dossiers/nouveau");
  await page.getByRole("button", { name: "Commencer" }).click();
  await page.waitForURL(/\/assistant\/creancier$/);
  const base = page.url().replace(/\/creancier$/, "");
  for (const s of ["creancier", "debiteur", "factures", "historique", "verifications"]) {
    await page.goto(`${base}/${s}`);
    await verifier(page, `assistant : ${s}`);
    await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
    await expect(page.locator("#resume-erreurs")).toBeVisible();
    await verifier(page, `assistant : ${s} (erreurs)`);
  }
  const form = (champs: Record<string, string>) => ({
    form: champs,
    headers: { Origin: new URL(base).origin },
    maxRedirects: 0,
  });
  let version = Number(await page.locator('input[name="version"]').inputValue());
  const etape = async (s: string, champs: Record<string, string>) => {
    const r = await request.post(`${base}/${s}`, form({ version: String(version), intention: "suivant", ...champs }));
    expect(r.status(), s).toBe(302);
    version++;
  };
  const partie = {
    qualite: "societe-commerciale",
    "adresse.ligne1": "1 rue A",
    "adresse.codePostal": "75001",
    "adresse.ville": "Paris",
  };
  await etape("creancier", { ...partie, denomination: "Créancier SA" });
  await etape("debiteur", { ...partie, denomination: "Débiteur SAS" });
  await etape("factures", {
    objet: "facture",
    "nb.factures": "1",
    "factures[0].numero": "F1",
    "factures[0].dateEcheance": "2026-01-10",
    "factures[0].montant": "900",
  });
  await etape("historique", { conteste: "non", echeancier: "non" });
  await etape("verifications", { prestationRealisee: "oui", procedureCollective: "non", delaiMiseEnDemeureJours: "8" });
  await page.goto(`${base}/revue`);
  await verifier(page, "assistant : récapitulatif");

  // A dossier page with its forms, documents and exhibits.
  const r = await request.post("/dossiers", {
    form: { json: injonction },
    headers: { Origin: new URL(base).origin },
    maxRedirects: 0,
  });
  expect(r.status()).toBe(302);
  await page.goto(r.headers().location ?? "");
  await verifier(page, "dossier");
  await page.getByRole("button", { name: "Ajouter la pièce" }).click();
  await expect(page.locator("#resume-erreurs")).toBeVisible();
  await verifier(page, "dossier (erreur de pièce)");
  // Entrusting it to a lawyer: the error, the link to copy, and the page the link opens.
  await page.getByRole("button", { name: "Créer le lien d'invitation" }).click();
  await expect(page.getByRole("link", { name: /Adresse de l.avocat : indiquez une adresse/ })).toHaveAttribute(
    "href",
    "#champ-avocat-email",
  );
  await verifier(page, "dossier (adresse de l'avocat invalide)");
  await page.getByLabel("Adresse électronique de l'avocat").fill("me.durand@avocats.fr");
  await page.getByRole("button", { name: "Créer le lien d'invitation" }).click();
  const lien = await page.getByLabel("Lien d'invitation de l'avocat").inputValue();
  await verifier(page, "dossier (lien de l'avocat)");
  await page.goto(new URL(lien).pathname);
  await verifier(page, "invitation");
  await page.goto("/organisation");
  await page.getByRole("button", { name: "Créer le lien d'invitation" }).click();
  await verifier(page, "organisation (erreur)");
});
