/**
 * Repository of dossiers: turns the dossier JSON (domain/dossier/dossier.schema.ts) into rows and
 * back. Every write checks the dossier's version (optimistic locking) and increments it, inside
 * one transaction; the journal of events is append-only.
 */
import { and, asc, eq, max, sql } from "drizzle-orm";
import type { Dossier, Facture, Partie } from "../../domain/dossier/dossier.schema";
import type { Evenement } from "../../domain/dossier/evenements";
import type { Db } from "./database.server";
import type { PieceEnregistree } from "./pieces.server";
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

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Executeur = Db | Tx;

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
  /** Who recorded each journal event, in the journal's order (null: nobody — a deadline, an import). */
  auteurs: (string | null)[];
  /** Its relance plan (null: the organisation's default) and whether a person paused it. */
  planId: string | null;
  relancesEnPause: boolean;
};

const ORGANISATION_PAR_DEFAUT = "oui";

/** The organisation of single-user mode, created on first use. */
export async function assurerOrganisationParDefaut(db: Db): Promise<string> {
  await db
    .insert(t.organisation)
    .values({ nom: "Mon entreprise", parDefaut: ORGANISATION_PAR_DEFAUT })
    .onConflictDoNothing();
  const [org] = await db
    .select({ id: t.organisation.id })
    .from(t.organisation)
    .where(eq(t.organisation.parDefaut, ORGANISATION_PAR_DEFAUT));
  if (!org) throw new Error("organisation par défaut introuvable");
  return org.id;
}

