/**
 * French formatting, in one place: « 4 février 2026 », « 3 450,00 € », « 13,15 % ».
 * Intl puts a narrow no-break space (U+202F) between thousands; PDFs with standard fonts print it
 * as "/", so every output here uses the ordinary no-break space (U+00A0) instead.
 */
import { decomposer, type Jour } from "../dates/jour";

export const ESPACE_INSECABLE = "\u00a0";

const MOIS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

const JOURS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

/** « 4 février 2026 », « 1er mars 2026 ». */
export function dateLongue(jour: Jour): string {
  const d = decomposer(jour);
  return `${d.jour === 1 ? "1er" : d.jour}${ESPACE_INSECABLE}${MOIS[d.mois - 1]}${ESPACE_INSECABLE}${d.annee}`;
}

/** « lundi 11 mai 2026 ». */
export function dateAvecJour(jour: Jour, jourDeSemaine: number): string {
  return `${JOURS[jourDeSemaine]} ${dateLongue(jour)}`;
}

/** « 04/02/2026 ». */
export function dateCourte(jour: Jour): string {
  const d = decomposer(jour);
  return `${String(d.jour).padStart(2, "0")}/${String(d.mois).padStart(2, "0")}/${d.annee}`;
}

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

function normaliserEspaces(texte: string): string {
  return texte.replace(/[\u202f\u00a0 ]/g, ESPACE_INSECABLE);
}

/** « 3 450,00 € » (no-break spaces). */
export function montant(cents: number): string {
  return normaliserEspaces(euros.format(cents / 100));
}

/** "13.15" → « 13,15 % ». */
export function taux(pourcent: string): string {
  return `${pourcent.replace(".", ",")}${ESPACE_INSECABLE}%`;
}

/** « 2 ans », « 1 mois et 15 jours ». */
export function duree(d: { ans?: number | undefined; mois?: number | undefined; jours?: number | undefined }): string {
  const parts: string[] = [];
  if (d.ans) parts.push(`${d.ans} an${d.ans > 1 ? "s" : ""}`);
  if (d.mois) parts.push(`${d.mois} mois`);
  if (d.jours) parts.push(`${d.jours} jour${d.jours > 1 ? "s" : ""}`);
  if (parts.length === 0) return "0 jour";
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} et ${parts.at(-1)}`;
}

export function pluriel(n: number, singulier: string, plurielForme = `${singulier}s`): string {
  return `${n}${ESPACE_INSECABLE}${n > 1 ? plurielForme : singulier}`;
}
