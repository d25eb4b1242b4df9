/**
 * Human names of the wizard's fields, for the error summary and the « changed in another tab »
 * message: « factures[1].montant » → « Facture 2 : montant TTC ».
 */
const LIBELLES: Record<string, string> = {
  qualite: "Qualité",
  denomination: "Dénomination",
  formeJuridique: "Forme juridique",
  siren: "SIREN",
  representant: "Représentant",
  civilite: "Civilité",
  nom: "Nom",
  prenoms: "Prénoms",
  profession: "Profession",
  dateNaissance: "Date de naissance",
  lieuNaissance: "Lieu de naissance",
  nationalite: "Nationalité",
  "adresse.ligne1": "Adresse",
  "adresse.ligne2": "Complément d'adresse",
  "adresse.codePostal": "Code postal",
  "adresse.ville": "Ville",
  "adresse.pays": "Pays",
  email: "Courriel",
  telephone: "Téléphone",
  iban: "IBAN",
  objet: "Nature de la créance",
  numero: "numéro",
  dateEmission: "date d'émission",
  dateEcheance: "date d'échéance",
  dateExecution: "date de livraison ou d'exécution",
  montant: "montant",
  avoirNumero: "numéro de l'avoir",
  avoirDate: "date de l'avoir",
  avoirMontant: "montant de l'avoir",
  facture: "facture",
  date: "date",
  canal: "moyen",
  conteste: "Contestation",
  "contestation.date": "Date de la contestation",
  "contestation.motif": "Motif de la contestation",
  echeancier: "Échéancier",
  "echeancier.date": "Date de l'échéancier",
  "echeancier.versements": "Versements prévus",
  prestationRealisee: "Prestation réalisée",
  procedureCollective: "Procédure collective",
  "procedureCollective.dateJugement": "Date du jugement d'ouverture",
  "procedureCollective.datePublicationBodacc": "Date de publication au BODACC",
  delaiMiseEnDemeureJours: "Délai laissé par la mise en demeure",
  tauxContractuelPourcent: "Taux de pénalités du contrat",
};

const LISTES: Record<string, string> = { factures: "Facture", paiements: "Paiement", relances: "Relance" };

export function libelleChamp(champ: string): string {
  const m = /^(factures|paiements|relances)\[(\d+)\]\.(.+)$/.exec(champ);
  if (m) return `${LISTES[m[1] as string]} ${Number(m[2]) + 1} : ${LIBELLES[m[3] as string] ?? m[3]}`;
  if (champ.startsWith("piece.")) return "Pièces";
  return LIBELLES[champ] ?? champ;
}
