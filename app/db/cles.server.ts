/**
 * Passkeys (WebAuthn credentials) and the challenges waiting for an answer (decision 020). The
 * challenge lives in the database so that any instance can verify the answer; it is used once.
 */
import { and, eq, gt, lt, sql } from "drizzle-orm";
import { empreinte } from "./comptes.server";
import type { Db } from "./database.server";
import * as t from "./schema";

const DUREE_DEFI_MS = 5 * 60 * 1000;

export async function garderDefi(db: Db, cle: string, defi: string, utilisateurId: string | null) {
  await db.delete(t.defiWebauthn).where(lt(t.defiWebauthn.expireLe, sql`now()`));
  await db
    .insert(t.defiWebauthn)
    .values({ id: empreinte(cle), defi, utilisateurId, expireLe: new Date(Date.now() + DUREE_DEFI_MS) });
}

/** The challenge of this browser, removed as it is read (one answer per challenge). */
export async function reprendreDefi(db: Db, cle: string) {
  const [d] = await db
    .delete(t.defiWebauthn)
    .where(and(eq(t.defiWebauthn.id, empreinte(cle)), gt(t.defiWebauthn.expireLe, sql`now()`)))
    .returning();
  return d ?? null;
}

export async function clesDe(db: Db, utilisateurId: string) {
  return db.select().from(t.cleAcces).where(eq(t.cleAcces.utilisateurId, utilisateurId));
}

export async function trouverCle(db: Db, id: string) {
  const [c] = await db.select().from(t.cleAcces).where(eq(t.cleAcces.id, id));
  return c ?? null;
}

export async function ajouterCle(db: Db, c: typeof t.cleAcces.$inferInsert) {
  await db.insert(t.cleAcces).values(c);
}

export async function cleUtilisee(db: Db, id: string, compteur: number) {
  await db.update(t.cleAcces).set({ compteur, utiliseLe: sql`now()` }).where(eq(t.cleAcces.id, id));
}

export async function supprimerCle(db: Db, utilisateurId: string, id: string) {
  await db.delete(t.cleAcces).where(and(eq(t.cleAcces.id, id), eq(t.cleAcces.utilisateurId, utilisateurId)));
}