export function partieVersLigne(dossierId: string, role: "creancier" | "debiteur", p: Partie) {
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

export function factureVersLigne(dossierId: string, f: Facture, ordre: number) {
  return {
    dossierId,
    ordre,
    numero: f.numero,
    dateEmission: f.dateEmission ?? null,
    dateEcheance: f.dateEcheance,
    dateExecution: f.dateExecution ?? null,
    montantTtcCents: f.montantTtcCents,
    avoirs: f.avoirs,
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

export async function ecrireContenu(tx: Tx, dossierId: string, d: Dossier) {
  await tx.delete(t.partie).where(eq(t.partie.dossierId, dossierId));
  await tx.delete(t.facture).where(eq(t.facture.dossierId, dossierId));
  await tx.delete(t.piece).where(and(eq(t.piece.dossierId, dossierId), sql`${t.piece.fichier} is null`));
  await tx
    .insert(t.partie)
    .values([partieVersLigne(dossierId, "creancier", d.creancier), partieVersLigne(dossierId, "debiteur", d.debiteur)]);
  if (d.factures.length > 0) {
    await tx.insert(t.facture).values(d.factures.map((f, ordre) => factureVersLigne(dossierId, f, ordre)));
  }
  const piecesDecrites = d.pieces.filter((p) => !p.fichier);
  if (piecesDecrites.length > 0) {
    await tx
      .insert(t.piece)
      .values(piecesDecrites.map((p, ordre) => ({ dossierId, ordre, intitule: p.intitule, date: p.date ?? null })));
  }
}

/** Who recorded an event: a person for the one they submitted, nobody for the deadlines that passed. */
export type AuteurEvenement = { utilisateurId: string; nom: string; evenement: Evenement };

export async function insererEvenements(
  tx: Tx,
  dossierId: string,
  evenements: readonly Evenement[],
  auteur?: AuteurEvenement,
): Promise<number> {
  const [dernier] = await tx
    .select({ n: max(t.evenement.sequence) })
    .from(t.evenement)
    .where(eq(t.evenement.dossierId, dossierId));
  let sequence = dernier?.n ?? 0;
  if (evenements.length > 0) {
    await tx
      .insert(t.evenement)
      .values(
        evenements.map((e) => evenementVersLigne(dossierId, ++sequence, e, auteur?.evenement === e ? auteur : null)),
      );
  }
  return sequence;
}

/** A journal row: the event's type and date in their columns, the rest in `donnees`. */
export function evenementVersLigne(
  dossierId: string,
  sequence: number,
  e: Evenement,
  auteur: { utilisateurId: string; nom: string } | null = null,
) {
  const { type, date, ...donnees } = e;
  return {
    dossierId,
    sequence,
    type,
    date,
    donnees,
    auteurId: auteur?.utilisateurId ?? null,
    auteurNom: auteur?.nom ?? null,
  };
}

/** Checks the expected version and increments it; throws ConflitDeVersion otherwise. */
export async function prendreVersion(tx: Tx, dossierId: string, versionAttendue: number): Promise<number> {
  const [maj] = await tx
    .update(t.dossier)
    .set({ version: sql`${t.dossier.version} + 1`, modifieLe: sql`now()` })
    .where(and(eq(t.dossier.id, dossierId), eq(t.dossier.version, versionAttendue)))
    .returning({ version: t.dossier.version });
  if (maj) return maj.version;
  const [actuel] = await tx.select({ version: t.dossier.version }).from(t.dossier).where(eq(t.dossier.id, dossierId));
  throw new ConflitDeVersion(versionAttendue, actuel?.version ?? null);
}

/** The next yearly number of « 2026-0042 »: one more than the highest taken (deletions leave gaps). */
export async function numeroLibre(ex: Executeur, organisationId: string, annee: string): Promise<number> {
  const prises = await ex
    .select({ r: t.dossier.reference })
    .from(t.dossier)
    .where(and(eq(t.dossier.organisationId, organisationId), sql`${t.dossier.reference} like ${`${annee}-%`}`));
  const numeros = prises
    .map((p) => /^\d{4}-(\d+)$/.exec(p.r)?.[1])
    .map(Number)
    .filter(Number.isFinite);
  return Math.max(0, ...numeros) + 1;
}

export const referenceAnnuelle = (annee: string, numero: number) => `${annee}-${String(numero).padStart(4, "0")}`;

/** The next yearly reference « 2026-0042 ». */
export async function referenceLibre(ex: Executeur, organisationId: string, annee: string): Promise<string> {
  return referenceAnnuelle(annee, await numeroLibre(ex, organisationId, annee));
}

/** Two creations at the same instant may pick the same reference: the second one tries again. */
export async function avecReferenceUnique<T>(creer: () => Promise<T>): Promise<T> {
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
    auteurs: ligne.evenements.map((e) => e.auteurNom),
    planId: ligne.planId,
    relancesEnPause: ligne.relancesEnPause === 1,
  };
}

/**
 * Replaces the parties, invoices, described exhibits and options (not the journal); `avecEux`:
 * written in the same transaction (the snapshot recomputed from the new content).
 */
export async function modifierDossier(
  db: Db,
  id: string,
  versionAttendue: number,
  d: Dossier,
  avecEux?: (tx: Tx) => Promise<void>,
): Promise<number> {
  return db.transaction(async (tx) => {
    const version = await prendreVersion(tx, id, versionAttendue);
    await tx.update(t.dossier).set({ options: d.options, objet: d.objet }).where(eq(t.dossier.id, id));
    await ecrireContenu(tx, id, d);
    if (avecEux) await avecEux(tx);
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

export async function statutDuDossier(db: Executeur, id: string): Promise<"brouillon" | "ouvert" | null> {
  if (!estIdentifiant(id)) return null;
  const [l] = await db.select({ statut: t.dossier.statut }).from(t.dossier).where(eq(t.dossier.id, id));
  return (l?.statut as "brouillon" | "ouvert" | undefined) ?? null;
}

export async function supprimerDossier(db: Db, id: string): Promise<boolean> {
  if (!estIdentifiant(id)) return false;
  const r = await db.delete(t.dossier).where(eq(t.dossier.id, id)).returning({ id: t.dossier.id });
  return r.length > 0;
}
