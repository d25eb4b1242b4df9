/**
 * Published rates added on an instance (rates page, `recouvrement taux ajouter`): the committed
 * tables stay the base, an added row only fills a semester they lack. Stored by the app, they
 * reach the engine as data (`taux` of the interest calculator), never read from a database or a
 * clock here.
 */
import type { Jour } from "../dates/jour";
import { libelleSemestre, lireTaux, semestreDe, semestreSuivant, TABLES_PAR_DEFAUT, UNITE_TAUX } from "./taux";
import type { LigneTauxBce, LigneTauxLegal, Semestre } from "./taux.table";

/** A rate as typed: the légal rate of a semester for both categories, or the ECB rate. */
export type TauxSaisi =
  | { nature: "legal"; semestre: Semestre; particulier: string; autresCas: string; source: string }
  | { nature: "bce"; semestre: Semestre; tauxPourcent: string; source: string };

export type TauxAjoute = TauxSaisi & { ajouteLe: Jour };

/** A legal or ECB rate above this is a typing mistake (the highest légal rate since 2015 is about 8 %). */
const TAUX_PLAUSIBLE_MAX = 30 * UNITE_TAUX;

/**
 * Why this added rate cannot be accepted on `aujourdhui`, field by field (French), or [].
 * `existants`: rows already added on the instance.
 */
export function erreursTauxAjoute(
  t: TauxSaisi,
  aujourdhui: Jour,
  existants: readonly Pick<TauxAjoute, "nature" | "semestre">[],
): { champ: string; message: string }[] {
  const erreurs: { champ: string; message: string }[] = [];
  const table = t.nature === "legal" ? TABLES_PAR_DEFAUT.legal : TABLES_PAR_DEFAUT.bce;
  const publie = table.find((l) => l.semestre === t.semestre);
  if (publie) {
    erreurs.push({
      champ: "semestre",
      message: `le taux du ${libelleSemestre(t.semestre)} figure déjà dans les tables du produit (source : ${publie.source})`,
    });
  } else if (existants.some((e) => e.nature === t.nature && e.semestre === t.semestre)) {
    erreurs.push({ champ: "semestre", message: `un taux a déjà été ajouté pour le ${libelleSemestre(t.semestre)}` });
  } else if (t.semestre > semestreSuivant(semestreDe(aujourdhui))) {
    erreurs.push({
      champ: "semestre",
      message: `le ${libelleSemestre(t.semestre)} est trop lointain : un taux n'est publié qu'à la veille de son semestre`,
    });
  } else if (table[0] && t.semestre < table[0].semestre) {
    erreurs.push({
      champ: "semestre",
      message: `les tables commencent au ${libelleSemestre(table[0].semestre)} : pour une période antérieure, donnez le taux au calculateur (champ taux) plutôt qu'à l'instance`,
    });
  }
  const valeurs: [string, string][] =
    t.nature === "legal"
      ? [
          ["particulier", t.particulier],
          ["autresCas", t.autresCas],
        ]
      : [["tauxPourcent", t.tauxPourcent]];
  for (const [champ, v] of valeurs) {
    if (lireTaux(v) > TAUX_PLAUSIBLE_MAX) {
      erreurs.push({ champ, message: "taux invraisemblable (plus de 30 %) : vérifiez la saisie" });
    }
  }
  return erreurs;
}

/** The added rows as rate-table rows (marked with the day they were added). */
export function tablesAjoutees(ajouts: readonly TauxAjoute[]): { legal: LigneTauxLegal[]; bce: LigneTauxBce[] } {
  const legal: LigneTauxLegal[] = [];
  const bce: LigneTauxBce[] = [];
  for (const a of ajouts) {
    if (a.nature === "legal") {
      legal.push({
        semestre: a.semestre,
        particulier: a.particulier,
        autresCas: a.autresCas,
        source: a.source,
        ajouteLe: a.ajouteLe,
      });
    } else {
      bce.push({ semestre: a.semestre, tauxPourcent: a.tauxPourcent, source: a.source, ajouteLe: a.ajouteLe });
    }
  }
  return { legal, bce };
}
