/**
 * Which font the PDF uses. Helvetica, a standard PDF font, costs no embedding, no subsetting and no
 * OpenType shaping: a one-page mise en demeure renders in about two thirds of the time it takes with
 * an embedded font (docs/benchmarks.md). A standard font can only print the WinAnsi character set
 * (pdfkit's encoding); any other character (« Łódź », « Nguyễn », « Ş », « − ») would print as a
 * wrong glyph. So a document whose every character is in that set uses Helvetica, and any other
 * uses the embedded Liberation Sans, metric-compatible with Helvetica: the same line breaks either
 * way. Decision 011.
 */

/**
 * Characters above U+00FF that WinAnsiEncoding maps into 0x80–0x9F (pdfkit's WIN_ANSI_MAP):
 * ƒ – — ‘ ’ ‚ “ ” „ † ‡ • … € ‰ ‹ › ˆ ™ Œ œ ˜ Š š Ÿ Ž ž.
 */
const AU_DELA_DE_LATIN1 = [
  0x192, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x20ac, 0x2030,
  0x2039, 0x203a, 0x2c6, 0x2122, 0x152, 0x153, 0x2dc, 0x160, 0x161, 0x178, 0x17d, 0x17e,
];

const WIN_ANSI = new Set<number>([
  0x0a, // line break inside a text, laid out by react-pdf before encoding
  ...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i),
  // U+00AD (soft hyphen) is left out: the standard fonts print it as a visible hyphen.
  ...Array.from({ length: 0xff - 0xa0 + 1 }, (_, i) => 0xa0 + i).filter((c) => c !== 0xad),
  ...AU_DELA_DE_LATIN1,
]);

/** True when every character of every text can be printed by a standard PDF font. */
export function imprimableEnPoliceStandard(textes: Iterable<string>): boolean {
  for (const texte of textes) {
    for (const caractere of texte) {
      if (!WIN_ANSI.has(caractere.codePointAt(0)!)) return false;
    }
  }
  return true;
}

export const POLICE_STANDARD = "Helvetica";
export const POLICE_EMBARQUEE = "Liberation Sans";

export function policeDuDocument(textes: Iterable<string>): string {
  return imprimableEnPoliceStandard(textes) ? POLICE_STANDARD : POLICE_EMBARQUEE;
}
