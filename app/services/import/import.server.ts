/**
 * Importing invoices into an organisation (issue 15, decision 023): from files already read
 * (`lecture.ts`) to a plan — line by line, what will be created, added, changed or rejected, with
 * the French reason — and then that plan written in one transaction.
 *
 * Rules (the product's decisions, docs/droit/procedures.md « Import des factures ») :
 * - an invoice is identified by its number and its debtor (SIREN, else normalised name + postcode);
 * - a new invoice joins its debtor's open dossier while no mise en demeure was sent there (the
 *   figures already sent never change), otherwise one new dossier per debtor and import;
 * - an invoice already known: unchanged → skipped; a smaller amount due → a payment
 *   (`paiement.recu`, dated the day of the import, its source named); a changed amount or due date →
 *   the invoice is changed and `facture.modifiee` records before and after — refused once a mise
 *   en demeure has been sent; a larger amount due than ours → refused (nothing is raised silently);
 * - an e-invoice whose seller is not the organisation (SIREN or VAT number) is refused whole;
 * - what the file already shows as paid on a new invoice is a payment dated at its due date (the
 *   real date is unknown: interest is not claimed on it), said on the line.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { ajouterAns, type Jour } from "../../../domain/dates/jour";
import {
  type Dossier,
  DossierSchema,
  type Facture,
  FactureSchema,
  type Partie,
  PartieSchema,
} from "../../../domain/dossier/dossier.schema";
import type { Evenement } from "../../../domain/dossier/evenements";
import { messageDuChamp } from "../../../domain/dossier/libelles";
import type { Qualite } from "../../../domain/dossier/qualite";
import { dateCourte, montant } from "../../../domain/format/francais";
import { sansAccents } from "../../../domain/texte/texte";
import { erreursChamps, type z } from "../../../domain/validation/zod-fr";
import { paquets } from "../../../lib/paquets";
import { rejouer } from "../../../machines/escalation/parcours";
import type { Db } from "../../db/database.server";
import {
  avecReferenceUnique,
  chargerDossier,
  ecrireContenu,
  evenementVersLigne,
  factureVersLigne,
  insererEvenements,
  numeroLibre,
  partieVersLigne,
  prendreVersion,
  referenceAnnuelle,
  type Tx,
} from "../../db/dossiers.server";
import {
  completerClesDebiteurs,
  type DossierConnu,
  dossiersDesDebiteurs,
  type IdentiteOrganisation,
} from "../../db/imports.server";
import { type EtatWorkflow, enregistrerEtat } from "../../db/journal.server";
import * as t from "../../db/schema";
import { calculerEvenements, etatAPersister } from "../parcours-dossier.server";
import { rangerPiece, TYPES_ACCEPTES } from "../pieces.server";
import type { StockagePieces } from "../stockage-pieces.server";
import type { Partie as PartieLue } from "./efacture";
import { cleDebiteur, type Debiteur, type FactureImportee, type FichierLu } from "./lecture";

export type Action = "creer" | "ajouter" | "modifier" | "paiement" | "inchangee" | "ignoree" | "rejetee";

export type LigneRapport = {
  fichier: string;
  ligne: number | null;
  numero: string | null;
  debiteur: string | null;
  action: Action;
  /** The dossier concerned: its reference, or « nouveau dossier ». */
  dossier: string | null;
  /** The debtor's key (`cleDebiteur`), when the line names one. */
  cle: string | null;
  detail: string;
};

export type Rapport = {
  lignes: LigneRapport[];
  fichiersRefuses: { fichier: string; raison: string }[];
  compte: Record<Action, number> & { dossiersCrees: number; dossiersModifies: number };
};

type Ajout = { facture: Facture; paye: { montantCents: number; date: Jour } | null; pdf: Pdf | null };
type Avoir = { numero: string; date: Jour; montantCents: number; surFacture: string };
const PDF = TYPES_ACCEPTES.find((t) => t.mime === "application/pdf")!;

type Pdf = { nom: string; octets: Uint8Array; numero: string; date: Jour | null };

type NouveauDossier = { cle: string; debiteur: Partie; ajouts: Ajout[]; avoirs: Avoir[] };
type Changement = {
  dossier: DossierConnu;
  ajouts: Ajout[];
  avoirs: Avoir[];
  modifs: { numero: string; montantTtcCents?: number; dateEcheance?: Jour }[];
  paiements: { numero: string; montantCents: number }[];
};

