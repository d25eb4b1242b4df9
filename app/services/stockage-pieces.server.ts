/**
 * Where the content of an uploaded exhibit lives (decision 015): files under DATA_DIR/pieces on the
 * embedded database (one process, one machine), rows of `piece_contenu` on PostgreSQL so that every
 * server instance serves the same files. A `piece.fichier` reference says where its content is —
 * « base:<uuid> » in the database, a path relative to DATA_DIR/pieces otherwise — so a deployment
 * that moves from one to the other still reads what it stored before.
 */
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Base } from "../db/database.server";
import * as t from "../db/schema";

export type StockagePieces = {
  /** Stores the content; returns the reference to keep in `piece.fichier`. */
  ecrire(dossierId: string, extension: string, contenu: Uint8Array): Promise<string>;
  /** The content, or null when it cannot be found. */
  lire(reference: string): Promise<Buffer | null>;
  supprimer(reference: string): Promise<void>;
  /** Every file of a dossier (its rows go with the dossier's deletion). */
  supprimerDossier(dossierId: string): Promise<void>;
};

const PREFIXE_BASE = "base:";

/** Absolute path of a stored exhibit, refusing anything that would leave the exhibits folder. */
function cheminDans(racine: string, reference: string): string | null {
  const chemin = path.resolve(racine, reference);
  return chemin.startsWith(racine + path.sep) ? chemin : null;
}

export function stockage(base: Base, dataDir: string, enBase: boolean): StockagePieces {
  const racine = path.join(dataDir, "pieces");
  const lireFichier = async (reference: string) => {
    const chemin = cheminDans(racine, reference);
    if (!chemin) return null;
    try {
      return await readFile(chemin);
    } catch {
      return null;
    }
  };
  const lireEnBase = async (reference: string) => {
    const [l] = await base.db
      .select({ contenu: t.pieceContenu.contenu })
      .from(t.pieceContenu)
      .where(eq(t.pieceContenu.reference, reference));
    return l ? l.contenu : null;
  };
  return {
    async ecrire(dossierId, extension, contenu) {
      if (enBase) {
        const reference = `${PREFIXE_BASE}${randomUUID()}`;
        await base.db.insert(t.pieceContenu).values({ reference, dossierId, contenu: Buffer.from(contenu) });
        return reference;
      }
      const reference = path.join(dossierId, `${randomUUID()}${extension}`);
      const absolu = path.join(racine, reference);
      await mkdir(path.dirname(absolu), { recursive: true });
      await writeFile(absolu, contenu);
      return reference;
    },
    lire: (reference) => (reference.startsWith(PREFIXE_BASE) ? lireEnBase(reference) : lireFichier(reference)),
    async supprimer(reference) {
      if (reference.startsWith(PREFIXE_BASE)) {
        await base.db.delete(t.pieceContenu).where(eq(t.pieceContenu.reference, reference));
        return;
      }
      const chemin = cheminDans(racine, reference);
      if (chemin) await unlink(chemin).catch(() => undefined);
    },
    async supprimerDossier(dossierId) {
      await base.db.delete(t.pieceContenu).where(eq(t.pieceContenu.dossierId, dossierId));
      const dossier = cheminDans(racine, dossierId);
      if (dossier) await rm(dossier, { recursive: true, force: true });
    },
  };
}
