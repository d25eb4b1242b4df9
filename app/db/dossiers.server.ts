/**
 * Repository of dossiers: turns the dossier JSON (domain/dossier/dossier.schema.ts) into rows and
 * back. Every write checks the dossier's version (optimistic locking) and increments it, inside
 * one transaction; the journal of events is append-only.
 */
import { and, asc, desc, eq, max, sql } from "drizzle-orm";
import type { Dossier, Facture, Partie } from "../../domain/dossier/dossier.schema";
import type { Evenement } from "../../domain/dossier/evenements";
import { principalDuBrouillon } from "../assistant/brouillon";
import type { Db } from "./database.server";
import * as t from "./schema";

export class ConflitDeVersion extends Error {
  override name = "ConflitDeVersion";
  constructor(
    readonly versionAttendue: number,
    readonly versionActuelle: number | null,
  ) {
    super(
      versionActuelle === null
        ? "Ce dossier n'existe plus."
        : `Le dossier a été modifié entre-temps (version ${versionActuelle}, vous aviez la version ${versionAttendue}).`,
    );
  }
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Executeur = Db | Tx;

export type DossierEnregistre = {
  id: string;
  reference: string;
  version: number;
  etape: string;
  prochaineEcheance: string | null;
  creeLe: Date;
  modifieLe: Date;
  dossier: Dossier;
  /** The exhibits' rows (ids, files) and the persisted statechart snapshot, read with the dossier. */
  pieces: PieceEnregistree[];
  etat: typeof t.workflowSnapshot.$inferSelect | null;
};

const ORGANISATION_PAR_DEFAUT = "oui";

/** The organisation of single-user mode, created on first use. */
export async function assurerOrganisationParDefaut(db: Db): Promise<string> {
  const jeton = crypto.randomUUID().replaceAll("-", "");
  await db
    .insert(t.organisation)
    .values({ nom: "Mon entreprise", parDefaut: ORGANISATION_PAR_DEFAUT, jetonCalendrier: jeton })
    .onConflictDoNothing();
  const [org] = await db
    .select({ id: t.organisation.id })
    .from(t.organisation)
    .where(eq(t.organisation.parDefaut, ORGANISATION_PAR_DEFAUT));
  if (!org) throw new Error("organisation par défaut introuvable");
  return org.id;
}

function partieVersLigne(dossierId: string, role: "creancier" | "debiteur", p: Partie) {
  return {
    dossierId,
    role,
    qualite: p.qualite,
    denomination: p.denomination ?? null,
    formeJuridique: p.formeJuridique ?? null,
    siren: p.siren ?? null,
    representant: p.representant ?? null,
    civilite: p.civilite ?? null,
    nom: p.nom ?? null,
    prenoms: p.prenoms ?? null,
    profession: p.profession ?? null,
    dateNaissance: p.dateNaissance ?? null,
    lieuNaissance: p.lieuNaissance ?? null,
    nationalite: p.nationalite ?? null,
    adresse: p.adresse,
    email: p.email ?? null,
    telephone: p.telephone ?? null,
    iban: p.iban ?? null,
  };
}

/** Drops null columns so that the object matches the schema's optional fields. */
function sansNull<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

function ligneVersPartie(l: typeof t.partie.$inferSelect): Partie {
  const { id: _id, dossierId: _d, role: _r, creeLe: _c, ...reste } = l;
  return sansNull(reste) as Partie;
}

function ligneVersFacture(l: typeof t.facture.$inferSelect): Facture {
  return sansNull({
    numero: l.numero,
    dateEmission: l.dateEmission,
    dateEcheance: l.dateEcheance,
    dateExecution: l.dateExecution,
    montantTtcCents: l.montantTtcCents,
    avoirs: l.avoirs as Facture["avoirs"],
  }) as Facture;
}

async function ecrireContenu(tx: Tx, dossierId: string, d: Dossier) {
  await tx.delete(t.partie).where(eq(t.partie.dossierId, dossierId));
  await tx.delete(t.facture).where(eq(t.facture.dossierId, dossierId));
  await tx.delete(t.piece).where(and(eq(t.piece.dossierId, dossierId), sql`${t.piece.fichier} is null`));
  await tx
    .insert(t.partie)
    .values([partieVersLigne(dossierId, "creancier", d.creancier), partieVersLigne(dossierId, "debiteur", d.debiteur)]);
  if (d.factures.length > 0) {
    await tx.insert(t.facture).values(
      d.factures.map((f, ordre) => ({
        dossierId,
        ordre,
        numero: f.numero,
        dateEmission: f.dateEmission ?? null,
        dateEcheance: f.dateEcheance,
        dateExecution: f.dateExecution ?? null,
        montantTtcCents: f.montantTtcCents,
        avoirs: f.avoirs,
      })),
    );
  }
  const piecesDecrites = d.pieces.filter((p) => !p.fichier);
  if (piecesDecrites.length > 0) {
    await tx
      .insert(t.piece)
      .values(piecesDecrites.map((p, ordre) => ({ dossierId, ordre, intitule: p.intitule, date: p.date ?? null })));
  }
}

async function insererEvenements(tx: Tx, dossierId: string, evenements: readonly Evenement[]): Promise<number> {
  const [dernier] = await tx
    .select({ n: max(t.evenement.sequence) })
    .from(t.evenement)
    .where(eq(t.evenement.dossierId, dossierId));
  let sequence = dernier?.n ?? 0;
  if (evenements.length > 0) {
    await tx.insert(t.evenement).values(
      evenements.map(({ type, date, ...donnees }) => ({
        dossierId,
        sequence: ++sequence,
        type,
        date,
        donnees,
      })),
    );
  }
  return sequence;
}

/** Checks the expected version and increments it; throws ConflitDeVersion otherwise. */
async function prendreVersion(tx: Tx, dossierId: string, versionAttendue: number): Promise<number> {
  const [maj] = await tx
    .update(t.dossier)
    .set({ version: sql`${t.dossier.version} + 1`, modifieLe: sql`now()` })
    .where(and(eq(t.dossier.id, dossierId), eq(t.dossier.version, versionAttendue)))
    .returning({ version: t.dossier.version });
  if (maj) return maj.version;
  const [actuel] = await tx.select({ version: t.dossier.version }).from(t.dossier).where(eq(t.dossier.id, dossierId));
  throw new ConflitDeVersion(versionAttendue, actuel?.version ?? null);
}

/** The next yearly number « 2026-0042 »: one more than the highest taken (deletions leave gaps). */
async function referenceLibre(ex: Executeur, organisationId: string, annee: string): Promise<string> {
  const prises = await ex
    .select({ r: t.dossier.reference })
    .from(t.dossier)
    .where(and(eq(t.dossier.organisationId, organisationId), sql`${t.dossier.reference} like ${`${annee}-%`}`));
  const numeros = prises
    .map((p) => /^\d{4}-(\d+)$/.exec(p.r)?.[1])
    .map(Number)
    .filter(Number.isFinite);
  const suivant = Math.max(0, ...numeros) + 1;
  return `${annee}-${String(suivant).padStart(4, "0")}`;
}

/** Two creations at the same instant may pick the same reference: the second one tries again. */
async function avecReferenceUnique<T>(creer: () => Promise<T>): Promise<T> {
  for (let essai = 1; ; essai++) {
    try {
      return await creer();
    } catch (e) {
      const code =
        (e as { code?: string; cause?: { code?: string } }).code ?? (e as { cause?: { code?: string } }).cause?.code;
      if (code !== "23505" || essai >= 5) throw e;
    }
  }
}

/** The reference asked for, or « REF-2 », « REF-3 »… when another dossier already has it. */
async function referenceDisponible(ex: Executeur, organisationId: string, voulue: string): Promise<string> {
  const prises = new Set(
    (
      await ex
        .select({ r: t.dossier.reference })
        .from(t.dossier)
        .where(and(eq(t.dossier.organisationId, organisationId), sql`${t.dossier.reference} like ${`${voulue}%`}`))
    ).map((x) => x.r),
  );
  if (!prises.has(voulue)) return voulue;
  let n = 2;
  while (prises.has(`${voulue}-${n}`)) n++;
  return `${voulue}-${n}`;
}

export async function creerDossier(
  db: Db,
  organisationId: string,
  d: Dossier,
  options: { aujourdhui: string },
): Promise<{ id: string; reference: string; version: number }> {
  return avecReferenceUnique(() =>
    db.transaction(async (tx) => {
      const reference = d.reference
        ? await referenceDisponible(tx, organisationId, d.reference)
        : await referenceLibre(tx, organisationId, options.aujourdhui.slice(0, 4));
      const [cree] = await tx
        .insert(t.dossier)
        .values({ organisationId, reference, objet: d.objet, options: d.options })
        .returning({ id: t.dossier.id, version: t.dossier.version });
      if (!cree) throw new Error("création du dossier impossible");
      await ecrireContenu(tx, cree.id, d);
      await insererEvenements(tx, cree.id, d.evenements);
      return { id: cree.id, reference, version: cree.version };
    }),
  );
}

export function estIdentifiant(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

/** An open dossier (parties, invoices, journal), or null when absent or still a wizard draft. */
export async function chargerDossier(db: Executeur, id: string): Promise<DossierEnregistre | null> {
  if (!estIdentifiant(id)) return null;
  // One round trip: the dossier with its parties, invoices, journal, exhibits and snapshot.
  const ligne = await db.query.dossier.findFirst({
    where: eq(t.dossier.id, id),
    with: {
      parties: true,
      factures: { orderBy: [asc(t.facture.ordre)] },
      evenements: { orderBy: [asc(t.evenement.sequence)] },
      pieces: { orderBy: [asc(t.piece.ordre), asc(t.piece.creeLe)] },
      etat: true,
    },
  });
  if (!ligne || ligne.statut === "brouillon") return null;
  const creancier = ligne.parties.find((p) => p.role === "creancier");
  const debiteur = ligne.parties.find((p) => p.role === "debiteur");
  if (!creancier || !debiteur) throw new Error(`dossier ${id} incomplet : parties manquantes`);
  const dossier: Dossier = {
    reference: ligne.reference,
    objet: ligne.objet as Dossier["objet"],
    creancier: ligneVersPartie(creancier),
    debiteur: ligneVersPartie(debiteur),
    factures: ligne.factures.map(ligneVersFacture),
    evenements: ligne.evenements.map((e) => ({ ...(e.donnees as object), type: e.type, date: e.date }) as Evenement),
    pieces: ligne.pieces.map(
      (p) => sansNull({ intitule: p.intitule, date: p.date, fichier: p.fichier }) as Dossier["pieces"][0],
    ),
    options: ligne.options as Dossier["options"],
  };
  return {
    id: ligne.id,
    reference: ligne.reference,
    version: ligne.version,
    etape: ligne.etape,
    prochaineEcheance: ligne.prochaineEcheance,
    creeLe: ligne.creeLe,
    modifieLe: ligne.modifieLe,
    dossier,
    pieces: ligne.pieces,
    etat: ligne.etat ?? null,
  };
}

/** Replaces the parties, invoices, described exhibits and options (not the journal). */
export async function modifierDossier(db: Db, id: string, versionAttendue: number, d: Dossier): Promise<number> {
  return db.transaction(async (tx) => {
    const version = await prendreVersion(tx, id, versionAttendue);
    await tx.update(t.dossier).set({ options: d.options, objet: d.objet }).where(eq(t.dossier.id, id));
    await ecrireContenu(tx, id, d);
    return version;
  });
}

/** Replaces the dossier's options only (the court confirmed for the requête…), version-checked. */
export async function modifierOptions(
  db: Db,
  id: string,
  versionAttendue: number,
  options: Dossier["options"],
): Promise<number> {
  return db.transaction(async (tx) => {
    const version = await prendreVersion(tx, id, versionAttendue);
    await tx.update(t.dossier).set({ options }).where(eq(t.dossier.id, id));
    return version;
  });
}

export type EcheanceEnregistree = { code: string; date: string; libelle: string; fondements: string[] };

export type EtatWorkflow = {
  machineVersion: string;
  snapshot: unknown;
  etape: string;
  prochaineEcheance: string | null;
  resteDuCents: number;
  echeances: EcheanceEnregistree[];
};

/**
 * Appends events to the journal and, in the same transaction, stores the workflow snapshot
 * that results from them. Returns the new version.
 */
export async function ajouterEvenements(
  db: Db,
  id: string,
  versionAttendue: number,
  evenements: readonly Evenement[],
  etat?: EtatWorkflow,
): Promise<number> {
  return db.transaction(async (tx) => {
    const version = await prendreVersion(tx, id, versionAttendue);
    const sequence = await insererEvenements(tx, id, evenements);
    if (etat) await enregistrerEtat(tx, id, sequence, etat);
    return version;
  });
}

async function enregistrerEtat(tx: Tx, id: string, sequence: number, etat: EtatWorkflow) {
  await tx
    .insert(t.workflowSnapshot)
    .values({ dossierId: id, machineVersion: etat.machineVersion, snapshot: etat.snapshot, derniereSequence: sequence })
    .onConflictDoUpdate({
      target: t.workflowSnapshot.dossierId,
      set: {
        machineVersion: etat.machineVersion,
        snapshot: etat.snapshot,
        derniereSequence: sequence,
        modifieLe: sql`now()`,
      },
    });
  await tx
    .update(t.dossier)
    .set({
      etape: etat.etape,
      prochaineEcheance: etat.prochaineEcheance,
      resteDuCents: etat.resteDuCents,
      echeances: etat.echeances,
    })
    .where(eq(t.dossier.id, id));
}

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

function nomDeLigne(p: { denomination?: string | null; nom?: string | null; prenoms?: string | null }): string {
  return p.denomination ?? [p.prenoms, p.nom].filter(Boolean).join(" ");
}

export async function listerDossiers(db: Db, organisationId: string): Promise<ResumeDossier[]> {
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
    .where(eq(t.dossier.organisationId, organisationId))
    .orderBy(sql`${t.dossier.prochaineEcheance} asc nulls last`, desc(t.dossier.modifieLe));
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

/** Every deadline still to come of the open dossiers, for the iCalendar feed. */
export async function listerEcheances(db: Db, organisationId: string, aPartirDu: string) {
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
    .where(and(eq(t.dossier.organisationId, organisationId), eq(t.dossier.statut, "ouvert")));
  return lignes.flatMap((l) =>
    (l.echeances as EcheanceEnregistree[])
      .filter((e) => e.date >= aPartirDu)
      .map((e) => ({ ...e, dossierId: l.id, reference: l.reference, debiteur: nomDeLigne(l) })),
  );
}

export async function jetonCalendrier(db: Db, organisationId: string): Promise<string> {
  const [o] = await db
    .select({ jeton: t.organisation.jetonCalendrier })
    .from(t.organisation)
    .where(eq(t.organisation.id, organisationId));
  if (!o) throw new Error("organisation introuvable");
  return o.jeton;
}

// ——— Wizard drafts ———————————————————————————————————————————————————————————————

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

export async function statutDuDossier(db: Executeur, id: string): Promise<"brouillon" | "ouvert" | null> {
  if (!estIdentifiant(id)) return null;
  const [l] = await db.select({ statut: t.dossier.statut }).from(t.dossier).where(eq(t.dossier.id, id));
  return (l?.statut as "brouillon" | "ouvert" | undefined) ?? null;
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

export async function supprimerDossier(db: Db, id: string): Promise<boolean> {
  if (!estIdentifiant(id)) return false;
  const r = await db.delete(t.dossier).where(eq(t.dossier.id, id)).returning({ id: t.dossier.id });
  return r.length > 0;
}

// ——— Exhibits (pièces) ———————————————————————————————————————————————————————————

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
