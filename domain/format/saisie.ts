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

/** Cents → « 3450,00 » for an input field. */
export function montantPourSaisie(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
}

/** French typography: no-break space before « : ; ? ! » and inside « ». */
export function typographie(texte: string): string {
  return texte.replace(/ ([:;?!»])/g, "\u00a0$1").replace(/« /g, "«\u00a0");
}
