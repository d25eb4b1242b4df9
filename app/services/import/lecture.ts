/**
 * From a file to invoices (issue 15): any file — Factur-X PDF, CII or UBL XML, CSV — becomes a list
 * of invoices in one shape, each with its debtor and, for a CSV line that cannot be used, the
 * reason naming the column. Then the plan of what an import would do, grouped by debtor (SIREN when
 * known, otherwise normalised name + postcode), one dossier per debtor. Nothing is written here.
 */
import { ajouterJours } from "../../../domain/dates/jour";
import { sansAccents } from "../../../domain/texte/texte";
import {
  CHAMPS_REQUIS,
  type ChoixColonnes,
  type CsvLu,
  CsvRefuse,
  LIBELLES_CHAMPS,
  lireCsv,
  lireDate,
  lireMontant,
} from "./csv";
import { echeanceRetenue, type FactureLue, FichierRefuse, lireFactureElectronique, type Partie } from "./efacture";

export type Debiteur = {
  nom: string;
  siren: string | null;
  tva: string | null;
  codePostal: string | null;
  ville: string | null;
  adresse: string | null;
  pays: string | null;
  email: string | null;
};

export type FactureImportee = {
  ligne: number | null;
  numero: string;
  type: "facture" | "avoir";
  debiteur: Debiteur;
  dateEmission: string | null;
  dateEcheance: string;
  totalCents: number;
  dejaPayeCents: number;
  resteDuCents: number;
  avertissements: string[];
};

export type Rejet = { ligne: number | null; raison: string };

export type FichierLu = {
  fichier: string;
  format: "factur-x" | "cii" | "ubl" | "csv";
  /** The seller, for an e-invoice (the organisation must be it to import). */
  vendeur: Partie | null;
  acheteur: Partie | null;
  factures: FactureImportee[];
  rejets: Rejet[];
  /** The whole file refused (not what it claims, invalid XML…), in French. */
  refus: string | null;
  csv?: Pick<CsvLu, "encodage" | "separateur" | "entetes" | "correspondance" | "apercu">;
};

