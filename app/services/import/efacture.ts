/**
 * Reading e-invoices (issue 15, decision 022): Factur-X / ZUGFeRD PDFs (PDF/A-3 with an embedded
 * CII XML), bare CII (UN/CEFACT Cross Industry Invoice) and UBL 2.1 invoices and credit notes.
 * What a claim needs: seller and buyer (name, SIREN/SIRET, VAT number, address), number, kind
 * (invoice or credit note), dates (issue, due — or payment terms), total, already paid, due.
 * Amounts become integer cents, dates YYYY-MM-DD. A file that is not what it claims, or whose XML
 * is invalid (a DOCTYPE included: entity bombs never reach the parser), is refused in French.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ajouterJours, estJourValide } from "../../../domain/dates/jour";

export type Partie = {
  nom: string | null;
  siren: string | null;
  siret: string | null;
  tva: string | null;
  adresse: { ligne1: string | null; codePostal: string | null; ville: string | null; pays: string | null };
  email: string | null;
};

export type FactureLue = {
  format: "factur-x" | "cii" | "ubl";
  profil: string | null;
  vendeur: Partie;
  acheteur: Partie;
  numero: string;
  type: "facture" | "avoir";
  /** UNTDID 1001 code as in the file (380, 381, 384, 389…). */
  codeType: string;
  dateEmission: string;
  dateEcheance: string | null;
  /** Payment terms as written, when the file has no due date. */
  conditions: string | null;
  /** Delivery / completion date, when given. */
  dateLivraison: string | null;
  devise: string;
  totalCents: number;
  dejaPayeCents: number;
  resteDuCents: number;
  avertissements: string[];
};

export class FichierRefuse extends Error {
  override name = "FichierRefuse";
}

/** 20 Mo: far beyond any invoice; a bigger file is refused before reading. */
export const TAILLE_MAX_OCTETS = 20 * 1024 * 1024;

const analyseur = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
  isArray: (nom) =>
    [
      "IncludedSupplyChainTradeLineItem",
      "InvoiceLine",
      "CreditNoteLine",
      "SpecifiedTradePaymentTerms",
      "Note",
    ].includes(nom),
});

type Noeud = Record<string, unknown> | string | undefined;

/** A child by a path of local names ("a.b.c"); the first of each repeated element. */
function n(noeud: Noeud, chemin: string): Noeud {
  let x: unknown = noeud;
  for (const p of chemin.split(".")) {
    if (x === undefined || x === null || typeof x !== "object") return undefined;
    x = (x as Record<string, unknown>)[p];
    if (Array.isArray(x)) x = x[0];
  }
  return x as Noeud;
}

/** The text of a node (a plain value, or an element with attributes and #text). */
function texte(noeud: Noeud, chemin?: string): string | null {
  const x = chemin ? n(noeud, chemin) : noeud;
  if (x === undefined || x === null) return null;
  if (typeof x === "string") return x.trim() || null;
  if (typeof x === "object" && "#text" in x) return String((x as Record<string, unknown>)["#text"]).trim() || null;
  return null;
}

const attribut = (noeud: Noeud, nom: string) =>
  noeud && typeof noeud === "object"
    ? ((noeud as Record<string, unknown>)[`@${nom}`] as string | undefined)
    : undefined;

/** « 1234.56 » → 123456 cents (the files use a decimal point; two decimals at most are kept exactly). */
export function centimes(valeur: string | null, champ: string): number | null {
  if (valeur === null) return null;
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(valeur.trim());
  if (!m) throw new FichierRefuse(`${champ} : montant illisible « ${valeur} »`);
  const decimales = (m[3] ?? "").padEnd(2, "0");
  const cents =
    Number(m[2]) * 100 + Number(decimales.slice(0, 2)) + (Number(decimales.slice(2, 3) || "0") >= 5 ? 1 : 0);
  return m[1] ? -cents : cents;
}

