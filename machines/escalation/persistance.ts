/**
 * A snapshot as stored, with the version of the machine that produced it, and back
 * (decision 008): earlier versions are migrated, or rebuilt by replaying the journal.
 */
import { createActor } from "xstate";
import { escalationMachine, VERSION_MACHINE } from "./escalation.machine";
import type { Snapshot } from "./etat";

/**
 * Snapshots of earlier machine versions, brought to the current one. @1 → @2 only added
 * transitions and the `rejetee` sub-states: every @1 state exists unchanged, so the snapshot is
 * taken as it is. (The app also rebuilds any snapshot of another version by replaying the journal.)
 */
const MIGRATIONS: Record<string, (snapshot: unknown) => unknown> = {
  "escalation@1": (snapshot) => snapshot,
};

/** Persisted form of a snapshot, with the version of the machine that produced it. */
export function persister(s: Snapshot): { machineVersion: string; snapshot: unknown } {
  return { machineVersion: VERSION_MACHINE, snapshot: escalationMachine.getPersistedSnapshot(s) };
}

/**
 * Restores a persisted snapshot. `machine`: the same machine with its effects provided (a snapshot
 * carries the machine it belongs to, and `transition()` runs that machine's implementations).
 */
export function rehydrater(
  persiste: { machineVersion: string; snapshot: unknown },
  machine: typeof escalationMachine = escalationMachine,
): Snapshot {
  const migrer = persiste.machineVersion === VERSION_MACHINE ? (x: unknown) => x : MIGRATIONS[persiste.machineVersion];
  if (!migrer) {
    throw new Error(
      `Instantané produit par ${persiste.machineVersion}, machine actuelle ${VERSION_MACHINE} : reconstruisez-le en rejouant le journal.`,
    );
  }
  const snapshot = migrer(persiste.snapshot) as Snapshot;
  // Restoring a snapshot does not start the actor: no effect runs; `input` is ignored when a snapshot is given.
  return createActor(machine, {
    snapshot,
    input: { dossier: snapshot.context.dossier, dateOuverture: snapshot.context.dateCourante },
  }).getSnapshot();
}
