/**
 * The parts of a French business letter that every document shares: sender (letterhead), the
 * addressee for a window envelope, place and date, object line, reference, signature.
 */
import { departementDuCodePostal } from "../../domain/calendrier/departement";
import type { Partie } from "../../domain/dossier/dossier.schema";
import { dateLongue, ESPACE_INSECABLE } from "../../domain/format/francais";
import { determinerJuridiction, type JuridictionResultat } from "../../domain/juridiction/juridiction";
import { z } from "../../domain/validation/zod-fr";
import type { ContexteDocument } from "./contexte";

export function sirenLisible(siren: string): string {
  return siren.replace(/^(\d{3})(\d{3})(\d{3})$/, `$1${ESPACE_INSECABLE}$2${ESPACE_INSECABLE}$3`);
}

/** « Boulangerie Martin (SAS) » or « M. Paul Leroy ». */
export function nomPartie(p: Partie): string {
  if (p.denomination) return p.formeJuridique ? `${p.denomination} (${p.formeJuridique})` : p.denomination;
  return [p.civilite, p.prenoms, p.nom].filter(Boolean).join(" ");
}

export function lignesAdresse(p: Partie): string[] {
  const a = p.adresse;
  return [
    a.ligne1,
    a.ligne2,
    `${a.codePostal} ${a.ville.toUpperCase()}`.trim(),
    a.pays && a.pays !== "FR" ? a.pays : undefined,
  ].filter((l): l is string => Boolean(l));
}

/** Identity of a party as court documents require it (art. 54 and 648 CPC). */
export function identiteComplete(p: Partie): string {
  if (p.denomination) {
    return [
      `${p.formeJuridique ? `${p.formeJuridique} ` : ""}${p.denomination}`,
      p.siren ? `SIREN ${sirenLisible(p.siren)}` : undefined,
      `siège social : ${lignesAdresse(p).join(", ")}`,
      p.representant ? `représentée par ${p.representant}` : "représentée par son représentant légal en exercice",
    ]
      .filter(Boolean)
      .join(", ");
  }
  return [
    nomPartie(p),
    p.profession ? `profession : ${p.profession}` : "profession : [à compléter]",
    p.dateNaissance && p.lieuNaissance
      ? `né(e) le ${dateLongue(p.dateNaissance)} à ${p.lieuNaissance}`
      : "né(e) le [à compléter] à [à compléter]",
    `de nationalité ${p.nationalite ?? "[à compléter]"}`,
    `demeurant ${lignesAdresse(p).join(", ")}`,
  ].join(", ");
}

export function expediteur(p: Partie): string {
  return [
    nomPartie(p),
    ...lignesAdresse(p),
    p.siren ? `SIREN ${sirenLisible(p.siren)}` : undefined,
    p.email,
    p.telephone,
  ]
    .filter(Boolean)
    .join("\n");
}

export function destinataire(p: Partie): string {
  const nom = p.denomination ? nomPartie(p) : nomPartie(p);
  const attention = p.denomination && p.representant ? `À l'attention de ${p.representant}` : undefined;
  return [nom, attention, ...lignesAdresse(p)].filter(Boolean).join("\n");
}

export function signataire(p: Partie): string {
  if (p.denomination) return [p.representant ?? "Le représentant légal", nomPartie(p)].join("\n");
  return nomPartie(p);
}

/** The letterhead fields of a model schema: spread `...EnteteLettreSchema.shape` into it. */
export const EnteteLettreSchema = z.object({
  expediteur: z.string(),
  destinataire: z.string(),
  lieuEtDate: z.string(),
  objet: z.string(),
  reference: z.string(),
});
export type EnteteLettre = z.infer<typeof EnteteLettreSchema>;

/** The dossier's reference, else its invoice numbers. */
export function referenceDuDossier(c: ContexteDocument): string {
  return c.dossier.reference ?? (c.dossier.factures.map((f) => f.numero).join(", ") || "—");
}

