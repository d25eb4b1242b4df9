/**
 * Who may do what, in one table (issue 13): every loader and action asks it through
 * `exigerCompte` / `exigerDossier` (session.server.ts) — a button hidden in a page is never the
 * check. The table grows with the invitations and the lawyer's role; today it has the roles an
 * account can be given (`recouvrement utilisateur creer --role`).
 */
import type { Role } from "../db/comptes.server";

export type Permission =
  /** See the organisation's dossiers, their documents, the ZIP, the export and the pièces. */
  | "dossier.lire"
  /** Create, import, edit, record events, add or remove pièces, delete. */
  | "dossier.modifier";

export const PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  administrateur: ["dossier.lire", "dossier.modifier"],
  gestionnaire: ["dossier.lire", "dossier.modifier"],
  lecteur: ["dossier.lire"],
};

export function peut(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role]?.includes(permission) ?? false;
}

/** The French sentence of a refusal (403), naming the role. */
export function raisonDuRefus(role: Role, permission: Permission): string {
  if (permission === "dossier.modifier") {
    return `Votre rôle (${role}) permet de consulter les dossiers de l'organisation, pas de les modifier : demandez à un administrateur.`;
  }
  return `Votre rôle (${role}) ne donne pas accès aux dossiers.`;
}
