/**
 * Lists across dossiers: the dossiers of an organisation (one query) and the deadlines of its open
 * dossiers with the secret of its calendar feed.
 */
import { and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Partie } from "../../domain/dossier/dossier.schema";
import { principalDuBrouillon } from "../assistant/brouillon";
import type { Db } from "./database.server";
import type { EcheanceEnregistree, Restante } from "./journal.server";
import * as t from "./schema";

export type ResumeDossier = {
  id: string;
  reference: string;
  version: number;
  statut: "brouillon" | "ouvert";
  etape: string;
  prochaineEcheance: string | null;
  /** Null for a draft whose invoices are not saved yet. */
  resteDuCents: number | null;
  debiteur: string;
  modifieLe: Date;
};

export function nomDeLigne(p: { denomination?: string | null; nom?: string | null; prenoms?: string | null }): string {
  return p.denomination ?? [p.prenoms, p.nom].filter(Boolean).join(" ");
}

/** Which dossiers of the list: a stage (or « brouillon »), a search, a page. */
export type FiltreDossiers = { etape?: string; recherche?: string; limite?: number; decalage?: number };

function conditions(organisationId: string, f: FiltreDossiers) {
  const motif = f.recherche ? `%${f.recherche.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return and(
    eq(t.dossier.organisationId, organisationId),
    f.etape === "brouillon"
      ? eq(t.dossier.statut, "brouillon")
      : f.etape
        ? and(eq(t.dossier.statut, "ouvert"), eq(t.dossier.etape, f.etape))
        : undefined,
    motif
      ? or(
          sql`${t.dossier.reference} ilike ${motif}`,
          sql`${t.partie.denomination} ilike ${motif}`,
          sql`concat_ws(' ', ${t.partie.prenoms}, ${t.partie.nom}) ilike ${motif}`,
          sql`${t.dossier.brouillon} -> 'debiteur' ->> 'denomination' ilike ${motif}`,
          sql`${t.dossier.brouillon} -> 'debiteur' ->> 'nom' ilike ${motif}`,
        )
      : undefined,
  );
}

/** How many dossiers the filter keeps (for the pages). */
export async function compterDossiers(db: Db, organisationId: string, f: FiltreDossiers = {}): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(t.dossier)
    .leftJoin(t.partie, and(eq(t.partie.dossierId, t.dossier.id), eq(t.partie.role, "debiteur")))
    .where(conditions(organisationId, f));
  return Number(r?.n ?? 0);
}

export async function listerDossiers(db: Db, organisationId: string, f: FiltreDossiers = {}): Promise<ResumeDossier[]> {
  const lignes = await db
    .select({
      id: t.dossier.id,
      reference: t.dossier.reference,
      version: t.dossier.version,
      statut: t.dossier.statut,
      etape: t.dossier.etape,
      prochaineEcheance: t.dossier.prochaineEcheance,
      resteDuCents: t.dossier.resteDuCents,
      modifieLe: t.dossier.modifieLe,
      brouillon: t.dossier.brouillon,
      denomination: t.partie.denomination,
      nom: t.partie.nom,
      prenoms: t.partie.prenoms,
    })
    .from(t.dossier)
    .leftJoin(t.partie, and(eq(t.partie.dossierId, t.dossier.id), eq(t.partie.role, "debiteur")))
    .where(conditions(organisationId, f))
    .orderBy(sql`${t.dossier.prochaineEcheance} asc nulls last`, desc(t.dossier.modifieLe), t.dossier.id)
    .limit(f.limite ?? 100_000)
    .offset(f.decalage ?? 0);
  return lignes.map(({ denomination, nom, prenoms, brouillon, statut, ...l }) => ({
    ...l,
    statut: statut as ResumeDossier["statut"],
    resteDuCents: statut === "brouillon" ? principalDuBrouillon(brouillon) : l.resteDuCents,
    debiteur:
      statut === "brouillon"
        ? nomDeLigne((brouillon as { debiteur?: Partie } | null)?.debiteur ?? {})
        : nomDeLigne({ denomination, nom, prenoms }),
  }));
}

/**
 * Every deadline still to come of the open dossiers a person works on — those of each organisation
 * they belong to, and those entrusted to them as a lawyer — for their iCalendar feed.
 */
export async function listerEcheances(db: Db, utilisateurId: string, aPartirDu: string) {
  const lignes = await db
    .select({
      id: t.dossier.id,
      reference: t.dossier.reference,
      echeances: t.dossier.echeances,
      denomination: t.partie.denomination,
      nom: t.partie.nom,
      prenoms: t.partie.prenoms,
    })
    .from(t.dossier)
    .innerJoin(t.partie, and(eq(t.partie.dossierId, t.dossier.id), eq(t.partie.role, "debiteur")))
    .where(
      and(
        eq(t.dossier.statut, "ouvert"),
        or(
          inArray(
            t.dossier.organisationId,
            db.select({ o: t.membre.organisationId }).from(t.membre).where(eq(t.membre.utilisateurId, utilisateurId)),
          ),
          inArray(
            t.dossier.id,
            db
              .select({ d: t.accesAvocat.dossierId })
              .from(t.accesAvocat)
              .where(and(eq(t.accesAvocat.utilisateurId, utilisateurId), isNull(t.accesAvocat.revoqueLe))),
          ),
        ),
      ),
    );
  return lignes.flatMap((l) =>
    (l.echeances as EcheanceEnregistree[])
      .filter((e) => e.date >= aPartirDu)
      .map((e) => ({ ...e, dossierId: l.id, reference: l.reference, debiteur: nomDeLigne(l) })),
  );
}

/**
 * The open dossiers of an organisation with what the book and the bank matching need: the invoices
 * still owed (`restantes`), the stage, the prescription date alone, and the debtor's identity.
 */
export async function dossiersOuvertsDuLivre(db: Db, organisationId: string) {
  const lignes = await db
    .select({
      id: t.dossier.id,
      reference: t.dossier.reference,
      etape: t.dossier.etape,
      restantes: t.dossier.restantes,
      prescription: sql<
        string | null
      >`(select e ->> 'date' from jsonb_array_elements(${t.dossier.echeances}) e where e ->> 'code' = 'prescription' order by e ->> 'date' limit 1)`,
      denomination: t.partie.denomination,
      nom: t.partie.nom,
      prenoms: t.partie.prenoms,
      siren: t.partie.siren,
      adresse: t.partie.adresse,
    })
    .from(t.dossier)
    .innerJoin(t.partie, and(eq(t.partie.dossierId, t.dossier.id), eq(t.partie.role, "debiteur")))
    .where(and(eq(t.dossier.organisationId, organisationId), eq(t.dossier.statut, "ouvert")));
  return lignes.map((l) => ({
    ...l,
    restantes: (l.restantes as Restante[] | null) ?? [],
    debiteur: nomDeLigne(l),
    codePostal: (l.adresse as { codePostal?: string } | null)?.codePostal ?? null,
  }));
}
