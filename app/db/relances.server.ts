/**
 * Relance plans, the sender identity of an organisation, and the `relance` rows — outbox and tasks
 * (decision 021). Claiming work is one atomic statement (`UPDATE … WHERE id IN (SELECT … FOR UPDATE
 * SKIP LOCKED)`), the same on PGlite and PostgreSQL: two instances never take the same row.
 */
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { type Plan, PlanSchema, planParDefaut } from "../../domain/relances/plan";
import type { Db } from "./database.server";
import { type Executeur, estIdentifiant } from "./dossiers.server";
import * as t from "./schema";

export type PlanEnregistre = { id: string; parDefaut: boolean; plan: Plan };

const lirePlan = (l: typeof t.planRelance.$inferSelect): PlanEnregistre => {
  const r = PlanSchema.safeParse(l.contenu);
  // A plan saved by an older version that no longer validates falls back to the default one.
  return { id: l.id, parDefaut: l.parDefaut === 1, plan: r.success ? r.data : planParDefaut() };
};

/** The organisation's default plan, created the first time it is needed. */
export async function planParDefautDe(db: Db, organisationId: string): Promise<PlanEnregistre> {
  const [l] = await db
    .select()
    .from(t.planRelance)
    .where(and(eq(t.planRelance.organisationId, organisationId), eq(t.planRelance.parDefaut, 1)))
    .limit(1);
  if (l) return lirePlan(l);
  const [cree] = await db
    .insert(t.planRelance)
    .values({ organisationId, parDefaut: 1, contenu: planParDefaut() })
    .returning();
  return lirePlan(cree!);
}

export async function plansDe(db: Db, organisationId: string): Promise<PlanEnregistre[]> {
  await planParDefautDe(db, organisationId);
  const lignes = await db
    .select()
    .from(t.planRelance)
    .where(eq(t.planRelance.organisationId, organisationId))
    .orderBy(desc(t.planRelance.parDefaut), asc(t.planRelance.creeLe));
  return lignes.map(lirePlan);
}

export async function planParId(db: Db, organisationId: string, id: string): Promise<PlanEnregistre | null> {
  if (!estIdentifiant(id)) return null;
  const [l] = await db
    .select()
    .from(t.planRelance)
    .where(and(eq(t.planRelance.organisationId, organisationId), eq(t.planRelance.id, id)));
  return l ? lirePlan(l) : null;
}

/** Saves a plan (a new one when `id` is null); returns its id. */
export async function enregistrerPlan(db: Db, organisationId: string, id: string | null, plan: Plan) {
  if (id) {
    await db
      .update(t.planRelance)
      .set({ contenu: plan, modifieLe: sql`now()` })
      .where(and(eq(t.planRelance.id, id), eq(t.planRelance.organisationId, organisationId)));
    return id;
  }
  const [l] = await db
    .insert(t.planRelance)
    .values({ organisationId, contenu: plan })
    .returning({ id: t.planRelance.id });
  return l!.id;
}

export type Expediteur = {
  nom: string | null;
  adresse: string | null;
  reponseA: string | null;
  signature: string | null;
};

export async function expediteurDe(db: Executeur, organisationId: string): Promise<Expediteur> {
  const [o] = await db
    .select({
      nom: t.organisation.expediteurNom,
      adresse: t.organisation.expediteurAdresse,
      reponseA: t.organisation.expediteurReponseA,
      signature: t.organisation.expediteurSignature,
    })
    .from(t.organisation)
    .where(eq(t.organisation.id, organisationId));
  return o ?? { nom: null, adresse: null, reponseA: null, signature: null };
}

export async function enregistrerExpediteur(db: Db, organisationId: string, e: Expediteur) {
  await db
    .update(t.organisation)
    .set({
      expediteurNom: e.nom,
      expediteurAdresse: e.adresse,
      expediteurReponseA: e.reponseA,
      expediteurSignature: e.signature,
    })
    .where(eq(t.organisation.id, organisationId));
}

/** The dossier's own plan choice and pause. */
export async function reglerRelancesDuDossier(
  db: Db,
  dossierId: string,
  r: { planId?: string | null; enPause?: boolean },
) {
  await db
    .update(t.dossier)
    .set({
      ...(r.planId !== undefined ? { planId: r.planId } : {}),
      ...(r.enPause !== undefined ? { relancesEnPause: r.enPause ? 1 : 0 } : {}),
    })
    .where(eq(t.dossier.id, dossierId));
}

