/**
 * What an import of invoices reads and writes (issue 15): the organisation's identity as a creditor
 * (the seller an e-invoice must name, the créancier of the dossiers created), the CSV mappings it
 * remembers, the import batches with their files and progress, and the invoices already known for a
 * set of debtors. The import itself is written by `app/services/import/import.server.ts` in one
 * transaction.
 */
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Partie } from "../../domain/dossier/dossier.schema";
import { paquets } from "../../lib/paquets";
import type { Champ } from "../services/import/csv";
import type { Db } from "./database.server";
import { type Executeur, estIdentifiant } from "./dossiers.server";
import * as t from "./schema";

export type IdentiteOrganisation = { nom: string; siren: string | null; tva: string | null; creancier: Partie | null };

export async function identiteOrganisation(db: Executeur, organisationId: string): Promise<IdentiteOrganisation> {
  const [o] = await db
    .select({
      nom: t.organisation.nom,
      siren: t.organisation.siren,
      tva: t.organisation.tva,
      identite: t.organisation.identite,
    })
    .from(t.organisation)
    .where(eq(t.organisation.id, organisationId));
  return {
    nom: o?.nom ?? "",
    siren: o?.siren ?? null,
    tva: o?.tva ?? null,
    creancier: (o?.identite as Partie | null) ?? null,
  };
}

export async function enregistrerIdentite(db: Db, organisationId: string, creancier: Partie, tva: string | null) {
  await db
    .update(t.organisation)
    .set({ identite: creancier, siren: creancier.siren ?? null, tva })
    .where(eq(t.organisation.id, organisationId));
}

export type Correspondance = Partial<Record<Champ, string>>;

/** The mappings remembered by the organisation, by header line (the same export is recognised next time). */
export async function correspondancesRetenues(db: Executeur, organisationId: string) {
  const [o] = await db
    .select({ c: t.organisation.correspondancesCsv })
    .from(t.organisation)
    .where(eq(t.organisation.id, organisationId));
  return (o?.c ?? {}) as Record<string, Correspondance>;
}

export async function retenirCorrespondance(db: Db, organisationId: string, entetes: string[], c: Correspondance) {
  const cle = cleEntetes(entetes);
  await db
    .update(t.organisation)
    .set({ correspondancesCsv: sql`${t.organisation.correspondancesCsv} || ${JSON.stringify({ [cle]: c })}::jsonb` })
    .where(eq(t.organisation.id, organisationId));
}

export function cleEntetes(entetes: string[]): string {
  return entetes.join("\u001f");
}

export type LotImport = typeof t.importLot.$inferSelect;

export async function creerLot(
  db: Db,
  organisationId: string,
  auteurNom: string | null,
  fichiers: { nom: string; octets: Uint8Array }[],
): Promise<string> {
  return db.transaction(async (tx) => {
    // Imports read but never launched keep their files a week, no more.
    await tx
      .delete(t.importLot)
      .where(
        and(
          eq(t.importLot.organisationId, organisationId),
          eq(t.importLot.statut, "analyse"),
          sql`${t.importLot.creeLe} < now() - interval '7 days'`,
        ),
      );
    const [lot] = await tx.insert(t.importLot).values({ organisationId, auteurNom }).returning({ id: t.importLot.id });
    if (!lot) throw new Error("création de l'import impossible");
    await tx
      .insert(t.importFichier)
      .values(fichiers.map((f, ordre) => ({ importId: lot.id, ordre, nom: f.nom, contenu: Buffer.from(f.octets) })));
    return lot.id;
  });
}

/** A batch of the organisation (another organisation's: null, like an unknown one). */
export async function lireLot(db: Executeur, organisationId: string, id: string): Promise<LotImport | null> {
  if (!estIdentifiant(id)) return null;
  const [l] = await db
    .select()
    .from(t.importLot)
    .where(and(eq(t.importLot.id, id), eq(t.importLot.organisationId, organisationId)));
  return l ?? null;
}

export async function fichiersDuLot(db: Executeur, id: string) {
  return db
    .select({ nom: t.importFichier.nom, octets: t.importFichier.contenu })
    .from(t.importFichier)
    .where(eq(t.importFichier.importId, id))
    .orderBy(t.importFichier.ordre);
}

export async function lotsRecents(db: Executeur, organisationId: string) {
  return db
    .select({
      id: t.importLot.id,
      statut: t.importLot.statut,
      creeLe: t.importLot.creeLe,
      auteurNom: t.importLot.auteurNom,
      rapport: t.importLot.rapport,
    })
    .from(t.importLot)
    .where(eq(t.importLot.organisationId, organisationId))
    .orderBy(desc(t.importLot.creeLe))
    .limit(10);
}

/** Once imported, the files are no longer needed (the Factur-X PDFs are kept as pièces): only the report stays. */
export async function oublierFichiers(db: Executeur, id: string) {
  await db.delete(t.importFichier).where(eq(t.importFichier.importId, id));
}

/**
 * An import « en cours » whose progress has not moved for ten minutes was stopped with its server
 * (the work writes its progress every few seconds): it is offered again — its transaction was
 * rolled back, or, if it had committed, the invoices are found unchanged.
 */
export async function reprendreLotInterrompu(db: Executeur, id: string): Promise<boolean> {
  const r = await db
    .update(t.importLot)
    .set({
      statut: "analyse",
      phase: null,
      erreur:
        "l'import a été interrompu (serveur arrêté) : relancez-le — ce qui a déjà été écrit ne le sera pas deux fois",
      modifieLe: sql`now()`,
    })
    .where(
      and(
        eq(t.importLot.id, id),
        eq(t.importLot.statut, "en-cours"),
        sql`${t.importLot.modifieLe} < now() - interval '10 minutes'`,
      ),
    )
    .returning({ id: t.importLot.id });
  return r.length > 0;
}

