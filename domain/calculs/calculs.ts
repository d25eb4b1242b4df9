/**
 * The four public calculators as one contract: a zod schema of the input (field names are the
 * CLI and API contract) and the domain function. The CLI (`recouvrement delai …`), the JSON API
 * (`POST /api/v1/delai`) and the public pages all go through `executerCalcul`.
 */
import { departementDuCodePostal, estDepartementValide } from "../calendrier/departement";
import { JourSchema } from "../dates/jour.schema";
import { calculerDelai, type DelaiResultat } from "../delais/delai";
import { QualiteSchema } from "../dossier/qualite.schema";
import { calculerInterets, type InteretsResultat } from "../interets/interets";
import { TauxInconnu } from "../interets/taux";
import { SemestreSchema as Semestre, TauxPourcentSchema as TauxPourcent } from "../interets/taux.schema";
import type { LigneTauxBce, LigneTauxLegal } from "../interets/taux.table";
import { determinerJuridiction, type JuridictionResultat } from "../juridiction/juridiction";
import {
  calculerPrescription,
  NATURES,
  type PrescriptionResultat,
  TYPES_EVENEMENT_PRESCRIPTION,
} from "../prescription/prescription";
import { texte, texteLibre } from "../validation/texte.schema";
import { type ErreurChamp, erreursChamps, z } from "../validation/zod-fr";

const entier = (min: number, max: number) =>
  z
    .number()
    .int("doit être un nombre entier")
    .min(min, `doit valoir au moins ${min}`)
    .max(max, `doit valoir au plus ${max}`);

const montantCents = z.number().int("doit être un nombre entier de centimes").nonnegative("ne peut pas être négatif");
const montantPositif = z
  .number()
  .int("doit être un nombre entier de centimes")
  .positive("doit être strictement positif");

const Departement = z
  .string()
  .refine(estDepartementValide, "doit être un numéro de département (01 à 95, 2A, 2B, 971 à 978, 984, 986 à 988)");

export const DelaiEntreeSchema = z
  .object({
    depart: JourSchema,
    duree: z
      .object({ ans: entier(0, 30).optional(), mois: entier(0, 360).optional(), jours: entier(0, 3650).optional() })
      .refine(
        (d) => (d.ans ?? 0) + (d.mois ?? 0) + (d.jours ?? 0) > 0,
        "indiquez au moins une durée (ans, mois ou jours)",
      ),
    sens: z.enum(["apres", "avant"]).default("apres"),
    distance: z.enum(["aucune", "outre-mer", "etranger"]).default("aucune"),
    departement: Departement.optional(),
    codePostal: texteLibre(16).optional(),
  })
  .transform((e, ctx) => {
    let departement = e.departement;
    if (!departement && e.codePostal) {
      departement = departementDuCodePostal(e.codePostal);
      if (!departement) {
        ctx.addIssue({ code: "custom", path: ["codePostal"], message: "n'est pas un code postal français" });
        return z.NEVER;
      }
    }
    return { depart: e.depart, duree: e.duree, sens: e.sens, distance: e.distance, departement };
  });

export const PrescriptionEntreeSchema = z.object({
  nature: z.enum(NATURES),
  pointDeDepart: JourSchema,
  evenements: z
    .array(
      z.object({
        type: z.enum(TYPES_EVENEMENT_PRESCRIPTION),
        date: JourSchema,
        titreObtenu: z.boolean().optional(),
        libelle: texteLibre(200).optional(),
      }),
    )
    .max(200)
    .default([]),
  aujourdhui: JourSchema.optional(),
  qualiteDebiteur: QualiteSchema.optional(),
});

export const LigneTauxLegalSchema = z.object({
  semestre: Semestre,
  particulier: TauxPourcent,
  autresCas: TauxPourcent,
  source: texteLibre(300).min(1, "indiquez la source du taux (arrêté, JO…)"),
});
export const LigneTauxBceSchema = z.object({
  semestre: Semestre,
  tauxPourcent: TauxPourcent,
  source: texteLibre(300).min(1, "indiquez la source du taux"),
});

export const InteretsEntreeSchema = z.object({
  creancier: z.object({ qualite: QualiteSchema }),
  debiteur: z.object({ qualite: QualiteSchema, activiteProfessionnelle: z.boolean().optional() }),
  tauxContractuelPourcent: TauxPourcent.nullable().default(null),
  dateMiseEnDemeure: JourSchema.nullable().optional(),
  dateDecisionExecutoire: JourSchema.nullable().optional(),
  imputation: z.enum(["principal-d-abord", "interets-d-abord"]).default("principal-d-abord"),
  capitalisation: z.boolean().default(false),
  fraisRecouvrementJustifiesCents: montantCents.optional(),
  factures: z
    .array(
      z.object({
        numero: texte(60),
        montantTtcCents: montantPositif,
        dateEcheance: JourSchema,
        paiements: z.array(z.object({ date: JourSchema, montantCents: montantPositif })).default([]),
        avoirs: z
          .array(z.object({ date: JourSchema, montantCents: montantPositif, numero: texteLibre(60).optional() }))
          .default([]),
      }),
    )
    .min(1, "au moins une facture est attendue")
    .max(500),
  au: JourSchema.optional(),
  taux: z
    .object({ legal: z.array(LigneTauxLegalSchema).optional(), bce: z.array(LigneTauxBceSchema).optional() })
    .optional(),
});