/** The key grouping invoices by debtor: SIREN, else normalised name and postcode. */
export function cleDebiteur(d: Pick<Debiteur, "nom" | "siren" | "codePostal">): string {
  if (d.siren) return `siren:${d.siren}`;
  const nom = sansAccents(d.nom)
    .toLowerCase()
    .replace(/\b(sas|sasu|sarl|eurl|sa|sci|snc|selarl)\b/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return `nom:${nom}|${(d.codePostal ?? "").replace(/\s+/g, "")}`;
}

function depuisEFacture(f: FactureLue): FactureImportee {
  const a = f.acheteur;
  const signe = f.type === "avoir" ? -1 : 1;
  return {
    ligne: null,
    numero: f.numero,
    type: f.type,
    debiteur: {
      nom: a.nom ?? "(sans nom)",
      siren: a.siren,
      tva: a.tva,
      codePostal: a.adresse.codePostal,
      ville: a.adresse.ville,
      adresse: a.adresse.ligne1,
      pays: a.adresse.pays,
      email: a.email,
    },
    dateEmission: f.dateEmission,
    dateEcheance: echeanceRetenue(f),
    totalCents: Math.abs(f.totalCents) * signe,
    dejaPayeCents: Math.abs(f.dejaPayeCents) * signe,
    resteDuCents: Math.abs(f.resteDuCents) * signe,
    avertissements: f.avertissements,
  };
}

/** A CSV line, or the reason it cannot be used (naming the column, in French). */
function depuisLigneCsv(l: CsvLu["lignes"][number]): FactureImportee | Rejet {
  const v = l.valeurs;
  const col = (c: keyof typeof LIBELLES_CHAMPS) => `colonne « ${LIBELLES_CHAMPS[c]} »`;
  if (!v.numero) return { ligne: l.ligne, raison: `${col("numero")} vide` };
  if (!v.client) return { ligne: l.ligne, raison: `${col("client")} vide` };
  const total = v.montantTtc !== undefined ? lireMontant(v.montantTtc) : l.totalTranches;
  if (total === null || total === undefined)
    return {
      ligne: l.ligne,
      raison:
        v.montantTtc !== undefined
          ? `${col("montantTtc")} : « ${v.montantTtc} » n'est pas un montant`
          : `${col("montantTtc")} absente`,
    };
  const paye = v.paye !== undefined ? lireMontant(v.paye) : null;
  if (v.paye !== undefined && paye === null)
    return { ligne: l.ligne, raison: `${col("paye")} : « ${v.paye} » n'est pas un montant` };
  const reste = v.resteDu !== undefined ? lireMontant(v.resteDu) : null;
  if (v.resteDu !== undefined && reste === null)
    return { ligne: l.ligne, raison: `${col("resteDu")} : « ${v.resteDu} » n'est pas un montant` };
  const emission = v.dateEmission ? lireDate(v.dateEmission) : null;
  if (v.dateEmission && !emission)
    return { ligne: l.ligne, raison: `${col("dateEmission")} : « ${v.dateEmission} » n'est pas une date (JJ/MM/AAAA)` };
  const echeance = v.dateEcheance ? lireDate(v.dateEcheance) : null;
  if (v.dateEcheance && !echeance)
    return { ligne: l.ligne, raison: `${col("dateEcheance")} : « ${v.dateEcheance} » n'est pas une date (JJ/MM/AAAA)` };
  if (!echeance && !emission)
    return { ligne: l.ligne, raison: `${col("dateEcheance")} et ${col("dateEmission")} vides` };
  const siren = (v.siren ?? "").replace(/\s+/g, "");
  if (siren && !/^\d{9}(\d{5})?$/.test(siren))
    return { ligne: l.ligne, raison: `${col("siren")} : « ${v.siren} » n'a ni 9 ni 14 chiffres` };
  const dejaPaye = paye ?? (reste !== null ? total - reste : 0);
  return {
    ligne: l.ligne,
    numero: v.numero,
    type: total < 0 ? "avoir" : "facture",
    debiteur: {
      nom: v.client,
      siren: siren ? siren.slice(0, 9) : null,
      tva: null,
      codePostal: v.codePostal ?? null,
      ville: v.ville ?? null,
      adresse: v.adresse ?? null,
      pays: "FR",
      email: v.email ?? null,
    },
    dateEmission: emission,
    dateEcheance: echeance ?? ajouterJours(emission!, 30),
    totalCents: total,
    dejaPayeCents: dejaPaye,
    resteDuCents: reste ?? total - dejaPaye,
    avertissements: echeance
      ? []
      : ["Pas d'échéance : 30 jours après la date de facture (C. com. art. L.441-10) — vérifiez-la."],
  };
}

/**
 * Reads one file by its content; never throws on bad input (the reason is in `refus`). `choix`: the
 * CSV columns chosen on the mapping screen (field → header).
 */
export async function lireFichier(nom: string, contenu: Uint8Array, choix: ChoixColonnes = {}): Promise<FichierLu> {
  const vide = { fichier: nom, vendeur: null, acheteur: null, factures: [], rejets: [] };
  const debut = new TextDecoder("latin1").decode(contenu.slice(0, 512)).trimStart();
  const estEFacture = debut.startsWith("%PDF-") || debut.startsWith("<") || /\.(pdf|xml)$/i.test(nom);
  if (estEFacture) {
    try {
      const f = await lireFactureElectronique(nom, contenu);
      return {
        ...vide,
        format: f.format,
        vendeur: f.vendeur,
        acheteur: f.acheteur,
        factures: [depuisEFacture(f)],
        refus: null,
      };
    } catch (e) {
      if (e instanceof FichierRefuse)
        return { ...vide, format: /\.xml$/i.test(nom) ? "cii" : "factur-x", refus: e.message };
      throw e;
    }
  }
  try {
    const csv = lireCsv(contenu, choix);
    const { encodage, separateur, entetes, correspondance, apercu } = csv;
    const manquants = [...CHAMPS_REQUIS, ...(csv.tranches.length ? [] : (["montantTtc"] as const))].filter(
      (c) => correspondance[c] === undefined,
    );
    if (manquants.length)
      return {
        ...vide,
        format: "csv",
        refus: `colonnes non reconnues : ${manquants.map((c) => `« ${LIBELLES_CHAMPS[c]} »`).join(", ")} — indiquez-les sur l'écran de correspondance`,
        csv: { encodage, separateur, entetes, correspondance, apercu },
      };
    const factures: FactureImportee[] = [];
    const rejets: Rejet[] = [];
    for (const l of csv.lignes) {
      const r = depuisLigneCsv(l);
      if ("raison" in r) rejets.push(r);
      else factures.push(r);
    }
    return {
      ...vide,
      format: "csv",
      factures,
      rejets,
      refus: null,
      csv: { encodage, separateur, entetes, correspondance, apercu },
    };
  } catch (e) {
    if (e instanceof CsvRefuse) return { ...vide, format: "csv", refus: e.message };
    throw e;
  }
}

export type Plan = {
  debiteurs: { cle: string; nom: string; siren: string | null; factures: string[]; resteDuCents: number }[];
};

/** What an import would create: one dossier per debtor, with its invoices (duplicates in the files counted once). */
export function grouper(fichiers: FichierLu[]): Plan {
  const parDebiteur = new Map<string, Plan["debiteurs"][number]>();
  for (const f of fichiers) {
    for (const x of f.factures) {
      const cle = cleDebiteur(x.debiteur);
      const d = parDebiteur.get(cle) ?? {
        cle,
        nom: x.debiteur.nom,
        siren: x.debiteur.siren,
        factures: [],
        resteDuCents: 0,
      };
      if (!d.factures.includes(x.numero)) {
        d.factures.push(x.numero);
        d.resteDuCents += x.resteDuCents;
      }
      parDebiteur.set(cle, d);
    }
  }
  return { debiteurs: [...parDebiteur.values()].sort((a, b) => a.nom.localeCompare(b.nom, "fr")) };
}
