/**
 * An import as the web app runs it (issue 15): the files are deposited (kept in the database until
 * imported), read with the columns the organisation chose — remembered by header line —, shown as a
 * dry run, then imported in the server's background: the progress is written to the batch as the
 * work goes (outside the import's transaction), so the page shows it and a reload finds it again.
 */
import type { Services } from "../../contexte";
import {
  type Correspondance,
  cleEntetes,
  correspondancesRetenues,
  demarrerLot,
  fichiersDuLot,
  identiteOrganisation,
  type LotImport,
  lireLot,
  majLot,
  oublierFichiers,
  retenirCorrespondance,
} from "../../db/imports.server";
import { stockagePieces } from "../pieces.server";
import { analyser, executer, ImportImpossible } from "./import.server";
import { type FichierLu, lireFichier } from "./lecture";

export type FichierDuLot = FichierLu & { octets: Uint8Array; ordre: number };

/** The batch's files read with their mappings: chosen for this batch, else remembered for this header line. */
export async function lireFichiersDuLot(s: Services, lot: LotImport): Promise<FichierDuLot[]> {
  const db = s.base.db;
  const retenues = await correspondancesRetenues(db, s.organisationId);
  const choisies = lot.correspondances as Record<string, Correspondance>;
  const lus: FichierDuLot[] = [];
  for (const [ordre, f] of (await fichiersDuLot(db, lot.id)).entries()) {
    const octets = new Uint8Array(f.octets);
    const lu = await lireFichier(f.nom, octets, choisies[ordre] ?? ((entetes) => retenues[cleEntetes(entetes)]));
    lus.push({ ...lu, octets, ordre });
  }
  return lus;
}

export async function planDuLot(s: Services, lot: LotImport) {
  const db = s.base.db;
  const fichiers = await lireFichiersDuLot(s, lot);
  const identite = await identiteOrganisation(db, s.organisationId);
  return { fichiers, identite, plan: await analyser(db, s.organisationId, identite, fichiers, s.aujourdhui()) };
}

/** Keeps the columns chosen for one CSV of the batch, and remembers them for the organisation. */
export async function choisirColonnes(
  s: Services,
  lot: LotImport,
  ordre: number,
  entetes: string[],
  c: Correspondance,
) {
  const choisies = { ...(lot.correspondances as Record<string, Correspondance>), [ordre]: c };
  await majLot(s.base.db, lot.id, { correspondances: choisies });
  await retenirCorrespondance(s.base.db, s.organisationId, entetes, c);
}

const MESSAGES_PHASE: Record<string, string> = {
  lecture: "Lecture des fichiers",
  calcul: "Calcul des dossiers (intérêts, échéances, prescription)",
  ecriture: "Écriture en base",
  pieces: "Enregistrement des factures PDF",
};
export const libellePhase = (p: string | null) => (p ? (MESSAGES_PHASE[p] ?? p) : "");

/**
 * Starts the import of a batch once (false when it was no longer waiting) and runs it in the
 * background; its end (report or French reason) is written to the batch.
 */
export async function lancerImport(s: Services, id: string): Promise<boolean> {
  const db = s.base.db;
  const lot = await lireLot(db, s.organisationId, id);
  if (!lot || !(await demarrerLot(db, id))) return false;
  void executerLot(s, lot).catch((e) => console.error("[import]", e));
  return true;
}

export async function executerLot(s: Services, lot: LotImport) {
  const db = s.base.db;
  try {
    const { plan, identite } = await planDuLot(s, lot);
    await majLot(db, lot.id, { phase: "calcul", total: plan.nouveaux.length + plan.changements.length });
    const issue = await executer(
      db,
      s.organisationId,
      identite,
      plan,
      s.aujourdhui(),
      stockagePieces(s),
      (phase, fait, total) => majLot(db, lot.id, { phase, fait, total }),
    );
    await majLot(db, lot.id, { statut: "termine", phase: null, rapport: issue.rapport, fait: issue.dossiers.length });
    await oublierFichiers(db, lot.id);
    s.reveillerRelances?.();
    return issue;
  } catch (e) {
    if (e instanceof ImportImpossible) {
      // Nothing written, the files still there: the same import can be checked and run again.
      await majLot(db, lot.id, { statut: "analyse", phase: null, erreur: e.message });
      return null;
    }
    console.error("[import]", e);
    await majLot(db, lot.id, {
      statut: "echec",
      phase: null,
      erreur:
        "l'import a échoué et rien n'a été écrit (la transaction est annulée) : réessayez, ou signalez-le si cela se reproduit",
    });
    return null;
  }
}
