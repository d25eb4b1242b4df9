import type { Gabarit } from "../_shared/gabarit";

export const gabaritRequete: Gabarit = {
  type: "requete-injonction-de-payer",
  titre: "Requête en injonction de payer",
  blocs: [
    { type: "titre", texte: "{titre}" },
    {
      type: "si",
      condition: "aCerfa",
      blocs: [
        {
          type: "paragraphe",
          texte: "Établie selon les rubriques du formulaire :",
          italique: true,
          alignement: "centre",
          petit: true,
        },
      ],
    },
    { type: "paragraphe", texte: "{cerfa}", italique: true, alignement: "centre", petit: true },
    { type: "paragraphe", texte: "{juridiction}", gras: true, alignement: "gauche" },
    { type: "paragraphe", texte: "{competence}", petit: true },
    { type: "sous-titre", texte: "1. Demandeur" },
    {
      type: "si",
      condition: "demandeurPersonneMorale",
      blocs: [
        {
          type: "paragraphe",
          texte: "Personne morale (forme, dénomination, siège social, organe qui la représente légalement) :",
          petit: true,
        },
      ],
    },
    {
      type: "si",
      condition: "demandeurPersonneMorale",
      inverse: true,
      blocs: [
        {
          type: "paragraphe",
          texte: "Personne physique (nom, prénoms, profession, domicile, nationalité, date et lieu de naissance) :",
          petit: true,
        },
      ],
    },
    { type: "paragraphe", texte: "{demandeur}" },
    { type: "sous-titre", texte: "2. Mandataire" },
    {
      type: "paragraphe",
      texte:
        "Néant : le demandeur agit lui-même (un mandataire autre qu'un avocat doit justifier d'un pouvoir spécial).",
    },
    { type: "sous-titre", texte: "3. Débiteur" },
    { type: "paragraphe", texte: "{debiteur}" },
    { type: "sous-titre", texte: "4. Demande" },
    { type: "paragraphe", texte: "{expose}" },
    { type: "paragraphe", texte: "{renvoi1408}" },
    { type: "sous-titre", texte: "5. Sommes demandées" },
    {
      type: "tableau",
      colonnes: [
        { entete: "Nature", largeur: 34 },
        { entete: "Montant", largeur: 14, alignement: "droite" },
        { entete: "Fondement de la créance", largeur: 30 },
        { entete: "Documents justificatifs", largeur: 22 },
      ],
      liste: "sommes",
      cellules: ["{libelle}", "{montant}", "{fondement}", "{justificatifs}"],
      pied: [{ cellules: ["Total", "{total}", "", ""], gras: true }],
    },
    {
      type: "paragraphe",
      texte:
        "Le décompte détaillé des sommes réclamées et le bordereau des pièces sont annexés à la présente requête (article 1407 du code de procédure civile).",
    },
    { type: "sous-titre", texte: "6. Pièces justificatives" },
    {
      type: "pour",
      liste: "pieces",
      blocs: [{ type: "paragraphe", texte: "Pièce n° {numero} : {intitule}", alignement: "gauche" }],
    },
    { type: "paragraphe", texte: "{lieuEtDate}", alignement: "droite" },
    { type: "signature", texte: "Signature du demandeur\n{signature}" },
    {
      type: "si",
      condition: "aAvertissements",
      blocs: [
        { type: "sous-titre", texte: "Points d'attention (à retirer avant le dépôt)" },
        { type: "pour", liste: "avertissements", blocs: [{ type: "paragraphe", texte: "– {texte}", petit: true }] },
      ],
    },
    {
      type: "paragraphe",
      petit: true,
      italique: true,
      texte:
        "Les informations de cette requête font l'objet d'un traitement par la juridiction saisie ; vous disposez d'un droit d'accès et de rectification (loi n° 78-17 du 6 janvier 1978).",
    },
  ],
};