export type Plan = {
  rapport: Rapport;
  nouveaux: NouveauDossier[];
  changements: Changement[];
  source: string;
  /** The debtors' dossiers the plan was made against: another one appearing before the write voids it. */
  connus: string[];
};

export class ImportImpossible extends Error {
  override name = "ImportImpossible";
}

/** French commercial forms, and the usual foreign company forms of a cross-border buyer. */
const FORMES_COMMERCIALES =
  /\b(sas|sasu|sarl|eurl|sa|snc|sca|selarl|selas|sel|scop|gmbh|ag|ltd|limited|srl|spa|bv|nv|sl|inc|llc)\b/i;
const FORMES_CIVILES = /\b(sci|scp|scm|sccv|gaec|earl|societe civile)\b/i;

/**
 * The debtor's quality from what a file says. Unknown, the protective reading: a consumer
 * (prescription of two years, L.218-2 C. conso. ; no L.441-10 penalties claimed), said on the line.
 */
export function qualiteSupposee(d: Pick<Debiteur, "nom" | "siren">): { qualite: Qualite; avertissement: string } {
  const nom = sansAccents(d.nom);
  if (FORMES_CIVILES.test(nom))
    return { qualite: "societe-civile", avertissement: "qualité déduite du nom : société civile — vérifiez-la" };
  if (/\bassociation\b/i.test(nom))
    return { qualite: "association", avertissement: "qualité déduite du nom : association — vérifiez-la" };
  if (FORMES_COMMERCIALES.test(nom))
    return { qualite: "societe-commerciale", avertissement: "qualité déduite du nom : société commerciale" };
  if (d.siren)
    return {
      qualite: "commercant",
      avertissement: "entreprise inscrite (SIREN) sans forme juridique lisible : supposée commerçante — vérifiez-la",
    };
  return {
    qualite: "particulier",
    avertissement:
      "qualité inconnue : traité comme un particulier par prudence (prescription de deux ans, art. L.218-2 C. conso. ; ni pénalités ni indemnité de 40 €) — corrigez-la si c'est une entreprise",
  };
}

function partieDuDebiteur(d: Debiteur, qualite: Qualite): { partie: Partie; avertissements: string[] } {
  const pays = d.pays && /^[A-Z]{2}$/.test(d.pays) ? d.pays : "FR";
  const email = d.email && PartieSchema.shape.email.safeParse(d.email).success ? d.email : undefined;
  const base = {
    qualite,
    adresse: { ligne1: d.adresse ?? "", codePostal: d.codePostal ?? "", ville: d.ville ?? "", pays },
    ...(email ? { email } : {}),
  };
  return {
    partie:
      qualite === "particulier"
        ? { ...base, nom: d.nom }
        : { ...base, denomination: d.nom, ...(d.siren ? { siren: d.siren } : {}) },
    avertissements: d.email && !email ? [`courriel « ${d.email} » illisible : non repris`] : [],
  };
}

/** The French reason a schema refuses a value, its field named as in the dossier (`chemin` its place there). */
function refusDe(r: z.ZodSafeParseResult<unknown>, brut: unknown, chemin = ""): string | null {
  return r.success
    ? null
    : erreursChamps(r.error)
        .map((e) => messageDuChamp(e, brut, chemin))
        .join(" ; ");
}

const normaliserTva = (v: string | null | undefined) => (v ?? "").replace(/[\s.-]/g, "").toUpperCase();

/** Whether an e-invoice's seller is the organisation: by SIREN (or a SIRET's first nine digits) or VAT number. */
export function vendeurEstLOrganisation(v: PartieLue, o: IdentiteOrganisation): boolean {
  const siren = v.siren ?? v.siret?.slice(0, 9) ?? null;
  if (o.siren && siren && siren === o.siren) return true;
  return Boolean(o.tva && v.tva && normaliserTva(v.tva) === normaliserTva(o.tva));
}

const ETAPES_OU_AJOUTER = new Set(["qualification", "relance"]);

/** The debtor's dossier an invoice may still join: before any mise en demeure, at the amicable stages. */
const dossierOuvert = (dossiers: DossierConnu[]) =>
  dossiers.find((d) => !d.medEnvoyee && ETAPES_OU_AJOUTER.has(d.etape));

