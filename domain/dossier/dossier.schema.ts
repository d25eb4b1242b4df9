/**
 * The dossier: one zod schema used by the web app, the CLI and the API, and published as
 * JSON Schema (`recouvrement schema dossier`). A dossier is always passed bare (never wrapped).
 */
import { JourSchema } from "../dates/jour.schema";
import { DELAI_MISE_EN_DEMEURE_PAR_DEFAUT_JOURS } from "../delais/mise-en-demeure";
import { texte, texteLibre } from "../validation/texte.schema";
import { z } from "../validation/zod-fr";
import { EvenementSchema } from "./evenements";
import { QualiteSchema } from "./qualite.schema";

/**
 * A postal address. Its lines may be empty only for a debtor created by an import whose file did
 * not give them (an aged balance seldom does): the dossier page then asks for it before any letter
 * (`adresseIncomplete`); a party typed in the wizard must have one (`PartieSaisieSchema`).
 */
export const AdresseSchema = z.object({
  ligne1: texteLibre(),
  ligne2: texte().optional(),
  codePostal: texteLibre(16),
  ville: texteLibre(120),
  /** ISO 3166-1 alpha-2 country code; France by default. */
  pays: z
    .string()
    .regex(/^[A-Z]{2}$/, "doit être un code pays ISO à deux lettres majuscules (FR, BE…)")
    .default("FR"),
});

export const PartieSchema = z
  .object({
    qualite: QualiteSchema,
    // Legal person
    denomination: texte().optional(),
    formeJuridique: texte(60).optional(),
    siren: z
      .string()
      .regex(/^\d{9}$/, "doit comporter 9 chiffres")
      .optional(),
    representant: texte().optional(),
    // Natural person (art. 54 and 648 CPC for court documents)
    civilite: z.enum(["M.", "Mme"]).optional(),
    nom: texte().optional(),
    prenoms: texte().optional(),
    profession: texte().optional(),
    dateNaissance: JourSchema.optional(),
    lieuNaissance: texte().optional(),
    nationalite: texte(60).optional(),
    adresse: AdresseSchema,
    email: z.email("doit être une adresse électronique valide").optional(),
    telephone: texteLibre(30).optional(),
    iban: texteLibre(42).optional(),
  })
  .superRefine((p, ctx) => {
    if (!p.denomination && !p.nom) {
      ctx.addIssue({
        code: "custom",
        path: ["denomination"],
        message: "indiquez la dénomination (personne morale) ou le nom (personne physique)",
      });
    }
  });

/** The address lines a letter or a court document cannot do without, by their French names. */
export function adresseIncomplete(a: { ligne1: string; codePostal: string; ville: string }): string[] {
  return [
    a.ligne1.trim() ? null : "adresse",
    a.codePostal.trim() ? null : "code postal",
    a.ville.trim() ? null : "ville",
  ].filter((x): x is string => x !== null);
}

/** A party typed by a person (the wizard): its address is required. */
export const PartieSaisieSchema = PartieSchema.superRefine((p, ctx) => {
  const champs = { ligne1: p.adresse.ligne1, codePostal: p.adresse.codePostal, ville: p.adresse.ville };
  for (const [cle, valeur] of Object.entries(champs))
    if (!valeur.trim()) ctx.addIssue({ code: "custom", path: ["adresse", cle], message: "ne doit pas être vide" });
});

export const AvoirSchema = z.object({
  numero: texte(60),
  date: JourSchema,
  montantCents: z.number().int().positive("doit être un montant strictement positif"),
});

export const FactureSchema = z.object({
  numero: texte(60),
  dateEmission: JourSchema.optional(),
  dateEcheance: JourSchema,
  /** Delivery or completion of the service (docs/droit/prescription.md). */
  dateExecution: JourSchema.optional(),
  montantTtcCents: z.number().int("doit être un nombre entier de centimes").positive("doit être strictement positif"),
  avoirs: z.array(AvoirSchema).default([]),
});

export const PieceSchema = z.object({
  intitule: texte(),
  date: JourSchema.optional(),
  /** Path of the uploaded file (relative to DATA_DIR/pieces, or to the dossier file for the CLI). */
  fichier: texteLibre(300).optional(),
});

const TauxPourcentSchema = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,4})?$/, 'doit être un pourcentage décimal écrit avec un point (par exemple "12.50")');

/** The court confirmed by the user: its name and the address of its registry (greffe). */
export const JuridictionSaisieSchema = z.object({
  nom: texte(200),
  adresseGreffe: texte(300),
});

export const OptionsSchema = z.object({
  tauxContractuelPourcent: TauxPourcentSchema.nullable().default(null),
  delaiMiseEnDemeureJours: z.number().int().min(1).max(90).default(DELAI_MISE_EN_DEMEURE_PAR_DEFAUT_JOURS),
  clausePenaleCents: z.number().int().nonnegative().optional(),
  fraisRecouvrementJustifiesCents: z.number().int().nonnegative().optional(),
  article700Cents: z.number().int().nonnegative().optional(),
  capitalisation: z.boolean().default(false),
  imputation: z.enum(["principal-d-abord", "interets-d-abord"]).default("principal-d-abord"),
  /** An association or société civile debtor that acted for a professional activity (L.441-10 penalties then due). */
  debiteurActiviteProfessionnelle: z.boolean().default(false),
  /**
   * The court the requête or assignation goes to, as the user confirmed it (name and registry
   * address, from the official court directory); null until then.
   */
  juridictionSaisie: JuridictionSaisieSchema.nullable().default(null),
});

export const DossierSchema = z
  .object({
    reference: texteLibre(60).optional(),
    /** What the claim is about: drives the court (residential rent and consumer credit go to the JCP). */
    objet: z.enum(["facture", "loyer-habitation", "credit-consommation"]).default("facture"),
    creancier: PartieSchema,
    debiteur: PartieSchema,
    factures: z.array(FactureSchema).default([]),
    evenements: z.array(EvenementSchema).default([]),
    pieces: z.array(PieceSchema).default([]),
    options: OptionsSchema.prefault({}),
  })
  .superRefine((d, ctx) => {
    const vus = new Set<string>();
    d.factures.forEach((f, i) => {
      if (vus.has(f.numero)) {
        ctx.addIssue({ code: "custom", path: ["factures", i, "numero"], message: `numéro « ${f.numero} » en double` });
      }
      vus.add(f.numero);
    });
    d.evenements.forEach((e, i) => {
      if (e.type === "paiement.recu" && e.facture && !vus.has(e.facture)) {
        ctx.addIssue({
          code: "custom",
          path: ["evenements", i, "facture"],
          message: `la facture « ${e.facture} » n'existe pas dans le dossier`,
        });
      }
    });
  });

export type Dossier = z.infer<typeof DossierSchema>;
export type DossierEntree = z.input<typeof DossierSchema>;
export type Partie = z.infer<typeof PartieSchema>;
export type Facture = z.infer<typeof FactureSchema>;
export type Adresse = z.infer<typeof AdresseSchema>;

export function jsonSchemaDossier(): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Dossier Recouvrement",
    ...z.toJSONSchema(DossierSchema, { io: "input", unrepresentable: "any" }),
  };
}
