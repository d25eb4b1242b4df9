/**
 * Contract tests of every document type (docs/decisions/009): the DOCX template's tags are the
 * model's fields; the committed .docx is in step with its gabarit; both renderings carry the
 * mandatory mentions and say the same thing as the golden text; user text prints literally;
 * a missing field fails loudly. Golden texts: UPDATE_GOLDEN=1 npm test, then review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Docxtemplater from "docxtemplater";
import InspectModule from "docxtemplater/js/inspect-module.js";
import PizZip from "pizzip";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "../domain/validation/zod-fr";
import { dossiersDeTest } from "../tests/fixtures/dossiers";
import { compilerDocx } from "./_shared/docx-compilation";
import { normaliser, pagesPdf, texteDocx, textePdf } from "./_shared/extraction";
import { ChampManquant, cheminModeleDocx, rendreDocx } from "./_shared/rendu-docx.server";
import { preparerContexte } from "./preparer";
import { DOCUMENTS, TYPES_DOCUMENT, type TypeDocument } from "./registre";
import { construireModele, rendreDocument } from "./rendu.server";

type Arbre = { [nom: string]: Arbre };

/** Field paths of a model schema: `champ`, and `liste[].champ` for arrays of objects. */
function champsDuSchema(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape).flatMap(([nom, type]) => {
    const t = type as z.ZodType & { element?: z.ZodType };
    if (t.def.type === "array" && (t.element as z.ZodObject | undefined)?.shape) {
      return [nom, ...Object.keys((t.element as z.ZodObject).shape).map((c) => `${nom}[].${c}`)];
    }
    return [nom];
  });
}

/** Field paths of InspectModule's tree: loops nest their fields, conditions do not scope. */
function champsDuModele(arbre: Arbre, schema: z.ZodObject, prefixe = ""): string[] {
  return Object.entries(arbre).flatMap(([nom, enfants]) => {
    const type = schema.shape[nom] as z.ZodType | undefined;
    const estListe = type?.def.type === "array";
    const ici = `${prefixe}${nom}`;
    if (estListe) return [ici, ...Object.keys(enfants).map((c) => `${ici}[].${c}`)];
    return [ici, ...champsDuModele(enfants, schema, prefixe)];
  });
}

function balisesDuDocx(type: TypeDocument): Arbre {
  const inspect = new InspectModule();
  new Docxtemplater(new PizZip(readFileSync(cheminModeleDocx(type))), {
    modules: [inspect],
    paragraphLoop: true,
    linebreaks: true,
  });
  return inspect.getAllTags() as Arbre;
}

const dossiers = dossiersDeTest();

