/**
 * Hostile input through the real server (issue 11): NUL, a manual line break from Word (U+000B),
 * a bidirectional override (U+202E), an emoji, a version token that is not a number, a malformed
 * Origin and a foreign Host. Every refusal is a French 4xx that keeps what was typed; a dossier
 * whose text was normalised gives every document, in PDF and Word, and the lawyer's ZIP — and
 * every Word file opens in LibreOffice.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import PizZip from "pizzip";
import { caracteresInvisibles } from "../../domain/texte/texte";
import { normaliser, textePdf } from "../../templates/_shared/extraction";
import { TYPES_DOCUMENT } from "../../templates/registre";
import { remplirCreancier } from "./assistant-outils";
import { expect, test } from "./fixtures";
import { arreter, attendrePret, demarrer, type Serveur } from "./serveur";

const PORT = 3961;
const ORIGINE = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "recouvrement-hostile-"));
let serveur: Serveur | undefined;

test.use({ baseURL: ORIGINE });
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  serveur = demarrer(dataDir, PORT, "2026-12-01", { PIECE_TAILLE_MAX_MO: "1" });
  await attendrePret(PORT);
});
test.afterAll(async () => arreter(serveur));

const exemple = JSON.parse(readFileSync("tests/fixtures/dossiers/exemple.json", "utf8"));
const avec = (denomination: string, ligne1 = "4 cours de l'Intendance") =>
  JSON.stringify({
    ...exemple,
    debiteur: { ...exemple.debiteur, denomination, adresse: { ...exemple.debiteur.adresse, ligne1 } },
  });

/** A raw HTTP request, so that Host and Origin are exactly what an attacker would send. */
function brut(chemin: string, entetes: Record<string, string>, methode = "GET", corps = "") {
  return new Promise<{ statut: number; corps: string; csp: string | undefined }>((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: PORT, path: chemin, method: methode, headers: entetes },
      (r) => {
        let texte = "";
        r.setEncoding("utf8");
        r.on("data", (d) => {
          texte += d;
        });
        r.on("end", () =>
          resolve({ statut: r.statusCode ?? 0, corps: texte, csp: r.headers["content-security-policy"] as string }),
        );
      },
    );
    req.on("error", reject);
    req.end(corps);
  });
}

async function importer(page: import("@playwright/test").Page, json: string) {
  await page.goto("/dossiers");
  await page.getByLabel("Ou collez le JSON").fill(json);
  await page.getByRole("button", { name: "Importer" }).click();
}

let adresseDossier = "";

test("un saut de ligne de Word et un forçage de direction sont normalisés ; chaque document se génère et s'ouvre dans LibreOffice", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await importer(page, avec("Négoce \u202EBTP\u202C Sud", "12 rue des Lilas\u000bBâtiment B"));
  await expect(page).toHaveURL(/\/dossiers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Négoce BTP Sud (SAS)");
  adresseDossier = new URL(page.url()).pathname;

  const dossier = mkdtempSync(path.join(os.tmpdir(), "recouvrement-hostile-docx-"));
  const fichiers: string[] = [];
  for (const type of TYPES_DOCUMENT) {
    for (const format of ["pdf", "docx"] as const) {
      const r = await request.get(`${adresseDossier}/documents/${type}.${format}`);
      expect(r.status(), `${type}.${format}`).toBe(200);
      const octets = await r.body();
      if (format === "pdf") {
        const texte = normaliser(await textePdf(octets));
        expect(caracteresInvisibles(texte), type).toEqual([]);
        expect(texte, type).not.toMatch(/[\u202A-\u202E]/u);
        if (texte.includes("Lilas")) expect(texte).toMatch(/12 rue des Lilas Bâtiment B/);
      } else {
        const fichier = path.join(dossier, `${type}.docx`);
        writeFileSync(fichier, octets);
        fichiers.push(fichier);
      }
    }
  }
  const zip = await request.get(`${adresseDossier}/dossier-avocat.zip`);
  expect(zip.status()).toBe(200);
  const contenu = new PizZip(await zip.body());
  for (const nom of Object.keys(contenu.files).filter((n) => n.endsWith(".docx"))) {
    const fichier = path.join(dossier, `zip-${nom}`);
    writeFileSync(fichier, contenu.file(nom)!.asNodeBuffer());
    fichiers.push(fichier);
  }
  // One soffice call with a private profile (two on one profile fail silently).
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(dossier, "profil")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dossier,
      ...fichiers,
    ],
    { stdio: "ignore", timeout: 150_000 },
  );
  for (const f of fichiers) {
    const pdf = f.replace(/\.docx$/, ".pdf");
    expect(existsSync(pdf), `${path.basename(f)} s'ouvre dans LibreOffice`).toBe(true);
    const texte = normaliser(await textePdf(readFileSync(pdf)));
    expect(texte, path.basename(f)).toContain("Négoce BTP Sud");
  }
});

