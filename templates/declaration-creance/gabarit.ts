import type { Gabarit } from "../_shared/gabarit";

export const gabaritDeclaration: Gabarit = {
  type: "declaration-creance",
  titre: "Déclaration de créance",
  blocs: [
    { type: "entete-lettre" },
    {
      type: "paragraphe",
      texte: "Lettre recommandée avec demande d'avis de réception",
      gras: true,
      petit: true,
      alignement: "gauche",
    },
    { type: "titre", texte: "{titre}" },
    { type: "paragraphe", texte: "{procedure}" },
    { type: "paragraphe", texte: "{delai}", gras: true },
    { type: "sous-titre", texte: "Créancier déclarant" },
    { type: "paragraphe", texte: "{creancier}" },
    { type: "sous-titre", texte: "Débiteur" },
    { type: "paragraphe", texte: "{debiteur}" },
    { type: "sous-titre", texte: "Créance déclarée" },
    {
      type: "tableau",
      colonnes: [
        { entete: "Facture n°", largeur: 30 },
        { entete: "Échéance", largeur: 22 },
        { entete: "Montant dû", largeur: 26, alignement: "droite" },
        { entete: "Statut", largeur: 22 },
      ],
      liste: "factures",
      cellules: ["{numero}", "{echeance}", "{montant}", "{statut}"],
    },
    { type: "paragraphe", texte: "Principal échu : {principalEchu}", alignement: "gauche" },
    { type: "paragraphe", texte: "Intérêts et pénalités échus : {interets}", alignement: "gauche" },
    {
      type: "paragraphe",
      texte: "Indemnités forfaitaires pour frais de recouvrement : {indemnites}",
      alignement: "gauche",
    },
    { type: "paragraphe", texte: "Total des sommes échues déclarées : {totalEchu}", gras: true, alignement: "gauche" },
    { type: "paragraphe", texte: "Sommes à échoir : {aEchoir}", alignement: "gauche" },
    { type: "paragraphe", texte: "Nature de la créance : {nature}", alignement: "gauche" },
    { type: "sous-titre", texte: "Pièces justificatives jointes" },
    {
      type: "pour",
      liste: "pieces",
      blocs: [{ type: "paragraphe", texte: "Pièce n° {numero} : {intitule}", alignement: "gauche" }],
    },
    { type: "paragraphe", texte: "{certification}" },
    { type: "signature", texte: "{signature}" },
  ],
};
