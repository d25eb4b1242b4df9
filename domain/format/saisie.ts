/**
 * Reading what a person types in a French form: amounts « 3 450,00 » or « 3450.5 », rates
 * « 12,5 ». Returns null when the text is not a valid value (the caller names the field).
 */

export function lireMontantEuros(saisie: string): number | null {
  const s = saisie.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(s)) return null;
  const [entier, decimales = ""] = s.split(".");
  return Number(entier) * 100 + Number(decimales.padEnd(2, "0"));
}

export function lireTauxSaisi(saisie: string): string | null {
  const s = saisie.replace(/[\s\u00a0%]/g, "").replace(",", ".");
  return /^\d{1,3}(\.\d{1,4})?$/.test(s) ? s : null;
}

export const MESSAGE_VERSEMENTS = "une ligne par versement : AAAA-MM-JJ ; montant (par exemple 2026-05-31 ; 500,00)";

/**
 * Instalments typed one per line, « AAAA-MM-JJ ; montant » (or a tab). `lisible` is false when
 * there is none or a line has no date of that form or no readable positive amount (the caller
 * names the field with MESSAGE_VERSEMENTS); dates are then checked as calendar dates by the schema.
 */
export function lireVersements(texte: string): {
  versements: { date: string; montantCents: number }[];
  lisible: boolean;
} {
  const versements = texte
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [date = "", m = ""] = l.split(/[;\t]/).map((x) => x.trim());
      return { date, montantCents: lireMontantEuros(m) ?? -1 };
    });
  const lisible =
    versements.length > 0 && versements.every((x) => x.montantCents > 0 && /^\d{4}-\d{2}-\d{2}$/.test(x.date));
  return { versements, lisible };
}

/** Cents → « 3450,00 » for an input field. */
export function montantPourSaisie(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
}

/** French typography: no-break space before « : ; ? ! » and inside « ». */
export function typographie(texte: string): string {
  return texte.replace(/ ([:;?!»])/g, "\u00a0$1").replace(/« /g, "«\u00a0");
}