test("un import avec NUL ou un emoji est refusé en français (400), le champ nommé, le JSON conservé", async ({
  page,
}) => {
  const json = avec("Boulangerie\u0000 Martin");
  const reponse = page.waitForResponse((r) => r.request().method() === "POST");
  await importer(page, json);
  expect((await reponse).status()).toBe(400);
  await expect(page.getByRole("alert").first()).toContainText(
    "Débiteur, dénomination : contient un caractère invisible non autorisé (U+0000)",
  );
  await expect(page.getByLabel("Ou collez le JSON")).toHaveValue(json);

  await importer(page, avec("Boulangerie 😀 Martin"));
  await expect(page.getByRole("alert").first()).toContainText("« 😀 » (U+1F600)");

  const canal = JSON.stringify({
    ...exemple,
    evenements: [{ type: "relance.envoyee", date: "2026-02-12", canal: "pigeon" }],
  });
  await importer(page, canal);
  await expect(page.getByRole("alert").first()).toContainText("Événement 1 (relance.envoyee), canal");
});

test.describe("sans JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("assistant : NUL et emoji refusés à côté du champ, le reste de la saisie conservé", async ({ page }) => {
    await page.goto("/dossiers/nouveau");
    await page.getByRole("button", { name: "Commencer" }).click();
    await page.getByLabel("Vous êtes…").selectOption("societe-commerciale");
    await page.getByLabel("Numéro et voie").fill("12 rue des Lilas");
    await page.getByLabel("Code postal").fill("69003");
    await page.getByLabel("Ville").fill("Lyon");
    await page.getByLabel("Dénomination").evaluate((e: HTMLInputElement) => {
      e.value = "Atelier\u0000 Dupont";
    });
    await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous, le créancier");
    await expect(page.locator("#champ-denomination-erreur, .erreur-champ").first()).toContainText("U+0000");
    await expect(page.getByLabel("Dénomination")).toHaveValue("Atelier Dupont");
    await expect(page.getByLabel("Ville")).toHaveValue("Lyon");

    await page.getByLabel("Dénomination").fill("Atelier 😀 Dupont");
    await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
    await expect(page.getByText("« 😀 » (U+1F600)").first()).toBeVisible();
    await expect(page.getByLabel("Dénomination")).toHaveValue("Atelier 😀 Dupont");
    await page.getByLabel("Dénomination").fill("");
    await page.goto(page.url());
    await remplirCreancier(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre débiteur");
  });

  test("événement : montant illisible, date future ou version trafiquée → 400, tout ce qui a été tapé reste, date comprise", async ({
    page,
  }) => {
    await page.goto(adresseDossier);
    await page.getByText("Noter un paiement reçu").click();
    const form = page.getByRole("form", { name: /paiement reçu/ });
    await form.getByLabel("Date").fill("2026-11-20");
    await form.getByLabel("Montant (€)").fill("douze");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    const apres = page.getByRole("form", { name: /paiement reçu/ });
    await expect(apres.getByRole("alert")).toContainText("Montant : indiquez un montant");
    await expect(apres.getByLabel("Date")).toHaveValue("2026-11-20");
    await expect(apres.getByLabel("Montant (€)")).toHaveValue("douze");

    await apres.getByLabel("Montant (€)").fill("100");
    await apres.getByLabel("Date").fill("2026-12-24");
    await apres.getByRole("button", { name: "Enregistrer" }).click();
    const futur = page.getByRole("form", { name: /paiement reçu/ });
    await expect(futur.getByRole("alert")).toContainText("Date : est postérieure à aujourd'hui (01/12/2026)");
    await expect(futur.getByLabel("Date")).toHaveValue("2026-12-24");

    await futur.getByLabel("Date").fill("2026-11-20");
    await futur.locator('input[name="version"]').evaluate((e: HTMLInputElement) => {
      e.value = "1.5";
    });
    await futur.getByRole("button", { name: "Enregistrer" }).click();
    const version = page.getByRole("form", { name: /paiement reçu/ });
    await expect(version.getByRole("alert")).toContainText("numéro de version illisible");
    await expect(version.getByLabel("Montant (€)")).toHaveValue("100");

    await version.getByLabel("Montant (€)").evaluate((e: HTMLInputElement) => {
      e.value = "1\u0000 00";
    });
    await version.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByRole("form", { name: /paiement reçu/ }).getByRole("alert")).toContainText("U+0000");
  });

  test("une pièce trop lourde est refusée (413) et son intitulé reste", async ({ page }) => {
    await page.goto(adresseDossier);
    await page.getByLabel("Intitulé de la pièce").fill("Bon de livraison signé");
    await page.getByLabel("Fichier").setInputFiles({
      name: "gros.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(1_300_000, 0x20)]),
    });
    const reponse = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Ajouter la pièce" }).click();
    expect((await reponse).status()).toBe(413);
    await expect(page.getByText("le fichier dépasse la limite de 1 Mo").first()).toBeVisible();
    await expect(page.getByLabel("Intitulé de la pièce")).toHaveValue("Bon de livraison signé");
  });
});

