/**
 * Every generated DOCX opens in LibreOffice (Debian's libreoffice-writer-nogui, installed by the
 * test command): all of them are converted to PDF in ONE soffice call with a private profile (two
 * soffice processes on one profile fail silently), then each text is checked for its mentions.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossiersDeTest } from "../tests/fixtures/dossiers";
import { normaliser, textePdf } from "./_shared/extraction";
import { preparerContexte } from "./preparer";
import { DOCUMENTS, TYPES_DOCUMENT } from "./registre";
import { construireModele, rendreDocument } from "./rendu.server";

const dossier = mkdtempSync(path.join(os.tmpdir(), "recouvrement-lo-"));
const cas: { fichier: string; mentions: string[] }[] = [];

beforeAll(async () => {
  for (const { nom, dossier: d, aujourdhui } of dossiersDeTest()) {
    const c = preparerContexte(d, aujourdhui);
    for (const type of TYPES_DOCUMENT) {
      const modele = construireModele(type, c);
      const fichier = path.join(dossier, `${type}--${nom}.docx`);
      writeFileSync(fichier, await rendreDocument(type, "docx", c, modele));
      cas.push({ fichier, mentions: DOCUMENTS[type].mentions(c, modele as never) });
    }
  }
  const profil = path.join(dossier, "profil");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profil}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dossier,
      ...cas.map((c) => c.fichier),
    ],
    { stdio: "ignore", timeout: 240_000 },
  );
}, 300_000);

afterAll(() => rmSync(dossier, { recursive: true, force: true }));

describe("ouverture des DOCX par LibreOffice", () => {
  it("convertit chaque document et y retrouve ses mentions obligatoires", async () => {
    expect(cas.length).toBeGreaterThan(0);
    for (const c of cas) {
      const pdf = c.fichier.replace(/\.docx$/, ".pdf");
      expect(existsSync(pdf), `${path.basename(pdf)} produit par LibreOffice`).toBe(true);
      const texte = normaliser(await textePdf(readFileSync(pdf))).toLowerCase();
      for (const m of c.mentions)
        expect(texte, `${path.basename(pdf)} : « ${m} »`).toContain(normaliser(m).toLowerCase());
    }
  });
});
