/**
 * Mise en demeure de payer (docs/droit/procedures.md): an interpellation suffisante — the words « mise en
 * demeure », who demands what from whom, each invoice, the precise amount and its breakdown, a
 * deadline as a calendar date (letter date + N days, as the statechart computes it), the
 * consequences, how to pay. B2B: L.441-10 penalties and 40 € per invoice; B2C: legal interest from
 * receipt (art. 1231-6, 1344-1 C. civ.), no penalties, no 40 €. It never says that it interrupts
 * prescription (it does not, Cass. com. 18 mai 2022).
 */
import { ajouterJours } from "../../domain/dates/jour";
import { dateLongue } from "../../domain/format/francais";
import { formaterIban } from "../../domain/identifiants/identifiants";
import { z } from "../../domain/validation/zod-fr";
import type { ContexteDocument } from "../_shared/contexte";
import {
  EnteteLettreSchema,
  enteteLettre,
  formuleAppel,
  listeFactures,
  nomPartie,
  signataire,
} from "../_shared/lettre";
import { sommes } from "../_shared/sommes";

const LigneFactureSchema = z.object({
  numero: z.string(),
  date: z.string(),
  echeance: z.string(),
  montant: z.string(),
  regle: z.string(),
  reste: z.string(),
});

export const MiseEnDemeureModelSchema = z.object({
  ...EnteteLettreSchema.shape,
  modeEnvoi: z.string(),
  appel: z.string(),
  introduction: z.string(),
  factures: z.array(LigneFactureSchema),
  totalPrincipal: z.string(),
  professionnel: z.boolean(),
  libelleTaux: z.string(),
  dateCalcul: z.string(),
  montantInterets: z.string(),
  montantIndemnites: z.string(),
  consommateur: z.boolean(),
  aInteretsCourus: z.boolean(),
  depuisMiseEnDemeure: z.string(),
  totalReclame: z.string(),
  dateLimite: z.string(),
  delaiJours: z.number(),
  aIban: z.boolean(),
  iban: z.string(),
  formulePolitesse: z.string(),
  signature: z.string(),
});

export type MiseEnDemeureModel = z.infer<typeof MiseEnDemeureModelSchema>;

export function construireMiseEnDemeure(c: ContexteDocument): MiseEnDemeureModel {
  const s = sommes(c);
  const d = c.dossier;
  const delaiJours = d.options.delaiMiseEnDemeureJours ?? 8;
  const relances = c.journal.filter((e) => e.type === "relance.envoyee");
  const premiereReception = c.journal.find((e) => e.type === "med.recue")?.date;
  const CANAUX: Record<string, string> = {
    courrier: "courrier",
    email: "courriel",
    telephone: "téléphone",
    sms: "SMS",
  };
  const rappel =
    relances.length > 0
      ? `Malgré ${relances.length > 1 ? "nos relances" : "notre relance"} du ${relances.map((r) => `${dateLongue(r.date)} (${CANAUX[r.type === "relance.envoyee" ? r.canal : "courrier"]})`).join(", du ")}, `
      : "Sauf erreur de notre part, ";
  return {
    ...enteteLettre(c, `Mise en demeure de payer — ${listeFactures(s.numeros)}`),
    modeEnvoi: "Lettre recommandée avec demande d'avis de réception",
    appel: formuleAppel(d.debiteur),
    introduction: `${rappel}vous restez nous devoir, au titre ${s.numeros.length > 1 ? "des factures suivantes" : "de la facture suivante"}, la somme de ${s.totalPrincipal} :`,
    factures: s.factures,
    totalPrincipal: s.totalPrincipal,
    professionnel: s.professionnel,
    libelleTaux: s.libelleTaux,
    dateCalcul: dateLongue(c.aujourdhui),
    montantInterets: s.montantInterets,
    montantIndemnites: s.montantIndemnites,
    consommateur: s.consommateur,
    aInteretsCourus: s.consommateur && (s.interets?.totalInteretsCents ?? 0) > 0,
    depuisMiseEnDemeure: premiereReception ? dateLongue(premiereReception) : "",
    totalReclame: s.totalReclame,
    dateLimite: dateLongue(ajouterJours(c.aujourdhui, delaiJours)),
    delaiJours,
    aIban: Boolean(d.creancier.iban),
    iban: d.creancier.iban ? formaterIban(d.creancier.iban) : "",
    formulePolitesse: `Veuillez agréer, ${formuleAppel(d.debiteur).replace(/,$/, "")}, l'expression de nos salutations distinguées.`,
    signature: signataire(d.creancier),
  };
}

/** What the letter must say, found in the text of both renderings. */
export function mentionsMiseEnDemeure(c: ContexteDocument, m: MiseEnDemeureModel): string[] {
  return [
    "mise en demeure",
    nomPartie(c.dossier.creancier),
    nomPartie(c.dossier.debiteur),
    ...m.factures.map((f) => f.numero),
    m.totalReclame,
    m.dateLimite,
    m.professionnel ? "L.441-10" : "1231-6",
    m.lieuEtDate,
  ];
}