describe.each(TYPES_DOCUMENT)("document %s", (type) => {
  const def = DOCUMENTS[type];

  it("les balises du modèle Word sont exactement les champs du modèle", () => {
    const tags = new Set(champsDuModele(balisesDuDocx(type), def.schema));
    expect([...tags].sort()).toEqual([...new Set(champsDuSchema(def.schema))].sort());
  });

  it("le fichier .docx committé correspond à son gabarit (npm run modeles:docx)", () => {
    const xml = (b: Buffer) => new PizZip(b).file("word/document.xml")?.asText();
    expect(xml(readFileSync(cheminModeleDocx(type)))).toBe(xml(compilerDocx(def.gabarit)));
  });

  it("un champ manquant fait échouer le rendu au lieu d'imprimer « undefined »", () => {
    const { dossier, aujourdhui } = dossiers[0]!;
    const modele = construireModele(type, preparerContexte(dossier, aujourdhui));
    const incomplet = { ...modele };
    delete incomplet[Object.keys(modele).find((k) => typeof modele[k] === "string")!];
    expect(() => rendreDocx(type, incomplet, new Date())).toThrow(ChampManquant);
  });

  describe.each(dossiers)("dossier $nom", ({ nom, dossier, aujourdhui }) => {
    let docx: string;
    let paragraphes: string;
    let pdf: string;
    let pages: string[];
    let mentions: string[];
    beforeAll(async () => {
      const c = preparerContexte(dossier, aujourdhui);
      const modele = construireModele(type, c);
      mentions = def.mentions(c, modele as never);
      paragraphes = texteDocx(await rendreDocument(type, "docx", c, modele));
      docx = normaliser(paragraphes);
      pages = await pagesPdf(await rendreDocument(type, "pdf", c, modele));
      pdf = normaliser(pages.join("\n"));
    }, 30_000);

    it("numérote chaque page du PDF « Page X sur Y », Y étant le nombre réel de pages", () => {
      // The dossiers follow one another with different page counts: the footer's guessed total
      // (the gabarit's last count) is corrected whenever it is wrong.
      pages.forEach((texte, i) => {
        expect(texte.replace(/\s+/g, " ")).toContain(`Page ${i + 1} sur ${pages.length}`);
      });
    });

    it("porte chaque mention obligatoire, en Word comme en PDF", () => {
      for (const m of mentions) {
        const attendu = normaliser(m);
        expect(docx.toLowerCase(), `DOCX : « ${attendu} »`).toContain(attendu.toLowerCase());
        expect(pdf.toLowerCase(), `PDF : « ${attendu} »`).toContain(attendu.toLowerCase());
      }
    });

    it("dit la même chose en Word et en PDF que le texte de référence", () => {
      const fichier = path.resolve("templates", type, "golden", `${nom}.txt`);
      if (process.env.UPDATE_GOLDEN || !existsSync(fichier)) {
        mkdirSync(path.dirname(fichier), { recursive: true });
        writeFileSync(fichier, `${paragraphes.replace(/[\u00a0\u202f]/g, " ")}\n`);
      }
      const golden = normaliser(readFileSync(fichier, "utf8"));
      expect(docx).toBe(golden);
      expect(pdf).toBe(golden);
    });

    it("n'imprime ni « undefined » ni « NaN » ni balise non remplie", () => {
      for (const t of [docx, pdf]) {
        expect(t).not.toMatch(/undefined|NaN|\[object Object\]/);
        if (nom !== "caracteres-speciaux") expect(t).not.toMatch(/\{[#/^]?[a-zA-Z]+\}/);
      }
    });
  });
});

describe("texte saisi par l'utilisateur", () => {
  it("les accolades, chevrons et esperluettes s'impriment tels quels", async () => {
    const { dossier, aujourdhui } = dossiers.find((d) => d.nom === "caracteres-speciaux")!;
    const c = preparerContexte(dossier, aujourdhui);
    for (const type of TYPES_DOCUMENT) {
      const docx = normaliser(texteDocx(await rendreDocument(type, "docx", c)));
      const pdf = normaliser(await textePdf(await rendreDocument(type, "pdf", c)));
      for (const t of [docx, pdf]) {
        expect(t).toContain("Dąbrowska-Nguyễn & Fils <Négoce> {#boucle}");
      }
    }
  });

  it("le PDF prend Helvetica (rien d'embarqué) quand tout s'y imprime, Liberation Sans embarquée sinon", async () => {
    const pdfDe = async (nom: string) => {
      const { dossier, aujourdhui } = dossiers.find((d) => d.nom === nom)!;
      return (await rendreDocument("mise-en-demeure", "pdf", preparerContexte(dossier, aujourdhui))).toString("latin1");
    };
    const courant = await pdfDe("exemple");
    expect(courant).toContain("/BaseFont /Helvetica");
    expect(courant).not.toContain("/FontFile2");
    // « Dąbrowska-Nguyễn » is outside WinAnsi: a standard font would print wrong glyphs.
    const etendu = await pdfDe("caracteres-speciaux");
    expect(etendu).toContain("/FontFile2");
    expect(etendu).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSans/);
  });
});

describe("fichiers reproductibles", () => {
  it("le même dossier le même jour donne les mêmes octets, en PDF comme en Word (date du fichier = date du document)", async () => {
    const { dossier, aujourdhui } = dossiers.find((d) => d.nom === "exemple")!;
    const c = preparerContexte(dossier, aujourdhui);
    for (const format of ["pdf", "docx"] as const) {
      const premier = await rendreDocument("mise-en-demeure", format, c);
      await new Promise((r) => setTimeout(r, 1100)); // the clock has moved on by a second
      expect((await rendreDocument("mise-en-demeure", format, c)).equals(premier), format).toBe(true);
    }
    const pdf = (await rendreDocument("mise-en-demeure", "pdf", c)).toString("latin1");
    expect(pdf).toContain(`(D:${aujourdhui.replaceAll("-", "")}120000Z)`); // CreationDate
  });
});
