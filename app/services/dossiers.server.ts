/**
 * Dossiers for the web app: the list with amounts and next deadlines, the import of a dossier
 * JSON (the journal is kept as the statechart accepts it), and the full view of one dossier
 * advanced to today.
 */

import { departementDuCodePostal } from "../../domain/calendrier/departement";
import { situation } from "../../domain/dossier/analyse";
import { type Dossier, DossierSchema } from "../../domain/dossier/dossier.schema";
import { datesFuturesDuDossier } from "../../domain/dossier/faits";
import { messageDuChamp } from "../../domain/dossier/libelles";
import { determinerJuridiction } from "../../domain/juridiction/juridiction";
import { type ErreurChamp, erreursChamps } from "../../domain/validation/zod-fr";
import { decrire, dossierStatique, rejouer } from "../../machines/escalation/parcours";
import { decrireEvenement } from "../../templates/_shared/journal";
import { nomPartie } from "../../templates/_shared/lettre";
import { DOCUMENTS, documentsDisponibles, type TypeDocument } from "../../templates/registre";
import type { Services } from "../contexte";
import { chargerDossier, creerDossier } from "../db/dossiers.server";
import { avancerDossier } from "./parcours-dossier.server";
import { piecesPourAffichage } from "./pieces.server";
import { tauxDeLInstance } from "./taux.server";

/**
 * The list: one query. The principal still due, the stage and the deadlines are stored with the
 * statechart's snapshot at every change (interest, which grows daily, is on the dossier page).
 */
export type IssueImport = { ok: true; id: string; rejets: number } | { ok: false; erreurs: ErreurChamp[] };

export async function importerDossier(s: Services, texte: string): Promise<IssueImport> {
  let brut: unknown;
  try {
    brut = JSON.parse(texte);
  } catch (e) {
    return { ok: false, erreurs: [{ champ: "json", message: `JSON mal formé : ${(e as Error).message}` }] };
  }
  const r = DossierSchema.safeParse(brut);
  const enFrancais = (e: ErreurChamp) => ({ champ: "json", message: messageDuChamp(e, brut) });
  if (!r.success) return { ok: false, erreurs: erreursChamps(r.error).map(enFrancais) };
  const aujourdhui = s.aujourdhui();
  const futures = datesFuturesDuDossier(r.data, aujourdhui);
  if (futures.length) return { ok: false, erreurs: futures.map(enFrancais) };
  const parcours = rejouer(r.data, aujourdhui);
  const dossier = { ...r.data, evenements: parcours.snapshot.context.journal };
  const { id } = await creerDossier(s.base.db, s.organisationId, dossier, { aujourdhui });
  const cree = await chargerDossier(s.base.db, id);
  if (cree) await avancerDossier(s.base.db, cree, aujourdhui);
  return { ok: true, id, rejets: parcours.rejets.length };
}

export async function vueDossier(s: Services, id: string) {
  const aujourdhui = s.aujourdhui();
  const d = await chargerDossier(s.base.db, id);
  if (!d) return null;
  // Advancing only appends journal events: the parties, invoices and reference read here stay
  // current, and the journal comes from the advanced snapshot.
  const { snapshot, version } = await avancerDossier(s.base.db, d, aujourdhui);
  const tauxPublies = await tauxDeLInstance(s.base.db);
  const sit = situation(dossierStatique({ ...d.dossier, tauxPublies }), snapshot.context.journal, aujourdhui);
  const description = decrire(snapshot, aujourdhui, sit);
  return {
    /** The stored dossier and what was computed from it, for the page's other sections (not sent to the browser). */
    enregistre: d,
    calcul: { snapshot, situation: sit },
    id: d.id,
    reference: d.reference,
    version,
    pieces: piecesPourAffichage(d.pieces),
    aujourdhui,
    creancier: nomPartie(d.dossier.creancier),
    debiteur: nomPartie(d.dossier.debiteur),
    factures: d.dossier.factures.map((f) => f.numero),
    ...description,
    interets: sit.interets
      ? {
          principalRestantCents: sit.interets.principalRestantCents,
          interetsCents: sit.interets.totalInteretsCents - sit.interets.interetsPayesCents,
          indemnitesCents: sit.interets.indemnitesForfaitairesCents,
          totalDuCents: sit.interets.totalDuCents,
          regime: sit.interets.regime,
        }
      : null,
    journal: snapshot.context.journal.map((e, i) => ({
      date: e.date,
      ...decrireEvenement(e),
      auteur: d.auteurs[i] ?? null,
    })),
    documents: documentsDisponibles(description.etape).map((t) => ({ type: t, libelle: DOCUMENTS[t].libelle })),
    nomsDocuments: Object.fromEntries(
      description.prochainesActions
        .flatMap((a) => a.documents)
        .map((t) => [t, DOCUMENTS[t as TypeDocument]?.libelle ?? t]),
    ) as Record<string, string>,
    juridiction: juridictionAConfirmer(d.dossier, description.etape, sit.totalReclameCents, aujourdhui),
  };
}

const ETAPES_JUDICIAIRES = new Set([
  "voie-judiciaire",
  "litige",
  "injonction-de-payer",
  "refere-provision",
  "assignation",
  "petites-creances",
]);

/**
 * The court a requête or an assignation will be addressed to: shown from the judicial route on,
 * with what the user confirmed, or the court named without asking (tribunal des activités
 * économiques at the debtor's seat) as a suggestion to confirm.
 */
function juridictionAConfirmer(d: Dossier, etape: string, montantCents: number, aujourdhui: string) {
  if (!ETAPES_JUDICIAIRES.has(etape)) return null;
  const a = d.debiteur.adresse;
  const j = determinerJuridiction({
    debiteur: {
      qualite: d.debiteur.qualite,
      departement: (a.pays ?? "FR") === "FR" ? departementDuCodePostal(a.codePostal) : undefined,
      pays: a.pays,
      commune: a.ville,
      formeJuridique: d.debiteur.formeJuridique,
    },
    creancier: { qualite: d.creancier.qualite },
    objet: d.objet,
    montantCents,
    aujourdhui,
  });
  if (!j.injonctionDePayer.libelle && !j.assignation.juridiction) return null;
  return {
    saisie: d.options.juridictionSaisie,
    suggestion: j.injonctionDePayer.tribunal,
    fonction: j.injonctionDePayer.libelle,
  };
}