export const JuridictionEntreeSchema = z.object({
  debiteur: z.object({
    qualite: QualiteSchema,
    departement: Departement.optional(),
    codePostal: texteLibre(16).optional(),
    /** The commune of the registered office: names a tribunal des activités économiques at its seat. */
    commune: texteLibre(120).optional(),
    /** Legal form (SARL, SAS…): decides the court of an artisan debtor (L.210-1 C. com.). */
    formeJuridique: texteLibre(60).optional(),
    pays: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "doit être un code pays à deux lettres")
      .default("FR"),
  }),
  creancier: z.object({ qualite: QualiteSchema }).optional(),
  objet: z.enum(["facture", "loyer-habitation", "credit-consommation"]).default("facture"),
  montantCents: montantCents,
  aujourdhui: JourSchema.optional(),
});

export type Calcul = "delai" | "prescription" | "interets" | "juridiction";
export const CALCULS: readonly Calcul[] = ["delai", "prescription", "interets", "juridiction"];

export type ResultatCalcul = DelaiResultat | PrescriptionResultat | InteretsResultat | JuridictionResultat;

export type IssueCalcul = { ok: true; resultat: ResultatCalcul } | { ok: false; erreurs: ErreurChamp[] };

/**
 * Validates the raw input and computes. `aujourdhui` is the date of reference given outside the
 * body (CLI option or server clock); a body `aujourdhui` that contradicts an explicit outside
 * date is an error, reported on the field.
 */
/** The caller's rows replace the instance's rows of the same semester. */
function superposer(
  instance: { legal: LigneTauxLegal[]; bce: LigneTauxBce[] } | undefined,
  appelant: { legal?: LigneTauxLegal[]; bce?: LigneTauxBce[] } | undefined,
): { legal: LigneTauxLegal[]; bce: LigneTauxBce[] } | undefined {
  if (!instance) return appelant ? { legal: appelant.legal ?? [], bce: appelant.bce ?? [] } : undefined;
  const sauf = <T extends { semestre: string }>(base: T[], dessus: T[] = []) => [
    ...base.filter((l) => !dessus.some((d) => d.semestre === l.semestre)),
    ...dessus,
  ];
  return { legal: sauf(instance.legal, appelant?.legal), bce: sauf(instance.bce, appelant?.bce) };
}

export function executerCalcul(
  calcul: Calcul,
  brut: unknown,
  reference: {
    aujourdhui: string;
    explicite: boolean;
    /** Rate rows added on the instance (rates page): under the caller's own `taux`, over the committed tables. */
    tauxInstance?: { legal: LigneTauxLegal[]; bce: LigneTauxBce[] } | undefined;
  },
): IssueCalcul {
  const echec = (e: z.ZodError): IssueCalcul => ({ ok: false, erreurs: erreursChamps(e) });
  const dateDuCorps = (corps: string | undefined): string | ErreurChamp => {
    if (corps !== undefined && reference.explicite && corps !== reference.aujourdhui) {
      return {
        champ: "aujourdhui",
        message: `contredit la date de référence donnée par ailleurs (${reference.aujourdhui}) : n'en donnez qu'une`,
      };
    }
    return corps ?? reference.aujourdhui;
  };
  switch (calcul) {
    case "delai": {
      const r = DelaiEntreeSchema.safeParse(brut);
      return r.success ? { ok: true, resultat: calculerDelai(r.data) } : echec(r.error);
    }
    case "prescription": {
      const r = PrescriptionEntreeSchema.safeParse(brut);
      if (!r.success) return echec(r.error);
      const aujourdhui = dateDuCorps(r.data.aujourdhui);
      if (typeof aujourdhui !== "string") return { ok: false, erreurs: [aujourdhui] };
      return { ok: true, resultat: calculerPrescription({ ...r.data, aujourdhui }) };
    }
    case "interets": {
      const r = InteretsEntreeSchema.safeParse(brut);
      if (!r.success) return echec(r.error);
      try {
        return {
          ok: true,
          resultat: calculerInterets({
            ...r.data,
            au: r.data.au ?? reference.aujourdhui,
            taux: superposer(reference.tauxInstance, r.data.taux as Parameters<typeof calculerInterets>[0]["taux"]),
          }),
        };
      } catch (e) {
        if (e instanceof TauxInconnu) return { ok: false, erreurs: [{ champ: "taux", message: e.message }] };
        throw e;
      }
    }
    case "juridiction": {
      const r = JuridictionEntreeSchema.safeParse(brut);
      if (!r.success) return echec(r.error);
      const aujourdhui = dateDuCorps(r.data.aujourdhui);
      if (typeof aujourdhui !== "string") return { ok: false, erreurs: [aujourdhui] };
      const d = r.data.debiteur;
      const departement = d.departement ?? (d.codePostal ? departementDuCodePostal(d.codePostal) : undefined);
      return {
        ok: true,
        resultat: determinerJuridiction({
          ...r.data,
          debiteur: {
            qualite: d.qualite,
            departement,
            pays: d.pays,
            commune: d.commune,
            formeJuridique: d.formeJuridique,
          },
          aujourdhui,
        }),
      };
    }
  }
}
