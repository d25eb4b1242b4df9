import { executerCalcul } from "../../../domain/calculs/calculs";
import { estJourValide } from "../../../domain/dates/jour";
import { lireMontantEuros, lireTauxSaisi } from "../../../domain/format/saisie";
import type { InteretsResultat } from "../../../domain/interets/interets";
import type { LigneTauxBce, LigneTauxLegal } from "../../../domain/interets/taux.table";
import type { ErreurChamp } from "../../../domain/validation/zod-fr";
import { lireLignes, nombreDeLignes, recalerErreurs, valeur } from "./formulaire.server";

export const CHAMPS_FACTURE = ["numero", "montant", "dateEcheance"] as const;
export const CHAMPS_MOUVEMENT = ["type", "facture", "date", "montant"] as const;

type Ligne<C extends string> = Record<C, string>;

export type PageInterets = {
  aujourdhuiServeur: string;
  lignesFactures: number;
  lignesMouvements: number;
  valeurs: {
    creancier: string;
    debiteur: string;
    tauxContractuel: string;
    dateMiseEnDemeure: string;
    imputation: string;
    capitalisation: boolean;
    fraisJustifies: string;
    au: string;
    factures: Ligne<(typeof CHAMPS_FACTURE)[number]>[];
    mouvements: Ligne<(typeof CHAMPS_MOUVEMENT)[number]>[];
  };
  erreurs?: ErreurChamp[];
  resultat?: InteretsResultat;
};

export function pageInterets(
  params: URLSearchParams,
  aujourdhuiServeur: string,
  tauxInstance?: { legal: LigneTauxLegal[]; bce: LigneTauxBce[] },
): PageInterets {
  const lignesFactures = nombreDeLignes(params, "lignesFactures", 2);
  const lignesMouvements = nombreDeLignes(params, "lignesMouvements", 2);
  const factures = lireLignes(params, "factures", CHAMPS_FACTURE, lignesFactures);
  const mouvements = lireLignes(params, "mouvements", CHAMPS_MOUVEMENT, lignesMouvements);
  const v = (cle: string, defaut = "") => valeur(params, cle) ?? defaut;
  const page: PageInterets = {
    aujourdhuiServeur,
    lignesFactures,
    lignesMouvements,
    valeurs: {
      creancier: v("creancier", "societe-commerciale"),
      debiteur: v("debiteur", "societe-commerciale"),
      tauxContractuel: v("tauxContractuel"),
      dateMiseEnDemeure: v("dateMiseEnDemeure"),
      imputation: v("imputation", "principal-d-abord"),
      capitalisation: params.get("capitalisation") === "oui",
      fraisJustifies: v("fraisJustifies"),
      au: v("au", aujourdhuiServeur),
      factures: factures.brutes,
      mouvements: mouvements.brutes.map((m) => ({ ...m, type: m.type || "paiement" })),
    },
  };
  if (!params.has("calculer")) return page;

  // Amounts and rates are typed the French way; read them here and name the field on error.
  const erreurs: ErreurChamp[] = [];
  const montantDe = (texte: string, champ: string): number => {
    const cents = lireMontantEuros(texte);
    if (cents === null) {
      erreurs.push({
        champ,
        message: texte ? "montant invalide (par exemple 1 234,56)" : "champ obligatoire manquant",
      });
      return 0;
    }
    return cents;
  };
  const val = page.valeurs;
  let taux: string | null = null;
  if (val.tauxContractuel) {
    taux = lireTauxSaisi(val.tauxContractuel);
    if (taux === null) erreurs.push({ champ: "tauxContractuel", message: "taux invalide (par exemple 12,5)" });
  }
  const remplies = factures.remplies;
  if (remplies.length === 0) erreurs.push({ champ: "factures[0].numero", message: "indiquez au moins une facture" });
  const lesFactures = remplies.map(({ index, ligne }) => ({
    numero: ligne.numero,
    montantTtcCents: montantDe(ligne.montant, `factures[${index}].montant`),
    dateEcheance: ligne.dateEcheance,
    paiements: [] as { date: string; montantCents: number }[],
    avoirs: [] as { date: string; montantCents: number }[],
  }));
  for (const { index, ligne } of mouvements.remplies.filter(
    (m) => m.ligne.facture || m.ligne.date || m.ligne.montant,
  )) {
    const f = lesFactures.find((x) => x.numero === ligne.facture);
    if (!f) {
      erreurs.push({
        champ: `mouvements[${index}].facture`,
        message: ligne.facture
          ? `aucune facture « ${ligne.facture} » dans la liste`
          : "indiquez le numéro de la facture",
      });
      continue;
    }
    if (!estJourValide(ligne.date)) {
      erreurs.push({ champ: `mouvements[${index}].date`, message: "doit être une date valide" });
      continue;
    }
    const montantCents = montantDe(ligne.montant, `mouvements[${index}].montant`);
    (ligne.type === "avoir" ? f.avoirs : f.paiements).push({ date: ligne.date, montantCents });
  }
  const frais = val.fraisJustifies ? montantDe(val.fraisJustifies, "fraisJustifies") : undefined;
  if (erreurs.length > 0) {
    page.erreurs = erreurs;
    return page;
  }
  const entree = {
    creancier: { qualite: val.creancier },
    debiteur: { qualite: val.debiteur },
    tauxContractuelPourcent: taux,
    dateMiseEnDemeure: val.dateMiseEnDemeure || null,
    imputation: val.imputation,
    capitalisation: val.capitalisation,
    ...(frais !== undefined ? { fraisRecouvrementJustifiesCents: frais } : {}),
    factures: lesFactures,
    au: val.au,
  };
  const issue = executerCalcul("interets", entree, { aujourdhui: aujourdhuiServeur, explicite: false, tauxInstance });
  if (issue.ok) {
    page.resultat = issue.resultat as InteretsResultat;
  } else {
    page.erreurs = recalerErreurs(
      issue.erreurs.map((e) => ({
        ...e,
        champ: e.champ
          .replace(/\.montantTtcCents$/, ".montant")
          .replace(/^creancier\.qualite$/, "creancier")
          .replace(/^debiteur\.qualite$/, "debiteur")
          .replace(/^tauxContractuelPourcent$/, "tauxContractuel"),
      })),
      "factures",
      remplies.map((r) => r.index),
    );
  }
  return page;
}
