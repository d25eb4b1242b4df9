/**
 * Reading the wizard's forms: the raw values typed (kept as they are, so that nothing is ever
 * lost on an error) → the section's data, validated by the dossier's zod schemas, with errors
 * named by the form field they belong to. And back: saved data → values to fill the form.
 */
import { estJourValide } from "../../domain/dates/jour";
import { type Partie, PartieSaisieSchema } from "../../domain/dossier/dossier.schema";
import { messageDateFuture } from "../../domain/dossier/faits";
import { QUALITES } from "../../domain/dossier/qualite";
import {
  lireMontantEuros,
  lireTauxSaisi,
  lireVersements,
  MESSAGE_VERSEMENTS,
  montantPourSaisie,
} from "../../domain/format/saisie";
import { verifierIban, verifierSiren } from "../../domain/identifiants/identifiants";
import { type ErreurChamp, erreursChamps, type z } from "../../domain/validation/zod-fr";
import { valeursNettoyees } from "../saisie";
import {
  type SectionFactures,
  SectionFacturesSchema,
  type SectionHistorique,
  SectionHistoriqueSchema,
  type SectionVerifications,
  SectionVerificationsSchema,
} from "./brouillon";
import { nombreDeLignes, PIECES_COURANTES, type PieceCourante, type Valeurs } from "./sections";

export type { Valeurs } from "./sections";
export type Lecture<T> = { ok: true; donnees: T } | { ok: false; erreurs: ErreurChamp[] };

/**
 * Every text field of a form (files and technical fields aside), normalised; invisible characters
 * are removed and reported on their field (app/saisie.ts).
 */
export function valeursDuFormulaire(form: FormData): { valeurs: Valeurs; erreurs: ErreurChamp[] } {
  return valeursNettoyees(form, ["intention", "version", "section"]);
}

const lu = (v: Valeurs, cle: string): string | undefined => {
  const x = v[cle]?.trim();
  return x ? x : undefined;
};

function conclure<T>(schema: z.ZodType<T>, brut: unknown, erreurs: ErreurChamp[], champ: (c: string) => string) {
  const r = schema.safeParse(brut);
  const toutes = [
    ...erreurs,
    ...(r.success ? [] : erreursChamps(r.error).map((e) => ({ ...e, champ: champ(e.champ) }))),
  ];
  // One message per field: the first, which is the most specific.
  const uniques = toutes.filter((e, i) => toutes.findIndex((x) => x.champ === e.champ) === i);
  if (uniques.length > 0 || !r.success) return { ok: false as const, erreurs: uniques };
  return { ok: true as const, donnees: r.data };
}

// ——— Parties ——————————————————————————————————————————————————————————————————————

const CHAMPS_PARTIE = [
  "qualite",
  "denomination",
  "formeJuridique",
  "siren",
  "representant",
  "civilite",
  "nom",
  "prenoms",
  "profession",
  "dateNaissance",
  "lieuNaissance",
  "nationalite",
  "email",
  "telephone",
  "iban",
] as const;

const PERSONNES_MORALES = new Set(["societe-commerciale", "association", "societe-civile"]);

export function lirePartie(v: Valeurs): Lecture<Partie> {
  const erreurs: ErreurChamp[] = [];
  const brut: Record<string, unknown> = {};
  for (const c of CHAMPS_PARTIE) if (lu(v, c) !== undefined) brut[c] = lu(v, c);
  brut.adresse = {
    ligne1: lu(v, "adresse.ligne1") ?? "",
    ...(lu(v, "adresse.ligne2") ? { ligne2: lu(v, "adresse.ligne2") } : {}),
    codePostal: lu(v, "adresse.codePostal") ?? "",
    ville: lu(v, "adresse.ville") ?? "",
    pays: (lu(v, "adresse.pays") ?? "FR").toUpperCase(),
  };
  const qualite = lu(v, "qualite");
  if (!qualite || !(QUALITES as readonly string[]).includes(qualite)) {
    erreurs.push({ champ: "qualite", message: "choisissez ce qui décrit le mieux cette personne" });
  }
  if (qualite && PERSONNES_MORALES.has(qualite) && !brut.denomination) {
    erreurs.push({ champ: "denomination", message: "indiquez la dénomination sociale (le nom inscrit au registre)" });
  }
  if (qualite === "particulier" && !brut.nom) {
    erreurs.push({ champ: "nom", message: "indiquez le nom de famille de la personne" });
  }
  if (qualite === "particulier" && brut.denomination) {
    erreurs.push({
      champ: "denomination",
      message: "un particulier n'a pas de dénomination : laissez ce champ vide ou choisissez une autre qualité",
    });
  }
  if (typeof brut.siren === "string") {
    const s = verifierSiren(brut.siren);
    if (s.valide) brut.siren = s.normalise;
    else erreurs.push({ champ: "siren", message: s.message });
  }
  if (typeof brut.iban === "string") {
    const i = verifierIban(brut.iban);
    if (i.valide) brut.iban = i.normalise;
    else erreurs.push({ champ: "iban", message: i.message });
  }
  return conclure(PartieSaisieSchema, brut, erreurs, (c) => (c === "adresse" ? "adresse.ligne1" : c));
}