/** The oldest invoice (by due date) that a credit note of `montantCents` covers. */
function plusAncienneCouvrant<F extends { dateEcheance: Jour; montantTtcCents: number }>(
  factures: F[],
  montantCents: number,
) {
  return [...factures]
    .sort((x, y) => x.dateEcheance.localeCompare(y.dateEcheance))
    .find((f) => f.montantTtcCents >= montantCents);
}

/**
 * The plan of an import. `connus`: the organisation's dossiers for the debtors of these files
 * (`dossiersDesDebiteurs`). Pure: nothing is read or written here.
 */
export function planifier(
  fichiers: (FichierLu & { octets?: Uint8Array })[],
  o: IdentiteOrganisation,
  connus: DossierConnu[],
  aujourdhui: Jour,
): Plan {
  const source = `import du ${dateCourte(aujourdhui)}`;
  const lignes: LigneRapport[] = [];
  const fichiersRefuses: Rapport["fichiersRefuses"] = [];
  const nouveaux = new Map<string, NouveauDossier>();
  const changements = new Map<string, Changement>();
  const vues = new Map<string, string>();
  const changementDe = (d: DossierConnu) => {
    let c = changements.get(d.id);
    if (!c) {
      c = { dossier: d, ajouts: [], avoirs: [], modifs: [], paiements: [] };
      changements.set(d.id, c);
    }
    return c;
  };
  const parCle = new Map<string, DossierConnu[]>();
  for (const d of connus) parCle.set(d.cle, [...(parCle.get(d.cle) ?? []), d]);

  for (const f of fichiers) {
    if (f.refus) {
      fichiersRefuses.push({ fichier: f.fichier, raison: f.refus });
      continue;
    }
    if (f.vendeur && !vendeurEstLOrganisation(f.vendeur, o)) {
      const qui = [f.vendeur.nom, f.vendeur.siren ? `SIREN ${f.vendeur.siren}` : null, f.vendeur.tva]
        .filter(Boolean)
        .join(", ");
      fichiersRefuses.push({
        fichier: f.fichier,
        raison: `le vendeur de cette facture (${qui || "non nommé"}) n'est pas votre entreprise (${
          [o.siren ? `SIREN ${o.siren}` : null, o.tva ? `TVA ${o.tva}` : null].filter(Boolean).join(", ") ||
          "SIREN et TVA non renseignés"
        }) : seules vos propres factures s'importent`,
      });
      continue;
    }
    for (const r of f.rejets)
      lignes.push({
        fichier: f.fichier,
        ligne: r.ligne,
        numero: null,
        debiteur: null,
        action: "rejetee",
        dossier: null,
        cle: null,
        detail: r.raison,
      });
    // Credit notes after the invoices they may reduce.
    const ordonnees = [...f.factures].sort((a, b) => Number(a.type === "avoir") - Number(b.type === "avoir"));
    for (const x of ordonnees) {
      const cle = cleDebiteur(x.debiteur);
      const l = (action: Action, detail: string, dossier: string | null = null) =>
        lignes.push({
          fichier: f.fichier,
          ligne: x.ligne,
          numero: x.numero,
          debiteur: x.debiteur.nom,
          action,
          dossier,
          cle,
          detail,
        });
      const ou = `${cle}#${x.numero}`;
      const deja = vues.get(ou);
      if (deja) {
        l("ignoree", `déjà lue dans cet import (${deja})`);
        continue;
      }
      vues.set(ou, `${f.fichier}${x.ligne ? `, ligne ${x.ligne}` : ""}`);
      const dossiers = parCle.get(cle) ?? [];
      const pdf =
        f.format === "factur-x" && f.octets
          ? { nom: f.fichier, octets: f.octets, numero: x.numero, date: x.dateEmission }
          : null;
      if (x.type === "avoir") {
        planifierAvoir(x, cle, dossiers, nouveaux, changementDe, l);
        continue;
      }
      const connue = dossiers.flatMap((d) => d.factures.map((fa) => ({ d, fa }))).find((y) => y.fa.numero === x.numero);
      if (connue) {
        planifierConnue(x, connue.d, connue.fa, changementDe, l);
        continue;
      }
      if (x.resteDuCents <= 0) {
        l("ignoree", "soldée dans le fichier : rien à recouvrer");
        continue;
      }
      // What the file says is still due is what the dossier claims (a gap with the total is paid).
      const payeCents = Math.max(x.dejaPayeCents, x.totalCents - x.resteDuCents);
      const paye =
        payeCents > 0
          ? {
              montantCents: payeCents,
              date: x.dateEcheance <= aujourdhui ? x.dateEcheance : (x.dateEmission ?? aujourdhui),
            }
          : null;
      const facture: Facture = {
        numero: x.numero,
        ...(x.dateEmission ? { dateEmission: x.dateEmission } : {}),
        dateEcheance: x.dateEcheance,
        montantTtcCents: x.totalCents,
        avoirs: [],
      };
      // Text entering the product is checked here: the dry run already names what a dossier would refuse.
      const refusFacture = refusDe(FactureSchema.safeParse(facture), { factures: [facture] }, "factures[0]");
      if (refusFacture) {
        l("rejetee", refusFacture);
        continue;
      }
      const note = [
        ...x.avertissements,
        x.dateEcheance < ajouterAns(aujourdhui, -2)
          ? "échue depuis plus de deux ans : la prescription est peut-être acquise (le dossier la calcule)"
          : null,
        paye
          ? `déjà payé ${montant(paye.montantCents)} : inscrit comme payé le ${dateCourte(paye.date)} (date réelle inconnue, pas d'intérêts réclamés dessus)`
          : null,
      ]
        .filter(Boolean)
        .join(" ; ");
      const ouvert = dossierOuvert(dossiers);
      if (ouvert) {
        changementDe(ouvert).ajouts.push({ facture, paye, pdf });
        l("ajouter", `ajoutée, reste dû ${montant(x.resteDuCents)}${note ? ` — ${note}` : ""}`, ouvert.reference);
        continue;
      }
      let n = nouveaux.get(cle);
      if (!n) {
        const q = qualiteSupposee(x.debiteur);
        const { partie, avertissements } = partieDuDebiteur(x.debiteur, q.qualite);
        const refusPartie = refusDe(PartieSchema.safeParse(partie), { debiteur: partie }, "debiteur");
        if (refusPartie) {
          l("rejetee", refusPartie);
          continue;
        }
        n = { cle, debiteur: partie, ajouts: [], avoirs: [] };
        nouveaux.set(cle, n);
        const fermes = dossiers.filter((d) => d.medEnvoyee);
        l(
          "creer",
          `nouveau dossier (${[q.avertissement, ...avertissements].join(" ; ")}${
            fermes.length ? ` ; mise en demeure déjà envoyée dans ${fermes.map((d) => d.reference).join(", ")}` : ""
          }), reste dû ${montant(x.resteDuCents)}${note ? ` — ${note}` : ""}`,
          "nouveau dossier",
        );
      } else {
        l(
          "creer",
          `dans le nouveau dossier du débiteur, reste dû ${montant(x.resteDuCents)}${note ? ` — ${note}` : ""}`,
          "nouveau dossier",
        );
      }
      n.ajouts.push({ facture, paye, pdf });
    }
  }
  return {
    rapport: { lignes, fichiersRefuses, compte: compter(lignes, nouveaux.size, changements.size) },
    connus: connus.map((d) => d.id),
    nouveaux: [...nouveaux.values()],
    changements: [...changements.values()],
    source,
  };
}

