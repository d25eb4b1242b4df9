/**
 * Exhibits uploaded with a dossier (invoices, quotes, delivery notes, the signed avis de
 * réception): checked by their first bytes (PDF, PNG, JPEG — never by the name or the type the
 * browser claims) and by size, stored under DATA_DIR/pieces/<dossier>/, outside the web root,
 * and removed with their dossier.
 */
import { createHash } from "node:crypto";
import { estJourValide, type Jour } from "../../domain/dates/jour";
import { messageDateFuture } from "../../domain/dossier/faits";
import { nettoyerSaisie } from "../../domain/texte/texte";
import { texteLibre } from "../../domain/validation/texte.schema";
import type { ErreurChamp } from "../../domain/validation/zod-fr";
import type { Services } from "../contexte";
import type { Db } from "../db/database.server";
import { estIdentifiant, supprimerDossier } from "../db/dossiers.server";
import { ajouterPiece, listerPieces, type PieceEnregistree, retirerPiece } from "../db/pieces.server";
import type { FichierRecu } from "../televersement.server";
import { type StockagePieces, stockage } from "./stockage-pieces.server";

export const TYPES_ACCEPTES = [
  { mime: "application/pdf", extension: ".pdf", signature: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mime: "image/png", extension: ".png", signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: "image/jpeg", extension: ".jpg", signature: [0xff, 0xd8, 0xff] },
] as const;

export function typeDuContenu(octets: Uint8Array) {
  return TYPES_ACCEPTES.find((t) => t.signature.every((b, i) => octets[i] === b)) ?? null;
}

/**
 * The storage of this instance: rows of the database on PostgreSQL (several instances share it),
 * files under DATA_DIR/pieces on the embedded database (decision 015).
 */
export function stockagePieces(s: Services): StockagePieces {
  return stockage(s.base, s.config.dataDir, s.base.moteur === "postgresql");
}

const IntituleSchema = texteLibre(200).min(1, "décrivez la pièce, par exemple « Facture F-2026-014 »");

export type IssueTeleversement = { ok: true; id: string } | { ok: false; erreurs: ErreurChamp[] };

export async function televerserPiece(
  s: Services,
  dossierId: string,
  entree: { intitule: string; date: string; fichier: FichierRecu | undefined; aujourdhui: Jour },
): Promise<IssueTeleversement> {
  const erreurs: ErreurChamp[] = [];
  const intitule = IntituleSchema.safeParse(entree.intitule);
  if (!intitule.success) erreurs.push({ champ: "intitule", message: intitule.error.issues[0]!.message });
  const date = entree.date.trim();
  if (date && !estJourValide(date)) erreurs.push({ champ: "datePiece", message: "date invalide (AAAA-MM-JJ)" });
  else if (date && date > entree.aujourdhui)
    erreurs.push({ champ: "datePiece", message: messageDateFuture(entree.aujourdhui) });
  const f = entree.fichier;
  const max = s.config.pieceTailleMaxOctets;
  let type: ReturnType<typeof typeDuContenu> = null;
  if (f?.tropGrand) {
    erreurs.push({ champ: "fichier", message: `le fichier dépasse la limite de ${Math.round(max / 1_048_576)} Mo` });
  } else if (!f || f.octets.byteLength === 0) {
    erreurs.push({ champ: "fichier", message: "choisissez un fichier PDF, PNG ou JPEG" });
  } else {
    type = typeDuContenu(f.octets);
    if (!type) erreurs.push({ champ: "fichier", message: "seuls les PDF et les images PNG ou JPEG sont acceptés" });
  }
  if (erreurs.length || !f || !type || !intitule.success) return { ok: false, erreurs };
  if (!estIdentifiant(dossierId)) return { ok: false, erreurs: [{ champ: "fichier", message: "dossier introuvable" }] };
  const id = await rangerPiece(s.base.db, stockagePieces(s), dossierId, {
    intitule: intitule.data,
    date: date || null,
    nom: f.nom,
    type,
    octets: f.octets,
  });
  return { ok: true, id };
}

/**
 * Stores a checked file as an exhibit of the dossier: its content (stockage), then its row with
 * its size and SHA-256; the content is removed again if the row cannot be written.
 */
export async function rangerPiece(
  db: Db,
  stock: StockagePieces,
  dossierId: string,
  p: { intitule: string; date: Jour | null; nom: string; type: (typeof TYPES_ACCEPTES)[number]; octets: Uint8Array },
): Promise<string> {
  const relatif = await stock.ecrire(dossierId, p.type.extension, p.octets);
  try {
    return await ajouterPiece(db, {
      dossierId,
      intitule: p.intitule,
      date: p.date,
      fichier: relatif,
      nomOriginal: nettoyerSaisie(p.nom).texte.slice(0, 255),
      typeMime: p.type.mime,
      octets: p.octets.byteLength,
      sha256: createHash("sha256").update(p.octets).digest("hex"),
    });
  } catch (e) {
    await stock.supprimer(relatif);
    throw e;
  }
}

/** The exhibits as the dossier page lists them (rows read with the dossier). */
export function piecesPourAffichage(pieces: readonly PieceEnregistree[]) {
  return pieces.map((p) => ({
    id: p.id,
    intitule: p.intitule,
    date: p.date,
    fichier: p.fichier !== null,
    nomOriginal: p.nomOriginal,
    octets: p.octets,
    typeMime: p.typeMime,
  }));
}

export async function contenuPiece(s: Services, dossierId: string, pieceId: string) {
  const p = (await listerPieces(s.base.db, dossierId)).find((x) => x.id === pieceId);
  if (!p?.fichier) return null;
  const contenu = await stockagePieces(s).lire(p.fichier);
  if (!contenu) return null;
  return { contenu, typeMime: p.typeMime ?? "application/octet-stream", nom: p.nomOriginal };
}

/** For the lawyer's ZIP: reads a stored exhibit (null when missing). */
export function lecteurPieces(s: Services) {
  const stock = stockagePieces(s);
  return (fichier: string): Promise<Buffer | null> => stock.lire(fichier);
}

/** Removes an exhibit and its file; returns its title, or null when there was none. */
export async function supprimerPiece(s: Services, dossierId: string, pieceId: string): Promise<string | null> {
  const p = await retirerPiece(s.base.db, dossierId, pieceId);
  if (p?.fichier) await stockagePieces(s).supprimer(p.fichier);
  return p?.intitule ?? null;
}

/** Deletes a dossier with its journal, documents and exhibit files. */
export async function supprimerDossierEtFichiers(s: Services, dossierId: string): Promise<boolean> {
  if (!estIdentifiant(dossierId)) return false;
  await stockagePieces(s).supprimerDossier(dossierId);
  return supprimerDossier(s.base.db, dossierId);
}
