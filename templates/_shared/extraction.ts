/**
 * Text of a rendered document, for the contract tests and the LibreOffice check: DOCX paragraphs
 * from word/document.xml, PDF text through unpdf (pdf.js). Normalised: every kind of space is one
 * space, page numbers are left out (they live in the DOCX footer).
 */
import PizZip from "pizzip";

const ENTITES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };

export function texteDocx(docx: Buffer): string {
  const xml = new PizZip(docx).file("word/document.xml")?.asText() ?? "";
  return xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:br\/>|<w:tab\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => (m[0] === "<w:br/>" ? "\n" : m[0] === "<w:tab/>" ? " " : (m[1] ?? "")))
        .join("")
        .replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITES[e] ?? e),
    )
    .filter((l) => l.trim() !== "")
    .join("\n");
}

/** The text of each page of a PDF. */
export async function pagesPdf(pdf: Buffer | Uint8Array): Promise<string[]> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text;
}

export async function textePdf(pdf: Buffer | Uint8Array): Promise<string> {
  return (await pagesPdf(pdf)).join("\n");
}

/** One space for every kind of space; page numbers removed. */
export function normaliser(texte: string): string {
  return texte
    .replace(/Page \d+ sur \d+/g, " ")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}
