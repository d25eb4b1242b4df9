/**
 * French public holidays as calendar dates ("YYYY-MM-DD"), from the maintained `date-holidays`
 * package (never a home-made Easter computation), cached per year and per calendar.
 *
 * - national: the 11 days of L.3133-1 C. trav., the only ones relied on for art. 642 CPC;
 * - local: Alsace-Moselle (L.3134-13 C. trav.: Good Friday, 26 December) and the overseas days
 *   (abolition of slavery, L.3422-2 C. trav.), used only to warn.
 *
 * date-holidays returns local-midnight dates; only the "YYYY-MM-DD" part of its `date` string
 * is used, never a Date object (a UTC machine would shift them by a day).
 */
import Holidays from "date-holidays";
import { decomposer, type Jour, jourDeLaSemaine } from "../dates/jour";

/** date-holidays region of each département that has holidays of its own. */
const REGIONS: Record<string, string> = {
  "57": "57",
  "67": "67",
  "68": "68",
  "971": "GP",
  "972": "MQ",
  "973": "GF",
  "974": "RE",
  "976": "YT",
  "977": "BL",
  "978": "MF",
};

export type JourFerie = { date: Jour; nom: string };

const cache = new Map<string, Map<Jour, string>>();

function charger(annee: number, region: string | undefined): Map<Jour, string> {
  const cle = `${region ?? "national"}:${annee}`;
  let jours = cache.get(cle);
  if (!jours) {
    const h = region ? new Holidays("FR", region) : new Holidays("FR");
    jours = new Map(
      h
        .getHolidays(annee)
        .filter((j) => j.type === "public")
        .map((j) => [j.date.slice(0, 10), j.name] as const),
    );
    cache.set(cle, jours);
  }
  return jours;
}

/** Whether a département has public holidays beyond the national ones (known to the library). */
export function aDesJoursFeriesLocaux(departement: string): boolean {
  return departement in REGIONS;
}

export function joursFeries(annee: number, departement?: string): JourFerie[] {
  const region = departement ? REGIONS[departement] : undefined;
  return [...charger(annee, region)].map(([date, nom]) => ({ date, nom })).sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Name of the public holiday on that day (national, or national + local of the département). */
export function ferie(jour: Jour, departement?: string): string | undefined {
  const region = departement ? REGIONS[departement] : undefined;
  return charger(decomposer(jour).annee, region).get(jour);
}

export function estWeekEnd(jour: Jour): boolean {
  const j = jourDeLaSemaine(jour);
  return j === 0 || j === 6;
}

/** Saturday, Sunday or public holiday (art. 642 al. 2 CPC). */
export function estChome(jour: Jour, departement?: string): boolean {
  return estWeekEnd(jour) || ferie(jour, departement) !== undefined;
}
