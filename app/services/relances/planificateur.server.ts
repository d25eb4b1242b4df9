/**
 * The planning half of the scheduler (decision 021): for each open dossier still at the reminder
 * stage, the statechart and the plan decide today's step (machines/relances/decision.ts); the
 * decision is written as a `relance` row — the message rendered, its Message-ID fixed — or, in a
 * simulation, only described. Idempotent: a step is decided once per dossier and anchor.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Jour } from "../../../domain/dates/jour";
import { situation } from "../../../domain/dossier/analyse";
import { type EtapePlan, niveauDeLEtape, type Plan } from "../../../domain/relances/plan";
import { avancer, dossierStatique } from "../../../machines/escalation/parcours";
import { deciderRelance, type EtatRelances, etatDesRelances } from "../../../machines/relances/decision";
import { construireCourriel, variablesDuDossier } from "../../../templates/courriel-relance/model";
import { preparerContexte } from "../../../templates/preparer";
import type { Services } from "../../contexte";
import type { Db } from "../../db/database.server";
import { chargerDossier, type DossierEnregistre } from "../../db/dossiers.server";
import {
  clesDecidees,
  type Expediteur,
  expediteurDe,
  insererRelance,
  type NouvelleRelance,
  planParDefautDe,
  planParId,
} from "../../db/relances.server";
import * as t from "../../db/schema";
import { etatDuDossier } from "../parcours-dossier.server";
import { tauxDeLInstance } from "../taux.server";

export type Prevision = {
  dossierId: string;
  reference: string;
  debiteur: string;
  etape: string;
  type: string;
  niveau: string;
  jour: Jour;
  statut: string;
  destinataire: string | null;
  objet: string | null;
  factures: string[];
  remaniement: string | null;
};

type Taux = Awaited<ReturnType<typeof tauxDeLInstance>>;

/** The plan a dossier follows: its own choice, else its organisation's default. */
export async function planDe(db: Db, organisationId: string, planId: string | null): Promise<Plan> {
  const choisi = planId ? await planParId(db, organisationId, planId) : null;
  return (choisi ?? (await planParDefautDe(db, organisationId))).plan;
}

/** Where a stored dossier's reminders stand today (dossier page), and the advanced snapshot. */
export function etatDuDossierPourRelances(
  d: DossierEnregistre,
  plan: Plan,
  enPause: boolean,
  aujourdhui: Jour,
  taux: Taux,
) {
  const snapshot = avancer(etatDuDossier(d), aujourdhui).snapshot;
  const sit = situation(dossierStatique({ ...d.dossier, tauxPublies: taux }), snapshot.context.journal, aujourdhui);
  return { snapshot, etat: etatDesRelances(snapshot, sit, plan, enPause) };
}

/** The adresse the messages leave from: the organisation's, else SMTP_EXPEDITEUR. */
export function adresseExpedition(s: Services, e: Expediteur): string | null {
  return e.adresse ?? s.config.smtpExpediteur ?? null;
}

/** What each kind of step attaches (rendered when the message leaves). */
function jointesDe(etape: EtapePlan, d: DossierEnregistre, factures: string[]) {
  const documents =
    etape.type === "mise-en-demeure"
      ? ["mise-en-demeure", "decompte"]
      : niveauDeLEtape(etape) === "prevenance"
        ? []
        : [niveauDeLEtape(etape) === "ferme" ? "relance-ferme" : "relance-amiable"];
  // The invoice itself, when it was uploaded as a pièce whose title names it.
  const pieces = d.pieces.filter((p) => p.fichier && factures.some((n) => p.intitule.includes(n))).map((p) => p.id);
  return [...documents.map((type) => ({ type })), ...pieces.map((piece) => ({ piece }))];
}

