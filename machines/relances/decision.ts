/**
 * What a relance plan does for a dossier on a day (issue 14, decision 021). The statechart decides:
 * a step fires only if the machine accepts that reminder (or that mise en demeure) today; a
 * dispute, a payment plan, collective proceedings, full payment, a procedure under way, a
 * prescription that the remaining steps would overrun — each stops or reshapes the plan, with the
 * reason in French. Pure: the snapshot (advanced to the day), the plan and what was already
 * decided come in; no clock, no database.
 */

import { estChome } from "../../domain/calendrier/jours-feries";
import { ajouterJours, type Jour } from "../../domain/dates/jour";
import type { Situation } from "../../domain/dossier/analyse";
import { dateLongue } from "../../domain/format/francais";
import { daterEtapes, type EtapeDatee } from "../../domain/relances/calendrier-envoi";
import { canalDeLEtape, type Plan } from "../../domain/relances/plan";
import { calculerEcheances, departementDebiteur } from "../escalation/echeances";
import { etapeDe, type Snapshot, sousEtatDe } from "../escalation/etat";
import { envoyer } from "../escalation/temps";

/** Days kept free before prescription for the judicial route once the plan ends (decision 021). */
export const MARGE_AVANT_PRESCRIPTION_JOURS = 30;

export type EtatRelances = {
  /** False when the plan is stopped or suspended; `raison` says why. */
  actives: boolean;
  raison: string | null;
  /** The due date the steps count from: the oldest invoice still unpaid (null when none). */
  ancrage: Jour | null;
  /** Invoices the messages are about: every unpaid, non-barred invoice of the debtor. */
  factures: string[];
  etapes: EtapeDatee[];
  departement: string | undefined;
};

export type Decision =
  | { quoi: "rien"; pourquoi: string | null }
  | { quoi: "emettre"; etape: EtapeDatee; cle: string; remaniement: string | null };

const dateDe = (s: Snapshot, type: string) => [...s.context.journal].reverse().find((e) => e.type === type)?.date;

/** Where the plan stands: stopped (why) or running, with its dated steps. */
export function etatDesRelances(s: Snapshot, sit: Situation, plan: Plan, enPause: boolean): EtatRelances {
  const dossier = s.context.dossier;
  const departement = departementDebiteur(dossier);
  // Without computed interest (a period before the rate tables), every invoice not barred counts.
  const facturesDues = (
    sit.interets
      ? sit.interets.factures.filter((f) => f.principalRestantCents > 0).map((f) => f.numero)
      : dossier.factures.map((f) => f.numero)
  ).filter((n) => !sit.facturesPrescrites.includes(n));
  const ancrage =
    dossier.factures
      .filter((f) => facturesDues.includes(f.numero))
      .map((f) => f.dateEcheance)
      .sort()[0] ?? null;
  const etapes = ancrage ? daterEtapes(plan, ancrage, departement) : [];
  const base = { ancrage, factures: facturesDues, etapes, departement };
  const arret = (raison: string): EtatRelances => ({ ...base, actives: false, raison });
  const etape = etapeDe(s);
  switch (etape) {
    case "solde":
      return arret("Créance soldée : plus de relance.");
    case "litige": {
      const d = dateDe(s, "debiteur.conteste");
      return arret(`Relances suspendues : contestation${d ? ` du ${dateLongue(d)}` : ""}.`);
    }
    case "echeancier": {
      const d = dateDe(s, "echeancier.signe");
      return arret(`Relances suspendues : échéancier signé${d ? ` le ${dateLongue(d)}` : ""} et respecté.`);
    }
    case "procedure-collective":
      return arret(
        "Aucune relance : le débiteur est en procédure collective (C. com. art. L.622-21) ; la créance se déclare au mandataire.",
      );
    case "prescrite":
      return arret("Créance prescrite : plus de relance.");
    case "abandon":
      return arret("Recouvrement abandonné : plus de relance.");
    case "qualification":
    case "relance":
      if (s.status !== "active") return arret("Dossier clos : plus de relance.");
      break;
    default:
      return arret(
        etape === "mise-en-demeure"
          ? "Relances terminées : la mise en demeure est envoyée."
          : "Relances terminées : la procédure judiciaire est engagée.",
      );
  }
  if (!ancrage) return arret("Aucune facture impayée : plus de relance.");
  if (enPause) return arret("Relances mises en pause pour ce dossier.");
  return { ...base, actives: true, raison: null };
}

