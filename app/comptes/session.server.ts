/**
 * The signed-in person of a request (decision 017): an HttpOnly, SameSite=Lax cookie carrying a
 * random token (Secure when the public origin is https), its SHA-256 looked up in `session`. Every
 * loader and action that touches a dossier asks `exigerCompte` or `exigerDossier`, which answer with
 * the services scoped to the person's organisation; a dossier of another organisation is a 404.
 */
import { data, redirect } from "react-router";
import type { Config } from "../config.server";
import type { Services } from "../contexte";
import { lireSession, nombreUtilisateurs, type Role } from "../db/comptes.server";
import { organisationDuDossier } from "../db/dossiers.server";
import { type Permission, peut, raisonDuRefus } from "./permissions";

export const COOKIE_SESSION = "recouvrement_session";

export type Compte = {
  utilisateurId: string;
  email: string;
  nom: string;
  operateur: boolean;
  organisationId: string;
  organisation: string;
  role: Role;
  jeton: string;
};

export function jetonDeLaRequete(request: Request): string | null {
  const entete = request.headers.get("cookie") ?? "";
  for (const morceau of entete.split(";")) {
    const [nom, ...valeur] = morceau.trim().split("=");
    if (nom === COOKIE_SESSION) return valeur.join("=") || null;
  }
  return null;
}

const securise = (config: Config) => (config.originePublique?.startsWith("https:") ? "; Secure" : "");

export function cookieDeSession(jeton: string, config: Config): string {
  return `${COOKIE_SESSION}=${jeton}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${14 * 24 * 3600}${securise(config)}`;
}

export function cookieEfface(config: Config): string {
  return `${COOKIE_SESSION}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${securise(config)}`;
}

export async function compteDe(s: Services, request: Request): Promise<Compte | null> {
  const jeton = jetonDeLaRequete(request);
  if (!jeton || !/^[A-Za-z0-9_-]{20,100}$/.test(jeton)) return null;
  const session = await lireSession(s.base.db, jeton);
  if (!session) return null;
  return {
    utilisateurId: session.utilisateurId,
    email: session.email,
    nom: session.nom,
    operateur: session.operateur === 1,
    organisationId: session.organisationId,
    organisation: session.organisation,
    role: session.role as Role,
    jeton,
  };
}

/**
 * The signed-in person (else a redirection to sign in, or to the setup page on a fresh instance),
 * checked against the permission table; with a dossier id, a dossier of another organisation
 * answers 404 like a missing one, before any question of role (403).
 */
async function exiger(
  s: Services,
  request: Request,
  permission: Permission,
  dossierId?: string,
): Promise<{ compte: Compte; s: Services }> {
  const compte = await compteDe(s, request);
  if (!compte) {
    if ((await nombreUtilisateurs(s.base.db)) === 0) throw redirect("/installation");
    const url = new URL(request.url);
    throw redirect(`/connexion?retour=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (dossierId !== undefined && (await organisationDuDossier(s.base.db, dossierId)) !== compte.organisationId) {
    throw data(null, { status: 404 });
  }
  if (!peut(compte.role, permission)) throw data(raisonDuRefus(compte.role, permission), { status: 403 });
  return { compte, s: { ...s, organisationId: compte.organisationId } };
}

export const exigerCompte = (s: Services, request: Request, permission: Permission = "dossier.lire") =>
  exiger(s, request, permission);

export const exigerDossier = (s: Services, request: Request, id: string, permission: Permission = "dossier.lire") =>
  exiger(s, request, permission, id);