function compter(lignes: LigneRapport[], dossiersCrees: number, dossiersModifies: number): Rapport["compte"] {
  const compte = { creer: 0, ajouter: 0, modifier: 0, paiement: 0, inchangee: 0, ignoree: 0, rejetee: 0 };
  for (const l of lignes) compte[l.action]++;
  return { ...compte, dossiersCrees, dossiersModifies };
}

type Noter = (action: Action, detail: string, dossier?: string | null) => void;

function planifierConnue(
  x: FactureImportee,
  d: DossierConnu,
  fa: DossierConnu["factures"][number],
  changementDe: (d: DossierConnu) => Changement,
  l: Noter,
) {
  const avoirs = fa.avoirs.reduce((n, a) => n + a.montantCents, 0);
  const notreReste = Math.max(0, fa.montantTtcCents - avoirs - fa.payeCents);
  /** A lower amount due in the file than `avant`: the difference is a payment. */
  const paiement = (avant: number) => {
    const apres = Math.max(0, x.resteDuCents);
    if (apres >= avant) return false;
    changementDe(d).paiements.push({ numero: x.numero, montantCents: avant - apres });
    l(
      "paiement",
      `reste dû ${montant(avant)} → ${montant(apres)} : paiement de ${montant(avant - apres)} inscrit`,
      d.reference,
    );
    return true;
  };
  const montantChange = x.totalCents !== fa.montantTtcCents;
  const echeanceChange = x.dateEcheance !== fa.dateEcheance;
  if (montantChange || echeanceChange) {
    if (d.medEnvoyee) {
      l(
        "rejetee",
        `${montantChange ? `montant ${montant(fa.montantTtcCents)} → ${montant(x.totalCents)}` : ""}${montantChange && echeanceChange ? ", " : ""}${
          echeanceChange ? `échéance ${dateCourte(fa.dateEcheance)} → ${dateCourte(x.dateEcheance)}` : ""
        } : la mise en demeure du ${dateCourte(d.medEnvoyee)} a été envoyée avec les chiffres du dossier, qui ne changent plus — corrigez à la main si c'est voulu`,
        d.reference,
      );
      return;
    }
    changementDe(d).modifs.push({
      numero: x.numero,
      ...(montantChange ? { montantTtcCents: x.totalCents } : {}),
      ...(echeanceChange ? { dateEcheance: x.dateEcheance } : {}),
    });
    l(
      "modifier",
      [
        montantChange ? `montant ${montant(fa.montantTtcCents)} → ${montant(x.totalCents)}` : null,
        echeanceChange ? `échéance ${dateCourte(fa.dateEcheance)} → ${dateCourte(x.dateEcheance)}` : null,
      ]
        .filter(Boolean)
        .join(", "),
      d.reference,
    );
    // The same export may also show a payment on the corrected invoice: recorded now, not at the next import.
    paiement(Math.max(0, x.totalCents - avoirs - fa.payeCents));
    return;
  }
  if (paiement(notreReste)) return;
  if (x.resteDuCents > notreReste) {
    l(
      "rejetee",
      `reste dû du fichier (${montant(x.resteDuCents)}) supérieur à celui du dossier (${montant(notreReste)}) : un paiement inscrit ne s'annule pas par import — vérifiez-le sur le dossier`,
      d.reference,
    );
    return;
  }
  l("inchangee", "déjà importée, inchangée", d.reference);
}

