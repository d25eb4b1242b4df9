/**
 * CSV files in the shapes of common exports (written for these tests: tests/fixtures/csv) and the
 * real e-invoices, read into one shape and grouped by debtor — every field checked.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lireDate, lireMontant } from "./csv";
import { cleDebiteur, grouper, lireFichier } from "./lecture";

const csv = (f: string) => lireFichier(f, readFileSync(path.resolve("tests/fixtures/csv", f)));

describe("CSV d'export comptable, de logiciel de facturation, de balance âgée", () => {
  it("export comptable UTF-8 avec BOM, « ; », virgule décimale, espaces fines et insécables, date impossible nommée", async () => {
    const f = await csv("export-comptable-utf8.csv");
    expect(f.csv).toMatchObject({ encodage: "utf-8", separateur: ";" });
    expect(
      f.factures.map((x) => [
        x.numero,
        x.debiteur.nom,
        x.debiteur.siren,
        x.debiteur.codePostal,
        x.dateEmission,
        x.dateEcheance,
        x.totalCents,
        x.dejaPayeCents,
        x.resteDuCents,
      ]),
    ).toEqual([
      ["F-2026-001", "Boulangerie Martin SAS", "552100554", "33000", "2026-01-05", "2026-02-04", 345000, 45000, 300000],
      ["F-2026-002", "Boulangerie Martin SAS", "552100554", "33000", "2026-02-10", "2026-03-12", 120050, 0, 120050],
      ["F-2026-003", "Garage Lefort", null, "69003", "2026-02-15", "2026-03-17", 98000, 0, 98000],
      [
        "F-2026-005",
        '=HYPERLINK("http://exemple.invalid","clic")',
        null,
        "75001",
        "2026-03-01",
        "2026-03-31",
        100000,
        0,
        100000,
      ],
    ]);
    expect(f.rejets).toEqual([
      { ligne: 5, raison: "colonne « Échéance » : « 31/02/2026 » n'est pas une date (JJ/MM/AAAA)" },
    ]);
  });

  it("logiciel de facturation en Windows-1252, « , », point décimal, dates ISO, colonne « Payé », un avoir négatif", async () => {
    const f = await csv("facturation-windows1252.csv");
    expect(f.csv).toMatchObject({ encodage: "windows-1252", separateur: "," });
    expect(f.csv?.entetes[0]).toBe("Numéro");
    expect(
      f.factures.map((x) => [
        x.numero,
        x.debiteur.nom,
        x.debiteur.ville,
        x.totalCents,
        x.dejaPayeCents,
        x.resteDuCents,
        x.type,
      ]),
    ).toEqual([
      ["FA-101", "Café de la Gare", "Nancy", 123456, 23456, 100000, "facture"],
      ["FA-102", "Café de la Gare", "Nancy", 250000, 0, 250000, "facture"],
      ["FA-103", "Épicerie Bérénice", "Épinal", -15000, 0, -15000, "avoir"],
    ]);
  });

  it("balance âgée d'un tableur : le bloc de titre sauté, les tranches additionnées, la ligne de total écartée", async () => {
    const f = await csv("balance-agee.csv");
    expect(f.csv?.entetes.slice(0, 4)).toEqual(["Client", "N° pièce", "Date", "Échéance"]);
    expect(f.factures.map((x) => [x.numero, x.debiteur.nom, x.dateEcheance, x.totalCents, x.resteDuCents])).toEqual([
      ["F-2025-090", "Boulangerie Martin", "2025-12-15", 230000, 230000],
      ["F-2026-014", "Boulangerie Martin", "2026-02-04", 345000, 345000],
      ["F-2026-020", "Garage Lefort", "2026-03-31", 98000, 98000],
    ]);
    expect(f.rejets).toEqual([]);
  });

  it("une formule dans une cellule reste du texte : jamais évaluée", async () => {
    const f = await csv("export-comptable-utf8.csv");
    expect(f.factures.find((x) => x.numero === "F-2026-005")?.debiteur.nom).toBe(
      '=HYPERLINK("http://exemple.invalid","clic")',
    );
  });

  it("fichiers hostiles : binaire, 50 Mo, sans en-tête reconnaissable — refusés en français", async () => {
    expect((await lireFichier("x.csv", new Uint8Array([0x4e, 0x00, 0x31]))).refus).toBe(
      "ce fichier n'est pas un texte (octets nuls) : un CSV est attendu",
    );
    expect((await lireFichier("x.csv", new Uint8Array(50 * 1024 * 1024).fill(65))).refus).toBe(
      "fichier trop volumineux (20 Mo au plus)",
    );
    const sansEntete = await lireFichier("x.csv", Buffer.from("a;b;c\n1;2;3\n"));
    expect(sansEntete.refus).toBe(
      "colonnes non reconnues : « N° facture », « Client », « Montant TTC » — indiquez-les sur l'écran de correspondance",
    );
    // The mapping screen names them: the same file is then read.
    expect(sansEntete.csv?.entetes).toEqual(["a", "b", "c"]);
    expect(sansEntete.csv?.apercu).toEqual([["1", "2", "3"]]);
    const choisi = await lireFichier("x.csv", Buffer.from("a;b;c\n1;2;3\n"), {
      numero: "a",
      client: "b",
      montantTtc: "c",
      dateEcheance: "",
    });
    expect(choisi.refus).toBeNull();
    expect(choisi.rejets).toEqual([{ ligne: 2, raison: "colonne « Échéance » et colonne « Date » vides" }]);
  });

  it("montants et dates à la française", () => {
    expect(lireMontant("1 234,56 €")).toBe(123456);
    expect(lireMontant("1\u202f234,5")).toBe(123450);
    expect(lireMontant("1.234,56")).toBe(123456);
    expect(lireMontant("1,234.56")).toBe(123456);
    expect(lireMontant("(12,00)")).toBe(-1200);
    expect(lireMontant("douze")).toBeNull();
    expect(lireDate("5/3/2026")).toBe("2026-03-05");
    expect(lireDate("2026-03-05")).toBe("2026-03-05");
    expect(lireDate("29/02/2026")).toBeNull();
  });
});

describe("regroupement par débiteur", () => {
  it("SIREN d'abord, sinon nom normalisé (sans forme juridique ni accents) et code postal ; une facture en double comptée une fois", async () => {
    expect(cleDebiteur({ nom: "Boulangerie Martin SAS", siren: "552100554", codePostal: "33000" })).toBe(
      "siren:552100554",
    );
    expect(cleDebiteur({ nom: "Épicerie  Bérénice (SARL)", siren: null, codePostal: "88 000" })).toBe(
      "nom:epicerie berenice|88000",
    );
    const a = await csv("export-comptable-utf8.csv");
    const plan = grouper([a, a]);
    expect(plan.debiteurs.map((d) => [d.nom, d.factures, d.resteDuCents])).toEqual([
      ['=HYPERLINK("http://exemple.invalid","clic")', ["F-2026-005"], 100000],
      ["Boulangerie Martin SAS", ["F-2026-001", "F-2026-002"], 420050],
      ["Garage Lefort", ["F-2026-003"], 98000],
    ]);
  });
});