export async function majLot(db: Executeur, id: string, m: Partial<typeof t.importLot.$inferInsert>) {
  await db
    .update(t.importLot)
    .set({ ...m, modifieLe: sql`now()` })
    .where(eq(t.importLot.id, id));
}

/**
 * Starts the batch once: « analyse » → « en-cours » (two clicks, two tabs or two instances start it
 * once). Returns false when it was no longer waiting.
 */
export async function demarrerLot(db: Db, id: string): Promise<boolean> {
  const r = await db
    .update(t.importLot)
    .set({ statut: "en-cours", fait: 0, total: 0, phase: "lecture", erreur: null, modifieLe: sql`now()` })
    .where(and(eq(t.importLot.id, id), eq(t.importLot.statut, "analyse")))
    .returning({ id: t.importLot.id });
  return r.length > 0;
}

export type FactureConnue = {
  numero: string;
  montantTtcCents: number;
  dateEcheance: string;
  avoirs: { numero: string; date: string; montantCents: number }[];
  payeCents: number;
};

export type DossierConnu = {
  id: string;
  reference: string;
  version: number;
  etape: string;
  cle: string;
  medEnvoyee: string | null;
  factures: FactureConnue[];
};

/** The organisation's dossiers for these debtors, with their invoices and what was paid on each. */
export async function dossiersDesDebiteurs(db: Executeur, organisationId: string, cles: string[]) {
  const connus: DossierConnu[] = [];
  for (const lot of paquets(cles, 1000)) {
    const dossiers = await db
      .select({
        id: t.dossier.id,
        reference: t.dossier.reference,
        version: t.dossier.version,
        etape: t.dossier.etape,
        cle: t.dossier.cleDebiteur,
      })
      .from(t.dossier)
      .where(
        and(
          eq(t.dossier.organisationId, organisationId),
          eq(t.dossier.statut, "ouvert"),
          inArray(t.dossier.cleDebiteur, lot),
        ),
      );
    if (dossiers.length === 0) continue;
    const ids = dossiers.map((d) => d.id);
    const factures = await db
      .select({
        dossierId: t.facture.dossierId,
        numero: t.facture.numero,
        montantTtcCents: t.facture.montantTtcCents,
        dateEcheance: t.facture.dateEcheance,
        avoirs: t.facture.avoirs,
      })
      .from(t.facture)
      .where(inArray(t.facture.dossierId, ids))
      .orderBy(t.facture.ordre);
    const evenements = await db
      .select({
        dossierId: t.evenement.dossierId,
        type: t.evenement.type,
        date: t.evenement.date,
        donnees: t.evenement.donnees,
      })
      .from(t.evenement)
      .where(and(inArray(t.evenement.dossierId, ids), inArray(t.evenement.type, ["paiement.recu", "med.envoyee"])))
      .orderBy(t.evenement.sequence);
    // Grouped by dossier once (not filtered again for each dossier and invoice).
    const facturesDe = new Map<string, typeof factures>();
    for (const f of factures) {
      const liste = facturesDe.get(f.dossierId);
      if (liste) liste.push(f);
      else facturesDe.set(f.dossierId, [f]);
    }
    const medDe = new Map<string, string>();
    const payeDe = new Map<string, number>();
    for (const e of evenements) {
      if (e.type === "med.envoyee") {
        if (!medDe.has(e.dossierId)) medDe.set(e.dossierId, e.date);
        continue;
      }
      const { facture, montantCents } = e.donnees as { facture?: string; montantCents?: number };
      if (facture)
        payeDe.set(`${e.dossierId}#${facture}`, (payeDe.get(`${e.dossierId}#${facture}`) ?? 0) + (montantCents ?? 0));
    }
    for (const d of dossiers)
      connus.push({
        id: d.id,
        reference: d.reference,
        version: d.version,
        etape: d.etape,
        cle: d.cle ?? "",
        medEnvoyee: medDe.get(d.id) ?? null,
        factures: (facturesDe.get(d.id) ?? []).map((f) => ({
          numero: f.numero,
          montantTtcCents: f.montantTtcCents,
          dateEcheance: f.dateEcheance,
          avoirs: f.avoirs as FactureConnue["avoirs"],
          payeCents: payeDe.get(`${d.id}#${f.numero}`) ?? 0,
        })),
      });
  }
  return connus;
}

/**
 * Dossiers typed in the wizard or imported as JSON carry no debtor key yet: it is computed once
 * (`cle`, the same function as the import's), so that an import finds their invoices.
 */
export async function completerClesDebiteurs(
  db: Db,
  organisationId: string,
  cle: (d: { nom: string; siren: string | null; codePostal: string | null }) => string,
) {
  const manquants = await db
    .select({
      id: t.dossier.id,
      denomination: t.partie.denomination,
      nom: t.partie.nom,
      siren: t.partie.siren,
      adresse: t.partie.adresse,
    })
    .from(t.dossier)
    .innerJoin(t.partie, and(eq(t.partie.dossierId, t.dossier.id), eq(t.partie.role, "debiteur")))
    .where(
      and(
        eq(t.dossier.organisationId, organisationId),
        eq(t.dossier.statut, "ouvert"),
        sql`${t.dossier.cleDebiteur} is null`,
      ),
    );
  for (const m of manquants) {
    const c = cle({
      nom: m.denomination ?? m.nom ?? "",
      siren: m.siren,
      codePostal: (m.adresse as { codePostal?: string } | null)?.codePostal ?? null,
    });
    await db.update(t.dossier).set({ cleDebiteur: c }).where(eq(t.dossier.id, m.id));
  }
}