function planifierAvoir(
  x: FactureImportee,
  cle: string,
  dossiers: DossierConnu[],
  nouveaux: Map<string, NouveauDossier>,
  changementDe: (d: DossierConnu) => Changement,
  l: Noter,
) {
  const montantCents = Math.abs(x.totalCents);
  if (dossiers.some((d) => d.factures.some((fa) => fa.avoirs.some((a) => a.numero === x.numero)))) {
    l("inchangee", "avoir déjà importé");
    return;
  }
  const date = x.dateEmission ?? x.dateEcheance;
  const n = nouveaux.get(cle);
  const cible = plusAncienneCouvrant(
    (n?.ajouts ?? []).map((a) => a.facture),
    montantCents,
  );
  if (n && cible) {
    n.avoirs.push({ numero: x.numero, date, montantCents, surFacture: cible.numero });
    l(
      "creer",
      `avoir de ${montant(montantCents)} imputé sur la facture ${cible.numero} (la plus ancienne qu'il couvre)`,
      "nouveau dossier",
    );
    return;
  }
  const ouvert = dossierOuvert(dossiers);
  const surFacture = plusAncienneCouvrant(ouvert?.factures ?? [], montantCents);
  if (ouvert && surFacture) {
    changementDe(ouvert).avoirs.push({ numero: x.numero, date, montantCents, surFacture: surFacture.numero });
    l(
      "ajouter",
      `avoir de ${montant(montantCents)} imputé sur la facture ${surFacture.numero} (la plus ancienne qu'il couvre)`,
      ouvert.reference,
    );
    return;
  }
  l(
    "rejetee",
    "avoir sans facture de ce débiteur à réduire dans un dossier ouvert sans mise en demeure : imputez-le à la main",
  );
}

export type Progression = (phase: string, fait: number, total: number) => void | Promise<void>;

export type Issue = { rapport: Rapport; dossiers: { id: string; reference: string }[] };

type Prepare = {
  id: string;
  nouveau: boolean;
  version: number;
  dossier: Dossier;
  evenements: Evenement[];
  etat: EtatWorkflow;
  pdfs: Pdf[];
  cle: string;
};

/**
 * Lets the event loop run (the page's progress requests, the other users): the embedded database
 * answers within the same turn, so a long computation would otherwise hold the server.
 */
const ceder = () => new Promise<void>((ok) => setImmediate(ok));

/** Rows per INSERT: far under PostgreSQL's 65 535 parameters per statement. */
const LIGNES_PAR_INSERTION = 500;