test("Host étranger, Origin mal formé ou étranger, identifiants illisibles : 4xx en français, jamais de 500", async ({
  page,
}) => {
  const session = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const hote = { Host: `127.0.0.1:${PORT}`, Cookie: session };
  const etranger = await brut("/dossiers", { Host: `evil.example:${PORT}` });
  expect(etranger.statut).toBe(421);
  expect(etranger.corps).toMatch(/ne répond pas au nom « evil\.example/);
  expect(etranger.corps).not.toContain("Boulangerie");
  expect(etranger.csp).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");

  const creation = await brut(
    "/dossiers/nouveau",
    {
      Host: `evil.example:${PORT}`,
      Origin: `http://evil.example:${PORT}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    "POST",
  );
  expect(creation.statut).toBe(421);
  const rebinding = await brut(
    "/dossiers/nouveau",
    { ...hote, Origin: `http://evil.example:${PORT}`, "Content-Type": "application/x-www-form-urlencoded" },
    "POST",
  );
  expect(rebinding.statut).toBe(403);
  for (const origine of ["foo", "http://"]) {
    const r = await brut(
      adresseDossier,
      { ...hote, Origin: origine, "Content-Type": "application/x-www-form-urlencoded" },
      "POST",
      "type=med.recue&date=2026-11-20&version=1",
    );
    expect(r.statut, origine).toBe(403);
    expect(r.corps).toMatch(/ne vient pas de cette application/);
  }
  for (const chemin of [
    "/dossiers/not-a-uuid/pieces/x",
    `${adresseDossier}/pieces/x`,
    "/dossiers/not-a-uuid",
    "/dossiers/not-a-uuid/export.json",
  ]) {
    const r = await brut(chemin, hote);
    expect(r.statut, chemin).toBe(404);
    expect(r.csp, chemin).toBeTruthy();
  }
  const version = await brut(
    adresseDossier,
    { ...hote, Origin: ORIGINE, "Content-Type": "application/x-www-form-urlencoded" },
    "POST",
    "type=paiement.recu&date=2026-11-20&montant=10&version=99999999999999999999",
  );
  expect(version.statut).toBe(400);
  expect(version.corps).toContain("numéro de version illisible");
});

test("chaque réponse porte une politique de sécurité du contenu", async ({ request }) => {
  const page = await request.get("/dossiers");
  expect(page.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(page.headers()["x-content-type-options"]).toBe("nosniff");
  for (const chemin of [`${adresseDossier}/documents/decompte.pdf`, `${adresseDossier}/export.json`, "/healthz"]) {
    const r = await request.get(chemin);
    expect(r.headers()["content-security-policy"], chemin).toMatch(/default-src 'none'/);
  }
  const introuvable = await request.get("/nulle-part");
  expect(introuvable.status()).toBe(404);
  expect(introuvable.headers()["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
});
