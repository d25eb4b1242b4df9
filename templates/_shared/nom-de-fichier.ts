import { sansAccents } from "../../domain/texte/texte";

/** A file-name-safe form of a text: no accents, ASCII letters and digits joined by « - », lower case. */
export function nomDeFichier(texte: string, longueurMax: number): string {
  return sansAccents(texte)
    .replace(/[^a-zA-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
    .slice(0, longueurMax);
}