/**
 * Today's decision for a dossier: at most one step — the latest one due and not yet decided (a
 * plan attached late does not fire every past step at once), after the minimum delay since the
 * last contact, if the machine accepts it. When prescription comes before the plan's last step
 * (plus a margin for the judicial route), the remaining reminders give way to the mise en demeure.
 */
export function deciderRelance(
  s: Snapshot,
  etat: EtatRelances,
  plan: Plan,
  aujourdhui: Jour,
  dejaDecidees: ReadonlySet<string>,
  dossierId: string,
): Decision {
  if (!etat.actives || !etat.ancrage) return { quoi: "rien", pourquoi: etat.raison };
  // Nothing is decided on a day off where the debtor lives: a step waits for the next working day.
  if (estChome(aujourdhui, etat.departement)) return { quoi: "rien", pourquoi: null };
  const cleDe = (e: EtapeDatee) => `${dossierId}:${e.code}:${etat.ancrage}`;
  const dues = etat.etapes.filter((e) => e.jour <= aujourdhui);
  let choisie = dues.at(-1);
  let remaniement: string | null = null;

  const prescription = calculerEcheances(
    s.context.dossier,
    s.context.journal,
    etapeDe(s),
    sousEtatDe(s),
    aujourdhui,
  ).find((e) => e.code === "prescription")?.date;
  const derniere = etat.etapes.at(-1);
  const med = etat.etapes.find((e) => e.type === "mise-en-demeure");
  // The plan ends with its last step (or today, when it is past): with the margin, after prescription?
  const finDuPlan = derniere && derniere.prevue > aujourdhui ? derniere.prevue : aujourdhui;
  if (prescription && derniere && ajouterJours(finDuPlan, MARGE_AVANT_PRESCRIPTION_JOURS) > prescription) {
    // Reminders would use up the last weeks: propose the mise en demeure now.
    remaniement = `Prescription le ${dateLongue(prescription)} : les relances restantes sont remplacées par la mise en demeure, proposée dès aujourd'hui.`;
    choisie = med ?? {
      code: "mise-en-demeure",
      jours: 0,
      type: "mise-en-demeure",
      ton: "ferme",
      objet: "Mise en demeure : {factures}",
      corps: "{appel}\n\nVous trouverez ci-joint notre mise en demeure.",
      prevue: aujourdhui,
      jour: aujourdhui,
    };
  }
  if (!choisie) return { quoi: "rien", pourquoi: null };
  const cle = cleDe(choisie);
  if (dejaDecidees.has(cle)) return { quoi: "rien", pourquoi: null };
  // A later step already decided: an earlier one never fires afterwards.
  const rang = etat.etapes.findIndex((e) => e.code === choisie.code);
  if (etat.etapes.slice(rang + 1).some((e) => dejaDecidees.has(cleDe(e)))) return { quoi: "rien", pourquoi: null };

  if (choisie.type !== "mise-en-demeure") {
    const derniereRelance = dateDe(s, "relance.envoyee");
    if (derniereRelance && ajouterJours(derniereRelance, plan.delaiMinimumJours) > aujourdhui) {
      return {
        quoi: "rien",
        pourquoi: `Prochaine relance après le ${dateLongue(ajouterJours(derniereRelance, plan.delaiMinimumJours - 1))} (délai minimal de ${plan.delaiMinimumJours} jours entre deux contacts).`,
      };
    }
  }
  const sonde =
    choisie.type === "mise-en-demeure"
      ? ({ type: "med.envoyee", date: aujourdhui, mode: "lrar" } as const)
      : ({ type: "relance.envoyee", date: aujourdhui, canal: canalDeLEtape(choisie) } as const);
  const r = envoyer(s, sonde);
  if (!r.accepte)
    return { quoi: "rien", pourquoi: r.raison ?? "Le parcours du dossier refuse cette étape aujourd'hui." };
  return { quoi: "emettre", etape: choisie, cle, remaniement };
}
