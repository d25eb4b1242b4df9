/**
 * Dossiers entrusted to a lawyer (an account outside the organisation, decision 019) and the
 * dossier's notes. An access is never deleted, only revoked, so the audit log and the journal keep
 * saying who did what.
 */
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "./database.server";
import { invitationsEnAttente } from "./equipes.server";
import * as t from "./schema";

/** Gives a lawyer access to a dossier (an access already open is kept). */
export async function confierDossier(db: Db, dossierId: string, utilisateurId: string, confiePar: string | null) {
  const [ouvert] = await db
    .select({ id: t.accesAvocat.id })
    .from(t.accesAvocat)
    .where(
      and(
        eq(t.accesAvocat.dossierId, dossierId),
        eq(t.accesAvocat.utilisateurId, utilisateurId),
        isNull(t.accesAvocat.revoqueLe),
      ),
    );
  if (ouvert) return;
  await db.insert(t.accesAvocat).values({ dossierId, utilisateurId, confiePar });
}

export async function revoquerAcces(db: Db, dossierId: string, accesId: string): Promise<string | null> {
  const [r] = await db
    .update(t.accesAvocat)
    .set({ revoqueLe: sql`now()` })
    .where(and(eq(t.accesAvocat.id, accesId), eq(t.accesAvocat.dossierId, dossierId), isNull(t.accesAvocat.revoqueLe)))
    .returning({ utilisateurId: t.accesAvocat.utilisateurId });
  return r?.utilisateurId ?? null;
}

/** The lawyers who work on a dossier now, and the invitations still waiting. */
export async function avocatsDuDossier(db: Db, dossierId: string) {
  const acces = await db
    .select({
      id: t.accesAvocat.id,
      nom: t.utilisateur.nom,
      email: t.utilisateur.email,
      depuis: t.accesAvocat.creeLe,
    })
    .from(t.accesAvocat)
    .innerJoin(t.utilisateur, eq(t.utilisateur.id, t.accesAvocat.utilisateurId))
    .where(and(eq(t.accesAvocat.dossierId, dossierId), isNull(t.accesAvocat.revoqueLe)))
    .orderBy(asc(t.accesAvocat.creeLe));
  const invitations = await invitationsEnAttente(db, { dossierId });
  return { acces, invitations };
}

/** « Mes clients »: every dossier entrusted to the person and not revoked, by client. */
export async function dossiersConfies(db: Db, utilisateurId: string) {
  return db
    .select({
      id: t.dossier.id,
      reference: t.dossier.reference,
      etape: t.dossier.etape,
      prochaineEcheance: t.dossier.prochaineEcheance,
      resteDuCents: t.dossier.resteDuCents,
      organisation: t.organisation.nom,
      depuis: t.accesAvocat.creeLe,
    })
    .from(t.accesAvocat)
    .innerJoin(t.dossier, eq(t.dossier.id, t.accesAvocat.dossierId))
    .innerJoin(t.organisation, eq(t.organisation.id, t.dossier.organisationId))
    .where(and(eq(t.accesAvocat.utilisateurId, utilisateurId), isNull(t.accesAvocat.revoqueLe)))
    .orderBy(asc(t.organisation.nom), asc(t.dossier.reference));
}

// ——— Notes ————————————————————————————————————————————————————————————————————————

export async function ajouterNote(
  db: Db,
  dossierId: string,
  auteur: { utilisateurId: string; nom: string },
  texte: string,
) {
  await db.insert(t.note).values({ dossierId, auteurId: auteur.utilisateurId, auteurNom: auteur.nom, texte });
}

export async function notesDuDossier(db: Db, dossierId: string) {
  return db
    .select({ auteurNom: t.note.auteurNom, texte: t.note.texte, creeLe: t.note.creeLe })
    .from(t.note)
    .where(eq(t.note.dossierId, dossierId))
    .orderBy(desc(t.note.creeLe));
}
