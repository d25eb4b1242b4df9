/**
 * Rendering of a reminder email from a template and the values of its variables: the same code
 * in the server (the message sent) and in the browser (the editor's live preview). No dependency
 * beyond the plan's step type.
 */
import type { EtapePlan } from "../../domain/relances/plan";

export type Expediteur = { nom: string; adresse: string; reponseA?: string | null; signature?: string | null };

/** Every variable a template may use, with its description (shown in the editor). */
export const VARIABLES: Record<string, string> = {
  appel: "formule d'appel (« Madame, Monsieur, »)",
  factures: "« facture n° F-1 » ou « factures n° F-1, F-2 »",
  laFacture: "« la facture n° F-1 » ou « les factures n° F-1, F-2 »",
  echeance: "échéance de la plus ancienne facture impayée",
  retard: "jours de retard depuis cette échéance",
  totalPrincipal: "principal restant dû",
  totalDu: "total dû à ce jour (principal, pénalités, indemnités)",
  penalites: "pénalités de retard à ce jour (entre professionnels ; vide pour un consommateur)",
  indemnites: "indemnités forfaitaires de 40 € (entre professionnels ; vide pour un consommateur)",
  nouvelleDate: "date laissée pour payer (dans 8 jours)",
  paiement: "phrase de paiement : IBAN et référence à rappeler",
  iban: "IBAN du créancier",
  reference: "référence de paiement à rappeler",
  creancier: "nom du créancier",
  debiteur: "nom du débiteur",
};

export type CourrielRelance = {
  objet: string;
  texte: string;
  html: string;
  /** The computed block appended (B2B, firm tone), or null. */
  mentionLegale: string | null;
};

/** Replaces `{nom}` by its value; an unknown name is left as typed (the editor flags it). */
export function remplir(modele: string, variables: Record<string, string>): string {
  return modele.replace(/\{([a-zA-Z]+)\}/g, (tout, nom: string) =>
    nom in variables && !nom.startsWith("_") ? (variables[nom] ?? "") : tout,
  );
}

/** The names a template uses that are not variables. */
export function variablesInconnues(modele: string): string[] {
  return [...new Set([...modele.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]!))].filter((n) => !(n in VARIABLES));
}

const echapper = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The computed, non-editable block of a firm message between professionals. */
export function mentionLegale(etape: Pick<EtapePlan, "ton" | "jours">, v: Record<string, string>): string | null {
  if (!v._professionnel || etape.ton !== "ferme" || etape.jours <= 0) return null;
  return `Conformément à l'article L.441-10 du code de commerce, des pénalités de retard sont dues de plein droit depuis le lendemain de l'échéance, au ${v._libelleTaux}, soit ${v.penalites} à ce jour, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D.441-5 du code de commerce), soit ${v.indemnites}.`;
}

export function construireCourriel(
  etape: Pick<EtapePlan, "objet" | "corps" | "ton" | "jours">,
  variables: Record<string, string>,
  expediteur: Pick<Expediteur, "nom" | "signature">,
): CourrielRelance {
  const corps = remplir(etape.corps, variables).trim();
  const mention = mentionLegale(etape, variables);
  const signature = (expediteur.signature?.trim() || expediteur.nom).trim();
  const paragraphes = [corps, ...(mention ? [mention] : []), "Veuillez agréer nos salutations distinguées.", signature];
  const texte = `${paragraphes.join("\n\n")}\n`;
  const html = [
    "<!doctype html>",
    '<html lang="fr"><head><meta charset="utf-8"></head><body style="font-family: sans-serif; line-height: 1.5">',
    ...paragraphes.flatMap((p) => p.split(/\n{2,}/)).map((p) => `<p>${echapper(p).replace(/\n/g, "<br>")}</p>`),
    "</body></html>",
  ].join("\n");
  return { objet: remplir(etape.objet, variables).replace(/\s+/g, " ").trim(), texte, html, mentionLegale: mention };
}
