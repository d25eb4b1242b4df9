/**
 * Renders a document of a dossier in Word or PDF: builds the model once (validated by its zod
 * schema), then hands it to the chosen renderer. Renderers compute nothing.
 */
import { createHash } from "node:crypto";
import type { Jour } from "../domain/dates/jour";
import { texteImprimable } from "../domain/texte/texte";
import type { ContexteDocument } from "./_shared/contexte";
import { rendreDocx } from "./_shared/rendu-docx.server";
import { rendrePdf } from "./_shared/rendu-pdf.server";
import { DOCUMENTS, type TypeDocument } from "./registre";

export type Format = "pdf" | "docx";
export const FORMATS: readonly Format[] = ["pdf", "docx"];

export const TYPES_MIME: Record<Format, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/**
 * The model of a document, validated by its schema. Every text in it goes through
 * `texteImprimable`: text is checked where it enters the product, and this makes the renderers
 * unable to fail on a character that slipped past (a dossier saved before those checks).
 */
export function construireModele(type: TypeDocument, c: ContexteDocument): Record<string, unknown> {
  const def = DOCUMENTS[type];
  return assainir(def.schema.parse(def.construire(c))) as Record<string, unknown>;
}

function assainir(valeur: unknown): unknown {
  if (typeof valeur === "string") return texteImprimable(valeur);
  if (Array.isArray(valeur)) return valeur.map(assainir);
  if (valeur && typeof valeur === "object" && Object.getPrototypeOf(valeur) === Object.prototype) {
    return Object.fromEntries(Object.entries(valeur).map(([k, v]) => [k, assainir(v)]));
  }
  return valeur;
}

export async function rendreDocument(
  type: TypeDocument,
  format: Format,
  c: ContexteDocument,
  modele = construireModele(type, c),
): Promise<Buffer> {
  const date = dateDuFichier(c.aujourdhui);
  return format === "pdf" ? rendrePdf(DOCUMENTS[type].gabarit, modele, date) : rendreDocx(type, modele, date);
}

/**
 * The file's own date (PDF CreationDate, dates of the DOCX's zip entries): the document's date, at
 * noon UTC so that every time zone shows the same day. Never the clock: the same dossier on the same
 * day gives the same bytes, so the sha256 printed by `recouvrement document` identifies a document.
 */
export function dateDuFichier(jour: Jour): Date {
  return new Date(`${jour}T12:00:00Z`);
}

export function empreinte(contenu: Buffer): string {
  return createHash("sha256").update(contenu).digest("hex");
}
