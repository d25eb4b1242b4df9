/** Words of the account pages, shared by the forms (client and server). */
export const AIDE_MOT_DE_PASSE = "12 caractères au moins ; évitez les mots de passe courants.";

export const DESCRIPTION_ROLE: Record<string, string> = {
  administrateur: "membres, réglages et tous les dossiers",
  gestionnaire: "crée et travaille les dossiers, produit les documents",
  lecteur: "consulte seulement",
};
