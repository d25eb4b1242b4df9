import { executerCalcul } from "../../../domain/calculs/calculs";
import type { PrescriptionResultat } from "../../../domain/prescription/prescription";
import type { ErreurChamp } from "../../../domain/validation/zod-fr";
import { lireLignes, nombreDeLignes, recalerErreurs, valeur } from "./formulaire.server";

export const CHAMPS_EVENEMENT = ["type", "date", "titreObtenu"] as const;

export type PagePrescription = {
  aujourdhuiServeur: string;
  lignes: number;
  valeurs: {
    nature: string;
    pointDeDepart: string;
    qualiteDebiteur: string;
    aujourdhui: string;
    evenements: Record<(typeof CHAMPS_EVENEMENT)[number], string>[];
  };
  erreurs?: ErreurChamp[];
  resultat?: PrescriptionResultat;
};

export function pagePrescription(params: URLSearchParams, aujourdhuiServeur: string): PagePrescription {
  const lignes = nombreDeLignes(params, "lignes", 3);
  const { brutes, remplies } = lireLignes(params, "evenements", CHAMPS_EVENEMENT, lignes);
  const page: PagePrescription = {
    aujourdhuiServeur,
    lignes,
    valeurs: {
      nature: valeur(params, "nature") ?? "commerciale",
      pointDeDepart: valeur(params, "pointDeDepart") ?? "",
      qualiteDebiteur: valeur(params, "qualiteDebiteur") ?? "",
      aujourdhui: valeur(params, "aujourdhui") ?? aujourdhuiServeur,
      evenements: brutes,
    },
  };
  if (!params.has("calculer")) return page;
  const entree = {
    nature: page.valeurs.nature,
    pointDeDepart: page.valeurs.pointDeDepart,
    qualiteDebiteur: page.valeurs.qualiteDebiteur || undefined,
    aujourdhui: page.valeurs.aujourdhui,
    evenements: remplies.map(({ ligne }) => ({
      type: ligne.type,
      date: ligne.date,
      ...(ligne.type === "fin-instance" ? { titreObtenu: ligne.titreObtenu === "oui" } : {}),
    })),
  };
  const issue = executerCalcul("prescription", entree, { aujourdhui: aujourdhuiServeur, explicite: false });
  if (!issue.ok) {
    page.erreurs = recalerErreurs(
      issue.erreurs,
      "evenements",
      remplies.map((r) => r.index),
    );
  } else {
    page.resultat = issue.resultat as PrescriptionResultat;
  }
  return page;
}
