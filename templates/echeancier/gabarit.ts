import type { Gabarit } from "../_shared/gabarit";

export const gabaritEcheancier: Gabarit = {
  type: "echeancier",
  titre: "Échéancier de paiement",
  blocs: [
    { type: "titre", texte: "{titre}" },
    { type: "paragraphe", texte: "Entre les soussignés :", gras: true, alignement: "gauche" },
    { type: "paragraphe", texte: "{creancier}, ci-après « le créancier »," },
    { type: "paragraphe", texte: "et {debiteur}, ci-après « le débiteur »," },
    { type: "paragraphe", texte: "il est convenu ce qui suit.", alignement: "gauche" },
    { type: "sous-titre", texte: "Article 1 — Reconnaissance de dette" },
    { type: "paragraphe", texte: "{reconnaissance}" },
    { type: "sous-titre", texte: "Article 2 — Versements" },
    {
      type: "si",
      condition: "propose",
      blocs: [{ type: "paragraphe", texte: "Proposition d'échéancier, à ajuster avant signature :", italique: true }],
    },
    {
      type: "tableau",
      colonnes: [
        { entete: "Versement n°", largeur: 25 },
        { entete: "Au plus tard le", largeur: 40 },
        { entete: "Montant", largeur: 35, alignement: "droite" },
      ],
      liste: "versements",
      cellules: ["{numero}", "{date}", "{montant}"],
      pied: [{ cellules: ["Total", "", "{total}"], gras: true }],
    },
    { type: "sous-titre", texte: "Article 3 — Modalités de paiement" },
    {
      type: "si",
      condition: "aIban",
      blocs: [
        {
          type: "paragraphe",
          texte:
            "Chaque versement est effectué par virement sur le compte IBAN {iban}, en rappelant la référence {reference}.",
        },
      ],
    },
    {
      type: "si",
      condition: "aIban",
      inverse: true,
      blocs: [
        {
          type: "paragraphe",
          texte: "Chaque versement est adressé au créancier en rappelant la référence {reference}.",
        },
      ],
    },
    { type: "sous-titre", texte: "Article 4 — Déchéance du terme" },
    { type: "paragraphe", texte: "{decheance}" },
    {
      type: "si",
      condition: "consommateur",
      blocs: [
        {
          type: "paragraphe",
          texte:
            "Le débiteur étant un consommateur, la déchéance du terme ne peut être prononcée qu'après une mise en demeure précisant le délai dont il dispose pour régulariser sa situation.",
        },
      ],
    },
    { type: "paragraphe", texte: "{lieuEtDate}", alignement: "droite" },
    { type: "paragraphe", texte: "Le créancier : {signatureCreancier}", alignement: "gauche" },
    {
      type: "paragraphe",
      texte:
        "Le débiteur, précédé de la mention manuscrite « Bon pour reconnaissance de dette de (somme en toutes lettres et en chiffres) » (article 1376 du code civil) :",
      alignement: "gauche",
    },
  ],
};