export function valeursDePartie(p: Partie | undefined): Valeurs {
  if (!p) return { "adresse.pays": "FR" };
  const v: Valeurs = {};
  for (const c of CHAMPS_PARTIE) if (p[c] !== undefined) v[c] = String(p[c]);
  v["adresse.ligne1"] = p.adresse.ligne1;
  if (p.adresse.ligne2) v["adresse.ligne2"] = p.adresse.ligne2;
  v["adresse.codePostal"] = p.adresse.codePostal;
  v["adresse.ville"] = p.adresse.ville;
  v["adresse.pays"] = p.adresse.pays;
  return v;
}

// ——— Rows (invoices, payments, reminders) ———————————————————————————————————————————

export { nombreDeLignes } from "./sections";

/** The indices of the rows where something was typed (blank rows are ignored). */
function lignesRemplies(v: Valeurs, liste: string, champs: readonly string[]): number[] {
  const n = nombreDeLignes(v, liste, 0);
  return Array.from({ length: n }, (_, i) => i).filter((i) => champs.some((c) => lu(v, `${liste}[${i}].${c}`)));
}

function montantLu(v: Valeurs, cle: string, erreurs: ErreurChamp[], obligatoire = true): number | undefined {
  const x = lu(v, cle);
  if (x === undefined) {
    if (obligatoire) erreurs.push({ champ: cle, message: "indiquez le montant, par exemple 1 234,56" });
    return undefined;
  }
  const c = lireMontantEuros(x);
  if (c === null || c === 0) {
    erreurs.push({ champ: cle, message: "montant illisible : écrivez par exemple 1 234,56" });
    return undefined;
  }
  return c;
}

const CHAMPS_FACTURE = ["numero", "dateEmission", "dateEcheance", "dateExecution", "montant", "avoirMontant"] as const;

/**
 * The dates of facts that already happened (an invoice's issue, a delivery, a payment, a reminder,
 * a dispute, a judgment) cannot lie after today; due dates and the instalments of a payment plan can.
 */
function datesFutures(v: Valeurs, cles: RegExp, aujourdhui: string): ErreurChamp[] {
  return Object.entries(v)
    .filter(([cle, x]) => cles.test(cle) && estJourValide(x.trim()) && x.trim() > aujourdhui)
    .map(([cle]) => ({ champ: cle, message: messageDateFuture(aujourdhui) }));
}

