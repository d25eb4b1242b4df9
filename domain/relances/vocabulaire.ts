/** The words of a relance plan (kinds of step, tones), light enough for the browser. */
export const TYPES_ETAPE = ["email-auto", "email-a-valider", "appel", "courrier", "mise-en-demeure"] as const;
export type TypeEtape = (typeof TYPES_ETAPE)[number];

export const LIBELLES_TYPE_ETAPE: Record<TypeEtape, string> = {
  "email-auto": "courriel envoyé automatiquement",
  "email-a-valider": "courriel à valider",
  appel: "appel téléphonique (tâche)",
  courrier: "lettre postale à imprimer (tâche)",
  "mise-en-demeure": "mise en demeure (toujours validée par une personne)",
};

export const TONS = ["courtois", "ferme"] as const;
export type Ton = (typeof TONS)[number];
