/**
 * The iCalendar feed of every upcoming deadline of the open dossiers (prescription, mise en
 * demeure, service, opposition, hearing, déclaration de créance…): all-day events, one per
 * deadline, with a stable UID so that calendar apps update rather than duplicate them.
 * Written by the maintained `ics` library (docs/decisions/010-bibliotheques-application.md).
 */
import { createEvents, type EventAttributes } from "ics";
import { ajouterJours } from "../../domain/dates/jour";
import type { Services } from "../contexte";
import { utilisateurDuJetonCalendrier } from "../db/comptes.server";
import { listerEcheances } from "../db/listes.server";

const jourIcs = (j: string): [number, number, number] => {
  const [a, m, d] = j.split("-").map(Number) as [number, number, number];
  return [a, m, d];
};

/**
 * The person's feed, or null when the token is missing, wrong or revoked (the route answers 404).
 * The token is looked up by its SHA-256: the database never holds it.
 */
export async function fluxEcheances(s: Services, jeton: string | null, origine: string): Promise<string | null> {
  const utilisateurId = jeton ? await utilisateurDuJetonCalendrier(s.base.db, jeton) : null;
  if (!utilisateurId) return null;
  const echeances = await listerEcheances(s.base.db, utilisateurId, s.aujourdhui());
  const evenements: EventAttributes[] = echeances.map((e) => ({
    uid: `${e.dossierId}-${e.code}-${e.date}@recouvrement`,
    start: jourIcs(e.date),
    end: jourIcs(ajouterJours(e.date, 1)),
    title: `${e.libelle} — ${e.debiteur} (${e.reference})`,
    description: `${e.libelle}.\nFondements : ${e.fondements.join(" ; ") || "—"}.\nDossier : ${origine}/dossiers/${e.dossierId}\nRecouvrement prépare des documents et calcule des délais ; ce n'est pas un conseil juridique.`,
    url: `${origine}/dossiers/${e.dossierId}`,
    categories: ["Recouvrement"],
    transp: "TRANSPARENT",
    productId: "recouvrement/echeances",
    calName: "Recouvrement — échéances",
  }));
  if (evenements.length === 0) {
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:recouvrement/echeances",
      "X-WR-CALNAME:Recouvrement — échéances",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
  }
  const r = createEvents(evenements);
  if (r.error || !r.value) throw r.error ?? new Error("calendrier vide");
  return r.value;
}