/**
 * Writes the plan: dossiers computed first (the journal replayed, the snapshot and the book's
 * columns), then everything in one transaction (a concurrent change of one of the dossiers fails the
 * whole import, which can be run again), then the Factur-X PDFs stored as the invoices' pièces.
 */
export async function executer(
  db: Db,
  organisationId: string,
  o: IdentiteOrganisation,
  plan: Plan,
  aujourdhui: Jour,
  stock: StockagePieces,
  progression: Progression = () => {},
): Promise<Issue> {
  if (!o.creancier) throw new ImportImpossible("indiquez d'abord l'identité de votre entreprise (le créancier)");
  const total = plan.nouveaux.length + plan.changements.length;
  const prepares: Prepare[] = [];
  const rejets = new Map<string, string>();
  let fait = 0;
  const garder = async (cle: string, r: Prepare | { raison: string }) => {
    if ("raison" in r) rejets.set(cle, r.raison);
    else prepares.push(r);
    if (++fait % 50 === 0) {
      await ceder();
      await progression("calcul", fait, total);
    }
  };
  for (const n of plan.nouveaux) await garder(`nouveau:${n.cle}`, preparerNouveau(n, o.creancier, aujourdhui));
  for (const c of plan.changements)
    await garder(c.dossier.id, await preparerChangement(db, c, plan.source, aujourdhui));
  const rapport = rapportCalcule(plan, rejets, prepares);
  await progression("ecriture", fait, total);
  const dossiers = await avecReferenceUnique(() =>
    db.transaction(async (tx) => {
      await verifierDebiteursInchanges(tx, organisationId, plan, prepares);
      return ecrire(tx, organisationId, prepares, aujourdhui);
    }),
  );
  let k = 0;
  for (const p of prepares) {
    for (const pdf of p.pdfs)
      await rangerPiece(db, stock, p.id, {
        intitule: `Facture ${pdf.numero} (Factur-X)`,
        date: pdf.date,
        nom: pdf.nom,
        type: PDF,
        octets: pdf.octets,
      });
    if (p.pdfs.length && ++k % 20 === 0) await progression("pieces", k, prepares.length);
  }
  return { rapport, dossiers };
}

const cleLigne = (cle: string | null, dossier: string | null, numero: string | null) => `${cle}|${dossier}#${numero}`;

/**
 * The report once the dossiers are computed: the lines of a debtor whose dossier could not be built
 * become rejections, with the reason; an invoice the computed dossier holds as time-barred says so
 * (it is not in the book).
 */
function rapportCalcule(plan: Plan, rejets: Map<string, string>, prepares: Prepare[]): Rapport {
  const refs = new Map<string, string>();
  for (const n of plan.nouveaux) {
    const r = rejets.get(`nouveau:${n.cle}`);
    if (r)
      for (const numero of [...n.ajouts.map((a) => a.facture.numero), ...n.avoirs.map((a) => a.numero)])
        refs.set(cleLigne(n.cle, "nouveau dossier", numero), r);
  }
  for (const c of plan.changements) {
    const r = rejets.get(c.dossier.id);
    if (r)
      for (const numero of [
        ...c.ajouts.map((x) => x.facture.numero),
        ...c.avoirs.map((x) => x.numero),
        ...c.modifs.map((m) => m.numero),
        ...c.paiements.map((p) => p.numero),
      ])
        refs.set(cleLigne(c.dossier.cle, c.dossier.reference, numero), r);
  }
  const prescrites = new Set<string>();
  for (const p of prepares) {
    const dues = new Set(p.etat.restantes.map((x) => x.numero));
    for (const f of p.dossier.factures)
      if (!dues.has(f.numero))
        prescrites.add(cleLigne(p.cle, p.nouveau ? "nouveau dossier" : (p.dossier.reference ?? ""), f.numero));
  }
  const lignes = plan.rapport.lignes.map((l) => {
    const k = cleLigne(l.cle, l.dossier, l.numero);
    const r = refs.get(k);
    if (r) return { ...l, action: "rejetee" as const, detail: r };
    if ((l.action === "creer" || l.action === "ajouter") && prescrites.has(k))
      return {
        ...l,
        detail: `${l.detail} — rien n'est plus dû selon le calcul du dossier (prescrite ?) : absente du grand livre`,
      };
    return l;
  });
  const compte = compter(
    lignes,
    plan.nouveaux.filter((n) => !rejets.has(`nouveau:${n.cle}`)).length,
    plan.changements.filter((c) => !rejets.has(c.dossier.id)).length,
  );
  return { ...plan.rapport, lignes, compte };
}

