import type { Gabarit } from "../_shared/gabarit";

export const gabaritDecompte: Gabarit = {
  type: "decompte",
  titre: "Décompte des sommes dues",
  blocs: [
    { type: "entete-lettre" },
    { type: "titre", texte: "{titre}" },
    { type: "paragraphe", texte: "{parties}", gras: true, alignement: "gauche" },
    { type: "paragraphe", texte: "{regime}" },
    { type: "sous-titre", texte: "1. Factures" },
    {
      type: "tableau",
      colonnes: [
        { entete: "Facture n°", largeur: 17 },
        { entete: "Émise le", largeur: 13 },
        { entete: "Échéance", largeur: 13 },
        { entete: "Montant TTC", largeur: 15, alignement: "droite" },
        { entete: "Avoirs", largeur: 13, alignement: "droite" },
        { entete: "Paiements", largeur: 14, alignement: "droite" },
        { entete: "Principal dû", largeur: 15, alignement: "droite" },
      ],
      liste: "factures",
      cellules: ["{numero}", "{date}", "{echeance}", "{montant}", "{avoirs}", "{paiements}", "{reste}"],
      pied: [{ cellules: ["Principal restant dû", "", "", "", "", "", "{totalPrincipal}"], gras: true }],
    },
    {
      type: "si",
      condition: "aMouvements",
      blocs: [
        { type: "sous-titre", texte: "2. Paiements et avoirs" },
        {
          type: "tableau",
          colonnes: [
            { entete: "Date", largeur: 14 },
            { entete: "Facture", largeur: 18 },
            { entete: "Nature", largeur: 20 },
            { entete: "Montant", largeur: 16, alignement: "droite" },
            { entete: "Sur le principal", largeur: 16, alignement: "droite" },
            { entete: "Sur les intérêts", largeur: 16, alignement: "droite" },
          ],
          liste: "mouvements",
          cellules: ["{date}", "{facture}", "{nature}", "{montant}", "{principal}", "{interets}"],
        },
      ],
    },
    { type: "sous-titre", texte: "3. Intérêts et pénalités de retard" },
    {
      type: "si",
      condition: "aLignes",
      blocs: [
        {
          type: "tableau",
          colonnes: [
            { entete: "Facture", largeur: 12 },
            { entete: "Du", largeur: 11 },
            { entete: "Au", largeur: 11 },
            { entete: "Jours", largeur: 7, alignement: "droite" },
            { entete: "Taux", largeur: 10, alignement: "droite" },
            { entete: "Base", largeur: 13, alignement: "droite" },
            { entete: "Intérêts", largeur: 11, alignement: "droite" },
            { entete: "Fondement", largeur: 25 },
          ],
          liste: "lignes",
          cellules: ["{facture}", "{du}", "{au}", "{jours}", "{taux}", "{base}", "{interets}", "{fondement}"],
          pied: [{ cellules: ["Total des intérêts", "", "", "", "", "", "{totalInterets}", ""], gras: true }],
        },
      ],
    },
    {
      type: "si",
      condition: "aLignes",
      inverse: true,
      blocs: [{ type: "paragraphe", texte: "Aucun intérêt ne court à la date du décompte." }],
    },
    { type: "sous-titre", texte: "4. Récapitulatif" },
    { type: "paragraphe", texte: "Principal restant dû : {totalPrincipal}", alignement: "gauche" },
    { type: "paragraphe", texte: "{libelleInterets} : {montantInteretsDus}", alignement: "gauche" },
    {
      type: "si",
      condition: "professionnel",
      blocs: [
        {
          type: "paragraphe",
          texte: "Indemnités forfaitaires pour frais de recouvrement (40 € × {nombreIndemnites}) : {montantIndemnites}",
          alignement: "gauche",
        },
      ],
    },
    {
      type: "si",
      condition: "aFraisComplementaires",
      blocs: [
        {
          type: "paragraphe",
          texte: "Frais de recouvrement justifiés au-delà de l'indemnité forfaitaire : {montantFraisComplementaires}",
          alignement: "gauche",
        },
      ],
    },
    { type: "paragraphe", texte: "TOTAL DÛ : {totalReclame}", gras: true, alignement: "gauche" },
    {
      type: "si",
      condition: "aPrescrites",
      blocs: [
        {
          type: "paragraphe",
          texte: "Factures prescrites, retirées de la réclamation : {prescrites}.",
          italique: true,
        },
      ],
    },
    { type: "sous-titre", texte: "5. Conventions de calcul" },
    { type: "pour", liste: "conventions", blocs: [{ type: "paragraphe", texte: "– {texte}", petit: true }] },
    {
      type: "si",
      condition: "aAvertissements",
      blocs: [
        { type: "sous-titre", texte: "6. Observations" },
        { type: "pour", liste: "avertissements", blocs: [{ type: "paragraphe", texte: "– {texte}", petit: true }] },
      ],
    },
    { type: "paragraphe", texte: "Fondements : {fondements}.", petit: true },
  ],
};
