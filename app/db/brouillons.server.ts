/**
 * Wizard drafts: a dossier in `brouillon` state holds its answers in jsonb until it is opened
 * (decision 010).
 */
import { and, eq } from "drizzle-orm";
import type { Dossier } from "../../domain/dossier/dossier.schema";
import type { Db } from "./database.server";
import {
  avecReferenceUnique,
  type Executeur,
  ecrireContenu,
  estIdentifiant,
  insererEvenements,
  prendreVersion,
  referenceLibre,
} from "./dossiers.server";
import * as t from "./schema";

export type BrouillonEnregistre = { id: string; reference: string; version: number; brouillon: unknown };

/** A new dossier in `brouillon` state: the wizard fills it section by section. */
export async function creerBrouillon(
  db: Db,
  organisationId: string,
  options: { aujourdhui: string },
): Promise<{ id: string; version: number }> {
  return avecReferenceUnique(() =>
    db.transaction(async (tx) => {
      const reference = await referenceLibre(tx, organisationId, options.aujourdhui.slice(0, 4));
      const [cree] = await tx
        .insert(t.dossier)
        .values({ organisationId, reference, statut: "brouillon", brouillon: {} })
        .returning({ id: t.dossier.id, version: t.dossier.version });
      if (!cree) throw new Error("création du dossier impossible");
      return cree;
    }),
  );
}

/** The draft of a dossier, or null when absent or already open. */
export async function chargerBrouillon(db: Executeur, id: string): Promise<BrouillonEnregistre | null> {
  if (!estIdentifiant(id)) return null;
  const [l] = await db
    .select({
      id: t.dossier.id,
      reference: t.dossier.reference,
      version: t.dossier.version,
      brouillon: t.dossier.brouillon,
      statut: t.dossier.statut,
    })
    .from(t.dossier)
    .where(eq(t.dossier.id, id));
  if (l?.statut !== "brouillon") return null;
  return { id: l.id, reference: l.reference, version: l.version, brouillon: l.brouillon ?? {} };
}

/** Saves the wizard's answers (version-checked); returns the new version. */
export async function enregistrerBrouillon(
  db: Db,
  id: string,
  versionAttendue: number,
  brouillon: unknown,
): Promise<number> {
  return db.transaction(async (tx) => {
    const version = await prendreVersion(tx, id, versionAttendue);
    await tx
      .update(t.dossier)
      .set({ brouillon })
      .where(and(eq(t.dossier.id, id), eq(t.dossier.statut, "brouillon")));
    return version;
  });
}

/** Turns a complete draft into an open dossier: parties, invoices and journal in their tables. */
export async function ouvrirBrouillon(db: Db, id: string, versionAttendue: number, d: Dossier): Promise<number> {
  return db.transaction(async (tx) => {
    const version = await prendreVersion(tx, id, versionAttendue);
    await tx
      .update(t.dossier)
      .set({ statut: "ouvert", brouillon: null, objet: d.objet, options: d.options })
      .where(eq(t.dossier.id, id));
    await ecrireContenu(tx, id, d);
    await insererEvenements(tx, id, d.evenements);
    return version;
  });
}
