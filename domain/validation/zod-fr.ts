/**
 * zod with French messages, and one formatter of validation errors that names each faulty
 * field by its path (« creancier.adresse.codePostal : … »). Every entry point (CLI, API, forms)
 * reports errors through it.
 */
import { z } from "zod";

z.config(z.locales.fr());

export { z };

export type ErreurChamp = { champ: string; message: string };

function nomChamp(chemin: readonly PropertyKey[]): string {
  return chemin.reduce<string>((acc, seg) => {
    if (typeof seg === "number") return `${acc}[${seg}]`;
    return acc ? `${acc}.${String(seg)}` : String(seg);
  }, "");
}

export function erreursChamps(erreur: z.ZodError): ErreurChamp[] {
  return erreur.issues.map((i) => {
    const manquant = i.code === "invalid_type" && (i as { input?: unknown }).input === undefined;
    return {
      champ: nomChamp(i.path) || "(document)",
      message: manquant ? "champ obligatoire manquant" : i.message,
    };
  });
}

export function formaterErreurs(erreur: z.ZodError): string {
  return erreursChamps(erreur)
    .map((e) => `${e.champ} : ${e.message}`)
    .join("\n");
}
