/**
 * Relance plans (issue 14, decision 021): timed steps relative to the due date of the oldest
 * invoice still unpaid, each with its kind (email sent by itself or after a person's validation,
 * phone call, postal letter, mise en demeure — always validated by a person), its tone and its
 * editable text; a minimum delay between two contacts. Pure data and rules: no clock, no database.
 */

import { texte, texteLibre } from "../validation/texte.schema";
import { z } from "../validation/zod-fr";
import { TONS, TYPES_ETAPE } from "./vocabulaire";

export * from "./vocabulaire";

export const EtapePlanSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]{1,40}$/, "lettres minuscules, chiffres et tirets seulement (40 au plus)"),
  /** Days from the due date: −5 is five days before, 15 fifteen days after. */
  jours: z
    .number()
    .int("doit être un nombre entier de jours")
    .min(-60, "60 jours avant au plus")
    .max(365, "365 jours après au plus"),
  type: z.enum(TYPES_ETAPE, "type d'étape inconnu"),
  ton: z.enum(TONS, "ton inconnu : courtois ou ferme"),
  objet: texte(200),
  corps: texteLibre(5000),
});
export type EtapePlan = z.infer<typeof EtapePlanSchema>;

export const PlanSchema = z
  .object({
    nom: texte(80),
    /** No two contacts with the debtor closer than this (days). */
    delaiMinimumJours: z.number().int().min(0, "0 au moins").max(60, "60 jours au plus"),
    etapes: z.array(EtapePlanSchema).min(1, "au moins une étape").max(12, "12 étapes au plus"),
  })
  .superRefine((p, ctx) => {
    const codes = new Set<string>();
    p.etapes.forEach((e, i) => {
      if (codes.has(e.code))
        ctx.addIssue({ code: "custom", path: ["etapes", i, "code"], message: "code déjà utilisé par une autre étape" });
      codes.add(e.code);
    });
  });
export type Plan = z.infer<typeof PlanSchema>;

/** The level the journal records for a reminder sent at this step (`relance.envoyee.niveau`). */
export function niveauDeLEtape(e: EtapePlan): "prevenance" | "amiable" | "ferme" {
  if (e.jours < 0) return "prevenance";
  return e.ton === "ferme" ? "ferme" : "amiable";
}

/** The step's canal in the journal once done. */
export function canalDeLEtape(e: EtapePlan): "email" | "telephone" | "courrier" {
  return e.type === "appel" ? "telephone" : e.type === "courrier" ? "courrier" : "email";
}

/**
 * The plan every new organisation starts with: a courteous notice five days before the due date,
 * a friendly reminder three days after, a firm one after fifteen days (to validate), a call after
 * twenty, the mise en demeure proposed after thirty; a week at least between two contacts.
 */
export function planParDefaut(): Plan {
  return {
    nom: "Plan standard",
    delaiMinimumJours: 5,
    etapes: [
      {
        code: "prevenance",
        jours: -5,
        type: "email-auto",
        ton: "courtois",
        objet: "Échéance prochaine : {factures}",
        corps:
          "{appel}\n\nNous nous permettons de vous signaler l'échéance prochaine de {laFacture}, le {echeance}, pour un montant de {totalPrincipal}.\n\nSi le règlement est déjà parti, merci de ne pas tenir compte de ce message.\n\n{paiement}",
      },
      {
        code: "relance-amiable",
        jours: 3,
        type: "email-auto",
        ton: "courtois",
        objet: "Rappel : {factures}",
        corps:
          "{appel}\n\nSauf erreur de notre part, nous n'avons pas reçu le règlement de {laFacture}, échue le {echeance}, soit {totalPrincipal}. Il s'agit sans doute d'un simple oubli.\n\nNous vous remercions de bien vouloir procéder au règlement.\n\n{paiement}\n\nVous trouverez ci-joint notre lettre de rappel.",
      },
      {
        code: "relance-ferme",
        jours: 15,
        type: "email-a-valider",
        ton: "ferme",
        objet: "Relance : {factures}",
        corps:
          "{appel}\n\nMalgré notre précédent rappel, nous n'avons toujours pas reçu le règlement de {laFacture} : {totalPrincipal} en principal, {retard} jours après l'échéance du {echeance}.\n\nNous vous demandons de régulariser la situation au plus tard le {nouvelleDate}. À défaut, nous vous adresserons une mise en demeure.\n\n{paiement}",
      },
      {
        code: "appel",
        jours: 20,
        type: "appel",
        ton: "ferme",
        objet: "Suite à notre appel : {factures}",
        corps:
          "{appel}\n\nComme suite à notre entretien téléphonique, nous vous confirmons par écrit que le règlement de {laFacture} reste attendu : {totalPrincipal} en principal.\n\n{paiement}",
      },
      {
        code: "mise-en-demeure",
        jours: 30,
        type: "mise-en-demeure",
        ton: "ferme",
        objet: "Mise en demeure : {factures}",
        corps:
          "{appel}\n\nVous trouverez ci-joint notre mise en demeure, adressée également par lettre recommandée avec avis de réception.",
      },
    ],
  };
}
