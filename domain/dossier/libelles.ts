/**
 * French names of the dossier's JSON fields, for the errors of an import (web, CLI): the path
 * `evenements[0].canal` becomes « Événement 1 (relance.envoyee), canal ».
 */
const CHAMPS: Record<string, string> = {
  reference: "référence",
  objet: "nature de la créance",
  creancier: "Créancier",
  debiteur: "Débiteur",
  factures: "Factures",
  evenements: "Journal",
  pieces: "Pièces",
  options: "Options",
  qualite: "qualité",
  denomination: "dénomination",
  formeJuridique: "forme juridique",
  siren: "SIREN",
  representant: "représentant",
  civilite: "civilité",
  nom: "nom",
  prenoms: "prénoms",
  profession: "profession",
  dateNaissance: "date de naissance",
  lieuNaissance: "lieu de naissance",
  nationalite: "nationalité",
  adresse: "adresse",
  ligne1: "ligne 1",
  ligne2: "ligne 2",
  codePostal: "code postal",
  ville: "ville",
  pays: "pays",
  email: "courriel",
  telephone: "téléphone",
  iban: "IBAN",
  numero: "numéro",
  date: "date",
  dateEmission: "date d'émission",
  dateEcheance: "date d'échéance",
  dateExecution: "date de livraison ou d'exécution",
  montantTtcCents: "montant TTC (centimes)",
  montantCents: "montant (centimes)",
  avoirs: "avoirs",
  intitule: "intitulé",
  fichier: "fichier",
  type: "type d'événement",
  canal: "canal",
  niveau: "niveau",
  facture: "facture",
  motif: "motif",
  versements: "versements",
  mode: "mode d'envoi",
  delaiJours: "délai (jours)",
  numeroRecommande: "numéro de recommandé",
  voie: "voie",
  aPersonne: "signification à personne",
  dateAudience: "date d'audience",
  titreObtenu: "titre obtenu",
  datePublicationBodacc: "date de publication au BODACC",
  echeance: "échéance",
  tauxContractuelPourcent: "taux contractuel (%)",
  delaiMiseEnDemeureJours: "délai de la mise en demeure (jours)",
  clausePenaleCents: "clause pénale (centimes)",
  fraisRecouvrementJustifiesCents: "frais de recouvrement justifiés (centimes)",
  article700Cents: "article 700 (centimes)",
  capitalisation: "capitalisation",
  imputation: "imputation",
};

const ELEMENTS: Record<string, string> = {
  factures: "Facture",
  evenements: "Événement",
  pieces: "Pièce",
  avoirs: "avoir",
  versements: "versement",
};

/**
 * The French name of a field path (as zod reports it: `evenements[0].canal`), reading `brut` — the
 * imported data — to name an event by its type.
 */
export function libelleCheminDossier(champ: string, brut?: unknown): string {
  const segments = champ.match(/[^.[\]]+|\[\d+\]/g) ?? [champ];
  const morceaux: string[] = [];
  let courant: unknown = brut;
  let parent = "";
  for (const seg of segments) {
    const indice = /^\[(\d+)\]$/.exec(seg);
    if (indice) {
      const n = Number(indice[1]);
      courant = Array.isArray(courant) ? courant[n] : undefined;
      const type =
        parent === "evenements" && courant && typeof courant === "object" && "type" in courant
          ? ` (${String((courant as { type: unknown }).type)})`
          : "";
      morceaux[morceaux.length - 1] = `${ELEMENTS[parent] ?? parent} ${n + 1}${type}`;
      continue;
    }
    courant = courant && typeof courant === "object" ? (courant as Record<string, unknown>)[seg] : undefined;
    morceaux.push(CHAMPS[seg] ?? seg);
    parent = seg;
  }
  return morceaux.join(", ");
}

/**
 * An error on a field of the dossier (or of one of its parts, `prefixe` being where that part
 * stands: « factures[0] », « debiteur »), as one French sentence naming the field.
 */
export function messageDuChamp(e: { champ: string; message: string }, brut: unknown, prefixe = ""): string {
  return `${libelleCheminDossier(prefixe ? `${prefixe}.${e.champ}` : e.champ, brut)} : ${e.message}`;
}
