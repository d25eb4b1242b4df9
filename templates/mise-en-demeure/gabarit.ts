import { type Gabarit, TABLEAU_FACTURES } from "../_shared/gabarit";

export const gabaritMiseEnDemeure: Gabarit = {
  type: "mise-en-demeure",
  titre: "Mise en demeure de payer",
  blocs: [
    { type: "entete-lettre" },
    { type: "paragraphe", texte: "{modeEnvoi}", gras: true, petit: true, alignement: "gauche" },
    { type: "titre", texte: "MISE EN DEMEURE DE PAYER" },
    { type: "paragraphe", texte: "{appel}", alignement: "gauche" },
    { type: "paragraphe", texte: "{introduction}" },
    TABLEAU_FACTURES,
    {
      type: "si",
      condition: "professionnel",
      blocs: [
        {
          type: "paragraphe",
          texte:
            "En application de l'article L.441-10 du code de commerce, des pénalités de retard courent de plein droit, sans qu'un rappel soit nécessaire, depuis le lendemain de chaque échéance, au {libelleTaux} ; arrêtées au {dateCalcul}, elles s'élèvent à {montantInterets}. S'y ajoute l'indemnité forfaitaire pour frais de recouvrement de 40 € par facture payée en retard (article D.441-5 du code de commerce), soit {montantIndemnites}.",
        },
      ],
    },
    {
      type: "si",
      condition: "consommateur",
      blocs: [
        {
          type: "paragraphe",
          texte:
            "Conformément aux articles 1231-6 et 1344-1 du code civil, la présente mise en demeure fait courir, à compter de sa réception, les intérêts au {libelleTaux} sur la somme due, jusqu'à complet paiement.",
        },
        {
          type: "si",
          condition: "aInteretsCourus",
          blocs: [
            {
              type: "paragraphe",
              texte:
                "S'y ajoutent les intérêts au taux légal déjà courus depuis la réception de notre précédente mise en demeure, le {depuisMiseEnDemeure}, soit {montantInterets} arrêtés au {dateCalcul}.",
            },
          ],
        },
      ],
    },
    {
      type: "paragraphe",
      gras: true,
      texte:
        "En conséquence, nous vous mettons en demeure de nous régler la somme de {totalReclame} au plus tard le {dateLimite}, soit dans un délai de {delaiJours} jours à compter de la date de la présente lettre.",
    },
    {
      type: "paragraphe",
      texte:
        "À défaut de règlement dans ce délai, nous saisirons sans autre avis la juridiction compétente afin d'obtenir un titre exécutoire (injonction de payer, référé ou assignation en paiement) ; les sommes dues continueront de porter intérêts jusqu'à complet paiement, et les frais de la procédure pourront être mis à votre charge.",
    },
    {
      type: "si",
      condition: "aIban",
      blocs: [
        {
          type: "paragraphe",
          texte:
            "Le règlement peut être effectué par virement sur le compte IBAN {iban}, en rappelant la référence {reference}.",
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
          texte:
            "Le règlement peut être adressé à l'adresse figurant en tête de la présente, en rappelant la référence {reference}.",
        },
      ],
    },
    { type: "paragraphe", texte: "Un décompte détaillé des sommes réclamées est joint à la présente." },
    { type: "paragraphe", texte: "{formulePolitesse}" },
    { type: "signature", texte: "{signature}" },
  ],
};
