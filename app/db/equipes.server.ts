/**
 * Teams: who belongs to an organisation and with which role, the single-use links that bring
 * people in (invitation, password reset, a lawyer invited to a dossier — decision 019), and the
 * organisation's audit log. Tokens are random; only their SHA-256 is stored.
 */
import { randomBytes } from "node:crypto";
import { and, asc, count, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { empreinte, estJeton, type RoleMembre } from "./comptes.server";
import type { Db } from "./database.server";
import * as t from "./schema";

// ——— Members ————————————————————————————————————————————————————————————————————————

export async function listerMembres(db: Db, organisationId: string) {
  return db
    .select({
      utilisateurId: t.utilisateur.id,
      nom: t.utilisateur.nom,
      email: t.utilisateur.email,
      operateur: t.utilisateur.operateur,
      role: t.membre.role,
    })
    .from(t.membre)
    .innerJoin(t.utilisateur, eq(t.utilisateur.id, t.membre.utilisateurId))
    .where(eq(t.membre.organisationId, organisationId))
    .orderBy(asc(t.utilisateur.nom));
}

export class ChangementRefuse extends Error {
  override name = "ChangementRefuse";
}

async function administrateursRestants(db: Db, organisationId: string, sauf: string): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(t.membre)
    .where(
      and(
        eq(t.membre.organisationId, organisationId),
        eq(t.membre.role, "administrateur"),
        ne(t.membre.utilisateurId, sauf),
      ),
    );
  return r?.n ?? 0;
}

/** A member's new role; the organisation always keeps one administrator. */
export async function changerRole(db: Db, organisationId: string, utilisateurId: string, role: RoleMembre) {
  return db.transaction(async (tx) => {
    const x = tx as unknown as Db;
    if (role !== "administrateur" && (await administrateursRestants(x, organisationId, utilisateurId)) === 0)
      throw new ChangementRefuse("l'organisation doit garder au moins un administrateur");
    const r = await tx
      .update(t.membre)
      .set({ role })
      .where(and(eq(t.membre.organisationId, organisationId), eq(t.membre.utilisateurId, utilisateurId)))
      .returning({ id: t.membre.utilisateurId });
    if (r.length === 0) throw new ChangementRefuse("cette personne n'est pas membre de l'organisation");
  });
}

/** Removes a member (their sessions in this organisation lose it); never the last administrator. */
export async function retirerMembre(db: Db, organisationId: string, utilisateurId: string) {
  return db.transaction(async (tx) => {
    if ((await administrateursRestants(tx as unknown as Db, organisationId, utilisateurId)) === 0)
      throw new ChangementRefuse("l'organisation doit garder au moins un administrateur");
    await tx
      .delete(t.membre)
      .where(and(eq(t.membre.organisationId, organisationId), eq(t.membre.utilisateurId, utilisateurId)));
    await tx
      .update(t.session)
      .set({ organisationId: null })
      .where(and(eq(t.session.utilisateurId, utilisateurId), eq(t.session.organisationId, organisationId)));
  });
}

export async function organisationParNom(db: Db, nom: string): Promise<string | null> {
  const [o] = await db.select({ id: t.organisation.id }).from(t.organisation).where(eq(t.organisation.nom, nom.trim()));
  return o?.id ?? null;
}

export async function rendreOperateur(db: Db, utilisateurId: string) {
  await db.update(t.utilisateur).set({ operateur: 1 }).where(eq(t.utilisateur.id, utilisateurId));
}

/** The session's organisation, if the person belongs to it. */
export async function changerOrganisation(db: Db, sessionId: string, utilisateurId: string, organisationId: string) {
  const [m] = await db
    .select({ o: t.membre.organisationId })
    .from(t.membre)
    .where(and(eq(t.membre.utilisateurId, utilisateurId), eq(t.membre.organisationId, organisationId)));
  if (!m) return false;
  await db.update(t.session).set({ organisationId }).where(eq(t.session.id, sessionId));
  return true;
}

// ——— Single-use links ————————————————————————————————————————————————————————————————

export type NatureLien = "invitation" | "reinitialisation" | "avocat";

/** How long a link stays valid. */
export const DUREE_LIEN_MS: Record<NatureLien, number> = {
  invitation: 7 * 24 * 3600 * 1000,
  avocat: 7 * 24 * 3600 * 1000,
  reinitialisation: 24 * 3600 * 1000,
};

export async function creerLien(
  db: Db,
  e: {
    nature: NatureLien;
    email: string;
    organisationId?: string | null;
    role?: RoleMembre | null;
    dossierId?: string | null;
    utilisateurId?: string | null;
    creePar: string;
    dureeMs?: number;
  },
): Promise<{ jeton: string; expireLe: Date }> {
  const jeton = randomBytes(24).toString("base64url");
  const expireLe = new Date(Date.now() + (e.dureeMs ?? DUREE_LIEN_MS[e.nature]));
  await db.insert(t.lien).values({
    id: empreinte(jeton),
    nature: e.nature,
    email: e.email.trim().toLowerCase(),
    organisationId: e.organisationId ?? null,
    role: e.role ?? null,
    dossierId: e.dossierId ?? null,
    utilisateurId: e.utilisateurId ?? null,
    creePar: e.creePar,
    expireLe,
  });
  return { jeton, expireLe };
}

