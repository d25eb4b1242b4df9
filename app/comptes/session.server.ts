/**
 * The signed-in person of a request (decision 017): an HttpOnly, SameSite=Lax cookie carrying a
 * random token (Secure when the public origin is https), its SHA-256 looked up in `session`. Every
 * loader and action that touches a dossier asks `exigerCompte` or `exigerDossier`, which answer with
 * the services scoped to the person's organisation; a dossier of another organisation is a 404.
 */
import { data, redirect } from "react-router";
import type { Config } from "../config.server";
import type { Services } from "../contexte";
import {
  estJeton,
  lireSession,
  nombreUtilisateurs,
  type Role,
  type RoleMembre,
  roleSurDossier,
} from "../db/comptes.server";
import { estIdentifiant } from "../db/dossiers.server";
import { type Permission, peut, raisonDuRefus } from "./permissions";

export const COOKIE_SESSION = "recouvrement_session";

export type Compte = {
  utilisateurId: string;
  email: string;
  nom: string;
  operateur: boolean;
  /** The organisation the person works in now: null for a lawyer who belongs to none. */
  organisationId: string | null;
  organisation: string | null;
  role: RoleMembre | null;
  jeton: string;
  /** The SHA-256 of the token: the session's row. */
  sessionId: string;
};

/** Who did something, for the journal, the notes and the audit log. */
export function auteurDe(compte: Pick<Compte, "utilisateurId" | "nom">, role: Role | null, adresse?: string) {
  return {
    utilisateurId: compte.utilisateurId,
    nom: role === "avocat" ? `${compte.nom} (avocat)` : compte.nom,
    adresse,
  };
}

/** The value of a cookie of the request, or null. */
export function valeurDuCookie(request: Request, cookie: string): string | null {
  for (const morceau of (request.headers.get("cookie") ?? "").split(";")) {
    const [nom, ...valeur] = morceau.trim().split("=");
    if (nom === cookie) return valeur.join("=") || null;
  }
  return null;
}

export const jetonDeLaRequete = (request: Request) => valeurDuCookie(request, COOKIE_SESSION);

/** « ; Secure » when the public origin is https (the session and the passkey challenge cookies). */
export const attributSecure = (config: Config) => (config.originePublique?.startsWith("https:") ? "; Secure" : "");

export function cookieDeSession(jeton: string, config: Config): string {
  return `${COOKIE_SESSION}=${jeton}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${14 * 24 * 3600}${attributSecure(config)}`;
}

export function cookieEfface(config: Config): string {
  return `${COOKIE_SESSION}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${attributSecure(config)}`;
}

export async function compteDe(s: Services, request: Request): Promise<Compte | null> {
  const jeton = jetonDeLaRequete(request);
  if (!jeton || !estJeton(jeton)) return null;
  const session = await lireSession(s.base.db, jeton);
  if (!session) return null;
  return {
    utilisateurId: session.utilisateurId,
    email: session.email,
    nom: session.nom,
    operateur: session.operateur === 1,
    organisationId: session.organisationId,
    organisation: session.organisation,
    role: session.role as RoleMembre | null,
    jeton,
    sessionId: session.id,
  };
}

/**
 * The signed-in person, in whatever organisation (or none): else a redirection to sign in, or to
 * the setup page on a fresh instance.
 */
export async function exigerPersonne(s: Services, request: Request): Promise<Compte> {
  const compte = await compteDe(s, request);
  if (compte) return compte;
  if ((await nombreUtilisateurs(s.base.db)) === 0) throw redirect("/installation");
  const url = new URL(request.url);
  throw redirect(`/connexion?retour=${encodeURIComponent(url.pathname + url.search)}`);
}

/** Refuses (403, the reason in French) what the role does not allow. */
export function autoriser(role: Role, permission: Permission): void {
  if (!peut(role, permission)) throw data(raisonDuRefus(role, permission), { status: 403 });
}

/**
 * The signed-in person working in their organisation, checked against the permission table. A
 * person in no organisation (a lawyer) is sent to the dossiers entrusted to them.
 */
export async function exigerCompte(
  s: Services,
  request: Request,
  permission: Permission = "dossier.lire",
): Promise<{ compte: Compte & { organisationId: string; role: RoleMembre }; s: Services }> {
  const compte = await exigerPersonne(s, request);
  if (!compte.organisationId || !compte.role) throw redirect("/mes-clients");
  autoriser(compte.role, permission);
  return {
    compte: compte as Compte & { organisationId: string; role: RoleMembre },
    s: { ...s, organisationId: compte.organisationId },
  };
}

/**
 * The signed-in person's access to one dossier: a dossier they have no access to answers 404 like
 * a missing one, before any question of role (403). Their role is the one they have in the
 * dossier's organisation, or `avocat` when the dossier is entrusted to them.
 */
export async function exigerDossier(
  s: Services,
  request: Request,
  id: string,
  permission: Permission = "dossier.lire",
): Promise<{ compte: Compte; role: Role; s: Services }> {
  const compte = await exigerPersonne(s, request);
  const acces = estIdentifiant(id) ? await roleSurDossier(s.base.db, id, compte.utilisateurId) : null;
  if (!acces) throw data(null, { status: 404 });
  autoriser(acces.role, permission);
  return { compte, role: acces.role, s: { ...s, organisationId: acces.organisationId } };
}
