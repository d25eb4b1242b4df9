/**
 * The one vocabulary of party qualities, shared by the legal engine, the statechart and the
 * dossier. `particulier` is a natural person acting outside any business: a consumer when
 * debtor, a private creditor when creditor.
 */
export const QUALITES = [
  "societe-commerciale",
  "commercant",
  "artisan",
  "profession-liberale",
  "agriculteur",
  "association",
  "societe-civile",
  "particulier",
] as const;

export type Qualite = (typeof QUALITES)[number];

export const LIBELLES_QUALITE: Record<Qualite, string> = {
  "societe-commerciale": "société commerciale",
  commercant: "commerçant",
  artisan: "artisan",
  "profession-liberale": "profession libérale",
  agriculteur: "agriculteur",
  association: "association",
  "societe-civile": "société civile",
  particulier: "particulier",
};

/** Traders within the meaning of L.721-3 1° C. com. (commercial court between them). */
export function estCommercantOuArtisan(q: Qualite): boolean {
  return q === "societe-commerciale" || q === "commercant" || q === "artisan";
}

/**
 * Whether the L.441-10 penalties and the 40 € indemnity may be claimed from this debtor. An
 * association or a société civile is not presumed to act for a professional activity (the law does
 * not settle it; prescription already takes 2 years by prudence): only when the user says so
 * (`activiteProfessionnelle`). Decision 014.
 */
export function debiteurProfessionnel(q: Qualite, activiteProfessionnelle = false): boolean {
  if (q === "particulier") return false;
  if (q === "association" || q === "societe-civile") return activiteProfessionnelle;
  return true;
}

/** A debtor acting outside any business: B2C rules (no L.441-10 penalties, no 40 € indemnity). */
export function estConsommateur(q: Qualite): boolean {
  return q === "particulier";
}
