/**
 * What every form action reads first: the text fields, normalised (domain/texte/texte.ts), with
 * the invisible characters that PostgreSQL and the documents refuse removed and reported on the
 * field — so the answer is a French 400 that shows back everything else that was typed — and the
 * version token of optimistic locking, read strictly.
 */
import { nettoyerSaisie } from "../domain/texte/texte";
import type { ErreurChamp } from "../domain/validation/zod-fr";

export type Valeurs = Record<string, string>;

export function valeursNettoyees(
  form: FormData,
  ignorer: readonly string[] = [],
): { valeurs: Valeurs; erreurs: ErreurChamp[] } {
  const valeurs: Valeurs = {};
  const erreurs: ErreurChamp[] = [];
  for (const [cle, brut] of form.entries()) {
    if (typeof brut !== "string" || ignorer.includes(cle)) continue;
    const { texte, message } = nettoyerSaisie(brut);
    valeurs[nettoyerSaisie(cle).texte] = texte;
    if (message) erreurs.push({ champ: cle, message });
  }
  return { valeurs, erreurs };
}

/** The dossier version a form was displayed with, or null when the token is not a plain whole number. */
export function lireVersion(valeur: FormDataEntryValue | null): number | null {
  if (typeof valeur !== "string" || !/^\d{1,9}$/.test(valeur.trim())) return null;
  return Number(valeur.trim());
}

export const ERREUR_VERSION: ErreurChamp = {
  champ: "version",
  message:
    "le formulaire est incomplet (numéro de version illisible) : rechargez la page ; ce que vous avez saisi est conservé ci-dessous",
};
