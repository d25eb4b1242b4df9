import type { Gabarit } from "../_shared/gabarit";

export const gabaritAssignation: Gabarit = {
  type: "assignation",
  titre: "Assignation",
  blocs: [
    { type: "titre", texte: "{titre}" },
    {
      type: "paragraphe",
      texte: "Projet à compléter et signifier par un commissaire de justice.",
      italique: true,
      alignement: "centre",
      petit: true,
    },
    { type: "paragraphe", texte: "{date}", gras: true, alignement: "gauche" },
    { type: "sous-titre", texte: "À la demande de" },
    { type: "paragraphe", texte: "{demandeur}" },
    {
      type: "si",
      condition: "avocatObligatoire",
      blocs: [
        {
          type: "paragraphe",
          texte:
            "Ayant pour avocat : [à compléter] (représentation obligatoire au-delà de 10 000 €, articles 760 et 853 du code de procédure civile).",
        },
      ],
    },
    { type: "paragraphe", texte: "{commissaire}" },
    { type: "sous-titre", texte: "Donné assignation à" },
    { type: "paragraphe", texte: "{defendeur}" },
    { type: "sous-titre", texte: "D'avoir à comparaître" },
    { type: "paragraphe", texte: "Devant {tribunal}, à l'audience du {audience}." },
    { type: "paragraphe", texte: "{avertissementComparution}", gras: true },
    { type: "sous-titre", texte: "Objet de la demande" },
    { type: "paragraphe", texte: "{objet}" },
    { type: "sous-titre", texte: "Faits" },
    { type: "pour", liste: "faits", blocs: [{ type: "paragraphe", texte: "{texte}" }] },
    { type: "sous-titre", texte: "Moyens en droit" },
    { type: "pour", liste: "moyens", blocs: [{ type: "paragraphe", texte: "{texte}" }] },
    {
      type: "si",
      condition: "tentativeAmiable",
      blocs: [{ type: "paragraphe", texte: "{diligencesAmiables}" }],
    },
    { type: "sous-titre", texte: "Par ces motifs" },
    { type: "paragraphe", texte: "{destinataireDemandes}", alignement: "gauche" },
    { type: "pour", liste: "demandes", blocs: [{ type: "paragraphe", texte: "– {texte}" }] },
    { type: "paragraphe", texte: "Sous toutes réserves.", alignement: "gauche" },
    { type: "sous-titre", texte: "Bordereau des pièces" },
    {
      type: "pour",
      liste: "pieces",
      blocs: [{ type: "paragraphe", texte: "Pièce n° {numero} : {intitule}", alignement: "gauche" }],
    },
    { type: "paragraphe", texte: "{cout}", alignement: "gauche", petit: true },
    { type: "signature", texte: "[signature du commissaire de justice]" },
  ],
};
