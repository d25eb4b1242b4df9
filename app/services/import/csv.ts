/**
 * Reading a receivables CSV as people export it (issue 15, decision 022): UTF-8 or Windows-1252
 * (with or without BOM; what is not valid UTF-8 is read as Windows-1252), `;`, `,` or tab, the usual
 * French headers recognised with or without accents and case (a title block above the header is
 * skipped, as in a spreadsheet's « balance âgée »), decimal comma, thousands separators (space,
 * U+00A0, U+202F), dates JJ/MM/AAAA or ISO. Parsing by csv-parse; a cell is only ever read as text
 * (a formula `=HYPERLINK(…)` is a string like any other, never evaluated).
 */
import { parse } from "csv-parse/sync";
import { estJourValide } from "../../../domain/dates/jour";
import { sansAccents } from "../../../domain/texte/texte";

import { CHAMPS, type Champ, LIBELLES_CHAMPS } from "./champs";

export { CHAMPS, type Champ, LIBELLES_CHAMPS };

/** Header spellings, normalised (lower case, no accent, no punctuation). */
const SYNONYMES: Record<Champ, string[]> = {
  numero: [
    "numero",
    "no",
    "num",
    "n facture",
    "no facture",
    "num facture",
    "numero facture",
    "numero de facture",
    "n de facture",
    "facture",
    "n piece",
    "numero piece",
    "piece",
    "ref facture",
    "reference facture",
    "invoice",
    "n",
  ],
  client: [
    "client",
    "nom client",
    "nom du client",
    "raison sociale",
    "debiteur",
    "tiers",
    "societe",
    "nom",
    "denomination",
    "libelle client",
  ],
  siren: ["siren", "n siren", "siret", "n siret", "siren client", "siret client"],
  dateEmission: [
    "date",
    "date facture",
    "date de facture",
    "date emission",
    "date d emission",
    "date piece",
    "emise le",
  ],
  dateEcheance: [
    "echeance",
    "date echeance",
    "date d echeance",
    "date de l echeance",
    "date limite",
    "date limite de paiement",
    "due le",
    "a payer le",
  ],
  montantTtc: ["montant ttc", "total ttc", "ttc", "montant", "montant facture", "total", "montant total"],
  resteDu: ["reste du", "restant du", "reste a payer", "solde", "solde du", "montant du", "du", "reste"],
  paye: ["paye", "montant paye", "regle", "montant regle", "deja paye", "reglements", "encaisse"],
  codePostal: ["code postal", "cp"],
  ville: ["ville", "commune"],
  adresse: ["adresse", "adresse client", "rue"],
  email: ["email", "e mail", "courriel", "mail", "adresse electronique"],
};

