/**
 * Renderers cannot fail on text: a dossier saved before the entry checks (a vertical tab pasted
 * from Word in the debtor's address, a bidirectional override, an emoji) still gives every
 * document in both formats and the lawyer's ZIP, with well-formed XML and nothing invisible.
 */
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import type { Dossier } from "../domain/dossier/dossier.schema";
import { caracteresInvisibles } from "../domain/texte/texte";
import { dossierExemple } from "../tests/fixtures/dossiers";
import { texteDocx, textePdf } from "./_shared/extraction";
import { construireDossierAvocat } from "./dossier-avocat.server";
import { preparerContexte } from "./preparer";
import { TYPES_DOCUMENT } from "./registre";
import { rendreDocument } from "./rendu.server";

const AUJOURDHUI = "2026-04-01";
const exemple = dossierExemple();
// Built around the schema, as a row stored before the checks would be read back.
const ancien: Dossier = {
  ...exemple,
  debiteur: {
    ...exemple.debiteur,
    denomination: "Négoce \u202EBTP\u202C Sud 😀",
    adresse: { ...exemple.debiteur.adresse, ligne1: "12 rue des Lilas\u000bBâtiment B\u0007" },
  },
};
const DIRECTION = /[\u202A-\u202E\u2066-\u2069]/;
const sain = (texte: string) => {
  expect(caracteresInvisibles(texte.replace(/[\t\r]/g, ""))).toEqual([]);
  expect(texte).not.toMatch(DIRECTION);
};

describe("documents d'un dossier aux caractères hostiles", () => {
  it.each(TYPES_DOCUMENT)(
    "%s : Word bien formé, PDF lisible, saut de ligne conservé, rien d'invisible",
    async (type) => {
      const c = preparerContexte(ancien, AUJOURDHUI);
      const docx = await rendreDocument(type, "docx", c);
      const xml = new PizZip(docx).file("word/document.xml")!.asText();
      sain(xml);
      const pdf = await textePdf(await rendreDocument(type, "pdf", c));
      sain(pdf);
      if (xml.includes("Lilas")) {
        expect(texteDocx(docx)).toMatch(/12 rue des Lilas\s+Bâtiment B/);
        expect(pdf).toMatch(/12 rue des Lilas\s+Bâtiment B/);
      }
    },
  );

  it("le ZIP de l'avocat se construit", async () => {
    const { zip, documents } = await construireDossierAvocat(ancien, AUJOURDHUI);
    expect(documents.length).toBeGreaterThan(0);
    expect(Object.keys(new PizZip(zip).files)).toContain("dossier.json");
  });
});
