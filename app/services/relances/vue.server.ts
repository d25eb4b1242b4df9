/** The reminders of one dossier as its page shows them (decision 021). */

import type { Situation } from "../../../domain/dossier/analyse";
import { LIBELLES_TYPE_ETAPE } from "../../../domain/relances/vocabulaire";
import type { Snapshot } from "../../../machines/escalation/parcours";
import { deciderRelance, etatDesRelances } from "../../../machines/relances/decision";
import type { VueRelances } from "../../components/dossier/section-relances";
import type { Services } from "../../contexte";
import type { DossierEnregistre } from "../../db/dossiers.server";
import { plansDe, relancesDuDossier } from "../../db/relances.server";

const ETATS: Record<string, string> = {
  "a-valider": "à valider (tâches du jour)",
  "a-envoyer": "envoi en cours",
  envoi: "envoi en cours",
  envoye: "envoyé",
  "attente-manuelle": "dans la boîte d'envoi (à envoyer vous-même)",
  "a-faire": "à faire (tâches du jour)",
  fait: "fait",
  echec: "échec de l'envoi",
  annule: "annulé",
};

/**
 * `calcul`: the dossier's snapshot advanced to today and its money situation, as the dossier page
 * already computed them (not replayed again here).
 */
export async function vueRelances(
  s: Services,
  d: DossierEnregistre,
  calcul: { snapshot: Snapshot; situation: Situation },
): Promise<VueRelances> {
  const db = s.base.db;
  const aujourdhui = s.aujourdhui();
  const plans = await plansDe(db, s.organisationId);
  const choisi = d.planId ? (plans.find((p) => p.id === d.planId) ?? null) : null;
  const plan = choisi ?? plans.find((p) => p.parDefaut) ?? plans[0]!;
  const etat = etatDesRelances(calcul.snapshot, calcul.situation, plan.plan, d.relancesEnPause);
  const lignes = await relancesDuDossier(db, d.id);
  const decision = deciderRelance(
    calcul.snapshot,
    etat,
    plan.plan,
    aujourdhui,
    new Set(lignes.map((l) => l.cle)),
    d.id,
  );
  return {
    actives: etat.actives,
    raison: etat.raison,
    pourquoiPasAujourdhui: decision.quoi === "rien" ? decision.pourquoi : null,
    plan: { id: choisi?.id ?? null, nom: plan.plan.nom },
    plans: plans.map((p) => ({ id: p.id, nom: p.plan.nom, parDefaut: p.parDefaut })),
    enPause: d.relancesEnPause,
    etapes: etat.etapes.map((e) => {
      const l = lignes.find((x) => x.cle === `${d.id}:${e.code}:${etat.ancrage}`);
      return {
        code: e.code,
        jour: l?.jour ?? e.jour,
        libelle: `${e.jours < 0 ? `J${e.jours}` : `J+${e.jours}`}, ${LIBELLES_TYPE_ETAPE[e.type]}`,
        etat: l
          ? (ETATS[l.statut] ?? l.statut)
          : e.jour < aujourdhui && etat.actives
            ? "passée sans envoi (le plan ne rattrape pas les étapes d'avant son application)"
            : null,
        erreur: l && (l.statut === "echec" || l.statut === "annule") ? l.erreur : null,
      };
    }),
  };
}
