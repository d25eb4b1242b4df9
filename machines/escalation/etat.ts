/**
 * Snapshots of the escalation machine and how to read them: the stage (`etapeDe`), the state
 * (`etatDe`), the dossier's static part given to the machine.
 */
import { initialTransition, type SnapshotFrom } from "xstate";
import type { Jour } from "../../domain/dates/jour";
import type { DossierStatique } from "../../domain/dossier/analyse";
import type { TypeEvenement } from "../../domain/dossier/evenements";
import { ETATS, type Etape, escalationMachine } from "./escalation.machine";

export type Snapshot = SnapshotFrom<typeof escalationMachine>;

export type Action = {
  code: TypeEvenement;
  libelle: string;
  avant: Jour | null;
  fondements: string[];
  documents: string[];
  /** Fixed fields of the event (e.g. `voie` for voie.choisie). */
  donnees?: Record<string, unknown>;
};

export type Rejet = { index: number; type: string; raison: string };

const ETAPE_DE_ETAT = Object.fromEntries(Object.entries(ETATS).map(([etape, etat]) => [etat, etape])) as Record<
  string,
  Etape
>;

export function dossierStatique(d: DossierStatique): DossierStatique {
  return {
    creancier: d.creancier,
    debiteur: d.debiteur,
    factures: d.factures,
    options: d.options,
    objet: d.objet,
    ...(d.tauxPublies ? { tauxPublies: d.tauxPublies } : {}),
  };
}

export function demarrer(dossier: DossierStatique, dateOuverture: Jour): Snapshot {
  return initialTransition(escalationMachine, { dossier, dateOuverture })[0];
}

export function etapeDe(s: Snapshot): Etape {
  const v = s.value;
  const cle = typeof v === "string" ? v : Object.keys(v)[0]!;
  return ETAPE_DE_ETAT[cle] ?? "qualification";
}

export function sousEtatDe(s: Snapshot): string | undefined {
  const v = s.value;
  if (typeof v === "string") return undefined;
  const sous = Object.values(v)[0];
  return typeof sous === "string" ? sous : undefined;
}

/** Full state value as a dotted string (informative). */
export function etatDe(s: Snapshot): string {
  const aplatir = (v: unknown): string =>
    typeof v === "string" ? v : (Object.entries(v as object).map(([k, sv]) => `${k}.${aplatir(sv)}`)[0] ?? "");
  return aplatir(s.value);
}
