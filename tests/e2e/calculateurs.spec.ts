import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const nbsp = (s: string | null) => (s ?? "").replace(/[\u00a0\u202f]/g, " ");

async function remplirPrescription(page: Page) {
  await page.goto("/prescription");
  await page.getByLabel("Nature de la créance").selectOption("commerciale");
  await page.getByLabel("Point de départ").fill("2021-03-15");
  await page.getByLabel("À la date du").fill("2026-01-10");
  await page.getByLabel("Événement 1").selectOption("mise-en-demeure");
  await page.locator('input[name="evenements[0].date"]').fill("2022-06-01");
  await page.getByLabel("Événement 2").selectOption("reconnaissance");
  await page.locator('input[name="evenements[1].date"]').fill("2023-05-10");
  await page.getByRole("button", { name: "Calculer la prescription" }).click();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "avec JavaScript" : "sans JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("la prescription donne le dernier jour pour agir et explique chaque événement", async ({ page }) => {
      await remplirPrescription(page);
      const resultat = page.getByRole("region", { name: "Résultat" });
      await expect(resultat).toBeVisible();
      expect(nbsp(await resultat.locator(".chiffre-cle").textContent())).toBe("Dernier jour pour agir : 9 mai 2028");
      expect(nbsp(await resultat.textContent())).toContain("Il reste 850 jours");
      expect(nbsp(await resultat.textContent())).toContain(
        "n'interrompt pas la prescription, même envoyée en recommandé",
      );
      expect(await resultat.textContent()).toContain("C. civ. art. 2240");
      // The form keeps what was typed.
      await expect(page.getByLabel("Point de départ")).toHaveValue("2021-03-15");
    });

    test("un champ manquant est signalé en français, à côté du champ, sans rien perdre", async ({ page }) => {
      await page.goto("/prescription");
      await page.getByLabel("Événement 1").selectOption("reconnaissance");
      await page.locator('input[name="evenements[0].date"]').fill("2023-05-10");
      await page.getByLabel("Point de départ").evaluate((e) => e.removeAttribute("required"));
      await page.getByRole("button", { name: "Calculer la prescription" }).click();
      const resume = page.getByRole("alert");
      await expect(resume).toContainText("Point de départ");
      await expect(page.locator("#champ-pointDeDepart-erreur")).toContainText("date valide");
      await expect(page.getByLabel("Point de départ")).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator('input[name="evenements[0].date"]')).toHaveValue("2023-05-10");
    });

    test("on peut ajouter une ligne d'événement sans perdre la saisie", async ({ page }) => {
      await page.goto("/prescription");
      await page.getByLabel("Point de départ").fill("2021-03-15");
      await page.getByRole("button", { name: "Ajouter un événement" }).click();
      await expect(page.getByLabel("Événement 4")).toBeVisible();
      await expect(page.getByLabel("Point de départ")).toHaveValue("2021-03-15");
    });

    test("le délai d'un jour enchaîne jour férié et week-end (art. 642 CPC)", async ({ page }) => {
      await page.goto("/delais");
      await page.getByLabel("Point de départ").fill("2026-05-07");
      await page.getByLabel("Jours").fill("1");
      await page.getByRole("button", { name: "Calculer la date limite" }).click();
      const resultat = page.getByRole("region", { name: "Résultat" });
      expect(nbsp(await resultat.locator(".chiffre-cle").textContent())).toBe("Date limite : lundi 11 mai 2026");
      expect(nbsp(await resultat.textContent())).toContain("prorogé au premier jour ouvrable suivant");
    });

    test("le décompte des intérêts de retard détaille chaque ligne et le total", async ({ page }) => {
      await page.goto("/interets");
      await page.getByLabel("Calcul arrêté au").fill("2025-09-30");
      await page.getByLabel("Facture 1 : numéro").fill("F-1");
      await page.locator('input[name="factures[0].montant"]').fill("10 000,00");
      await page.locator('input[name="factures[0].dateEcheance"]').fill("2025-03-31");
      await page.getByLabel("Facture 2 : numéro").fill("F-2");
      await page.locator('input[name="factures[1].montant"]').fill("2500");
      await page.locator('input[name="factures[1].dateEcheance"]').fill("2025-06-15");
      await page.locator('input[name="mouvements[0].facture"]').fill("F-1");
      await page.locator('input[name="mouvements[0].date"]').fill("2025-05-31");
      await page.locator('input[name="mouvements[0].montant"]').fill("5000");
      await page.getByRole("button", { name: "Calculer le décompte" }).click();
      const resultat = page.getByRole("region", { name: /Décompte au 30 septembre 2025/ });
      expect(nbsp(await resultat.locator(".chiffre-cle").textContent())).toBe("Total dû : 8 097,00 €");
      await expect(resultat.getByRole("row")).toHaveCount(4 + 1 + 5); // 4 lignes de totaux, en-tête, 5 lignes de calcul
      expect(nbsp(await resultat.textContent())).toContain("base × taux × nombre de jours / 365");
    });

    test("un montant mal saisi est nommé et la saisie conservée", async ({ page }) => {
      await page.goto("/interets");
      await page.getByLabel("Facture 1 : numéro").fill("F-1");
      await page.locator('input[name="factures[0].montant"]').fill("dix euros");
      await page.locator('input[name="factures[0].dateEcheance"]').fill("2025-03-31");
      await page.getByRole("button", { name: "Calculer le décompte" }).click();
      await expect(page.getByRole("alert")).toContainText("Facture 1, montant");
      await expect(page.locator('input[name="factures[0].montant"]')).toHaveValue("dix euros");
    });
  });
}

