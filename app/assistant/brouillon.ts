/**
 * The wizard's draft: the answers saved section by section, validated with the dossier's own
 * schemas (PartieSaisieSchema, FactureSchema, the journal's events), and turned into a dossier when the
 * review is confirmed. Pure: no database, no clock (`aujourdhui` is a parameter where needed).
 */
import { JourSchema } from "../../domain/dates/jour.schema";
import {
  type Dossier,
  type DossierEntree,
  DossierSchema,
  FactureSchema,
  PartieSaisieSchema,
} from "../../domain/dossier/dossier.schema";
import type { Evenement } from "../../domain/dossier/evenements";
import { texteLibre } from "../../domain/validation/texte.schema";
import { type ErreurChamp, erreursChamps, z } from "../../domain/validation/zod-fr";
import { PIECES_COURANTES, type PieceCourante, SECTIONS, type Section, TITRES_SECTIONS } from "./sections";

export { estSection, PIECES_COURANTES, SECTIONS, type Section, TITRES_SECTIONS } from "./sections";

export const PaiementSchema = z.object({
  facture: texteLibre(60).min(1, "choisissez la facture payée"),
  date: JourSchema,
  montantCents: z.number().int().positive("doit être un montant strictement positif"),
});

export const SectionFacturesSchema = z.object({
  objet: z.enum(["facture", "loyer-habitation", "credit-consommation"]),
  factures: z.array(FactureSchema).min(1, "indiquez au moins une facture"),
  paiements: z.array(PaiementSchema),
});

export const SectionHistoriqueSchema = z.object({
  relances: z.array(z.object({ date: JourSchema, canal: z.enum(["courrier", "email", "telephone", "sms"]) })),
  contestation: z.object({ date: JourSchema, motif: texteLibre(500).min(1, "indiquez le motif") }).nullable(),
  echeancier: z
    .object({
      date: JourSchema,
      versements: z.array(z.object({ date: JourSchema, montantCents: z.number().int().positive() })).min(1),
    })
    .nullable(),
});

export const SectionVerificationsSchema = z.object({
  prestationRealisee: z.boolean(),
  procedureCollective: z.object({ dateJugement: JourSchema, datePublicationBodacc: JourSchema }).nullable(),
  pieces: z.array(z.enum(Object.keys(PIECES_COURANTES) as [PieceCourante, ...PieceCourante[]])),
  delaiMiseEnDemeureJours: z.number().int().min(1).max(90),
  tauxContractuelPourcent: z.string().nullable(),
});

export const BrouillonSchema = z.object({
  creancier: PartieSaisieSchema.optional(),
  debiteur: PartieSaisieSchema.optional(),
  factures: SectionFacturesSchema.optional(),
  historique: SectionHistoriqueSchema.optional(),
  verifications: SectionVerificationsSchema.optional(),
  /** Input typed but not valid yet, kept when the user went back (nothing typed is lost). */
  saisies: z.record(z.string(), z.record(z.string(), z.string())).default({}),
});

export type Brouillon = z.infer<typeof BrouillonSchema>;

/**
 * The principal still due according to the invoices step of a draft (invoices less credit notes
 * and payments), for the list of dossiers; null while no invoice was saved.
 */
export function principalDuBrouillon(brut: unknown): number | null {
  const r = SectionFacturesSchema.safeParse((brut as { factures?: unknown } | null)?.factures);
  if (!r.success) return null;
  const factures = r.data.factures.reduce(
    (total, f) => total + f.montantTtcCents - f.avoirs.reduce((a, x) => a + x.montantCents, 0),
    0,
  );
  return Math.max(0, factures - r.data.paiements.reduce((a, p) => a + p.montantCents, 0));
}
export type SectionFactures = z.infer<typeof SectionFacturesSchema>;
export type SectionHistorique = z.infer<typeof SectionHistoriqueSchema>;
export type SectionVerifications = z.infer<typeof SectionVerificationsSchema>;

/** A stored draft, read leniently: a section that no longer validates is asked again. */
export function lireBrouillon(brut: unknown): Brouillon {
  const objet = (brut && typeof brut === "object" ? brut : {}) as Record<string, unknown>;
  const lu: Brouillon = { saisies: {} };
  const saisies = BrouillonSchema.shape.saisies.safeParse(objet.saisies);
  if (saisies.success) lu.saisies = saisies.data;
  for (const cle of ["creancier", "debiteur", "factures", "historique", "verifications"] as const) {
    const r = BrouillonSchema.shape[cle].safeParse(objet[cle]);
    if (r.success && r.data) (lu as Record<string, unknown>)[cle] = r.data;
  }
  return lu;
}

/** The sections answered (the review is reachable once the five questions are). */
export function sectionsFaites(b: Brouillon): Section[] {
  return SECTIONS.filter((s) => s !== "revue" && b[s] !== undefined);
}

export function premiereSectionAFaire(b: Brouillon): Section {
  return SECTIONS.find((s) => s !== "revue" && b[s] === undefined) ?? "revue";
}

/** The events the wizard's answers stand for, in date order (stable for the same day). */
export function evenementsDuBrouillon(b: Brouillon): Evenement[] {
  const ev: Evenement[] = [];
  for (const r of b.historique?.relances ?? []) ev.push({ type: "relance.envoyee", date: r.date, canal: r.canal });
  for (const p of b.factures?.paiements ?? [])
    ev.push({ type: "paiement.recu", date: p.date, montantCents: p.montantCents, facture: p.facture });
  const c = b.historique?.contestation;
  if (c) ev.push({ type: "debiteur.conteste", date: c.date, motif: c.motif });
  const e = b.historique?.echeancier;
  if (e) ev.push({ type: "echeancier.signe", date: e.date, versements: e.versements });
  const pc = b.verifications?.procedureCollective;
  if (pc) {
    ev.push({
      type: "procedure-collective.ouverte",
      date: pc.dateJugement,
      datePublicationBodacc: pc.datePublicationBodacc,
    });
  }
  return ev
    .map((x, i) => ({ x, i }))
    .sort((a, b2) => a.x.date.localeCompare(b2.x.date) || a.i - b2.i)
    .map((y) => y.x);
}

export type IssueConversion = { ok: true; dossier: Dossier } | { ok: false; erreurs: ErreurChamp[] };

/** The dossier the draft describes, validated by the dossier schema itself. */
export function dossierDuBrouillon(b: Brouillon, reference: string): IssueConversion {
  const manquantes = SECTIONS.filter((s) => s !== "revue" && b[s] === undefined);
  if (manquantes.length > 0) {
    return {
      ok: false,
      erreurs: manquantes.map((s) => ({ champ: s, message: `l'étape « ${TITRES_SECTIONS[s]} » n'est pas remplie` })),
    };
  }
  const v = b.verifications;
  const entree: DossierEntree = {
    reference,
    objet: b.factures?.objet ?? "facture",
    creancier: b.creancier as DossierEntree["creancier"],
    debiteur: b.debiteur as DossierEntree["debiteur"],
    factures: b.factures?.factures ?? [],
    evenements: evenementsDuBrouillon(b),
    pieces: (v?.pieces ?? []).map((p) => ({ intitule: PIECES_COURANTES[p] })),
    options: {
      delaiMiseEnDemeureJours: v?.delaiMiseEnDemeureJours ?? 8,
      tauxContractuelPourcent: v?.tauxContractuelPourcent ?? null,
    },
  };
  const r = DossierSchema.safeParse(entree);
  return r.success ? { ok: true, dossier: r.data } : { ok: false, erreurs: erreursChamps(r.error) };
}