/** CII format 102 (YYYYMMDD) or ISO YYYY-MM-DD → YYYY-MM-DD. */
function jour(valeur: string | null, champ: string): string | null {
  if (!valeur) return null;
  const v = valeur.trim();
  const iso = /^\d{8}$/.test(v) ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}` : v.slice(0, 10);
  if (!estJourValide(iso)) throw new FichierRefuse(`${champ} : date illisible « ${valeur} »`);
  return iso;
}

/** SIREN and SIRET from an identifier: 9 digits, or 14 (SIRET, whose first nine are the SIREN). */
function identifiants(ids: (string | null | undefined)[]): { siren: string | null; siret: string | null } {
  for (const brut of ids) {
    const v = (brut ?? "").replace(/\s+/g, "");
    if (/^\d{14}$/.test(v)) return { siren: v.slice(0, 9), siret: v };
    if (/^\d{9}$/.test(v)) return { siren: v, siret: null };
  }
  return { siren: null, siret: null };
}

function partieCii(p: Noeud): Partie {
  const organisation = n(p, "SpecifiedLegalOrganization.ID");
  const ids = [
    attribut(organisation, "schemeID") === "0002" ||
    attribut(organisation, "schemeID") === "0009" ||
    !attribut(organisation, "schemeID")
      ? texte(organisation)
      : null,
    texte(p, "GlobalID"),
  ];
  const taxes = (
    p && typeof p === "object" ? (p as Record<string, unknown>).SpecifiedTaxRegistration : undefined
  ) as unknown;
  const listeTaxes = (Array.isArray(taxes) ? taxes : [taxes]).map((t) => n(t as Noeud, "ID"));
  const tva = listeTaxes.find((i) => attribut(i, "schemeID") === "VA");
  return {
    nom: texte(p, "Name"),
    ...identifiants(ids),
    tva: texte(tva) ?? null,
    adresse: {
      ligne1: texte(p, "PostalTradeAddress.LineOne"),
      codePostal: texte(p, "PostalTradeAddress.PostcodeCode"),
      ville: texte(p, "PostalTradeAddress.CityName"),
      pays: texte(p, "PostalTradeAddress.CountryID"),
    },
    email:
      texte(p, "URIUniversalCommunication.URIID") ??
      texte(p, "DefinedTradeContact.EmailURIUniversalCommunication.URIID"),
  };
}

function partieUbl(p: Noeud): Partie {
  const partie = n(p, "Party");
  const schemes = (
    partie && typeof partie === "object" ? (partie as Record<string, unknown>).PartyTaxScheme : undefined
  ) as unknown;
  const liste = Array.isArray(schemes) ? schemes : schemes ? [schemes] : [];
  const tva = liste.find((s) => texte(s as Noeud, "TaxScheme.ID") === "VAT");
  return {
    nom: texte(partie, "PartyLegalEntity.RegistrationName") ?? texte(partie, "PartyName.Name"),
    ...identifiants([texte(partie, "PartyLegalEntity.CompanyID"), texte(partie, "PartyIdentification.ID")]),
    tva: tva ? texte(tva as Noeud, "CompanyID") : null,
    adresse: {
      ligne1: texte(partie, "PostalAddress.StreetName"),
      codePostal: texte(partie, "PostalAddress.PostalZone"),
      ville: texte(partie, "PostalAddress.CityName"),
      pays: texte(partie, "PostalAddress.Country.IdentificationCode"),
    },
    email: texte(partie, "Contact.ElectronicMail"),
  };
}

/** Parses XML text, refusing DOCTYPE (entity expansion) and anything not well-formed. */
export function analyserXml(xml: string): Record<string, unknown> {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml.slice(0, 4096)) || /<!ENTITY/i.test(xml)) {
    throw new FichierRefuse("XML refusé : il déclare un DOCTYPE ou des entités (une facture électronique n'en a pas)");
  }
  const valide = XMLValidator.validate(xml);
  if (valide !== true) {
    throw new FichierRefuse(`XML invalide ligne ${valide.err.line} : ${valide.err.msg}`);
  }
  return analyseur.parse(xml) as Record<string, unknown>;
}

/** A credit note: type 381 (or 261, 396, 532), or an invoice 380 with a negative total. */
function nature(code: string, totalCents: number): "facture" | "avoir" {
  return ["381", "261", "396", "532"].includes(code) || totalCents < 0 ? "avoir" : "facture";
}

function finaliser(
  f: Omit<FactureLue, "avertissements" | "dateEcheance"> & { dateEcheance: string | null },
): FactureLue {
  const avertissements: string[] = [];
  if (f.devise !== "EUR") avertissements.push(`Devise ${f.devise} : les montants ne sont pas convertis en euros.`);
  const attendu = Math.abs(f.totalCents) - Math.abs(f.dejaPayeCents);
  if (Math.abs(f.resteDuCents) !== attendu) {
    avertissements.push(
      `Le montant à payer du fichier (${(f.resteDuCents / 100).toFixed(2)}) diffère du total moins le déjà payé (${(attendu / 100).toFixed(2)}) : c'est le montant à payer du fichier qui est retenu.`,
    );
  }
  if (!f.dateEcheance) {
    avertissements.push(
      `Pas de date d'échéance dans le fichier${f.conditions ? ` (conditions : « ${f.conditions} »)` : ""} : à défaut de délai convenu, 30 jours après la livraison ou l'exécution (C. com. art. L.441-10) — vérifiez-la.`,
    );
  }
  return { ...f, avertissements };
}

