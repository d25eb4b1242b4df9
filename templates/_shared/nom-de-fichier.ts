/** A file-name-safe form of a text: no accents, ASCII letters and digits joined by « - », lower case. */
export function nomDeFichier(texte: string, longueurMax: number): string {
  return texte
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-zA-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
    .slice(0, longueurMax);
}
