/**
 * Reading the public calculators' GET forms: repeated rows (`evenements[0].date`…), the number of
 * rows shown, and the mapping of validation errors back to the rows the person filled in.
 */
import type { ErreurChamp } from "../../../domain/validation/zod-fr";

export const LIGNES_MAX = 30;

export function nombreDeLignes(params: URLSearchParams, cle: string, parDefaut: number): number {
  const n = Number(params.get(cle) ?? parDefaut);
  const base = Number.isInteger(n) ? Math.min(Math.max(n, 1), LIGNES_MAX) : parDefaut;
  return params.get("ajouter") === cle ? Math.min(base + 1, LIGNES_MAX) : base;
}

/** Rows `prefixe[i].champ` as raw strings, and which of them the person filled in. */
export function lireLignes<C extends string>(
  params: URLSearchParams,
  prefixe: string,
  champs: readonly C[],
  n: number,
): { brutes: Record<C, string>[]; remplies: { index: number; ligne: Record<C, string> }[] } {
  const brutes: Record<C, string>[] = [];
  for (let i = 0; i < n; i++) {
    brutes.push(
      Object.fromEntries(champs.map((c) => [c, (params.get(`${prefixe}[${i}].${c}`) ?? "").trim()])) as Record<
        C,
        string
      >,
    );
  }
  const remplies = brutes
    .map((ligne, index) => ({ index, ligne }))
    .filter(({ ligne }) => champs.some((c) => ligne[c] !== "" && ligne[c] !== "non"));
  return { brutes, remplies };
}

/** Errors on `prefixe[k]…` (k = index among filled rows) renamed to the row shown on the page. */
export function recalerErreurs(erreurs: ErreurChamp[], prefixe: string, indices: number[]): ErreurChamp[] {
  const re = new RegExp(`^${prefixe.replace(/[[\]]/g, "\\$&")}\\[(\\d+)\\]`);
  return erreurs.map((e) => {
    const m = re.exec(e.champ);
    if (!m) return e;
    const vrai = indices[Number(m[1])];
    return vrai === undefined ? e : { ...e, champ: e.champ.replace(re, `${prefixe}[${vrai}]`) };
  });
}

/** The value of a field, or undefined when left empty. */
export function valeur(params: URLSearchParams, cle: string): string | undefined {
  const v = (params.get(cle) ?? "").trim();
  return v === "" ? undefined : v;
}
