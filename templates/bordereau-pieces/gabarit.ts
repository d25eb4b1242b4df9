import type { Gabarit } from "../_shared/gabarit";

export const gabaritBordereau: Gabarit = {
  type: "bordereau-pieces",
  titre: "Bordereau des pièces communiquées",
  blocs: [
    { type: "titre", texte: "{titre}" },
    { type: "paragraphe", texte: "{parties}", gras: true, alignement: "centre" },
    { type: "paragraphe", texte: "Référence : {reference}", alignement: "centre", petit: true },
    {
      type: "tableau",
      colonnes: [
        { entete: "N°", largeur: 8, alignement: "droite" },
        { entete: "Pièce", largeur: 72 },
        { entete: "Date", largeur: 20 },
      ],
      liste: "pieces",
      cellules: ["{numero}", "{intitule}", "{date}"],
    },
    { type: "paragraphe", texte: "Soit {nombre}.", alignement: "gauche" },
    { type: "paragraphe", texte: "{lieuEtDate}", alignement: "droite" },
    { type: "signature", texte: "{signature}" },
  ],
};
