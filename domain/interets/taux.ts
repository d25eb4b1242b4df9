/**
 * Rate arithmetic without floats: a rate is held as an integer number of ten-thousandths of a
 * percent (13.15 % → 131 500), and semesters are "YYYY-S1" (1 Jan - 30 Jun) / "YYYY-S2".
 */
import { composer, decomposer, type Jour } from "../dates/jour";
import { type LigneTauxBce, type LigneTauxLegal, type Semestre, TAUX_BCE, TAUX_LEGAL } from "./taux.table";

export const UNITE_TAUX = 10_000; // ten-thousandths of a percent in one percent

export function lireTaux(pourcent: string): number {
  const m = /^(\d{1,3})(?:\.(\d{1,4}))?$/.exec(pourcent.trim());
  if (!m) throw new RangeError(`taux invalide : « ${pourcent} »`);
  return Number(m[1]) * UNITE_TAUX + Number((m[2] ?? "").padEnd(4, "0"));
}

/** 131500 → "13.15" (at least two decimals, more only when needed). */
export function ecrireTaux(n: number): string {
  const entier = Math.floor(n / UNITE_TAUX);
  let decimales = String(n % UNITE_TAUX).padStart(4, "0");
  while (decimales.length > 2 && decimales.endsWith("0")) decimales = decimales.slice(0, -1);
  return `${entier}.${decimales}`;
}

export function semestreDe(jour: Jour): Semestre {
  const d = decomposer(jour);
  return `${d.annee}-S${d.mois <= 6 ? 1 : 2}` as Semestre;
}

export function debutSemestre(s: Semestre): Jour {
  const [annee, n] = s.split("-S").map(Number) as [number, number];
  return composer(annee, n === 1 ? 1 : 7, 1);
}

export function semestreSuivant(s: Semestre): Semestre {
  const [annee, n] = s.split("-S").map(Number) as [number, number];
  return (n === 1 ? `${annee}-S2` : `${annee + 1}-S1`) as Semestre;
}

export function libelleSemestre(s: Semestre): string {
  const [annee, n] = s.split("-S");
  return `${n === "1" ? "1er" : "2e"} semestre ${annee}`;
}

export type Tables = { legal: readonly LigneTauxLegal[]; bce: readonly LigneTauxBce[] };

export const TABLES_PAR_DEFAUT: Tables = { legal: TAUX_LEGAL, bce: TAUX_BCE };

/** Rows given by a caller replace the table's rows of the same semester. */
export function fusionnerTables(
  surcharges?: { legal?: readonly LigneTauxLegal[]; bce?: readonly LigneTauxBce[] } | undefined,
): Tables {
  const fusion = <T extends { semestre: Semestre }>(base: readonly T[], sur: readonly T[] = []) =>
    [...base.filter((l) => !sur.some((s) => s.semestre === l.semestre)), ...sur].sort((a, b) =>
      a.semestre < b.semestre ? -1 : 1,
    );
  return { legal: fusion(TAUX_LEGAL, surcharges?.legal), bce: fusion(TAUX_BCE, surcharges?.bce) };
}

/**
 * A period before the first row of the rate tables: no rate can be assumed. The message says which
 * semester and how to give the rate (decision 007: after the last row, the last rate is used,
 * marked provisional; before the first, never).
 */
export class TauxInconnu extends Error {
  override name = "TauxInconnu";
  constructor(
    readonly semestre: Semestre,
    premier: Semestre | undefined,
  ) {
    super(
      `aucun taux n'est connu pour le ${libelleSemestre(semestre)} : les tables commencent au ${premier ? libelleSemestre(premier) : "semestre le plus ancien connu"}. Donnez le taux publié pour ce semestre dans l'entrée (champ « taux » : { "legal": [{ "semestre": "${semestre}", "particulier": "…", "autresCas": "…", "source": "…" }] } ou « bce »), ou réduisez la période.`,
    );
  }
}

export type TauxTrouve<T> = { ligne: T; provisoire: boolean; semestreDemande: Semestre };

/** The semester's row, or the last known one (provisional) when it is missing. */
export function trouver<T extends { semestre: Semestre }>(table: readonly T[], s: Semestre): TauxTrouve<T> {
  const exacte = table.find((l) => l.semestre === s);
  if (exacte) return { ligne: exacte, provisoire: false, semestreDemande: s };
  const anterieures = table.filter((l) => l.semestre < s);
  const derniere = anterieures.at(-1);
  if (!derniere) throw new TauxInconnu(s, table[0]?.semestre);
  return { ligne: derniere, provisoire: true, semestreDemande: s };
}

/** Semesters from the first of the table up to the one containing `jusqua` that have no row. */
export function semestresManquants(table: readonly { semestre: Semestre }[], jusqua: Jour): Semestre[] {
  const manquants: Semestre[] = [];
  const premier = table[0]?.semestre;
  if (!premier) return [];
  for (let s = premier; s <= semestreDe(jusqua); s = semestreSuivant(s)) {
    if (!table.some((l) => l.semestre === s)) manquants.push(s);
  }
  return manquants;
}