export type Lien = typeof t.lien.$inferSelect & { organisation: string | null; dossierReference: string | null };

/** A link as it stands: `etat` says whether it may still be used, and why not. */
export async function lireLien(
  db: Db,
  jeton: string,
): Promise<{ lien: Lien; etat: "valide" | "expire" | "utilise" } | null> {
  if (!estJeton(jeton)) return null;
  const [l] = await db
    .select({ lien: t.lien, organisation: t.organisation.nom, dossierReference: t.dossier.reference })
    .from(t.lien)
    .leftJoin(t.organisation, eq(t.organisation.id, t.lien.organisationId))
    .leftJoin(t.dossier, eq(t.dossier.id, t.lien.dossierId))
    .where(eq(t.lien.id, empreinte(jeton)));
  if (!l) return null;
  const lien = { ...l.lien, organisation: l.organisation, dossierReference: l.dossierReference };
  const etat = lien.utiliseLe ? "utilise" : lien.expireLe.getTime() <= Date.now() ? "expire" : "valide";
  return { lien, etat };
}

/**
 * Marks a link used, atomically: of two browsers presenting the same link at once, one only
 * succeeds. Runs inside the transaction that does what the link allows.
 */
export async function consommerLien(tx: Db, jeton: string): Promise<boolean> {
  const r = await tx
    .update(t.lien)
    .set({ utiliseLe: sql`now()` })
    .where(and(eq(t.lien.id, empreinte(jeton)), isNull(t.lien.utiliseLe), gt(t.lien.expireLe, sql`now()`)))
    .returning({ id: t.lien.id });
  return r.length === 1;
}

/**
 * The invitations still waiting: to an organisation (members page) or, for a lawyer, to a dossier
 * (the dossier's « Confier à un avocat »).
 */
export async function invitationsEnAttente(db: Db, pour: { organisationId: string } | { dossierId: string }) {
  return db
    .select({ email: t.lien.email, role: t.lien.role, expireLe: t.lien.expireLe })
    .from(t.lien)
    .where(
      and(
        "dossierId" in pour
          ? and(eq(t.lien.dossierId, pour.dossierId), eq(t.lien.nature, "avocat"))
          : and(eq(t.lien.organisationId, pour.organisationId), eq(t.lien.nature, "invitation")),
        isNull(t.lien.utiliseLe),
        gt(t.lien.expireLe, sql`now()`),
      ),
    )
    .orderBy(asc(t.lien.creeLe));
}

// ——— Audit log ——————————————————————————————————————————————————————————————————————

export type ActionAuditee =
  | "connexion"
  | "connexion.cle"
  | "telechargement.zip"
  | "telechargement.export"
  | "suppression.dossier"
  | "suppression.piece"
  | "membre.invite"
  | "membre.arrive"
  | "membre.role"
  | "membre.retire"
  | "membre.operateur"
  | "membre.reinitialisation"
  | "avocat.invite"
  | "avocat.accepte"
  | "avocat.revoque"
  | "import.factures";

export const LIBELLES_AUDIT: Record<ActionAuditee, string> = {
  connexion: "Connexion (mot de passe)",
  "connexion.cle": "Connexion (clé d'accès)",
  "telechargement.zip": "Téléchargement du dossier pour l'avocat (ZIP)",
  "telechargement.export": "Export du dossier (JSON)",
  "suppression.dossier": "Suppression d'un dossier",
  "suppression.piece": "Retrait d'une pièce",
  "import.factures": "Import de factures",
  "membre.invite": "Invitation d'un membre",
  "membre.arrive": "Arrivée d'un membre",
  "membre.role": "Changement de rôle",
  "membre.retire": "Retrait d'un membre",
  "membre.operateur": "Nouvel opérateur de l'instance",
  "membre.reinitialisation": "Lien de réinitialisation du mot de passe",
  "avocat.invite": "Dossier confié à un avocat (invitation)",
  "avocat.accepte": "Dossier accepté par l'avocat",
  "avocat.revoque": "Accès de l'avocat retiré",
};

export type Auteur = { utilisateurId: string; nom: string; adresse?: string };

export async function noterAudit(
  db: Db,
  organisationId: string,
  auteur: Auteur | null,
  action: ActionAuditee,
  objet = "",
) {
  await db.insert(t.audit).values({
    organisationId,
    utilisateurId: auteur?.utilisateurId ?? null,
    auteurNom: auteur?.nom ?? null,
    action,
    objet: objet.slice(0, 300),
    adresse: auteur?.adresse ?? null,
  });
}

export async function lireAudit(db: Db, organisationId: string, limite = 200) {
  return db
    .select()
    .from(t.audit)
    .where(eq(t.audit.organisationId, organisationId))
    .orderBy(desc(t.audit.id))
    .limit(limite);
}