export function lireFactures(v: Valeurs, aujourdhui: string): Lecture<SectionFactures> {
  const erreurs: ErreurChamp[] = datesFutures(
    v,
    /^(factures\[\d+\]\.(dateEmission|dateExecution|avoirDate)|paiements\[\d+\]\.date)$/,
    aujourdhui,
  );
  const indices = lignesRemplies(v, "factures", CHAMPS_FACTURE);
  const factures = indices.map((i) => {
    const k = (c: string) => `factures[${i}].${c}`;
    const avoirMontant = montantLu(v, k("avoirMontant"), erreurs, false);
    const f: Record<string, unknown> = {
      numero: lu(v, k("numero")) ?? "",
      dateEcheance: lu(v, k("dateEcheance")) ?? "",
      montantTtcCents: montantLu(v, k("montant"), erreurs) ?? 0,
      avoirs:
        avoirMontant !== undefined
          ? [
              {
                numero: lu(v, k("avoirNumero")) ?? "",
                date: lu(v, k("avoirDate")) ?? "",
                montantCents: avoirMontant,
              },
            ]
          : [],
    };
    if (lu(v, k("dateEmission"))) f.dateEmission = lu(v, k("dateEmission"));
    if (lu(v, k("dateExecution"))) f.dateExecution = lu(v, k("dateExecution"));
    if (
      avoirMontant !== undefined &&
      (f.montantTtcCents as number) > 0 &&
      avoirMontant >= (f.montantTtcCents as number)
    )
      erreurs.push({ champ: k("avoirMontant"), message: "l'avoir doit être inférieur au montant de la facture" });
    return f;
  });
  if (indices.length === 0) erreurs.push({ champ: "factures[0].numero", message: "indiquez au moins une facture" });
  const numeros = factures.map((f) => f.numero);
  indices.forEach((i, j) => {
    if (numeros[j] && numeros.indexOf(numeros[j]) !== j)
      erreurs.push({ champ: `factures[${i}].numero`, message: `numéro « ${numeros[j]} » en double` });
  });
  const indicesPaiements = lignesRemplies(v, "paiements", ["date", "montant"]);
  const paiements = indicesPaiements.map((i) => {
    const k = (c: string) => `paiements[${i}].${c}`;
    const facture = lu(v, k("facture")) ?? numeros[0] ?? "";
    if (facture && !numeros.includes(facture))
      erreurs.push({ champ: k("facture"), message: "choisissez une des factures ci-dessus" });
    return { facture, date: lu(v, k("date")) ?? "", montantCents: montantLu(v, k("montant"), erreurs) ?? 0 };
  });
  const brut = { objet: lu(v, "objet") ?? "facture", factures, paiements };
  return conclure(SectionFacturesSchema, brut, erreurs, (c) => {
    // factures[j] of the schema is the j-th filled row of the form.
    const m = /^(factures|paiements)\[(\d+)\]\.?(.*)$/.exec(c);
    if (!m) return c;
    const ligne = (m[1] === "factures" ? indices : indicesPaiements)[Number(m[2])] ?? 0;
    const champ =
      m[3] === "montantTtcCents" || m[3] === "montantCents"
        ? "montant"
        : m[3]?.startsWith("avoirs")
          ? avoirChamp(m[3])
          : m[3] || "numero";
    return `${m[1]}[${ligne}].${champ}`;
  });
}

function avoirChamp(chemin: string): string {
  if (chemin.endsWith("numero")) return "avoirNumero";
  if (chemin.endsWith("date")) return "avoirDate";
  return "avoirMontant";
}

export function valeursDeFactures(s: SectionFactures | undefined): Valeurs {
  if (!s) return { objet: "facture", "nb.factures": "1", "nb.paiements": "1" };
  const v: Valeurs = {
    objet: s.objet,
    "nb.factures": String(s.factures.length),
    "nb.paiements": String(Math.max(1, s.paiements.length)),
  };
  s.factures.forEach((f, i) => {
    const k = (c: string) => `factures[${i}].${c}`;
    v[k("numero")] = f.numero;
    if (f.dateEmission) v[k("dateEmission")] = f.dateEmission;
    v[k("dateEcheance")] = f.dateEcheance;
    if (f.dateExecution) v[k("dateExecution")] = f.dateExecution;
    v[k("montant")] = montantPourSaisie(f.montantTtcCents);
    const a = f.avoirs[0];
    if (a) {
      v[k("avoirNumero")] = a.numero;
      v[k("avoirDate")] = a.date;
      v[k("avoirMontant")] = montantPourSaisie(a.montantCents);
    }
  });
  s.paiements.forEach((p, i) => {
    v[`paiements[${i}].facture`] = p.facture;
    v[`paiements[${i}].date`] = p.date;
    v[`paiements[${i}].montant`] = montantPourSaisie(p.montantCents);
  });
  return v;
}

// ——— What was already done ——————————————————————————————————————————————————————————

export function lireHistorique(v: Valeurs, aujourdhui: string): Lecture<SectionHistorique> {
  const erreurs: ErreurChamp[] = datesFutures(
    v,
    new RegExp(
      `^(relances\\[\\d+\\]\\.date${v.conteste === "oui" ? "|contestation\\.date" : ""}${v.echeancier === "oui" ? "|echeancier\\.date" : ""})$`,
    ),
    aujourdhui,
  );
  const indices = lignesRemplies(v, "relances", ["date"]);
  const relances = indices.map((i) => ({
    date: lu(v, `relances[${i}].date`) ?? "",
    canal: lu(v, `relances[${i}].canal`) ?? "email",
  }));
  let contestation: unknown = null;
  if (v.conteste === "oui")
    contestation = { date: lu(v, "contestation.date") ?? "", motif: lu(v, "contestation.motif") ?? "" };
  else if (v.conteste !== "non") erreurs.push({ champ: "conteste", message: "répondez par oui ou par non" });
  let echeancier: unknown = null;
  if (v.echeancier === "oui") {
    const { versements, lisible } = lireVersements(v["echeancier.versements"] ?? "");
    if (!lisible) erreurs.push({ champ: "echeancier.versements", message: MESSAGE_VERSEMENTS });
    echeancier = { date: lu(v, "echeancier.date") ?? "", versements };
  } else if (v.echeancier !== "non") erreurs.push({ champ: "echeancier", message: "répondez par oui ou par non" });
  return conclure(SectionHistoriqueSchema, { relances, contestation, echeancier }, erreurs, (c) => {
    const m = /^relances\[(\d+)\]\.?(.*)$/.exec(c);
    if (m) return `relances[${indices[Number(m[1])] ?? 0}].${m[2] || "date"}`;
    if (c.startsWith("echeancier.versements")) return "echeancier.versements";
    return c;
  });
}