export function normaliserEntete(e: string): string {
  return sansAccents(e)
    .toLowerCase()
    .replace(/n°|nº/g, "n ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Bucket columns of an aged balance (« non échu », « 0-30 », « 31 à 60 j », « > 90 »…). */
const TRANCHE =
  /^(non echu|a echoir|echu|0 30|1 30|31 60|61 90|\+ ?90|plus de 90|sup 90|90|\d+ (a )?\d+( j(ours)?)?|(de )?\d+ a \d+ jours|\d+ jours)$/;

export function champDeLEntete(e: string): Champ | null {
  const n = normaliserEntete(e);
  for (const c of CHAMPS) if (SYNONYMES[c].includes(n)) return c;
  return null;
}

export type LigneCsv = {
  /** 1-based line number in the file. */
  ligne: number;
  valeurs: Partial<Record<Champ, string>>;
  /** Sum of the aged-balance buckets, when the file has those instead of an amount. */
  totalTranches: number | null;
};

export type CsvLu = {
  encodage: "utf-8" | "windows-1252";
  separateur: ";" | "," | "\t";
  entetes: string[];
  /** Column index of each recognised field; the mapping screen completes it. */
  correspondance: Partial<Record<Champ, number>>;
  tranches: number[];
  lignes: LigneCsv[];
  /** The first rows under the header, as read, for the mapping screen's preview. */
  apercu: string[][];
};

/** The fields without which a line cannot become an invoice. */
export const CHAMPS_REQUIS: readonly Champ[] = ["numero", "client"];

export class CsvRefuse extends Error {
  override name = "CsvRefuse";
}

export function decoder(contenu: Uint8Array): { texte: string; encodage: CsvLu["encodage"] } {
  try {
    return {
      texte: new TextDecoder("utf-8", { fatal: true }).decode(contenu).replace(/^\uFEFF/, ""),
      encodage: "utf-8",
    };
  } catch {
    return { texte: new TextDecoder("windows-1252").decode(contenu), encodage: "windows-1252" };
  }
}

function separateurDe(texte: string): CsvLu["separateur"] {
  const lignes = texte.split(/\r?\n/).slice(0, 20);
  const compte = (c: string) => lignes.reduce((n, l) => n + l.split(c).length - 1, 0);
  const c = { ";": compte(";"), ",": compte(","), "\t": compte("\t") };
  return c[";"] >= c[","] && c[";"] >= c["\t"] ? ";" : c["\t"] > c[","] ? "\t" : ",";
}

/**
 * Reads the file into rows under their header. `correspondance`: columns chosen on the mapping
 * screen (header text → field), over what was recognised.
 */
export type ChoixColonnes =
  | Partial<Record<Champ, string>>
  /** The columns chosen for the header line read (a mapping remembered for this export), if any. */
  | ((entetes: string[]) => Partial<Record<Champ, string>> | undefined);

export function lireCsv(contenu: Uint8Array, choixOuRegle: ChoixColonnes = {}): CsvLu {
  if (contenu.length > 20 * 1024 * 1024) throw new CsvRefuse("fichier trop volumineux (20 Mo au plus)");
  const { texte, encodage } = decoder(contenu);
  if (texte.includes("\u0000")) throw new CsvRefuse("ce fichier n'est pas un texte (octets nuls) : un CSV est attendu");
  const separateur = separateurDe(texte);
  let rangees: string[][];
  try {
    rangees = parse(texte, {
      delimiter: separateur,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (e) {
    const err = e as { code?: string; lines?: number };
    const raisons: Record<string, string> = {
      CSV_INVALID_CLOSING_QUOTE: "un guillemet fermant est suivi d'autres caractères",
      CSV_QUOTE_NOT_CLOSED: "un guillemet ouvert n'est jamais fermé",
      CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "un guillemet fermant est suivi d'autres caractères",
    };
    throw new CsvRefuse(
      `CSV illisible${err.lines ? ` (ligne ${err.lines})` : ""} : ${raisons[err.code ?? ""] ?? "structure incorrecte"}`,
    );
  }
  // The header: the first row (among the first ten) where two fields at least are recognised;
  // failing that, the first row, whose columns the mapping screen will name.
  const indexEntete = rangees.slice(0, 10).findIndex((r) => r.filter((c) => champDeLEntete(c)).length >= 2);
  const i0 = Math.max(0, indexEntete);
  const entetes = rangees[i0] ?? [];
  const choix = (typeof choixOuRegle === "function" ? choixOuRegle(entetes) : choixOuRegle) ?? {};
  const correspondance: Partial<Record<Champ, number>> = {};
  entetes.forEach((e, i) => {
    const c = champDeLEntete(e);
    if (c && correspondance[c] === undefined) correspondance[c] = i;
  });
  for (const [champ, entete] of Object.entries(choix) as [Champ, string][]) {
    const i = entetes.indexOf(entete);
    if (i >= 0) correspondance[champ] = i;
    else if (entete === "") delete correspondance[champ];
  }
  const tranches = entetes.map((e, i) => (TRANCHE.test(normaliserEntete(e)) ? i : -1)).filter((i) => i >= 0);
  const lignes = rangees.slice(i0 + 1).map((r, k) => {
    const valeurs: Partial<Record<Champ, string>> = {};
    for (const [champ, i] of Object.entries(correspondance) as [Champ, number][]) {
      const v = r[i];
      if (v !== undefined && v !== "") valeurs[champ] = v;
    }
    const montants = tranches.map((i) => lireMontant(r[i] ?? "")).filter((m): m is number => m !== null);
    return { ligne: i0 + 2 + k, valeurs, totalTranches: montants.length ? montants.reduce((a, b) => a + b, 0) : null };
  });
  // Lines of totals (« Total », « TOTAL GÉNÉRAL ») at the bottom of a balance are not invoices.
  return {
    encodage,
    separateur,
    entetes,
    correspondance,
    tranches,
    apercu: rangees.slice(i0 + 1, i0 + 6),
    lignes: lignes.filter((l) => !/^total/i.test(l.valeurs.client ?? "") && !/^total/i.test(l.valeurs.numero ?? "")),
  };
}

/** « 1 234,56 € », « 1234.56 », « 1 234,56 » (U+00A0, U+202F), « (12,00) » → cents; null if unreadable. */
export function lireMontant(brut: string): number | null {
  let v = brut
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/€|EUR/gi, "");
  if (v === "") return null;
  let signe = 1;
  if (/^\(.*\)$/.test(v)) {
    signe = -1;
    v = v.slice(1, -1);
  }
  if (v.startsWith("-")) {
    signe = -signe;
    v = v.slice(1);
  }
  // « 1.234,56 » (dot thousands) or « 1,234.56 »: the last separator is the decimal one.
  const dernier = Math.max(v.lastIndexOf(","), v.lastIndexOf("."));
  if (dernier >= 0 && v.length - dernier - 1 <= 2) {
    v = `${v.slice(0, dernier).replace(/[.,]/g, "")}.${v.slice(dernier + 1)}`;
  } else {
    v = v.replace(/[.,]/g, "");
  }
  if (!/^\d+(\.\d{1,2})?$/.test(v)) return null;
  const [e, d = ""] = v.split(".");
  return signe * (Number(e) * 100 + Number(d.padEnd(2, "0")));
}

/** « 15/03/2026 », « 15-03-2026 », « 15.03.2026 » or « 2026-03-15 » → 2026-03-15; null if unreadable. */
export function lireDate(brut: string): string | null {
  const v = brut.trim();
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  const iso = fr
    ? `${fr[3]}-${fr[2]!.padStart(2, "0")}-${fr[1]!.padStart(2, "0")}`
    : /^\d{4}-\d{2}-\d{2}/.test(v)
      ? v.slice(0, 10)
      : null;
  return iso && estJourValide(iso) ? iso : null;
}