/** The text of a new dossier is checked like any entry (DossierSchema): what it refuses is a rejection naming the field. */
function preparerNouveau(n: NouveauDossier, creancier: Partie, aujourdhui: Jour): Prepare | { raison: string } {
  const factures = n.ajouts.map((a) => ({
    ...a.facture,
    avoirs: n.avoirs
      .filter((x) => x.surFacture === a.facture.numero)
      .map((x) => ({ numero: x.numero, date: x.date, montantCents: x.montantCents })),
  }));
  const evenements: Evenement[] = n.ajouts
    .filter((a) => a.paye)
    .map((a) => ({
      type: "paiement.recu" as const,
      date: a.paye!.date,
      montantCents: a.paye!.montantCents,
      facture: a.facture.numero,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const brut = { creancier, debiteur: n.debiteur, factures, evenements, pieces: [], options: {} };
  const r = DossierSchema.safeParse(brut);
  if (!r.success) return { raison: refusDe(r, brut) ?? "" };
  const parcours = rejouer(r.data, aujourdhui);
  return {
    id: randomUUID(),
    nouveau: true,
    version: 1,
    dossier: { ...r.data, evenements: parcours.snapshot.context.journal },
    evenements: parcours.snapshot.context.journal,
    etat: etatAPersister(parcours.snapshot, aujourdhui),
    pdfs: n.ajouts.flatMap((a) => (a.pdf ? [a.pdf] : [])),
    cle: n.cle,
  };
}

async function preparerChangement(
  db: Db,
  c: Changement,
  source: string,
  aujourdhui: Jour,
): Promise<Prepare | { raison: string }> {
  const enregistre = await chargerDossier(db, c.dossier.id);
  if (!enregistre || enregistre.version !== c.dossier.version)
    return { raison: "le dossier a changé pendant l'import : relancez l'analyse" };
  const d = structuredClone(enregistre.dossier);
  const nouveaux: Evenement[] = [];
  for (const m of c.modifs) {
    const f = d.factures.find((x) => x.numero === m.numero);
    if (!f) continue;
    nouveaux.push({
      type: "facture.modifiee",
      date: aujourdhui,
      facture: m.numero,
      ...(m.montantTtcCents !== undefined
        ? { montantAvantCents: f.montantTtcCents, montantApresCents: m.montantTtcCents }
        : {}),
      ...(m.dateEcheance ? { echeanceAvant: f.dateEcheance, echeanceApres: m.dateEcheance } : {}),
      source,
    });
    if (m.montantTtcCents !== undefined) f.montantTtcCents = m.montantTtcCents;
    if (m.dateEcheance) f.dateEcheance = m.dateEcheance;
  }
  for (const a of c.ajouts) {
    d.factures.push(a.facture);
    nouveaux.push({
      type: "facture.ajoutee",
      date: aujourdhui,
      facture: a.facture.numero,
      montantCents: a.facture.montantTtcCents,
      source,
    });
    if (a.paye)
      nouveaux.push({
        type: "paiement.recu",
        date: aujourdhui,
        montantCents: a.paye.montantCents,
        facture: a.facture.numero,
        source,
      });
  }
  for (const x of c.avoirs) {
    d.factures
      .find((f) => f.numero === x.surFacture)
      ?.avoirs.push({ numero: x.numero, date: x.date, montantCents: x.montantCents });
    nouveaux.push({
      type: "facture.ajoutee",
      date: aujourdhui,
      facture: x.numero,
      montantCents: x.montantCents,
      avoir: true,
      surFacture: x.surFacture,
      source,
    });
  }
  for (const p of c.paiements)
    nouveaux.push({ type: "paiement.recu", date: aujourdhui, montantCents: p.montantCents, facture: p.numero, source });
  const refus = refusDe(DossierSchema.safeParse(d), d);
  if (refus) return { raison: `dossier ${enregistre.reference} : ${refus}` };
  const calcul = calculerEvenements({ ...enregistre, dossier: d }, nouveaux, aujourdhui);
  if (!calcul.ok) return { raison: `dossier ${enregistre.reference} : ${calcul.raison}` };
  return {
    id: enregistre.id,
    nouveau: false,
    version: enregistre.version,
    dossier: d,
    evenements: calcul.evenements,
    etat: calcul.etat,
    pdfs: c.ajouts.flatMap((a) => (a.pdf ? [a.pdf] : [])),
    cle: c.dossier.cle,
  };
}

/**
 * Two imports of one organisation are written one after the other (a transaction-level advisory
 * lock on the organisation), and a plan whose debtors gained a dossier since it was made (another
 * import, the wizard) is not written: the new invoices would go to a second dossier of the debtor.
 */
async function verifierDebiteursInchanges(tx: Tx, organisationId: string, plan: Plan, prepares: Prepare[]) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`import:${organisationId}`}))`);
  const cles = [...new Set(prepares.map((p) => p.cle))];
  const connus = new Set(plan.connus);
  for (const lot of paquets(cles, 1000)) {
    const presents = await tx
      .select({ id: t.dossier.id })
      .from(t.dossier)
      .where(and(eq(t.dossier.organisationId, organisationId), inArray(t.dossier.cleDebiteur, lot)));
    if (presents.some((d) => !connus.has(d.id)))
      throw new ImportImpossible(
        "un autre import (ou une saisie) a créé entre-temps un dossier pour l'un de ces débiteurs : rien n'a été écrit, relancez l'analyse",
      );
  }
}

async function ecrire(tx: Tx, organisationId: string, prepares: Prepare[], aujourdhui: Jour) {
  const annee = aujourdhui.slice(0, 4);
  let numero = await numeroLibre(tx, organisationId, annee);
  const crees = prepares.filter((p) => p.nouveau);
  const references = new Map(crees.map((p) => [p.id, referenceAnnuelle(annee, numero++)]));
  for (const lot of paquets(crees, LIGNES_PAR_INSERTION)) {
    await tx.insert(t.dossier).values(
      lot.map((p) => ({
        id: p.id,
        organisationId,
        reference: references.get(p.id)!,
        objet: p.dossier.objet,
        options: p.dossier.options,
        cleDebiteur: p.cle,
        etape: p.etat.etape,
        prochaineEcheance: p.etat.prochaineEcheance,
        resteDuCents: p.etat.resteDuCents,
        echeances: p.etat.echeances,
        restantes: p.etat.restantes,
      })),
    );
    await tx
      .insert(t.partie)
      .values(
        lot.flatMap((p) => [
          partieVersLigne(p.id, "creancier", p.dossier.creancier),
          partieVersLigne(p.id, "debiteur", p.dossier.debiteur),
        ]),
      );
    const factures = lot.flatMap((p) => p.dossier.factures.map((f, ordre) => factureVersLigne(p.id, f, ordre)));
    for (const l of paquets(factures, LIGNES_PAR_INSERTION)) await tx.insert(t.facture).values(l);
    const evenements = lot.flatMap((p) => p.evenements.map((e, i) => evenementVersLigne(p.id, i + 1, e)));
    for (const l of paquets(evenements, LIGNES_PAR_INSERTION)) await tx.insert(t.evenement).values(l);
    await tx.insert(t.workflowSnapshot).values(
      lot.map((p) => ({
        dossierId: p.id,
        machineVersion: p.etat.machineVersion,
        snapshot: p.etat.snapshot,
        derniereSequence: p.evenements.length,
      })),
    );
  }
  for (const p of prepares.filter((x) => !x.nouveau)) {
    await prendreVersion(tx, p.id, p.version);
    await ecrireContenu(tx, p.id, p.dossier);
    const sequence = await insererEvenements(tx, p.id, p.evenements);
    await enregistrerEtat(tx, p.id, sequence, p.etat);
  }
  return prepares.map((p) => ({ id: p.id, reference: references.get(p.id) ?? p.dossier.reference ?? "" }));
}

/**
 * The plan of these files for the organisation, read against its dossiers as they are now (those
 * typed before any import get their debtor key first).
 */
export async function analyser(
  db: Db,
  organisationId: string,
  o: IdentiteOrganisation,
  fichiers: (FichierLu & { octets?: Uint8Array })[],
  aujourdhui: Jour,
): Promise<Plan> {
  await completerClesDebiteurs(db, organisationId, cleDebiteur);
  const cles = [...new Set(fichiers.flatMap((f) => f.factures.map((x) => cleDebiteur(x.debiteur))))];
  const connus = await dossiersDesDebiteurs(db, organisationId, cles);
  return planifier(fichiers, o, connus, aujourdhui);
}
