/**
 * The fields of an invoice line that a CSV column can fill, with their French names — shared by the
 * CSV reader and the mapping screen (which runs in the browser: no parser here).
 */
export const CHAMPS = [
  "numero",
  "client",
  "siren",
  "dateEmission",
  "dateEcheance",
  "montantTtc",
  "resteDu",
  "paye",
  "codePostal",
  "ville",
  "adresse",
  "email",
] as const;
export type Champ = (typeof CHAMPS)[number];

export const LIBELLES_CHAMPS: Record<Champ, string> = {
  numero: "N° facture",
  client: "Client",
  siren: "SIREN",
  dateEmission: "Date",
  dateEcheance: "Échéance",
  montantTtc: "Montant TTC",
  resteDu: "Reste dû",
  paye: "Payé",
  codePostal: "Code postal",
  ville: "Ville",
  adresse: "Adresse",
  email: "Courriel",
};
