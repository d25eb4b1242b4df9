/**
 * A new password typed twice (installation, invitation, reset): the same checks and the same
 * French messages everywhere.
 */
import type { ErreurChamp } from "../../domain/validation/zod-fr";
import type { Valeurs } from "../saisie";
import { problemeMotDePasse } from "./mot-de-passe.server";

export function verifierNouveauMotDePasse(valeurs: Valeurs, email: string, erreurs: ErreurChamp[]): void {
  const probleme = problemeMotDePasse(valeurs.motDePasse ?? "", email);
  if (probleme) erreurs.push({ champ: "motDePasse", message: probleme });
  else if (valeurs.motDePasse !== valeurs.confirmation)
    erreurs.push({ champ: "confirmation", message: "les deux mots de passe diffèrent" });
}

/** What a refused form shows back: everything typed except the passwords. */
export function sansMotsDePasse(valeurs: Valeurs): Valeurs {
  const { motDePasse: _m, confirmation: _c, ...gardees } = valeurs;
  return gardees;
}
