/** Exhibits (pièces) of a dossier: the rows; the files are handled by app/services/pieces.server.ts. */
import { and, asc, eq, max } from "drizzle-orm";
import type { Db } from "./database.server";
import { type Executeur, estIdentifiant } from "./dossiers.server";
import * as t from "./schema";

export type PieceEnregistree = typeof t.piece.$inferSelect;

export async function listerPieces(db: Executeur, dossierId: string): Promise<PieceEnregistree[]> {
  if (!estIdentifiant(dossierId)) return [];
  return db
    .select()
    .from(t.piece)
    .where(eq(t.piece.dossierId, dossierId))
    .orderBy(asc(t.piece.ordre), asc(t.piece.creeLe));
}

export async function ajouterPiece(
  db: Db,
  p: Omit<typeof t.piece.$inferInsert, "id" | "ordre" | "creeLe">,
): Promise<string> {
  const [max_] = await db
    .select({ n: max(t.piece.ordre) })
    .from(t.piece)
    .where(eq(t.piece.dossierId, p.dossierId));
  const [cree] = await db
    .insert(t.piece)
    .values({ ...p, ordre: (max_?.n ?? -1) + 1 })
    .returning({ id: t.piece.id });
  if (!cree) throw new Error("enregistrement de la pièce impossible");
  return cree.id;
}

export async function retirerPiece(db: Db, dossierId: string, pieceId: string): Promise<PieceEnregistree | null> {
  if (!estIdentifiant(pieceId) || !estIdentifiant(dossierId)) return null;
  const [p] = await db
    .delete(t.piece)
    .where(and(eq(t.piece.id, pieceId), eq(t.piece.dossierId, dossierId)))
    .returning();
  return p ?? null;
}
