/**
 * The escalation path of a stored dossier: rebuild its statechart (persisted snapshot when it is
 * current, else replay of the journal), send an event, advance time to today, and persist — the
 * new journal entries and the snapshot with its machine version in one transaction.
 */

import { transition } from "xstate";
import type { Jour } from "../../domain/dates/jour";
import { type Situation, situation } from "../../domain/dossier/analyse";
import type { Dossier } from "../../domain/dossier/dossier.schema";
import type { Evenement } from "../../domain/dossier/evenements";
import { creerMachineEscalation } from "../../machines/escalation/escalation.implementations.server";
import { VERSION_MACHINE } from "../../machines/escalation/escalation.machine";
import {
  avancer,
  decrire,
  demarrer,
  dossierStatique,
  envoyer,
  etapeDe,
  persister,
  rehydrater,
  type Snapshot,
} from "../../machines/escalation/parcours";
import type { Db } from "../db/database.server";
import {
  ConflitDeVersion,
  chargerDossier,
  type DossierEnregistre,
  insererEvenements,
  modifierDossier,
  type Tx,
} from "../db/dossiers.server";
import { ajouterEvenements, enregistrerEtat } from "../db/journal.server";

const machine = creerMachineEscalation({ journaliser: (m) => console.info(`[parcours] ${m}`) });

/** The snapshot of a stored dossier, from its persisted state when it matches the journal. */
export function etatDuDossier(enregistre: DossierEnregistre): Snapshot {
  const persiste = enregistre.etat;
  const journal = enregistre.dossier.evenements;
  if (persiste && persiste.machineVersion === VERSION_MACHINE && persiste.derniereSequence === journal.length) {
    try {
      const s = rehydrater({ machineVersion: persiste.machineVersion, snapshot: persiste.snapshot });
      // The dossier's parties and invoices may have changed since (wizard edits): keep them current.
      return { ...s, context: { ...s.context, dossier: dossierStatique(enregistre.dossier) } } as Snapshot;
    } catch {
      // fall through to a replay
    }
  }
  return rejouerSansAvancer(enregistre.dossier);
}

function rejouerSansAvancer(dossier: Dossier): Snapshot {
  const premier = dossier.evenements[0]?.date ?? dossier.factures[0]?.dateEcheance ?? "2000-01-01";
  let s = demarrer(dossierStatique(dossier), premier);
  for (const e of dossier.evenements) {
    const r = envoyer(s, e);
    if (r.accepte) s = r.snapshot;
  }
  return s;
}

/** The invoices still owed, for the receivables book (principal; barred invoices left out). */
export function restantesDe(s: Snapshot, sit: Situation) {
  return (sit.interets?.factures ?? [])
    .filter((f) => f.principalRestantCents > 0 && !sit.facturesPrescrites.includes(f.numero))
    .map((f) => ({
      numero: f.numero,
      echeance: s.context.dossier.factures.find((x) => x.numero === f.numero)?.dateEcheance ?? "",
      resteCents: f.principalRestantCents,
    }));
}

export function etatAPersister(s: Snapshot, aujourdhui: Jour) {
  const sit = situation(s.context.dossier, s.context.journal, aujourdhui);
  const d = decrire(s, aujourdhui, sit);
  return {
    ...persister(s),
    etape: etapeDe(s),
    prochaineEcheance: d.echeances[0]?.date ?? null,
    resteDuCents: d.qualification.principalRestantCents,
    echeances: d.echeances,
    restantes: restantesDe(s, sit),
  };
}

/** Runs the effects the machine asked for (stage changes), with the provided implementations. */
function executerEffets(avant: Snapshot, evenements: Evenement[]) {
  let s = rehydrater(persister(avant), machine);
  for (const e of evenements) {
    const [suivant, actions] = transition(machine, s, e);
    for (const a of actions) (a as { exec?: (info: unknown, params: unknown) => void }).exec?.(a.info, a.params);
    s = suivant;
  }
}

export type IssueEvenement = { ok: true; version: number; evenements: Evenement[] } | { ok: false; raison: string };

/**
 * What sending these events to a stored dossier (as `dossier` now reads, when it is being changed)
 * would write, computed without writing: the deadlines passed by `aujourdhui` before and after them,
 * the events themselves, and the snapshot to persist. The first event the machine refuses stops it.
 */
export function calculerEvenements(
  enregistre: DossierEnregistre,
  evenements: readonly Evenement[],
  aujourdhui: Jour,
):
  | { ok: true; initial: Snapshot; evenements: Evenement[]; etat: ReturnType<typeof etatAPersister> }
  | { ok: false; raison: string } {
  const initial = etatDuDossier(enregistre);
  const avant = avancer(initial, aujourdhui);
  let s = avant.snapshot;
  const ecrits: Evenement[] = [...avant.evenements];
  for (const e of evenements) {
    const r = envoyer(s, e);
    if (!r.accepte) return { ok: false, raison: r.raison ?? "Événement refusé." };
    s = r.snapshot;
    ecrits.push(e);
  }
  const apres = avancer(s, aujourdhui);
  return {
    ok: true,
    initial,
    evenements: [...ecrits, ...apres.evenements],
    etat: etatAPersister(apres.snapshot, aujourdhui),
  };
}

