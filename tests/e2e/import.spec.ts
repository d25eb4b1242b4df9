/**
 * Importing the receivables book as an owner does it (issue 15), in Chromium against the production
 * build: the company's identity, a CSV export whose columns are named on the mapping screen (dry
 * run, then import with its progress), Factur-X PDFs dropped together — the real shared samples
 * (another seller: refused) and files whose seller is the organisation —, the book with its aged
 * balance and charts, a debtor's dossier created by the import, and a bank statement that pays one
 * of the imported invoices.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { exportComptable } from "../fixtures/export-comptable";
import { factureX } from "../fixtures/factur-x";
import { expect, test } from "./fixtures";
import { arreter, attendrePret, demarrer, type Serveur } from "./serveur";

const PORT = 3990;
let serveur: Serveur | undefined;
const dossierTemporaire = mkdtempSync(path.join(os.tmpdir(), "recouvrement-import-fichiers-"));

test.describe.configure({ mode: "serial" });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });
test.beforeAll(async () => {
  serveur = demarrer(mkdtempSync(path.join(os.tmpdir(), "recouvrement-import-")), PORT, "2026-04-30");
  await attendrePret(PORT);
});
test.afterAll(async () => arreter(serveur));

const ATELIER = { nom: "Atelier Dupont", siren: "443061841" };

test("identité, CSV par l'écran de correspondance, Factur-X déposées, grand livre, dossier créé, relevé bancaire", async ({
  page,
}) => {
  await page.goto("/creances");
  await page.getByRole("link", { name: "Importer des factures" }).click();
  await expect(page.getByText("Indiquez d'abord l'identité de votre entreprise")).toBeVisible();
  // A SIREN that fails its check digit is refused, what was typed is kept.
  await page.getByLabel("Vous êtes…").selectOption("societe-commerciale");
  await page.getByLabel("Dénomination").fill(ATELIER.nom);
  await page.getByLabel("SIREN").fill("443061842");
  await page.getByLabel("Numéro et voie").fill("12 rue des Lilas");
  await page.getByLabel("Code postal").fill("69003");
  await page.getByLabel("Ville").fill("Lyon");
  await page.getByRole("button", { name: "Enregistrer l'identité" }).click();
  await expect(page.getByRole("alert")).toContainText("SIREN");
  await expect(page.getByLabel("Dénomination")).toHaveValue(ATELIER.nom);
  await page.getByLabel("SIREN").fill(ATELIER.siren);
  await page.getByRole("button", { name: "Enregistrer l'identité" }).click();
  await expect(
    page.getByText(`Les factures sont importées pour ${ATELIER.nom} (SIREN ${ATELIER.siren})`),
  ).toBeVisible();

  // Too many files at once: said, nothing deposited.
  await page
    .getByLabel("Fichiers")
    .setInputFiles(
      Array.from({ length: 51 }, (_, i) => ({ name: `f${i}.csv`, mimeType: "text/csv", buffer: Buffer.from("x") })),
    );
  await page.getByRole("button", { name: "Lire les fichiers" }).click();
  await expect(page.getByRole("alert")).toContainText("50 fichiers au plus par import");

  // A CSV whose invoice number and customer columns are not recognised on their own.
  const csv = path.join(dossierTemporaire, "export-ventes.csv");
  writeFileSync(
    csv,
    [
      "Ref doc;Acheteur;SIREN;Adresse;CP;Ville;Date;Echeance;Total TTC;Reste du",
      "V-2026-031;Boulangerie Martin SAS;552100554;3 place du Marché;33000;Bordeaux;05/01/2026;04/02/2026;3 450,00;3 000,00",
      "V-2026-044;Boulangerie Martin SAS;552100554;3 place du Marché;33000;Bordeaux;10/02/2026;12/03/2026;1 200,50;1 200,50",
      "V-2026-052;Garage Lefort;;;69003;Lyon;15/03/2026;14/04/2026;980,00;980,00",
      "V-2026-060;Garage Lefort;;;69003;Lyon;15/03/2026;31/02/2026;120,00;120,00",
      'V-2026-070;"=HYPERLINK(""http://exemple.invalid"",""clic"")";;1 rue de la Paix;75002;Paris;01/04/2026;01/05/2026;90,00;90,00',
    ].join("\r\n"),
  );
  await page.getByLabel("Fichiers").setInputFiles(csv);
  await page.getByRole("button", { name: "Lire les fichiers" }).click();
  await expect(page.getByRole("heading", { name: "Vérifier avant d'importer" })).toBeVisible();
  await expect(page.getByText("colonnes non reconnues : « N° facture », « Client »")).toBeVisible();
  const apercu = page.getByRole("table", { name: "Premières lignes du fichier" });
  await expect(apercu).toContainText("V-2026-031");
  await expect(page.getByRole("button", { name: "Importer", exact: true })).toBeDisabled();
  await page.screenshot({ path: path.join("test-results", "import-correspondance.png"), fullPage: true });
  await page.getByLabel("N° facture").selectOption("Ref doc");
  await page.getByLabel("Client", { exact: true }).selectOption("Acheteur");
  await page.getByRole("button", { name: "Appliquer ces colonnes" }).click();
  // The dry run, line by line: the bad date names its column; nothing is written yet.
  const simulation = page.getByRole("table", { name: "Ce que l'import fera, ligne par ligne" });
  await expect(simulation.getByRole("row", { name: /V-2026-031/ })).toContainText("Créée");
  await expect(simulation.getByRole("row", { name: /V-2026-031/ })).toContainText("déjà payé 450,00 €");
  await expect(simulation.getByRole("row", { name: /ligne|5/ }).first()).toContainText(
    "colonne « Échéance » : « 31/02/2026 » n'est pas une date",
  );
  await expect(page.getByText(/L'import fera : 3 dossier\(s\) créé\(s\)/)).toBeVisible();
  await page.goto("/creances");
  await expect(page.locator(".chiffres-cles div").first()).toContainText("0,00 €");
  await page.goBack();
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import terminé" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Importé : 3 dossier\(s\) créé\(s\)/)).toBeVisible();

  // The mapping is remembered: the same export next month is read at once — and changes nothing.
  await page.goto("/creances/import");
  await page.getByLabel("Fichiers").setInputFiles(csv);
  await page.getByRole("button", { name: "Lire les fichiers" }).click();
  await expect(page.getByText(/L'import fera : 0 dossier\(s\) créé\(s\), 0 dossier\(s\) complété\(s\)/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Importer", exact: true })).toBeDisabled();

  // Factur-X PDFs: two of ours (one for a new debtor, one more for the bakery) and the shared real samples.
  const fichiers = [];
  for (const f of [
    {
      numero: "FX-2026-100",
      acheteur: {
        nom: "Menuiserie Roche SARL",
        siren: "428634420",
        ligne1: "4 rue du Bois",
        codePostal: "38000",
        ville: "Grenoble",
      },
      totalCents: 186000,
      date: "2026-01-12",
      echeance: "2026-02-11",
    },
    {
      numero: "FX-2026-101",
      acheteur: {
        nom: "Boulangerie Martin SAS",
        siren: "552100554",
        ligne1: "3 place du Marché",
        codePostal: "33000",
        ville: "Bordeaux",
      },
      totalCents: 54000,
      date: "2026-04-01",
      echeance: "2026-05-01",
    },
  ]) {
    const chemin = path.join(dossierTemporaire, `${f.numero}.pdf`);
    writeFileSync(chemin, await factureX({ ...f, vendeur: { nom: ATELIER.nom, siren: ATELIER.siren } }));
    fichiers.push(chemin);
  }
  await page.goto("/creances/import");
  await page
    .getByLabel("Fichiers")
    .setInputFiles([
      ...fichiers,
      "tests/fixtures/e-factures/EN16931_Einfach.pdf",
      "tests/fixtures/e-factures/MustangBeispiel20221026.pdf",
    ]);
  await page.getByRole("button", { name: "Lire les fichiers" }).click();
  await expect(
    page.getByText(/EN16931_Einfach\.pdf refusé : le vendeur de cette facture \(Lieferant GmbH/),
  ).toBeVisible();
  await expect(page.getByText(/MustangBeispiel20221026\.pdf refusé : le vendeur de cette facture/)).toBeVisible();
  const plan = page.getByRole("table", { name: "Ce que l'import fera, ligne par ligne" });
  await expect(plan.getByRole("row", { name: /FX-2026-100/ })).toContainText("Créée");
  await expect(plan.getByRole("row", { name: /FX-2026-101/ })).toContainText("Ajoutée");
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import terminé" })).toBeVisible({ timeout: 30_000 });

  // The book: aged balance and its chart, per debtor.
  await page.goto("/creances");
  await expect(page.getByRole("img", { name: /Balance âgée/ })).toBeVisible();
  const ligne = (nom: string) => page.getByRole("row", { name: new RegExp(nom) });
  await expect(ligne("Boulangerie Martin SAS")).toContainText("4 740,50 €");
  await expect(ligne("Menuiserie Roche SARL")).toContainText("1 860,00 €");
  await expect(ligne("Garage Lefort")).toContainText("980,00 €");
  await page.screenshot({ path: path.join("test-results", "import-grand-livre.png"), fullPage: true });

  // A debtor's dossier created by the import: its invoices, the Factur-X kept as a pièce, the journal.
  await ligne("Menuiserie Roche SARL").getByRole("link", { name: "Menuiserie Roche SARL" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Menuiserie Roche SARL");
  const piece = page.getByRole("link", { name: "Facture FX-2026-100 (Factur-X)" });
  await expect(piece).toBeVisible();
  const pdf = await page.request.get((await piece.getAttribute("href")) ?? "");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await page.goto("/creances");
  await ligne("Garage Lefort").getByRole("link", { name: "Garage Lefort" }).click();
  // Imported without a street: the page asks for it; its quality was guessed by prudence.
  await expect(page.getByText("Adresse du débiteur à compléter (adresse)")).toBeVisible();
  await page.getByLabel("Numéro et voie").fill("8 avenue Berthelot");
  await page.getByRole("button", { name: "Enregistrer le débiteur" }).click();
  await expect(page.getByText("Débiteur enregistré")).toBeVisible();
  await expect(page.getByText("Adresse du débiteur à compléter")).toHaveCount(0);
  // Its quality was guessed by prudence (a consumer: two years, L.218-2 C. conso.); corrected, the deadlines follow.
  const echeances = page.getByRole("region", { name: "Échéances" });
  await expect(echeances).toContainText("L.218-2");
  await page.getByRole("link", { name: /Corriger le débiteur/ }).click();
  await page.getByLabel("Qui vous doit de l'argent ?").selectOption("artisan");
  await page.getByRole("button", { name: "Enregistrer le débiteur" }).click();
  await expect(page.getByText("Débiteur enregistré")).toBeVisible();
  await expect(echeances).not.toContainText("L.218-2");
  await page.screenshot({ path: path.join("test-results", "import-dossier-cree.png"), fullPage: true });

  // A bank statement pays the bakery's older invoice exactly: recorded, the book follows.
  const releve = path.join(dossierTemporaire, "releve.csv");
  writeFileSync(releve, "Date;Libellé;Débit;Crédit\n28/04/2026;VIR BOULANGERIE MARTIN FACT V-2026-031;;3 000,00\n");
  await page.goto("/creances/paiements");
  await page.getByLabel("Relevé").setInputFiles(releve);
  await page.getByRole("button", { name: "Rapprocher" }).click();
  await expect(page.getByRole("row", { name: /V-2026-031/ })).toContainText("Inscrit au journal");
  await page.goto("/creances");
  await expect(ligne("Boulangerie Martin SAS")).toContainText("1 740,50 €");

  // The formula imported as a customer's name was never run, and our export neutralises it.
  const [telechargement] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Exporter la balance âgée (CSV)" }).click(),
  ]);
  const export_ = readFileSync(await telechargement.path(), "utf8");
  expect(export_).toContain(`"'=HYPERLINK(""http://exemple.invalid"",""clic"")"`);
  expect(export_).toContain("Boulangerie Martin SAS;2026-0001;540,00;0,00;1200,50;0,00;0,00;1740,50");
});

test("un long import : la barre de progression avance pendant que le serveur travaille et survit au rechargement", async ({
  page,
}) => {
  const grand = path.join(dossierTemporaire, "grand-export.csv");
  writeFileSync(grand, exportComptable(10_000, 2_000));
  await page.goto("/creances/import");
  await page.getByLabel("Fichiers").setInputFiles(grand);
  await page.getByRole("button", { name: "Lire les fichiers" }).click();
  await expect(page.getByText(/L'import fera : 2000 dossier\(s\) créé\(s\)/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/et 9500 autre\(s\) ligne\(s\), non montrées/)).toBeVisible();
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  const barre = page.getByRole("progressbar", { name: "Avancement de l'import" });
  await expect(barre).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Vous pouvez quitter cette page");
  // The bar moves as the server works (JavaScript polls; without it, the page refreshes itself).
  await expect(barre).not.toHaveAttribute("value", "0", { timeout: 30_000 });
  await page.screenshot({ path: path.join("test-results", "import-progression.png") });
  await page.reload();
  await expect(barre.or(page.getByRole("heading", { name: "Import terminé" }))).toBeVisible();
  await expect(page.getByRole("heading", { name: "Import terminé" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/Importé : 2000 dossier\(s\) créé\(s\)/)).toBeVisible();
  await page.goto("/creances");
  await expect(page.getByRole("heading", { name: "Par débiteur (2004)" })).toBeVisible();
});
