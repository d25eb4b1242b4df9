/**
 * Vocabulary of the prescription calculator (natures, events and their French labels), without
 * any dependency so that forms in the browser can use it.
 */
export const NATURES = [
  "commerciale",
  "consommateur",
  "civile",
  "bail-habitation",
  "transport",
  "titre-executoire",
] as const;
export type Nature = (typeof NATURES)[number];

export const DUREES: Record<Nature, { ans: number; fondement: string; libelle: string }> = {
  commerciale: { ans: 5, fondement: "C. com. art. L.110-4", libelle: "créance commerciale" },
  consommateur: {
    ans: 2,
    fondement: "C. conso. art. L.218-2",
    libelle: "créance d'un professionnel sur un consommateur",
  },
  civile: { ans: 5, fondement: "C. civ. art. 2224", libelle: "créance civile" },
  "bail-habitation": { ans: 3, fondement: "Loi n° 89-462 du 6 juillet 1989, art. 7-1", libelle: "bail d'habitation" },
  transport: { ans: 1, fondement: "C. com. art. L.133-6", libelle: "contrat de transport" },
  "titre-executoire": { ans: 10, fondement: "CPCE art. L.111-4", libelle: "exécution d'un titre exécutoire" },
};

export const TYPES_EVENEMENT_PRESCRIPTION = [
  "reconnaissance",
  "paiement-partiel",
  "acte-execution",
  "demande-en-justice",
  "signification-ordonnance",
  "fin-instance",
  "instance-non-avenue",
  "mediation-debut",
  "mediation-fin",
  "petites-creances-accord",
  "petites-creances-echec",
  "petites-creances-titre",
  "relance",
  "mise-en-demeure",
  "requete-injonction",
] as const;
export type TypeEvenementPrescription = (typeof TYPES_EVENEMENT_PRESCRIPTION)[number];

export const LIBELLES_EVENEMENT_PRESCRIPTION: Record<TypeEvenementPrescription, string> = {
  reconnaissance: "Reconnaissance de la dette par le débiteur",
  "paiement-partiel": "Paiement partiel",
  "acte-execution": "Acte d'exécution forcée ou mesure conservatoire",
  "demande-en-justice": "Demande en justice (assignation, référé)",
  "signification-ordonnance": "Signification de l'ordonnance d'injonction de payer",
  "fin-instance": "Fin de l'instance",
  "instance-non-avenue": "Instance non avenue (désistement, péremption, rejet définitif)",
  "mediation-debut": "Début d'une médiation ou conciliation",
  "mediation-fin": "Fin de la médiation ou conciliation",
  "petites-creances-accord": "Accord du débiteur pour participer à la procédure de petites créances",
  "petites-creances-echec": "Échec de la procédure de petites créances",
  "petites-creances-titre": "Accord constaté par le commissaire de justice (titre exécutoire)",
  relance: "Relance",
  "mise-en-demeure": "Mise en demeure",
  "requete-injonction": "Dépôt de la requête en injonction de payer",
};
