import { executerCalcul } from "../../../domain/calculs/calculs";
import type { DelaiResultat } from "../../../domain/delais/delai";
import type { ErreurChamp } from "../../../domain/validation/zod-fr";
import { valeur } from "./formulaire.server";

export type PageDelais = {
  valeurs: Record<"depart" | "ans" | "mois" | "jours" | "sens" | "distance" | "codePostal", string>;
  erreurs?: ErreurChamp[];
  resultat?: DelaiResultat;
};

/** A whole number typed in a field, or the raw text (the schema then names the field). */
function nombre(texte: string): number | string | undefined {
  if (texte === "") return undefined;
  return /^\d+$/.test(texte) ? Number(texte) : texte;
}

export function pageDelais(params: URLSearchParams): PageDelais {
  const v = (cle: string, defaut = "") => valeur(params, cle) ?? defaut;
  const page: PageDelais = {
    valeurs: {
      depart: v("depart"),
      ans: v("ans"),
      mois: v("mois"),
      jours: v("jours"),
      sens: v("sens", "apres"),
      distance: v("distance", "aucune"),
      codePostal: v("codePostal"),
    },
  };
  if (!params.has("calculer")) return page;
  const { depart, ans, mois, jours, sens, distance, codePostal } = page.valeurs;
  const entree = {
    depart,
    duree: { ans: nombre(ans), mois: nombre(mois), jours: nombre(jours) },
    sens,
    distance,
    ...(codePostal ? { codePostal } : {}),
  };
  const issue = executerCalcul("delai", entree, { aujourdhui: depart, explicite: false });
  if (issue.ok) page.resultat = issue.resultat as DelaiResultat;
  else page.erreurs = issue.erreurs;
  return page;
}
