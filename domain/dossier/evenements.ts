/**
 * The dossier's journal vocabulary: every fact of the escalation path (reminders, payments,
 * court steps) as an event with its legal date. The statechart consumes them; the web forms
 * and the CLI validate them with these schemas.
 */
import { JourSchema } from "../dates/jour.schema";
import { texte, texteLibre } from "../validation/texte.schema";
import { z } from "../validation/zod-fr";

const date = JourSchema;
const montantCents = z
  .number()
  .int("doit être un nombre entier de centimes")
  .positive("doit être un montant strictement positif");
const factures = z.array(texte(60)).optional();

const e = <T extends string, S extends z.ZodRawShape>(type: T, champs: S) =>
  z.object({ type: z.literal(type), date, ...champs });

export const EVENEMENT_SCHEMAS = [
  e("relance.envoyee", {
    canal: z.enum(["courrier", "email", "telephone", "sms"]),
    niveau: z.enum(["prevenance", "amiable", "ferme"]).optional(),
    /** The Message-ID of an email sent by the product (issue 14). */
    messageId: texte(300).optional(),
    /** How an email left: by the product's SMTP sending, or by hand from the outbox. */
    envoi: z.enum(["automatique", "manuel"]).optional(),
  }),
  e("paiement.recu", {
    montantCents,
    facture: texte(60).optional(),
    /** The bank entry it comes from (imported statement): the same entry is never recorded twice. */
    releve: texte(140).optional(),
    /** The import it was seen in (an accounting export whose amount due went down), issue 15. */
    source: texte(200).optional(),
  }),
  e("debiteur.reconnait", { factures }),
  e("debiteur.conteste", { motif: texteLibre(500).min(1, "le motif de la contestation est obligatoire") }),
  e("litige.resolu", {}),
  e("echeancier.signe", {
    versements: z.array(z.object({ date, montantCents })).min(1, "au moins un versement est attendu"),
    factures,
  }),
  e("echeance.payee", { montantCents }),
  e("echeancier.defaillant", {}),
  e("med.envoyee", {
    mode: z.enum(["lrar", "lre", "email", "sommation"]),
    delaiJours: z.number().int().min(1).max(90).optional(),
    numeroRecommande: texte(60).optional(),
  }),
  e("med.recue", {}),
  e("mediation.debut", {}),
  e("mediation.fin", {}),
  e("voie.choisie", { voie: z.enum(["petites-creances", "injonction-de-payer", "refere-provision", "assignation"]) }),
  e("petites-creances.accord", {}),
  e("petites-creances.echec", {}),
  e("petites-creances.titre", {}),
  e("requete.deposee", {}),
  e("ordonnance.rendue", {}),
  e("ordonnance.rejetee", {}),
  e("ordonnance.signifiee", { aPersonne: z.boolean() }),
  e("opposition.formee", {}),
  e("assignation.signifiee", {}),
  e("assignation.placee", {}),
  e("audience.fixee", { dateAudience: date }),
  e("decision.rendue", { titreObtenu: z.boolean() }),
  /** Service of a judgment (art. 503 CPC): it becomes enforceable, and the appeal period runs. */
  e("decision.signifiee", { aPersonne: z.boolean() }),
  e("instance.non-avenue", {}),
  e("execution.engagee", {}),
  e("procedure-collective.ouverte", { datePublicationBodacc: date }),
  e("creance.declaree", {}),
  e("dossier.abandonne", {}),
  /**
   * Written by an import only (issue 15), never typed: an invoice added to the dossier, or the
   * differences an updated export brought to one (amount, due date), so nothing changes silently.
   */
  e("facture.ajoutee", {
    facture: texte(60),
    montantCents,
    /** A credit note, imputed on the invoice `surFacture`. */
    avoir: z.boolean().optional(),
    surFacture: texte(60).optional(),
    source: texte(200),
  }),
  e("facture.modifiee", {
    facture: texte(60),
    montantAvantCents: z.number().int().optional(),
    montantApresCents: z.number().int().optional(),
    echeanceAvant: date.optional(),
    echeanceApres: date.optional(),
    source: texte(200),
  }),
  e("delai.expire", { echeance: texteLibre(120).optional() }),
] as const;

export const EvenementSchema = z.discriminatedUnion("type", EVENEMENT_SCHEMAS);

export type Evenement = z.infer<typeof EvenementSchema>;
export type TypeEvenement = Evenement["type"];
export type EvenementDe<T extends TypeEvenement> = Extract<Evenement, { type: T }>;

/** Events only an import writes: the dossier page's event form refuses them (they describe a change made to the invoices). */
export const EVENEMENTS_D_IMPORT: readonly TypeEvenement[] = ["facture.ajoutee", "facture.modifiee"];

export const TYPES_EVENEMENT = EVENEMENT_SCHEMAS.map((s) => s.shape.type.value) as TypeEvenement[];
