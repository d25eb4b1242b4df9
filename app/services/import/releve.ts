/**
 * Bank statements (issue 15, decision 022): ISO 20022 camt.053 (what French banks provide) and the
 * CSV exports of online banking, read into entries — date, amount in cents, direction, label,
 * payer, and a stable reference (the bank's own, else a digest of the entry) so that the same
 * entry is never recorded twice.
 */
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { decoder, lireDate, lireMontant, normaliserEntete } from "./csv";
import { analyserXml, centimes, FichierRefuse } from "./efacture";

export type Ecriture = {
  reference: string;
  date: string;
  montantCents: number;
  sens: "credit" | "debit";
  libelle: string;
  payeur: string | null;
};

type Noeud = Record<string, unknown>;
const liste = (x: unknown): Noeud[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]) as Noeud[];
const texte = (x: unknown): string | null =>
  x === undefined || x === null
    ? null
    : typeof x === "object"
      ? String((x as Noeud)["#text"] ?? "").trim() || null
      : String(x).trim() || null;

const empreinte = (...parts: (string | number | null)[]) =>
  `h:${createHash("sha256").update(parts.join("|")).digest("hex").slice(0, 24)}`;

export function lireCamt053(xml: string): Ecriture[] {
  const doc = analyserXml(xml);
  const releve = (doc.Document as Noeud | undefined)?.BkToCstmrStmt as Noeud | undefined;
  if (!releve) throw new FichierRefuse("ce XML n'est pas un relevé camt.053 (BkToCstmrStmt absent)");
  const ecritures: Ecriture[] = [];
  for (const stmt of liste(releve.Stmt)) {
    for (const e of liste(stmt.Ntry)) {
      const montant = centimes(texte(e.Amt), "montant de l'écriture");
      const date =
        texte((e.BookgDt as Noeud)?.Dt) ?? texte((e.ValDt as Noeud)?.Dt) ?? texte((e.BookgDt as Noeud)?.DtTm);
      if (montant === null || !date) continue;
      const tx = liste((e.NtryDtls as Noeud | undefined)?.TxDtls)[0] ?? {};
      const rmt = tx.RmtInf as Noeud | undefined;
      const libelle = [
        ...liste(rmt?.Ustrd).map(texte),
        texte(((rmt?.Strd as Noeud | undefined)?.CdtrRefInf as Noeud | undefined)?.Ref),
        texte(e.AddtlNtryInf),
      ]
        .filter(Boolean)
        .join(" ");
      const dbtr = (tx.RltdPties as Noeud | undefined)?.Dbtr as Noeud | undefined;
      const payeur = texte(dbtr?.Nm) ?? texte((dbtr?.Pty as Noeud | undefined)?.Nm);
      const refBanque = texte(e.AcctSvcrRef) ?? texte((tx.Refs as Noeud | undefined)?.AcctSvcrRef);
      ecritures.push({
        reference: refBanque ? `camt:${refBanque}` : empreinte(date.slice(0, 10), montant, libelle, payeur),
        date: date.slice(0, 10),
        montantCents: Math.abs(montant),
        sens: texte(e.CdtDbtInd) === "DBIT" ? "debit" : "credit",
        libelle,
        payeur,
      });
    }
  }
  return ecritures;
}

const ENTETES: Record<string, string[]> = {
  date: ["date", "date operation", "date d operation", "date comptable", "date valeur", "date de valeur"],
  libelle: ["libelle", "libelle operation", "libelle de l operation", "description", "motif", "detail"],
  montant: ["montant", "montant eur", "montant euros"],
  credit: ["credit", "montant credit", "credit euros"],
  debit: ["debit", "montant debit", "debit euros"],
  reference: ["reference", "ref", "reference operation", "n operation"],
};

export function lireReleveCsv(contenu: Uint8Array): Ecriture[] {
  const { texte: t } = decoder(contenu);
  const separateur =
    (t.split(/\r?\n/)[0] ?? "").split(";").length >= (t.split(/\r?\n/)[0] ?? "").split(",").length ? ";" : ",";
  const rangees = parse(t, {
    delimiter: separateur,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  }) as string[][];
  const i0 = rangees.slice(0, 15).findIndex((r) => r.some((c) => ENTETES.date!.includes(normaliserEntete(c))));
  if (i0 < 0) throw new FichierRefuse("relevé CSV : aucune colonne « Date » reconnue");
  const entetes = rangees[i0]!.map(normaliserEntete);
  const col = (champ: string) => entetes.findIndex((e) => ENTETES[champ]!.includes(e));
  const [cDate, cLib, cMontant, cCredit, cDebit, cRef] = [
    "date",
    "libelle",
    "montant",
    "credit",
    "debit",
    "reference",
  ].map(col);
  if (cMontant! < 0 && cCredit! < 0)
    throw new FichierRefuse("relevé CSV : aucune colonne « Montant » ou « Crédit » reconnue");
  const ecritures: Ecriture[] = [];
  for (const r of rangees.slice(i0 + 1)) {
    const date = lireDate(r[cDate!] ?? "");
    const credit = cCredit! >= 0 ? lireMontant(r[cCredit!] ?? "") : null;
    const debit = cDebit! >= 0 ? lireMontant(r[cDebit!] ?? "") : null;
    const montant =
      cMontant! >= 0
        ? lireMontant(r[cMontant!] ?? "")
        : credit !== null
          ? credit
          : debit !== null
            ? -Math.abs(debit)
            : null;
    if (!date || montant === null || montant === 0) continue;
    const libelle = cLib! >= 0 ? (r[cLib!] ?? "") : "";
    const ref = cRef! >= 0 ? r[cRef!] : undefined;
    ecritures.push({
      reference: ref ? `csv:${ref}` : empreinte(date, montant, libelle),
      date,
      montantCents: Math.abs(montant),
      sens: montant < 0 ? "debit" : "credit",
      libelle,
      payeur: null,
    });
  }
  return ecritures;
}

/** Reads a statement by its content: camt.053 XML, else CSV. */
export function lireReleve(nom: string, contenu: Uint8Array): Ecriture[] {
  if (contenu.length > 20 * 1024 * 1024) throw new FichierRefuse("fichier trop volumineux (20 Mo au plus)");
  const debut = new TextDecoder("latin1").decode(contenu.slice(0, 256)).trimStart();
  if (debut.startsWith("<")) return lireCamt053(new TextDecoder("utf-8").decode(contenu).replace(/^\uFEFF/, ""));
  if (/\.xml$/i.test(nom)) throw new FichierRefuse("ce fichier porte l'extension .xml mais n'est pas un XML");
  return lireReleveCsv(contenu);
}
