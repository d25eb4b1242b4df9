/**
 * The wizard's steps and fixed lists, without zod or the legal engine: the browser bundle imports
 * only this (the schemas stay on the server, which validates every step).
 */
export const SECTIONS = ["creancier", "debiteur", "factures", "historique", "verifications", "revue"] as const;
export type Section = (typeof SECTIONS)[number];

export const TITRES_SECTIONS: Record<Section, string> = {
  creancier: "Vous, le créancier",
  debiteur: "Votre débiteur",
  factures: "Les factures impayées",
  historique: "Ce que vous avez déjà fait",
  verifications: "Vérifications",
  revue: "Récapitulatif",
};

export function estSection(s: string): s is Section {
  return (SECTIONS as readonly string[]).includes(s);
}

export const PIECES_COURANTES = {
  devis: "Devis signé",
  commande: "Bon de commande",
  contrat: "Contrat ou conditions générales acceptées",
  livraison: "Bon de livraison ou procès-verbal de réception",
  echanges: "Échanges écrits avec le débiteur (courriels, courriers)",
} as const;
export type PieceCourante = keyof typeof PIECES_COURANTES;

export type Valeurs = Record<string, string>;

/** Number of rows of a list in a form (at least `minimum`, at most 200). */
export function nombreDeLignes(v: Valeurs, liste: string, minimum = 1): number {
  const n = Number(v[`nb.${liste}`] ?? 0);
  return Math.max(minimum, Number.isInteger(n) && n >= 0 && n <= 200 ? n : 0);
}
