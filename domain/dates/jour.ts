/**
 * Legal calendar dates as plain "YYYY-MM-DD" strings (docs/decisions/003).
 * Arithmetic goes through a day number (days since 1970-01-01), computed with UTC
 * so that no time zone or daylight-saving change can shift a day.
 */
export type Jour = string;

const FORME = /^(\d{4})-(\d{2})-(\d{2})$/;

export function estJourValide(valeur: string): boolean {
  const m = FORME.exec(valeur);
  if (!m) return false;
  const [a, mo, j] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && j >= 1 && j <= joursDansLeMois(a, mo);
}

export function estBissextile(annee: number): boolean {
  return (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
}

export function joursDansLeMois(annee: number, mois: number): number {
  return [31, estBissextile(annee) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mois - 1] ?? 0;
}

export function decomposer(jour: Jour): { annee: number; mois: number; jour: number } {
  const m = FORME.exec(jour);
  if (!m || !estJourValide(jour)) throw new RangeError(`Date invalide : « ${jour} » (format attendu AAAA-MM-JJ)`);
  return { annee: Number(m[1]), mois: Number(m[2]), jour: Number(m[3]) };
}

export function composer(annee: number, mois: number, jour: number): Jour {
  return `${String(annee).padStart(4, "0")}-${String(mois).padStart(2, "0")}-${String(jour).padStart(2, "0")}`;
}

const MS_PAR_JOUR = 86_400_000;

/** Day number: days since 1970-01-01. */
export function numeroJour(jour: Jour): number {
  const { annee, mois, jour: j } = decomposer(jour);
  return Math.round(Date.UTC(annee, mois - 1, j) / MS_PAR_JOUR);
}

export function depuisNumero(numero: number): Jour {
  const d = new Date(numero * MS_PAR_JOUR);
  return composer(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function ajouterJours(jour: Jour, n: number): Jour {
  return depuisNumero(numeroJour(jour) + n);
}

/** b − a in days (positive when b is after a). */
export function ecartJours(a: Jour, b: Jour): number {
  return numeroJour(b) - numeroJour(a);
}

/**
 * Adds months and years the way CPC art. 641 counts them: same day number,
 * or the last day of the month when that day does not exist (31 → 30, 29 February → 28).
 */
export function ajouterMois(jour: Jour, mois: number): Jour {
  const d = decomposer(jour);
  const total = d.annee * 12 + (d.mois - 1) + mois;
  const annee = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return composer(annee, m, Math.min(d.jour, joursDansLeMois(annee, m)));
}

export function ajouterAns(jour: Jour, ans: number): Jour {
  return ajouterMois(jour, ans * 12);
}

/** 0 = Sunday … 6 = Saturday. */
export function jourDeLaSemaine(jour: Jour): number {
  return (((numeroJour(jour) + 4) % 7) + 7) % 7;
}

export function comparer(a: Jour, b: Jour): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxJour(...jours: Jour[]): Jour {
  return jours.reduce((a, b) => (comparer(a, b) < 0 ? b : a));
}

export function minJour(...jours: Jour[]): Jour {
  return jours.reduce((a, b) => (comparer(a, b) > 0 ? b : a));
}
