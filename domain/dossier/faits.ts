/**
 * A fact that has already happened cannot be dated after today: a receipt, a payment, a reminder
 * sent, a service, a decision… An event recorded on the wrong day moves legal deadlines, so such
 * a date is refused at entry. What is scheduled by nature may lie ahead: the date of a hearing,
 * the instalments of a payment plan, an invoice's due date.
 */
import { dateCourte } from "../format/francais";
import type { Dossier } from "./dossier.schema";
import type { Evenement } from "./evenements";

export const messageDateFuture = (aujourdhui: string) =>
  `est postérieure à aujourd'hui (${dateCourte(aujourdhui)}) : un fait déjà survenu ne peut pas être daté dans le futur`;

/** The dated facts of an event that lie after today, as { champ, message } (champ = the event's field). */
export function datesFuturesDeLEvenement(e: Evenement, aujourdhui: string): { champ: string; message: string }[] {
  const erreurs: { champ: string; message: string }[] = [];
  if (e.date > aujourdhui) erreurs.push({ champ: "date", message: messageDateFuture(aujourdhui) });
  if (e.type === "procedure-collective.ouverte" && e.datePublicationBodacc > aujourdhui) {
    erreurs.push({ champ: "datePublicationBodacc", message: messageDateFuture(aujourdhui) });
  }
  return erreurs;
}

/** Every dated fact of an imported dossier that lies after today, with its JSON path. */
export function datesFuturesDuDossier(d: Dossier, aujourdhui: string): { champ: string; message: string }[] {
  const erreurs: { champ: string; message: string }[] = [];
  const si = (date: string | undefined, champ: string) => {
    if (date && date > aujourdhui) erreurs.push({ champ, message: messageDateFuture(aujourdhui) });
  };
  d.factures.forEach((f, i) => {
    si(f.dateEmission, `factures[${i}].dateEmission`);
    si(f.dateExecution, `factures[${i}].dateExecution`);
    f.avoirs.forEach((a, j) => {
      si(a.date, `factures[${i}].avoirs[${j}].date`);
    });
  });
  d.evenements.forEach((e, i) => {
    for (const x of datesFuturesDeLEvenement(e, aujourdhui))
      erreurs.push({ ...x, champ: `evenements[${i}].${x.champ}` });
  });
  d.pieces.forEach((p, i) => {
    si(p.date, `pieces[${i}].date`);
  });
  return erreurs;
}