/** The row a decided step becomes: an email (to send, to validate, or by hand) or a task. */
export function ligneDeRelance(
  s: Services,
  d: DossierEnregistre,
  organisationId: string,
  etape: EtapePlan,
  etat: EtatRelances,
  cle: string,
  aujourdhui: Jour,
  expediteur: Expediteur,
  taux: Taux,
): NouvelleRelance {
  const email = d.dossier.debiteur.email ?? null;
  const courriel = etape.type === "email-auto" || etape.type === "email-a-valider";
  const adresse = adresseExpedition(s, expediteur);
  const c = preparerContexte(d.dossier, aujourdhui, taux);
  const message = construireCourriel(etape, variablesDuDossier(c), {
    nom: expediteur.nom ?? c.dossier.creancier.denomination ?? c.dossier.creancier.nom ?? "",
    signature: expediteur.signature,
  });
  const sansAdresse = courriel && !email;
  const statut = !courriel
    ? "a-faire"
    : sansAdresse
      ? "a-faire"
      : etape.type === "email-a-valider"
        ? "a-valider"
        : s.config.smtpUrl && adresse
          ? "a-envoyer"
          : "attente-manuelle";
  const domaine = (adresse ?? "recouvrement.invalid").split("@")[1] ?? "recouvrement.invalid";
  return {
    organisationId,
    dossierId: d.id,
    cle,
    etape: etape.code,
    type: sansAdresse ? "courrier" : etape.type,
    niveau: etape.type === "mise-en-demeure" ? "mise-en-demeure" : niveauDeLEtape(etape),
    jour: aujourdhui,
    statut,
    factures: etat.factures,
    destinataire: email,
    objet: message.objet,
    texte: message.texte,
    html: message.html,
    jointes: jointesDe(etape, d, etat.factures),
    messageId: courriel ? `<${randomUUID()}@${domaine}>` : null,
    erreur: sansAdresse
      ? "Pas d'adresse électronique du débiteur : envoyez la lettre par courrier."
      : statut === "attente-manuelle"
        ? s.config.smtpUrl
          ? "Pas d'adresse d'expédition : renseignez-la sur la page Organisation, ou envoyez ce message vous-même."
          : "Pas de serveur SMTP configuré : envoyez ce message vous-même depuis votre messagerie."
        : null,
  };
}

/** Dossiers looked at by this process: « version:day » (a cache; another instance keeps its own). */
const dejaVus = new Map<string, string>();

/**
 * Decides today's steps for every open dossier at the reminder stage (of one organisation, or of
 * all). Writes the rows unless `simuler`; returns what went (or would go) out.
 */
export async function planifierRelances(
  s: Services,
  o: { aujourdhui: Jour; organisationId?: string; simuler?: boolean },
): Promise<Prevision[]> {
  const db = s.base.db;
  const candidats = await db
    .select({
      id: t.dossier.id,
      organisationId: t.dossier.organisationId,
      planId: t.dossier.planId,
      version: t.dossier.version,
    })
    .from(t.dossier)
    .where(
      and(
        eq(t.dossier.statut, "ouvert"),
        eq(t.dossier.relancesEnPause, 0),
        inArray(t.dossier.etape, ["qualification", "relance"]),
        ...(o.organisationId ? [eq(t.dossier.organisationId, o.organisationId)] : []),
      ),
    );
  // A dossier unchanged since it was looked at today has nothing new to decide (plans and sender
  // edits apply from the next day, or at once after any change to the dossier).
  const aRevoir = o.simuler ? candidats : candidats.filter((c) => dejaVus.get(c.id) !== `${c.version}:${o.aujourdhui}`);
  const decidees = await clesDecidees(
    db,
    aRevoir.map((c) => c.id),
  );
  const taux = await tauxDeLInstance(db);
  const plans = new Map<string, Plan>();
  const expediteurs = new Map<string, Expediteur>();
  const previsions: Prevision[] = [];
  for (const c of aRevoir) {
    const cleDuPlan = `${c.organisationId}:${c.planId ?? ""}`;
    if (!plans.has(cleDuPlan)) plans.set(cleDuPlan, await planDe(db, c.organisationId, c.planId));
    if (!expediteurs.has(c.organisationId)) expediteurs.set(c.organisationId, await expediteurDe(db, c.organisationId));
    const plan = plans.get(cleDuPlan)!;
    const d = await chargerDossier(db, c.id);
    if (!d) continue;
    const { snapshot, etat } = etatDuDossierPourRelances(d, plan, d.relancesEnPause, o.aujourdhui, taux);
    const decision = deciderRelance(snapshot, etat, plan, o.aujourdhui, decidees, d.id);
    if (!o.simuler) dejaVus.set(d.id, `${c.version}:${o.aujourdhui}`);
    if (decision.quoi !== "emettre") continue;
    const ligne = ligneDeRelance(
      s,
      d,
      c.organisationId,
      decision.etape,
      etat,
      decision.cle,
      o.aujourdhui,
      expediteurs.get(c.organisationId)!,
      taux,
    );
    if (!o.simuler && !(await insererRelance(db, ligne))) continue;
    previsions.push({
      dossierId: d.id,
      reference: d.reference,
      debiteur:
        d.dossier.debiteur.denomination ??
        [d.dossier.debiteur.prenoms, d.dossier.debiteur.nom].filter(Boolean).join(" "),
      etape: ligne.etape,
      type: ligne.type,
      niveau: ligne.niveau,
      jour: ligne.jour,
      statut: ligne.statut,
      destinataire: ligne.destinataire ?? null,
      objet: ligne.objet ?? null,
      factures: etat.factures,
      remaniement: decision.remaniement,
    });
  }
  return previsions;
}