export function lireCii(xml: string, format: "cii" | "factur-x" = "cii"): FactureLue {
  const doc = analyserXml(xml);
  const racine = doc.CrossIndustryInvoice as Noeud;
  if (!racine) throw new FichierRefuse("ce XML n'est pas une facture CII (élément CrossIndustryInvoice absent)");
  const accord = n(racine, "SupplyChainTradeTransaction.ApplicableHeaderTradeAgreement");
  const reglement = n(racine, "SupplyChainTradeTransaction.ApplicableHeaderTradeSettlement");
  const sommes = n(reglement, "SpecifiedTradeSettlementHeaderMonetarySummation");
  const numero = texte(racine, "ExchangedDocument.ID");
  if (!numero) throw new FichierRefuse("numéro de facture absent (ExchangedDocument/ID)");
  const dateEmission = jour(texte(racine, "ExchangedDocument.IssueDateTime.DateTimeString"), "date de la facture");
  if (!dateEmission) throw new FichierRefuse("date de la facture absente (IssueDateTime)");
  const total = centimes(texte(sommes, "GrandTotalAmount"), "total TTC");
  if (total === null) throw new FichierRefuse("total TTC absent (GrandTotalAmount)");
  const paye = centimes(texte(sommes, "TotalPrepaidAmount"), "déjà payé") ?? 0;
  const du = centimes(texte(sommes, "DuePayableAmount"), "montant à payer") ?? total - paye;
  const codeType = texte(racine, "ExchangedDocument.TypeCode") ?? "380";
  const conditions = texte(reglement, "SpecifiedTradePaymentTerms.Description");
  const livraison = jour(
    texte(
      racine,
      "SupplyChainTradeTransaction.ApplicableHeaderTradeDelivery.ActualDeliverySupplyChainEvent.OccurrenceDateTime.DateTimeString",
    ),
    "date de livraison",
  );
  return finaliser({
    format,
    profil: texte(racine, "ExchangedDocumentContext.GuidelineSpecifiedDocumentContextParameter.ID"),
    vendeur: partieCii(n(accord, "SellerTradeParty")),
    acheteur: partieCii(n(accord, "BuyerTradeParty")),
    numero,
    type: nature(codeType, total),
    codeType,
    dateEmission,
    dateEcheance: jour(
      texte(reglement, "SpecifiedTradePaymentTerms.DueDateDateTime.DateTimeString"),
      "date d'échéance",
    ),
    conditions,
    dateLivraison: livraison,
    devise: texte(reglement, "InvoiceCurrencyCode") ?? "EUR",
    totalCents: total,
    dejaPayeCents: paye,
    resteDuCents: du,
  });
}

