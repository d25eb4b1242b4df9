/**
 * Reading an event from a dossier page form: the action's type and fixed fields, the date, and
 * the few fields an event carries (amounts typed the French way). Validated by the journal's own
 * zod schema; errors name the field in French. A fact cannot be dated after today.
 */

import {
  EVENEMENTS_D_IMPORT,
  type Evenement,
  EvenementSchema,
  type TypeEvenement,
} from "../../../domain/dossier/evenements";
import { datesFuturesDeLEvenement } from "../../../domain/dossier/faits";
import { lireMontantEuros, lireVersements, MESSAGE_VERSEMENTS } from "../../../domain/format/saisie";
import { type ErreurChamp, erreursChamps } from "../../../domain/validation/zod-fr";
import type { Valeurs } from "../../saisie";

export function lireEvenement(
  valeurs: Valeurs,
  aujourdhui: string,
): { evenement: Evenement } | { erreurs: ErreurChamp[] } {
  const v = (k: string) => {
    const x = valeurs[k];
    return x !== undefined && x.trim() !== "" ? x.trim() : undefined;
  };
  const erreurs: ErreurChamp[] = [];
  if (EVENEMENTS_D_IMPORT.includes(v("type") as TypeEvenement))
    return {
      erreurs: [{ champ: "type", message: "cet événement est inscrit par l'import des factures, pas à la main" }],
    };
  const brut: Record<string, unknown> = { type: v("type"), date: v("date") ?? "" };
  for (const cle of [
    "canal",
    "mode",
    "numeroRecommande",
    "motif",
    "voie",
    "dateAudience",
    "datePublicationBodacc",
    "facture",
  ]) {
    if (v(cle) !== undefined) brut[cle] = v(cle);
  }
  if (v("delaiJours")) brut.delaiJours = Number(v("delaiJours"));
  for (const cle of ["aPersonne", "titreObtenu"]) {
    if (cle in valeurs) brut[cle] = valeurs[cle] === "oui";
  }
  if ("montant" in valeurs) {
    const cents = lireMontantEuros(valeurs.montant ?? "");
    if (cents === null || cents === 0)
      erreurs.push({ champ: "montant", message: "indiquez un montant, par exemple 1 234,56" });
    else brut.montantCents = cents;
  }
  if ("versements" in valeurs) {
    const { versements, lisible } = lireVersements(valeurs.versements ?? "");
    if (!lisible) erreurs.push({ champ: "versements", message: MESSAGE_VERSEMENTS });
    brut.versements = versements;
  }
  if (erreurs.length) return { erreurs };
  const r = EvenementSchema.safeParse(brut);
  if (!r.success) {
    return {
      erreurs: erreursChamps(r.error).map((e) => ({
        ...e,
        champ: e.champ === "montantCents" ? "montant" : e.champ.startsWith("versements") ? "versements" : e.champ,
      })),
    };
  }
  const futures = datesFuturesDeLEvenement(r.data, aujourdhui);
  if (futures.length) return { erreurs: futures };
  return { evenement: r.data };
}
