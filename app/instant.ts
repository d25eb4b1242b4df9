/** A technical instant (a session, a link, a note) shown in French, in Europe/Paris time. */
const FORMAT = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

export function instant(d: Date | string): string {
  return FORMAT.format(typeof d === "string" ? new Date(d) : d).replace(" ", " à ");
}
