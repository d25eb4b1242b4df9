/**
 * The journal of a dossier, append-only, and the statechart snapshot stored with it in the same
 * transaction (decision 004).
 */
import { eq, sql } from "drizzle-orm";
import type { Evenement } from "../../domain/dossier/evenements";
import type { Db } from "./database.server";
import { type AuteurEvenement, insererEvenements, prendreVersion, type Tx } from "./dossiers.server";
import * as t from "./schema";

export type EcheanceEnregistree = { code: string; date: string; libelle: string; fondements: string[] };

export type Restante = { numero: string; echeance: string; resteCents: number };

export type EtatWorkflow = {
  machineVersion: string;
  snapshot: unknown;
  etape: string;
  prochaineEcheance: string | null;
  resteDuCents: number;
  echeances: EcheanceEnregistree[];
  restantes: Restante[];
};

/**
 * Appends events to the journal and, in the same transaction, stores the workflow snapshot
 * that results from them. Returns the new version.
 */
export async function ajouterEvenements(
  db: Db,
  id: string,
  versionAttendue: number,
  evenements: readonly Evenement[],
  etat?: EtatWorkflow,
  auteur?: AuteurEvenement,
  /** Written in the same transaction (a reminder marked sent with its journal event). */
  avecEux?: (tx: Tx) => Promise<void>,
): Promise<number> {
  return db.transaction(async (tx) => {
    const version = await prendreVersion(tx, id, versionAttendue);
    const sequence = await insererEvenements(tx, id, evenements, auteur);
    if (etat) await enregistrerEtat(tx, id, sequence, etat);
    if (avecEux) await avecEux(tx);
    return version;
  });
}

export async function enregistrerEtat(tx: Tx, id: string, sequence: number, etat: EtatWorkflow) {
  await tx
    .insert(t.workflowSnapshot)
    .values({ dossierId: id, machineVersion: etat.machineVersion, snapshot: etat.snapshot, derniereSequence: sequence })
    .onConflictDoUpdate({
      target: t.workflowSnapshot.dossierId,
      set: {
        machineVersion: etat.machineVersion,
        snapshot: etat.snapshot,
        derniereSequence: sequence,
        modifieLe: sql`now()`,
      },
    });
  await tx
    .update(t.dossier)
    .set({
      etape: etat.etape,
      prochaineEcheance: etat.prochaineEcheance,
      resteDuCents: etat.resteDuCents,
      echeances: etat.echeances,
      restantes: etat.restantes,
    })
    .where(eq(t.dossier.id, id));
}
