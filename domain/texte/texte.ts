/**
 * Text that enters the product (forms, imports, CLI, API) before it reaches the database and the
 * documents. Three kinds of characters:
 *
 * - normalised, because they mean something a document can show: a manual line break (U+000B,
 *   what Word inserts on Maj+Entrée, so an address pasted from Word carries one), CR, CR LF, form
 *   feed, U+0085, U+2028/U+2029 → a line break; a tab → a space; the text is put in Unicode NFC
 *   (« e » + accent combinant → « é »);
 * - dropped, because they only steer the direction of the text and would reverse it in the PDF:
 *   the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and
 *   marks (U+200E, U+200F, U+061C);
 * - refused, with a French message, because XML (the DOCX), PostgreSQL or the document font
 *   cannot carry them: every other control character (NUL…), noncharacters, lone surrogates, and
 *   any character the document font has no glyph for (an emoji): never printed as something else
 *   than what was typed.
 */
import { PLAGES_IMPRIMABLES } from "./glyphes";

const SAUTS = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;
const DIRECTION = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** Line breaks, tabs, direction controls and NFC, as described above. Never drops a visible character. */
export function normaliserTexte(texte: string): string {
  return texte.replace(SAUTS, "\n").replace(/\t/g, " ").replace(DIRECTION, "").normalize("NFC");
}

/** Invisible characters no normalisation turns into anything: C0 and C1 controls, noncharacters, lone surrogates. */
function estInvisibleInterdit(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xfdd0 && code <= 0xfdef) ||
    (code & 0xfffe) === 0xfffe
  );
}

export function estImprimable(code: number): boolean {
  if (code === 0x0a) return true;
  let bas = 0;
  let haut = PLAGES_IMPRIMABLES.length - 1;
  while (bas <= haut) {
    const milieu = (bas + haut) >> 1;
    const [debut, fin] = PLAGES_IMPRIMABLES[milieu]!;
    if (code < debut) haut = milieu - 1;
    else if (code > fin) bas = milieu + 1;
    else return true;
  }
  return false;
}

export const codeUnicode = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

/** Each character of the text, lone surrogates included (a `for…of` would pair them wrongly otherwise). */
function* codes(texte: string): Generator<number> {
  for (const c of texte) yield c.codePointAt(0)!;
}

/** The invisible characters that would be refused, as « U+0000 » codes (each once). */
export function caracteresInvisibles(texte: string): string[] {
  const vus = new Set<string>();
  for (const code of codes(texte)) if (estInvisibleInterdit(code)) vus.add(codeUnicode(code));
  return [...vus];
}

/** The text without its refused invisible characters: what a form shows back after saying they were removed. */
export function retirerInvisibles(texte: string): string {
  let r = "";
  for (const c of texte) if (!estInvisibleInterdit(c.codePointAt(0)!)) r += c;
  return r;
}

/**
 * Why this (already normalised) text cannot enter a document, in French, or null when it can.
 * The message completes « <champ> : … ».
 */
export function problemeTexte(texte: string): string | null {
  const invisibles = caracteresInvisibles(texte);
  if (invisibles.length > 0) {
    return `contient un caractère invisible non autorisé (${invisibles.join(", ")}) : retirez-le (il vient souvent d'un copier-coller)`;
  }
  const refuses: string[] = [];
  for (const c of texte) {
    if (!estImprimable(c.codePointAt(0)!) && !refuses.includes(c)) refuses.push(c);
  }
  if (refuses.length > 0) {
    const liste = refuses
      .slice(0, 3)
      .map((c) => `« ${c} » (${codeUnicode(c.codePointAt(0)!)})`)
      .join(", ");
    return `contient ${refuses.length > 1 ? "des caractères que les documents ne peuvent pas imprimer" : "un caractère que les documents ne peuvent pas imprimer"} : ${liste} ; retirez-${refuses.length > 1 ? "les" : "le"} ou remplacez-${refuses.length > 1 ? "les" : "le"} par du texte`;
  }
  return null;
}

/**
 * Last line of defence for the renderers: text that somehow skipped the entry checks (a dossier
 * saved before them) is normalised, loses its invisible characters, and shows « ? » where the font
 * has no glyph — visibly, never a wrong letter and never a broken file.
 */
export function texteImprimable(texte: string): string {
  let r = "";
  for (const c of retirerInvisibles(normaliserTexte(texte))) r += estImprimable(c.codePointAt(0)!) ? c : "?";
  return r;
}

/**
 * A form value as it enters: normalised, without its invisible characters, and the French message
 * saying they were removed (the form is refused once so that the person sees it), or null.
 */
export function nettoyerSaisie(brut: string): { texte: string; message: string | null } {
  const normalise = normaliserTexte(brut);
  const invisibles = caracteresInvisibles(normalise);
  if (invisibles.length === 0) return { texte: normalise, message: null };
  return {
    texte: retirerInvisibles(normalise),
    message: `contenait un caractère invisible non autorisé (${invisibles.join(", ")}), souvent venu d'un copier-coller : nous l'avons retiré, vérifiez le texte puis enregistrez à nouveau`,
  };
}

/** The text without its accents (« Épicerie Bérénice » → « Epicerie Berenice »), to compare or build names. */
export function sansAccents(texte: string): string {
  return texte.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}
