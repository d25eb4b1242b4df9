/**
 * Reading an event from a dossier page form: the action's type and fixed fields, the date, and
 * the few fields an event carries (amounts typed the French way). Validated by the journal's own
 * zod schema; errors name the field in French.
 */
import { type Evenement, EvenementSchema } from "../../../domain/dossier/evenements";
import { lireMontantEuros, lireVersements, MESSAGE_VERSEMENTS } from "../../../domain/format/saisie";
import { type ErreurChamp, erreursChamps } from "../../../domain/validation/zod-fr";

export function lireEvenement(form: FormData): { evenement: Evenement } | { erreurs: ErreurChamp[] } {
  const v = (k: string) => {
    const x = form.get(k);
    return typeof x === "string" && x.trim() !== "" ? x.trim() : undefined;
  };
  const erreurs: ErreurChamp[] = [];
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
    if (form.has(cle)) brut[cle] = form.get(cle) === "oui";
  }
  if (form.has("montant")) {
    const cents = lireMontantEuros(String(form.get("montant") ?? ""));
    if (cents === null || cents === 0)
      erreurs.push({ champ: "montant", message: "indiquez un montant, par exemple 1 234,56" });
    else brut.montantCents = cents;
  }
  if (form.has("versements")) {
    const { versements, lisible } = lireVersements(String(form.get("versements") ?? ""));
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
  return { evenement: r.data };
}