/**
 * Sends one event to a stored dossier. Refused: nothing changes. Accepted: the event and the
 * deadlines that have passed by `aujourdhui` are appended, with the new snapshot, atomically
 * (a stale `versionAttendue` raises ConflitDeVersion and writes nothing).
 */
export async function envoyerEvenement(
  db: Db,
  enregistre: DossierEnregistre,
  versionAttendue: number,
  evenement: Evenement,
  aujourdhui: Jour,
  auteur?: { utilisateurId: string; nom: string },
  avecEux?: (tx: Tx) => Promise<void>,
): Promise<IssueEvenement> {
  const c = calculerEvenements(enregistre, [evenement], aujourdhui);
  if (!c.ok) return c;
  const version = await ajouterEvenements(
    db,
    enregistre.id,
    versionAttendue,
    c.evenements,
    c.etat,
    auteur ? { ...auteur, evenement } : undefined,
    avecEux,
  );
  executerEffets(c.initial, c.evenements); // after the commit: effects never run for a write that failed
  return { ok: true, version, evenements: c.evenements };
}

/**
 * `envoyerEvenement` on the dossier as it stands now: after a concurrent write (ConflitDeVersion)
 * the dossier is read again and the event offered again — the machine re-checks it each time —,
 * `essais` times at most; then the conflict is thrown.
 */
export async function envoyerEvenementAJour(
  db: Db,
  enregistre: DossierEnregistre,
  evenement: Evenement,
  aujourdhui: Jour,
  o: { auteur?: { utilisateurId: string; nom: string }; avecEux?: (tx: Tx) => Promise<void>; essais?: number } = {},
): Promise<IssueEvenement> {
  let d = enregistre;
  for (let essai = 1; ; essai++) {
    try {
      return await envoyerEvenement(db, d, d.version, evenement, aujourdhui, o.auteur, o.avecEux);
    } catch (e) {
      if (!(e instanceof ConflitDeVersion) || essai >= (o.essais ?? 4)) throw e;
      d = (await chargerDossier(db, d.id)) ?? d;
    }
  }
}

/**
 * Advances a stored dossier to today (called when its page is loaded): the `delai.expire` events
 * whose dates have passed go into the journal like any other. Returns the current snapshot.
 */
export async function avancerDossier(
  db: Db,
  enregistre: DossierEnregistre,
  aujourdhui: Jour,
): Promise<{ snapshot: Snapshot; version: number }> {
  const s = etatDuDossier(enregistre);
  const a = avancer(s, aujourdhui);
  const persiste = enregistre.etat;
  const aJour =
    persiste?.machineVersion === VERSION_MACHINE && persiste.derniereSequence === enregistre.dossier.evenements.length;
  if (a.evenements.length === 0 && aJour) return { snapshot: a.snapshot, version: enregistre.version };
  try {
    const version = await ajouterEvenements(
      db,
      enregistre.id,
      enregistre.version,
      a.evenements,
      etatAPersister(a.snapshot, aujourdhui),
    );
    return { snapshot: a.snapshot, version };
  } catch (e) {
    // Another tab advanced or changed the dossier meanwhile: read what it wrote instead.
    const recharge = e instanceof ConflitDeVersion ? await chargerDossier(db, enregistre.id) : null;
    if (!recharge) throw e;
    return { snapshot: avancer(etatDuDossier(recharge), aujourdhui).snapshot, version: recharge.version };
  }
}

/**
 * Replaces a stored dossier's parties, invoices and options (a debtor corrected: its quality changes
 * the interest and the prescription) and, in the same transaction, the snapshot and the book's
 * columns computed from the new content, with the deadlines passed. Version-checked
 * (ConflitDeVersion: nothing written).
 */
export async function modifierEtRecalculer(
  db: Db,
  enregistre: DossierEnregistre,
  versionAttendue: number,
  dossier: Dossier,
  aujourdhui: Jour,
): Promise<number> {
  const c = calculerEvenements({ ...enregistre, dossier }, [], aujourdhui);
  if (!c.ok) throw new Error(c.raison); // no event offered: nothing can be refused
  return modifierDossier(db, enregistre.id, versionAttendue, dossier, async (tx) => {
    const sequence = await insererEvenements(tx, enregistre.id, c.evenements);
    await enregistrerEtat(tx, enregistre.id, sequence, c.etat);
  });
}
