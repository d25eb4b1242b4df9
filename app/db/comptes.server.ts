/**
 * Accounts, memberships, sessions, sign-in attempts and the setup code of a fresh instance. Tokens
 * are random; only their SHA-256 is stored (decision 017).
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, count, eq, gt, lt, sql } from "drizzle-orm";
import type { Db } from "./database.server";
import * as t from "./schema";

/** The roles a member of an organisation can have. */
export type RoleMembre = "administrateur" | "gestionnaire" | "lecteur";
/** A role on a dossier: a member's, or `avocat` for a lawyer the dossier is entrusted to. */
export type Role = RoleMembre | "avocat";

export const empreinte = (jeton: string) => createHash("sha256").update(jeton).digest("hex");

/** The shape of every random token the product hands out (base64url); anything else is not looked up. */
export const estJeton = (jeton: string) => /^[A-Za-z0-9_-]{20,100}$/.test(jeton);

export async function nombreUtilisateurs(db: Db): Promise<number> {
  const [r] = await db.select({ n: count() }).from(t.utilisateur);
  return r?.n ?? 0;
}

/**
 * While no account exists, a new setup code at each start (the last one printed is the valid one);
 * null once the instance has its administrator.
 */
export async function nouveauCodeInstallation(db: Db): Promise<string | null> {
  if ((await nombreUtilisateurs(db)) > 0) return null;
  const code = randomBytes(9)
    .toString("base64url")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "7")
    .slice(0, 12);
  const lisible = `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
  await db
    .insert(t.installation)
    .values({ id: 1, codeEmpreinte: empreinte(lisible) })
    .onConflictDoUpdate({ target: t.installation.id, set: { codeEmpreinte: empreinte(lisible), creeLe: sql`now()` } });
  return lisible;
}

async function codeValide(db: Db, code: string): Promise<boolean> {
  const [l] = await db.select().from(t.installation).where(eq(t.installation.id, 1));
  if (!l) return false;
  const a = Buffer.from(l.codeEmpreinte);
  const b = Buffer.from(empreinte(code.trim().toUpperCase()));
  return a.length === b.length && timingSafeEqual(a, b);
}

export class InstallationRefusee extends Error {
  override name = "InstallationRefusee";
}

/**
 * The first administrator, also the instance's operator. The organisation of the single-user mode
 * (every dossier created before accounts) becomes theirs, renamed: nothing is lost.
 */
export async function installer(
  db: Db,
  e: { code: string; email: string; nom: string; empreinteMotDePasse: string; organisation: string },
): Promise<{ utilisateurId: string; organisationId: string }> {
  return db.transaction(async (tx) => {
    const [n] = await tx.select({ n: count() }).from(t.utilisateur);
    if ((n?.n ?? 0) > 0) throw new InstallationRefusee("l'instance a déjà son administrateur");
    if (!(await codeValide(tx as unknown as Db, e.code)))
      throw new InstallationRefusee("code d'installation incorrect");
    const [org] = await tx
      .update(t.organisation)
      .set({ nom: e.organisation })
      .where(eq(t.organisation.parDefaut, "oui"))
      .returning({ id: t.organisation.id });
    if (!org) throw new Error("organisation par défaut introuvable");
    const [u] = await tx
      .insert(t.utilisateur)
      .values({ email: e.email.toLowerCase(), nom: e.nom, motDePasse: e.empreinteMotDePasse, operateur: 1 })
      .returning({ id: t.utilisateur.id });
    if (!u) throw new Error("création du compte impossible");
    await tx.insert(t.membre).values({ organisationId: org.id, utilisateurId: u.id, role: "administrateur" });
    await tx.delete(t.installation);
    return { utilisateurId: u.id, organisationId: org.id };
  });
}

export async function trouverUtilisateur(db: Db, email: string) {
  const [u] = await db.select().from(t.utilisateur).where(eq(t.utilisateur.email, email.trim().toLowerCase()));
  return u ?? null;
}

export async function trouverUtilisateurParId(db: Db, id: string) {
  const [u] = await db.select().from(t.utilisateur).where(eq(t.utilisateur.id, id));
  return u ?? null;
}

export async function changerMotDePasse(db: Db, utilisateurId: string, empreinteMotDePasse: string) {
  await db.update(t.utilisateur).set({ motDePasse: empreinteMotDePasse }).where(eq(t.utilisateur.id, utilisateurId));
}

export async function membresDe(db: Db, utilisateurId: string) {
  return db
    .select({ organisationId: t.membre.organisationId, role: t.membre.role, nom: t.organisation.nom })
    .from(t.membre)
    .innerJoin(t.organisation, eq(t.organisation.id, t.membre.organisationId))
    .where(eq(t.membre.utilisateurId, utilisateurId));
}

/** A new account in an organisation (CLI, invitations): the organisation is created when absent. */
export async function creerCompte(
  db: Db,
  e: {
    email: string;
    nom: string;
    empreinteMotDePasse: string;
    organisation: string;
    role: RoleMembre;
    operateur: boolean;
  },
): Promise<{ utilisateurId: string; organisationId: string }> {
  return db.transaction(async (tx) => {
    const [existant] = await tx
      .select({ id: t.utilisateur.id })
      .from(t.utilisateur)
      .where(eq(t.utilisateur.email, e.email.toLowerCase()));
    if (existant) throw new InstallationRefusee(`un compte existe déjà pour ${e.email.toLowerCase()}`);
    let [org] = await tx
      .select({ id: t.organisation.id })
      .from(t.organisation)
      .where(eq(t.organisation.nom, e.organisation));
    if (!org) {
      // The organisation of the single-user mode is adopted by the first account, as at installation.
      const [n] = await tx.select({ n: count() }).from(t.utilisateur);
      [org] =
        (n?.n ?? 0) === 0
          ? await tx
              .update(t.organisation)
              .set({ nom: e.organisation })
              .where(eq(t.organisation.parDefaut, "oui"))
              .returning({ id: t.organisation.id })
          : [];
      if (!org) {
        [org] = await tx.insert(t.organisation).values({ nom: e.organisation }).returning({ id: t.organisation.id });
      }
    }
    if (!org) throw new Error("organisation introuvable");
    const [u] = await tx
      .insert(t.utilisateur)
      .values({
        email: e.email.toLowerCase(),
        nom: e.nom,
        motDePasse: e.empreinteMotDePasse,
        operateur: e.operateur ? 1 : 0,
      })
      .returning({ id: t.utilisateur.id });
    if (!u) throw new Error("création du compte impossible");
    await tx.insert(t.membre).values({ organisationId: org.id, utilisateurId: u.id, role: e.role });
    await tx.delete(t.installation);
    return { utilisateurId: u.id, organisationId: org.id };
  });
}

// ——— Sessions ——————————————————————————————————————————————————————————————————————

/** Sliding expiry: a session used within this time stays open. */
export const DUREE_SESSION_MS = 14 * 24 * 3600 * 1000;

export async function creerSession(db: Db, utilisateurId: string, organisationId: string | null, agent: string | null) {
  const jeton = randomBytes(32).toString("base64url");
  await db.insert(t.session).values({
    id: empreinte(jeton),
    utilisateurId,
    organisationId,
    expireLe: new Date(Date.now() + DUREE_SESSION_MS),
    agent: agent?.slice(0, 300) ?? null,
  });
  return jeton;
}

export async function lireSession(db: Db, jeton: string) {
  const id = empreinte(jeton);
  const [l] = await db
    .select({
      id: t.session.id,
      organisationId: t.membre.organisationId,
      vuLe: t.session.vuLe,
      expireLe: t.session.expireLe,
      utilisateurId: t.utilisateur.id,
      email: t.utilisateur.email,
      nom: t.utilisateur.nom,
      operateur: t.utilisateur.operateur,
      role: t.membre.role,
      organisation: t.organisation.nom,
    })
    .from(t.session)
    .innerJoin(t.utilisateur, eq(t.utilisateur.id, t.session.utilisateurId))
    // The session's organisation, with the person's role in it: one query per request. A lawyer
    // may belong to no organisation (their dossiers are entrusted ones): then both are null.
    .leftJoin(
      t.membre,
      and(eq(t.membre.utilisateurId, t.session.utilisateurId), eq(t.membre.organisationId, t.session.organisationId)),
    )
    .leftJoin(t.organisation, eq(t.organisation.id, t.membre.organisationId))
    .where(and(eq(t.session.id, id), gt(t.session.expireLe, sql`now()`)));
  if (!l) return null;
  // Prolonged at most once a minute.
  if (Date.now() - l.vuLe.getTime() > 60_000) {
    await db
      .update(t.session)
      .set({ vuLe: sql`now()`, expireLe: new Date(Date.now() + DUREE_SESSION_MS) })
      .where(eq(t.session.id, id));
  }
  return l;
}

export async function fermerSession(db: Db, jeton: string) {
  await db.delete(t.session).where(eq(t.session.id, empreinte(jeton)));
}

export async function fermerSessions(db: Db, utilisateurId: string) {
  await db.delete(t.session).where(eq(t.session.utilisateurId, utilisateurId));
}

export async function listerSessions(db: Db, utilisateurId: string) {
  return db
    .select({ id: t.session.id, creeLe: t.session.creeLe, vuLe: t.session.vuLe, agent: t.session.agent })
    .from(t.session)
    .where(and(eq(t.session.utilisateurId, utilisateurId), gt(t.session.expireLe, sql`now()`)));
}

// ——— Throttling ———————————————————————————————————————————————————————————————————

export async function tentativesRecentes(db: Db, cle: string, depuisMs: number): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(t.tentativeConnexion)
    .where(and(eq(t.tentativeConnexion.cle, cle), gt(t.tentativeConnexion.creeLe, new Date(Date.now() - depuisMs))));
  return r?.n ?? 0;
}

export async function noterTentative(db: Db, cles: string[]) {
  await db.insert(t.tentativeConnexion).values(cles.map((cle) => ({ cle })));
  await db.delete(t.tentativeConnexion).where(lt(t.tentativeConnexion.creeLe, new Date(Date.now() - 24 * 3600 * 1000)));
}

export async function oublierTentatives(db: Db, cle: string) {
  await db.delete(t.tentativeConnexion).where(eq(t.tentativeConnexion.cle, cle));
}

// ——— Access to one dossier ————————————————————————————————————————————————————————————

/**
 * The person's role on a dossier, in one query: their role in the dossier's organisation (whatever
 * organisation their session is in), else `avocat` when it is entrusted to them and not revoked,
 * else null (the caller answers 404, as for a dossier that does not exist).
 */
export async function roleSurDossier(
  db: Db,
  dossierId: string,
  utilisateurId: string,
): Promise<{ organisationId: string; role: Role } | null> {
  const [l] = await db
    .select({
      organisationId: t.dossier.organisationId,
      role: t.membre.role,
      avocat: sql<boolean>`exists (select 1 from ${t.accesAvocat} where ${t.accesAvocat.dossierId} = ${t.dossier.id}
        and ${t.accesAvocat.utilisateurId} = ${utilisateurId} and ${t.accesAvocat.revoqueLe} is null)`,
    })
    .from(t.dossier)
    .leftJoin(
      t.membre,
      and(eq(t.membre.organisationId, t.dossier.organisationId), eq(t.membre.utilisateurId, utilisateurId)),
    )
    .where(eq(t.dossier.id, dossierId));
  if (!l) return null;
  if (l.role) return { organisationId: l.organisationId, role: l.role as RoleMembre };
  return l.avocat ? { organisationId: l.organisationId, role: "avocat" } : null;
}

/** Adds a person to an organisation (an invitation accepted); an existing membership keeps its role. */
export async function rejoindre(db: Db, utilisateurId: string, organisationId: string, role: RoleMembre) {
  await db.insert(t.membre).values({ organisationId, utilisateurId, role }).onConflictDoNothing();
}

/** An account outside any organisation (a lawyer accepting a dossier). */
export async function creerUtilisateur(db: Db, e: { email: string; nom: string; empreinteMotDePasse: string }) {
  const [u] = await db
    .insert(t.utilisateur)
    .values({ email: e.email.trim().toLowerCase(), nom: e.nom, motDePasse: e.empreinteMotDePasse })
    .onConflictDoNothing()
    .returning({ id: t.utilisateur.id });
  if (!u) throw new InstallationRefusee(`un compte existe déjà pour ${e.email.toLowerCase()}`);
  return u.id;
}

// ——— The person's iCalendar feed ————————————————————————————————————————————————————

/** A new feed token for the person (the previous one stops working); returned once, stored hashed. */
export async function nouveauJetonCalendrier(db: Db, utilisateurId: string): Promise<string> {
  const jeton = randomBytes(24).toString("base64url");
  await db
    .update(t.utilisateur)
    .set({ jetonCalendrier: empreinte(jeton) })
    .where(eq(t.utilisateur.id, utilisateurId));
  return jeton;
}

export async function revoquerJetonCalendrier(db: Db, utilisateurId: string) {
  await db.update(t.utilisateur).set({ jetonCalendrier: null }).where(eq(t.utilisateur.id, utilisateurId));
}

export async function utilisateurDuJetonCalendrier(db: Db, jeton: string): Promise<string | null> {
  if (!estJeton(jeton)) return null;
  const [u] = await db
    .select({ id: t.utilisateur.id })
    .from(t.utilisateur)
    .where(eq(t.utilisateur.jetonCalendrier, empreinte(jeton)));
  return u?.id ?? null;
}
