import type { Gabarit } from "../_shared/gabarit";

export const gabaritChronologie: Gabarit = {
  type: "chronologie",
  titre: "Chronologie du dossier",
  blocs: [
    { type: "titre", texte: "{titre}" },
    { type: "paragraphe", texte: "{parties}", gras: true, alignement: "centre" },
    {
      type: "paragraphe",
      texte: "Référence : {reference} — établie le {etablieLe} — étape actuelle : {etape}",
      alignement: "centre",
      petit: true,
    },
    {
      type: "tableau",
      colonnes: [
        { entete: "Date", largeur: 16 },
        { entete: "Événement", largeur: 42 },
        { entete: "Détail", largeur: 42 },
      ],
      liste: "evenements",
      cellules: ["{date}", "{libelle}", "{detail}"],
    },
    {
      type: "si",
      condition: "aucunEvenement",
      blocs: [{ type: "paragraphe", texte: "Aucun événement n'a encore été enregistré.", italique: true }],
    },
  ],
};