export function enteteLettre(
  c: ContexteDocument,
  objet: string,
  vers: "debiteur" | "creancier" = "debiteur",
): EnteteLettre {
  const de = vers === "debiteur" ? c.dossier.creancier : c.dossier.debiteur;
  const a = vers === "debiteur" ? c.dossier.debiteur : c.dossier.creancier;
  return {
    expediteur: expediteur(de),
    destinataire: destinataire(a),
    lieuEtDate: `${de.adresse.ville}, le ${dateLongue(c.aujourdhui)}`,
    objet,
    reference: referenceDuDossier(c),
  };
}

export function listeFactures(numeros: string[]): string {
  return numeros.length > 1 ? `factures n° ${numeros.join(", ")}` : `facture n° ${numeros[0] ?? "—"}`;
}

/** « Monsieur, », « Madame, » or « Madame, Monsieur, » for a company. */
export function formuleAppel(p: Partie): string {
  if (p.denomination) return "Madame, Monsieur,";
  return p.civilite === "Mme" ? "Madame," : p.civilite === "M." ? "Monsieur," : "Madame, Monsieur,";
}

/** The name alone (denomination, or first names and name), as it appears in every document. */
export function nomSeul(p: Partie): string {
  return p.denomination ?? [p.prenoms, p.nom].filter(Boolean).join(" ");
}

/** « de la facture n° F-1 » or « des factures n° F-1, F-2 ». */
export function deLaOuDesFactures(numeros: string[]): string {
  return numeros.length > 1 ? `des factures n° ${numeros.join(", ")}` : `de la facture n° ${numeros[0] ?? "—"}`;
}

/**
 * The court a requête or an assignation is addressed to: the one the user confirmed on the dossier
 * page (name and registry address), else the one named without asking (the debtor's commune is the
 * seat of a tribunal des activités économiques), else null — the document then shows « à compléter ».
 */
export function tribunalSaisi(
  c: ContexteDocument,
  j: JuridictionResultat,
): { nom: string; adresse: string | null } | null {
  const saisie = c.dossier.options.juridictionSaisie;
  if (saisie) return { nom: saisie.nom, adresse: saisie.adresseGreffe };
  return j.injonctionDePayer.tribunal ? { nom: j.injonctionDePayer.tribunal, adresse: null } : null;
}

export const A_COMPLETER_TRIBUNAL = "[à compléter : nom de la juridiction et adresse du greffe]";

/**
 * « président du tribunal des activités économiques de Lyon, qui exerce… » from the engine's
 * function (« président du tribunal de commerce ») and the named court; the court's place is left
 * visibly « à compléter » while it is not confirmed.
 */
export function designationDuJuge(libelle: string, tribunal: string | null): string {
  const fonction = /^(président|juge des contentieux de la protection)/.exec(libelle)?.[0] ?? "président";
  if (tribunal) {
    const nom = tribunal.replace(/^(Tribunal|Chambre)/, (m) => m.toLowerCase());
    return fonction === "président" ? `président du ${nom}` : `${fonction} du ${nom}`;
  }
  return `${libelle} ${A_COMPLETER_TRIBUNAL}`;
}

export const AVERTISSEMENT_TRIBUNAL_A_CONFIRMER =
  "La juridiction saisie n'est pas encore confirmée : indiquez son nom et l'adresse de son greffe sur la page du dossier (annuaire officiel des juridictions), sinon complétez-les à la main sur le document.";

/** The legal engine's answer on the competent court for this dossier and amount, on the document's date. */
export function juridictionDuDossier(c: ContexteDocument, montantCents: number): JuridictionResultat {
  const d = c.dossier;
  const dep =
    (d.debiteur.adresse.pays ?? "FR") === "FR" ? departementDuCodePostal(d.debiteur.adresse.codePostal) : undefined;
  return determinerJuridiction({
    debiteur: {
      qualite: d.debiteur.qualite,
      departement: dep,
      pays: d.debiteur.adresse.pays,
      commune: d.debiteur.adresse.ville,
      formeJuridique: d.debiteur.formeJuridique,
    },
    creancier: { qualite: d.creancier.qualite },
    objet: d.objet,
    montantCents,
    montantPetitesCreancesCents: c.situation.montantPetitesCreancesCents,
    aujourdhui: c.aujourdhui,
  });
}
