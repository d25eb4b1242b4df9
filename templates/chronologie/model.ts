/** Chronologie: the dossier's journal, each reminder with its date and channel, each payment, each step. */
import { dateCourte, dateLongue } from "../../domain/format/francais";
import { z } from "../../domain/validation/zod-fr";
import type { ContexteDocument } from "../_shared/contexte";
import { decrireEvenement } from "../_shared/journal";
import { nomPartie, referenceDuDossier } from "../_shared/lettre";

const t = z.string();

export const ChronologieModelSchema = z.object({
  titre: t,
  parties: t,
  reference: t,
  etablieLe: t,
  evenements: z.array(z.object({ date: t, libelle: t, detail: t })),
  aucunEvenement: z.boolean(),
  etape: t,
});

export type ChronologieModel = z.infer<typeof ChronologieModelSchema>;

const ETAPES: Record<string, string> = {
  qualification: "qualification de la créance",
  relance: "relances",
  "mise-en-demeure": "mise en demeure",
  "voie-judiciaire": "choix de la voie judiciaire",
  "petites-creances": "procédure de petites créances",
  "injonction-de-payer": "injonction de payer",
  "refere-provision": "référé-provision",
  assignation: "assignation au fond",
  execution: "exécution",
  echeancier: "échéancier",
  litige: "litige",
  "procedure-collective": "procédure collective",
  solde: "soldé",
  prescrite: "prescrite",
  abandon: "abandonné",
};

export function construireChronologie(c: ContexteDocument): ChronologieModel {
  return {
    titre: "CHRONOLOGIE DU DOSSIER",
    parties: `${nomPartie(c.dossier.creancier)} contre ${nomPartie(c.dossier.debiteur)}`,
    reference: referenceDuDossier(c),
    etablieLe: dateLongue(c.aujourdhui),
    evenements: c.journal.map((e, i) => {
      const { libelle, detail } = decrireEvenement(e);
      const auteur = c.auteurs?.[i];
      return {
        date: dateCourte(e.date),
        libelle,
        detail: auteur ? `${detail}${detail ? " — " : ""}inscrit par ${auteur}` : detail,
      };
    }),
    aucunEvenement: c.journal.length === 0,
    etape: ETAPES[c.etape] ?? c.etape,
  };
}

export function mentionsChronologie(c: ContexteDocument, m: ChronologieModel): string[] {
  return ["chronologie", nomPartie(c.dossier.debiteur), ...m.evenements.map((e) => e.date)];
}
