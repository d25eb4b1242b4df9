/**
 * Who may do what, in one table (issue 13, decision 018): every loader and action asks it through
 * `exigerCompte` / `exigerDossier` / `autoriser` (session.server.ts) — a button hidden in a page is
 * never the check. The three roles of a member, and `avocat`, the role of a lawyer on the dossiers
 * entrusted to them (never on the organisation).
 */
import type { TypeEvenement } from "../../domain/dossier/evenements";
import type { Role } from "../db/comptes.server";

export type Permission =
  /** See a dossier, its documents, the ZIP, the export and the pièces. */
  | "dossier.lire"
  /** Create, import, edit, record any event, remove pièces, delete. */
  | "dossier.modifier"
  /** Record the judicial events (requête, ordonnance, signification, audience…), confirm the court. */
  | "dossier.judiciaire"
  /** Add a pièce. */
  | "dossier.piece"
  /** Write a note. */
  | "dossier.note"
  /** Entrust the dossier to a lawyer, and revoke that access. */
  | "dossier.confier"
  /** Invite members, change their roles, remove them, give a password-reset link. */
  | "organisation.membres"
  /** Read the organisation's audit log. */
  | "organisation.audit"
  /** Edit the relance plans and the sender identity of the reminder emails. */
  | "organisation.relances";

const TRAVAIL: readonly Permission[] = [
  "dossier.lire",
  "dossier.modifier",
  "dossier.judiciaire",
  "dossier.piece",
  "dossier.note",
  "dossier.confier",
];

export const PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  administrateur: [...TRAVAIL, "organisation.membres", "organisation.audit", "organisation.relances"],
  gestionnaire: TRAVAIL,
  lecteur: ["dossier.lire"],
  avocat: ["dossier.lire", "dossier.judiciaire", "dossier.piece", "dossier.note"],
};

export function peut(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role]?.includes(permission) ?? false;
}

/**
 * The events of the judicial route, which the lawyer records: everything from the choice of the
 * route to enforcement. Reminders, payments, payment plans and the like stay the creditor's.
 */
export const EVENEMENTS_JUDICIAIRES: ReadonlySet<TypeEvenement> = new Set<TypeEvenement>([
  "voie.choisie",
  "petites-creances.accord",
  "petites-creances.echec",
  "petites-creances.titre",
  "requete.deposee",
  "ordonnance.rendue",
  "ordonnance.rejetee",
  "ordonnance.signifiee",
  "opposition.formee",
  "assignation.signifiee",
  "assignation.placee",
  "audience.fixee",
  "decision.rendue",
  "decision.signifiee",
  "instance.non-avenue",
  "execution.engagee",
  "creance.declaree",
]);

/** The permission an event needs. */
export function permissionDeLEvenement(type: string): Permission {
  return EVENEMENTS_JUDICIAIRES.has(type as TypeEvenement) ? "dossier.judiciaire" : "dossier.modifier";
}

/** The French sentence of a refusal (403), naming the role. */
export function raisonDuRefus(role: Role, permission: Permission): string {
  if (role === "avocat") {
    return "Comme avocat, vous consultez ce dossier, y ajoutez des pièces et des notes et y inscrivez les événements de la procédure judiciaire ; le reste appartient au créancier.";
  }
  if (permission.startsWith("organisation.")) {
    return `Votre rôle (${role}) ne permet pas de gérer l'organisation : c'est l'affaire d'un administrateur.`;
  }
  if (permission !== "dossier.lire") {
    return `Votre rôle (${role}) permet de consulter les dossiers de l'organisation, pas de les modifier : demandez à un administrateur.`;
  }
  return `Votre rôle (${role}) ne donne pas accès aux dossiers.`;
}
