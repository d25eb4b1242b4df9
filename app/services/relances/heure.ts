/** Europe/Paris wall-clock time of an instant, and the instant of a Paris wall-clock time. */
import type { Jour } from "../../../domain/dates/jour";

const FORMAT = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export function paris(d: Date): { jour: Jour; heure: number; minute: number } {
  const p = Object.fromEntries(FORMAT.formatToParts(d).map((x) => [x.type, x.value]));
  return { jour: `${p.year}-${p.month}-${p.day}`, heure: Number(p.hour), minute: Number(p.minute) };
}

/** The instant at which it is `heure`:00 on `jour` in Paris (UTC+1 in winter, UTC+2 in summer). */
export function instantDeParis(jour: Jour, heure: number): Date {
  const [a, m, j] = jour.split("-").map(Number) as [number, number, number];
  const utc = Date.UTC(a, m - 1, j, heure);
  const vu = paris(new Date(utc));
  const [va, vm, vj] = vu.jour.split("-").map(Number) as [number, number, number];
  const decalage = Date.UTC(va, vm - 1, vj, vu.heure, vu.minute) - utc;
  return new Date(utc - decalage);
}