// ——— Rows: outbox and tasks ——————————————————————————————————————————————————————

export type Relance = typeof t.relance.$inferSelect;
export type NouvelleRelance = typeof t.relance.$inferInsert;

export const STATUTS_OUVERTS = ["a-valider", "a-faire", "echec", "attente-manuelle"] as const;

/** The keys already decided for these dossiers (a step is decided once per anchor). */
export async function clesDecidees(db: Executeur, dossierIds: string[]): Promise<Set<string>> {
  if (dossierIds.length === 0) return new Set();
  const lignes = await db
    .select({ cle: t.relance.cle })
    .from(t.relance)
    .where(inArray(t.relance.dossierId, dossierIds));
  return new Set(lignes.map((l) => l.cle));
}

/** Inserts a decided step; null when the same key was decided meanwhile (another instance). */
export async function insererRelance(db: Executeur, r: NouvelleRelance): Promise<Relance | null> {
  const [l] = await db.insert(t.relance).values(r).onConflictDoNothing({ target: t.relance.cle }).returning();
  return l ?? null;
}

/**
 * Claims up to `limite` emails ready to leave — and those a crashed worker left half-sent (its
 * claim expired): they go again with the same Message-ID.
 */
export async function reserverEnvois(
  db: Db,
  limite: number,
  dureeVerrouS = 120,
  maintenant: Date = new Date(),
): Promise<Relance[]> {
  const r = await db.execute(sql`
    update ${t.relance} set statut = 'envoi', verrou_jusqua = now() + make_interval(secs => ${dureeVerrouS}),
      modifie_le = now()
    where ${t.relance.id} in (
      select id from ${t.relance}
      where (statut = 'a-envoyer' and (prochain_essai is null or prochain_essai <= ${maintenant.toISOString()}::timestamptz))
         or (statut = 'envoi' and verrou_jusqua < now())
      order by prochain_essai nulls first, cree_le
      limit ${limite}
      for update skip locked
    )
    returning id`);
  const ids = ((r as { rows?: { id: string }[] }).rows ?? (r as unknown as { id: string }[])).map((x) => x.id);
  if (ids.length === 0) return [];
  return db.select().from(t.relance).where(inArray(t.relance.id, ids));
}

export async function modifierRelance(db: Executeur, id: string, champs: Partial<NouvelleRelance>) {
  await db
    .update(t.relance)
    .set({ ...champs, modifieLe: sql`now()` })
    .where(eq(t.relance.id, id));
}

export async function relanceParId(db: Executeur, organisationId: string, id: string): Promise<Relance | null> {
  if (!estIdentifiant(id)) return null;
  const [l] = await db
    .select()
    .from(t.relance)
    .where(and(eq(t.relance.id, id), eq(t.relance.organisationId, organisationId)));
  return l ?? null;
}

export async function relancesDuDossier(db: Db, dossierId: string): Promise<Relance[]> {
  return db
    .select()
    .from(t.relance)
    .where(eq(t.relance.dossierId, dossierId))
    .orderBy(asc(t.relance.jour), asc(t.relance.creeLe));
}

/** Today's tasks of an organisation: to validate, to do, failed, waiting to be sent by hand. */
export async function tachesDe(db: Db, organisationId: string) {
  return db
    .select({
      relance: t.relance,
      reference: t.dossier.reference,
      denomination: t.partie.denomination,
      nom: t.partie.nom,
      prenoms: t.partie.prenoms,
      telephone: t.partie.telephone,
    })
    .from(t.relance)
    .innerJoin(t.dossier, eq(t.dossier.id, t.relance.dossierId))
    .leftJoin(t.partie, and(eq(t.partie.dossierId, t.dossier.id), eq(t.partie.role, "debiteur")))
    .where(and(eq(t.relance.organisationId, organisationId), inArray(t.relance.statut, [...STATUTS_OUVERTS])))
    .orderBy(asc(t.relance.jour), asc(t.relance.creeLe));
}

export async function nombreDeTaches(db: Db, organisationId: string): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(t.relance)
    .where(and(eq(t.relance.organisationId, organisationId), inArray(t.relance.statut, [...STATUTS_OUVERTS])));
  return r?.n ?? 0;
}
