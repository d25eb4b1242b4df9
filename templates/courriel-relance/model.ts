/**
 * The reminder email (issue 14): one model, two renderings (plain text and HTML, rendu.ts), from
 * the plan step's editable template and the dossier's figures. The variables are the dossier's
 * (invoice numbers, due date, amounts, IBAN, payment reference); between professionals the firm
 * messages end with a block that is computed and not editable — penalties to date (C. com.
 * L.441-10) and the 40 € indemnity per invoice (D.441-5); a consumer never gets that block, nor any
 * recovery cost (CPCE L.111-8). No image, no tracking pixel, no remote content.
 */
import { ajouterJours, ecartJours } from "../../domain/dates/jour";
import { dateLongue } from "../../domain/format/francais";
import { formaterIban } from "../../domain/identifiants/identifiants";
import type { ContexteDocument } from "../_shared/contexte";
import { formuleAppel, listeFactures, nomPartie, nomSeul } from "../_shared/lettre";
import { sommes } from "../_shared/sommes";

export * from "./rendu";

/** The values of the variables for this dossier on the context's day. */
export function variablesDuDossier(c: ContexteDocument): Record<string, string> {
  const s = sommes(c);
  const d = c.dossier;
  const enRetard = d.factures.filter((f) => s.numeros.includes(f.numero)).map((f) => f.dateEcheance);
  const premiere = enRetard.sort()[0];
  const reference = d.reference ? `${d.reference} (${s.numeros.join(", ")})` : s.numeros.join(", ");
  const iban = d.creancier.iban ? formaterIban(d.creancier.iban) : "";
  const i = s.interets;
  return {
    appel: formuleAppel(d.debiteur),
    factures: listeFactures(s.numeros),
    laFacture: s.numeros.length > 1 ? `les ${listeFactures(s.numeros)}` : `la ${listeFactures(s.numeros)}`,
    echeance: premiere ? dateLongue(premiere) : "—",
    retard: String(premiere && premiere < c.aujourdhui ? ecartJours(premiere, c.aujourdhui) : 0),
    totalPrincipal: s.totalPrincipal,
    totalDu: s.totalReclame,
    penalites: s.professionnel ? s.montantInterets : "",
    indemnites: s.professionnel ? s.montantIndemnites : "",
    nouvelleDate: dateLongue(ajouterJours(c.aujourdhui, 8)),
    paiement: iban
      ? `Règlement par virement sur notre compte ${iban}, en rappelant la référence ${reference}.`
      : `Merci de rappeler la référence ${reference} avec votre règlement.`,
    iban,
    reference,
    creancier: nomPartie(d.creancier),
    debiteur: nomPartie(d.debiteur),
    _professionnel: s.professionnel && i ? "oui" : "",
    _nombreIndemnites: String(s.nombreIndemnites),
    _libelleTaux: s.libelleTaux,
  };
}

/** The debtor's name alone, for the « To » display name. */
export function nomDestinataire(c: ContexteDocument): string {
  return nomSeul(c.dossier.debiteur);
}
