/**
 * The one zod type for text that people or files type into the product: normalised, trimmed,
 * bounded, and refused with a French message when it holds a character the documents cannot carry
 * (domain/texte/texte.ts). Every free-text field of the dossier, the journal and the pièces uses it.
 */
import { normaliserTexte, problemeTexte } from "../texte/texte";
import { z } from "./zod-fr";

/** Free text, possibly empty (use `.optional()` for an absent field). */
export const texteLibre = (max = 200) =>
  z
    .string()
    .overwrite(normaliserTexte)
    .trim()
    .superRefine((valeur, ctx) => {
      const probleme = problemeTexte(valeur);
      if (probleme) ctx.addIssue({ code: "custom", message: probleme, input: valeur });
    })
    .max(max, `${max} caractères au plus`);

/** Text that must not be empty. */
export const texte = (max = 200) => texteLibre(max).min(1, "ne doit pas être vide");