export function lireUbl(xml: string): FactureLue {
  const doc = analyserXml(xml);
  const racine = (doc.Invoice ?? doc.CreditNote) as Noeud;
  if (!racine) throw new FichierRefuse("ce XML n'est pas une facture UBL (élément Invoice ou CreditNote absent)");
  const avoirUbl = Boolean(doc.CreditNote);
  const numero = texte(racine, "ID");
  if (!numero) throw new FichierRefuse("numéro de facture absent (cbc:ID)");
  const dateEmission = jour(texte(racine, "IssueDate"), "date de la facture");
  if (!dateEmission) throw new FichierRefuse("date de la facture absente (cbc:IssueDate)");
  const sommes = n(racine, "LegalMonetaryTotal");
  const total = centimes(texte(sommes, "TaxInclusiveAmount"), "total TTC");
  if (total === null) throw new FichierRefuse("total TTC absent (LegalMonetaryTotal/TaxInclusiveAmount)");
  const paye = centimes(texte(sommes, "PrepaidAmount"), "déjà payé") ?? 0;
  const du = centimes(texte(sommes, "PayableAmount"), "montant à payer") ?? total - paye;
  const codeType = texte(racine, avoirUbl ? "CreditNoteTypeCode" : "InvoiceTypeCode") ?? (avoirUbl ? "381" : "380");
  return finaliser({
    format: "ubl",
    profil: texte(racine, "CustomizationID"),
    vendeur: partieUbl(n(racine, "AccountingSupplierParty")),
    acheteur: partieUbl(n(racine, "AccountingCustomerParty")),
    numero,
    type: avoirUbl ? "avoir" : nature(codeType, total),
    codeType,
    dateEmission,
    dateEcheance: jour(texte(racine, "DueDate") ?? texte(racine, "PaymentMeans.PaymentDueDate"), "date d'échéance"),
    conditions: texte(racine, "PaymentTerms.Note"),
    dateLivraison: jour(texte(racine, "Delivery.ActualDeliveryDate"), "date de livraison"),
    devise: texte(racine, "DocumentCurrencyCode") ?? "EUR",
    totalCents: total,
    dejaPayeCents: paye,
    resteDuCents: du,
  });
}

/** The XML embedded in a Factur-X / ZUGFeRD PDF (factur-x.xml, zugferd-invoice.xml, xrechnung.xml). */
export async function xmlDuPdf(pdf: Uint8Array): Promise<string> {
  const { getDocumentProxy } = await import("unpdf");
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    doc = await getDocumentProxy(new Uint8Array(pdf));
  } catch {
    throw new FichierRefuse("ce fichier n'est pas un PDF lisible");
  }
  const jointes = ((await doc.getAttachments()) ?? {}) as Record<string, { filename: string; content: Uint8Array }>;
  const xml =
    Object.values(jointes).find((j) =>
      /^(factur-x|zugferd-invoice|zugferd_invoice|xrechnung|order-x)\.xml$/i.test(j.filename),
    ) ?? Object.values(jointes).find((j) => /\.xml$/i.test(j.filename));
  if (!xml) throw new FichierRefuse("ce PDF ne contient pas de facture électronique (aucun XML Factur-X joint)");
  return new TextDecoder("utf-8").decode(xml.content);
}

/** Reads any e-invoice file by its content (never by its name alone). */
export async function lireFactureElectronique(nom: string, contenu: Uint8Array): Promise<FactureLue> {
  if (contenu.length > TAILLE_MAX_OCTETS)
    throw new FichierRefuse(`fichier trop volumineux (${Math.round(contenu.length / 1048576)} Mo ; 20 Mo au plus)`);
  const debut = new TextDecoder("latin1").decode(contenu.slice(0, 1024));
  if (debut.startsWith("%PDF-")) return lireCii(await xmlDuPdf(contenu), "factur-x");
  if (/\.pdf$/i.test(nom)) throw new FichierRefuse("ce fichier porte l'extension .pdf mais n'est pas un PDF");
  let xml: string;
  try {
    xml = new TextDecoder("utf-8", { fatal: true }).decode(contenu).replace(/^\uFEFF/, "");
  } catch {
    throw new FichierRefuse("ce fichier n'est pas un texte UTF-8 : ni PDF ni XML");
  }
  if (!/^\s*(<\?xml|<)/.test(xml)) throw new FichierRefuse("ce fichier n'est ni un PDF ni un XML");
  if (/<([\w-]+:)?CrossIndustryInvoice[\s>]/.test(xml)) return lireCii(xml);
  if (/<([\w-]+:)?(Invoice|CreditNote)[\s>]/.test(xml)) return lireUbl(xml);
  analyserXml(xml);
  throw new FichierRefuse("XML reconnu, mais ce n'est ni une facture CII ni une facture UBL");
}

/** The due date to use: the file's, else 30 days after delivery or issue (L.441-10, with a warning). */
export function echeanceRetenue(f: FactureLue): string {
  return f.dateEcheance ?? ajouterJours(f.dateLivraison ?? f.dateEmission, 30);
}