export function valeursDeHistorique(s: SectionHistorique | undefined): Valeurs {
  if (!s) return { "nb.relances": "1" };
  const v: Valeurs = {
    "nb.relances": String(Math.max(1, s.relances.length)),
    conteste: s.contestation ? "oui" : "non",
    echeancier: s.echeancier ? "oui" : "non",
  };
  s.relances.forEach((r, i) => {
    v[`relances[${i}].date`] = r.date;
    v[`relances[${i}].canal`] = r.canal;
  });
  if (s.contestation) {
    v["contestation.date"] = s.contestation.date;
    v["contestation.motif"] = s.contestation.motif;
  }
  if (s.echeancier) {
    v["echeancier.date"] = s.echeancier.date;
    v["echeancier.versements"] = s.echeancier.versements
      .map((x) => `${x.date} ; ${montantPourSaisie(x.montantCents)}`)
      .join("\n");
  }
  return v;
}

// ——— Checks ———————————————————————————————————————————————————————————————————————

export function lireVerifications(v: Valeurs, aujourdhui: string): Lecture<SectionVerifications> {
  const erreurs: ErreurChamp[] =
    v.procedureCollective === "oui"
      ? datesFutures(v, /^procedureCollective\.(dateJugement|datePublicationBodacc)$/, aujourdhui)
      : [];
  if (v.prestationRealisee !== "oui" && v.prestationRealisee !== "non")
    erreurs.push({ champ: "prestationRealisee", message: "répondez par oui ou par non" });
  let procedureCollective: unknown = null;
  if (v.procedureCollective === "oui") {
    procedureCollective = {
      dateJugement: lu(v, "procedureCollective.dateJugement") ?? "",
      datePublicationBodacc: lu(v, "procedureCollective.datePublicationBodacc") ?? "",
    };
  } else if (v.procedureCollective !== "non")
    erreurs.push({ champ: "procedureCollective", message: "répondez par oui ou par non" });
  const delai = lu(v, "delaiMiseEnDemeureJours") ?? "8";
  const delaiJours = /^\d{1,2}$/.test(delai) ? Number(delai) : Number.NaN;
  if (!(delaiJours >= 1 && delaiJours <= 90))
    erreurs.push({
      champ: "delaiMiseEnDemeureJours",
      message: "indiquez un nombre de jours entre 1 et 90 (8 est l'usage)",
    });
  const tauxSaisi = lu(v, "tauxContractuelPourcent");
  const taux = tauxSaisi ? lireTauxSaisi(tauxSaisi) : null;
  if (tauxSaisi && taux === null)
    erreurs.push({ champ: "tauxContractuelPourcent", message: "taux illisible : écrivez par exemple 12,5" });
  const pieces = (Object.keys(PIECES_COURANTES) as PieceCourante[]).filter((p) => v[`piece.${p}`] === "oui");
  return conclure(
    SectionVerificationsSchema,
    {
      prestationRealisee: v.prestationRealisee === "oui",
      procedureCollective,
      pieces,
      delaiMiseEnDemeureJours: delaiJours,
      tauxContractuelPourcent: taux,
    },
    erreurs,
    (c) => c,
  );
}

export function valeursDeVerifications(s: SectionVerifications | undefined): Valeurs {
  if (!s) return { delaiMiseEnDemeureJours: "8" };
  const v: Valeurs = {
    prestationRealisee: s.prestationRealisee ? "oui" : "non",
    procedureCollective: s.procedureCollective ? "oui" : "non",
    delaiMiseEnDemeureJours: String(s.delaiMiseEnDemeureJours),
  };
  if (s.procedureCollective) {
    v["procedureCollective.dateJugement"] = s.procedureCollective.dateJugement;
    v["procedureCollective.datePublicationBodacc"] = s.procedureCollective.datePublicationBodacc;
  }
  if (s.tauxContractuelPourcent) v.tauxContractuelPourcent = s.tauxContractuelPourcent.replace(".", ",");
  for (const p of s.pieces) v[`piece.${p}`] = "oui";
  return v;
}