test.describe("API JSON /api/v1", () => {
  test("les quatre calculs répondent avec les formes du contrat", async ({ request }) => {
    const delai = await request.post("/api/v1/delai", {
      data: { depart: "2026-05-01", duree: { jours: 15 }, departement: "67" },
    });
    expect(delai.status()).toBe(200);
    expect(await delai.json()).toMatchObject({ dateLimite: "2026-05-18", dateNominale: "2026-05-16", prorogee: true });

    const prescription = await request.post("/api/v1/prescription", {
      data: {
        nature: "commerciale",
        pointDeDepart: "2021-03-15",
        evenements: [{ type: "reconnaissance", date: "2023-05-10" }],
        aujourdhui: "2026-01-10",
      },
    });
    expect(await prescription.json()).toMatchObject({
      duree: { ans: 5 },
      dernierJour: "2028-05-09",
      statut: "en-cours",
      joursRestants: 850,
    });

    const interets = await request.post("/api/v1/interets", {
      data: {
        creancier: { qualite: "societe-commerciale" },
        debiteur: { qualite: "particulier" },
        tauxContractuelPourcent: null,
        dateMiseEnDemeure: "2025-05-15",
        imputation: "principal-d-abord",
        factures: [
          {
            numero: "F-1",
            montantTtcCents: 1000000,
            dateEcheance: "2025-03-31",
            paiements: [{ date: "2025-05-10", montantCents: 200000 }],
            avoirs: [],
          },
        ],
        au: "2025-09-30",
      },
    });
    const i = await interets.json();
    expect(i).toMatchObject({ totalInteretsCents: 9305, indemnitesForfaitairesCents: 0, totalDuCents: 809305 });
    expect(i.lignes[0]).toMatchObject({
      facture: "F-1",
      du: "2025-05-16",
      au: "2025-06-30",
      jours: 46,
      tauxPourcent: "3.71",
    });

    const juridiction = await request.post("/api/v1/juridiction", {
      data: {
        debiteur: { qualite: "societe-commerciale", departement: "33" },
        creancier: { qualite: "societe-commerciale" },
        objet: "facture",
        montantCents: 1250000,
      },
    });
    expect(await juridiction.json()).toMatchObject({
      injonctionDePayer: { juridiction: "tribunal-de-commerce", cerfa: "12946" },
      assignation: { avocatObligatoire: true },
      petitesCreances: false,
      tentativeAmiablePrealable: false,
    });
  });

  test("une entrée invalide reçoit 400 et des erreurs en français, jamais 500", async ({ request }) => {
    const r = await request.post("/api/v1/prescription", { data: { nature: "inconnue", pointDeDepart: "2026-02-30" } });
    expect(r.status()).toBe(400);
    const { erreurs } = await r.json();
    expect(erreurs).toEqual(
      expect.arrayContaining([
        { champ: "nature", message: expect.stringContaining("Option invalide") },
        { champ: "pointDeDepart", message: expect.stringContaining("date valide") },
      ]),
    );
    const malForme = await request.post("/api/v1/delai", {
      headers: { "content-type": "application/json" },
      data: "{cassé",
    });
    expect(malForme.status()).toBe(400);
    expect(
      (await request.post("/api/v1/delai", { headers: { "content-type": "text/plain" }, data: "x" })).status(),
    ).toBe(415);
    expect((await request.get("/api/v1/delai")).status()).toBe(405);
    expect((await request.post("/api/v1/inconnu", { data: {} })).status()).toBe(404);
  });
});
