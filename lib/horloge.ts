/**
 * The only place that turns an instant into a legal calendar date. The machine runs in UTC;
 * French legal days are those of Europe/Paris (a payment at 00:30 in Paris on 1 March is a
 * 1 March payment even though it is still 28 February in UTC).
 */
const formatParis = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Calendar date (YYYY-MM-DD) of an instant in Europe/Paris. */
export function dateCalendaireParis(instant: Date): string {
  return formatParis.format(instant);
}
