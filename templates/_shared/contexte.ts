/**
 * What every document model is built from: the dossier, the date of the document, the statechart's
 * reading of the journal (stage, deadlines) and the money situation (interest, barred invoices).
 * Built once by `preparerContexte` (templates/preparer.ts) and passed to each model builder.
 */
import type { Jour } from "../../domain/dates/jour";
import type { Situation } from "../../domain/dossier/analyse";
import type { Dossier, Partie } from "../../domain/dossier/dossier.schema";
import type { Evenement } from "../../domain/dossier/evenements";
import type { Echeance } from "../../machines/escalation/echeances";
import type { Etape } from "../../machines/escalation/escalation.machine";

export type ContexteDocument = {
  dossier: Dossier;
  aujourdhui: Jour;
  /** The journal as the statechart accepted it (with the deadlines that passed). */
  journal: Evenement[];
  etape: Etape;
  echeances: Echeance[];
  situation: Situation;
  /** Who recorded each journal event (same order), when the dossier comes from the database. */
  auteurs?: readonly (string | null)[];
};

export type { Partie };
