/**
 * Requête en injonction de payer (art. 1405 à 1407, 57 et 54 CPC; docs/droit/procedures.md): the
 * sections of Cerfa 12946 — demandeur (natural or legal person), mandataire, débiteurs, the
 * request, the art. 1408 option, the « sommes demandées » table (montant / fondement de la créance /
 * documents justificatifs) for principal, interest with its rate and start date, clause pénale and
 * frais accessoires — then date and signature. The layout follows the legal engine's `cerfa` for the
 * debtor: 12946 (tribunal de commerce), 12948 (tribunal judiciaire), 16040 (juge des contentieux de
 * la protection), or a free-form requête with the same content where there is none.
 */

import { dateLongue, montant, taux } from "../../domain/format/francais";
import { z } from "../../domain/validation/zod-fr";
import type { ContexteDocument } from "../_shared/contexte";
import { piecesNumerotees } from "../_shared/journal";
import {
  AVERTISSEMENT_TRIBUNAL_A_CONFIRMER,
  deLaOuDesFactures,
  designationDuJuge,
  identiteComplete,
  juridictionDuDossier,
  listeFactures,
  nomSeul,
  signataire,
  tribunalSaisi,
} from "../_shared/lettre";
import { sommes } from "../_shared/sommes";

const t = z.string();

export const RequeteModelSchema = z.object({
  titre: t,
  juridiction: t,
  aCerfa: z.boolean(),
  cerfa: t,
  competence: t,
  demandeurPersonneMorale: z.boolean(),
  demandeur: t,
  debiteur: t,
  expose: t,
  sommes: z.array(z.object({ libelle: t, montant: t, fondement: t, justificatifs: t })),
  total: t,
  renvoi1408: t,
  pieces: z.array(z.object({ numero: t, intitule: t })),
  lieuEtDate: t,
  signature: t,
  aAvertissements: z.boolean(),
  avertissements: z.array(z.object({ texte: t })),
});

export type RequeteModel = z.infer<typeof RequeteModelSchema>;

const TITRES_CERFA: Record<string, string> = {
  "12946":
    "Cerfa n° 12946 — Demande en injonction de payer au président du tribunal de commerce (articles 1405 à 1425 du code de procédure civile)",
  "12948":
    "Cerfa n° 12948 — Requête en injonction de payer devant le tribunal judiciaire (articles 1405 à 1425 du code de procédure civile)",
  "16040":
    "Cerfa n° 16040 — Requête en injonction de payer devant le juge des contentieux de la protection (articles 1405 à 1425 du code de procédure civile)",
};

export function construireRequete(c: ContexteDocument): RequeteModel {
  const d = c.dossier;
  const s = sommes(c);
  const i = s.interets;
  const j = juridictionDuDossier(c, s.totalReclameCents);
  const ip = j.injonctionDePayer;
  const pieces = piecesNumerotees(d, c.journal);
  const numerosFactures = pieces.filter((p) => p.intitule.startsWith("Facture")).map((p) => p.numero);
  const pieceFactures = numerosFactures.length
    ? numerosFactures.length > 1
      ? `Pièces n° ${numerosFactures[0]} à ${numerosFactures.at(-1)} (factures)`
      : `Pièce n° ${numerosFactures[0]} (facture)`
    : "Factures";
  const debutInterets = i?.factures
    .map((f) => f.premierJourInterets)
    .filter((x): x is string => Boolean(x))
    .sort()[0];
  const lignes: RequeteModel["sommes"] = [
    {
      libelle: "Principal",
      montant: s.totalPrincipal,
      fondement: `${listeFactures(s.numeros)} impayée${s.numeros.length > 1 ? "s" : ""}, créance contractuelle d'un montant déterminé (art. 1405 CPC)`,
      justificatifs: pieceFactures,
    },
  ];
  if (i && i.totalInteretsCents - i.interetsPayesCents > 0) {
    lignes.push({
      libelle: s.professionnel
        ? `Pénalités de retard au ${s.libelleTaux}, à compter du ${dateLongue(debutInterets ?? c.aujourdhui)}, arrêtées au ${dateLongue(c.aujourdhui)}`
        : `Intérêts au taux légal (${[...new Set(i.lignes.map((l) => taux(l.tauxPourcent)))].join(" puis ")}) à compter du ${dateLongue(debutInterets ?? c.aujourdhui)}, arrêtés au ${dateLongue(c.aujourdhui)}`,
      montant: s.montantInterets,
      fondement: s.professionnel ? "Art. L.441-10 II C. com." : "Art. 1231-6 et 1344-1 C. civ.",
      justificatifs: "Décompte annexé",
    });
  }
  if (d.options.clausePenaleCents) {
    lignes.push({
      libelle: "Clause pénale",
      montant: montant(d.options.clausePenaleCents),
      fondement: "Clause pénale du contrat (art. 1231-5 C. civ. ; art. 1405 CPC)",
      justificatifs: "Contrat ou conditions générales",
    });
  }
  if ((i?.indemnitesForfaitairesCents ?? 0) + (i?.fraisRecouvrementComplementairesCents ?? 0) > 0) {
    lignes.push({
      libelle: `Frais accessoires : indemnité forfaitaire pour frais de recouvrement (40 € × ${s.nombreIndemnites})${s.aFraisComplementaires ? " et frais de recouvrement justifiés" : ""}`,
      montant: montant((i?.indemnitesForfaitairesCents ?? 0) + (i?.fraisRecouvrementComplementairesCents ?? 0)),
      fondement: "Art. L.441-10 II et D.441-5 C. com.",
      justificatifs: s.aFraisComplementaires ? "Justificatifs des frais" : "Décompte annexé",
    });
  }
  const totalCents = s.totalReclameCents + (d.options.clausePenaleCents ?? 0);
  const tribunal = tribunalSaisi(c, j);
  const destinataire = ip.libelle
    ? `Madame ou Monsieur le ${designationDuJuge(ip.libelle, tribunal?.nom ?? null)}`
    : null;
  const juridiction = destinataire
    ? `À ${destinataire}${tribunal?.adresse ? ` — greffe : ${tribunal.adresse}` : ""}`
    : "Aucune juridiction française n'est compétente pour une injonction de payer contre ce débiteur";
  const avertissements = [
    ...j.avertissements,
    ...(ip.libelle && !tribunal ? [AVERTISSEMENT_TRIBUNAL_A_CONFIRMER] : []),
  ];
  const miseEnDemeure = c.journal.find((e) => e.type === "med.envoyee");
  return {
    titre: "REQUÊTE EN INJONCTION DE PAYER",
    juridiction,
    aCerfa: Boolean(ip.cerfa),
    cerfa: ip.cerfa
      ? (TITRES_CERFA[ip.cerfa] ?? `Cerfa n° ${ip.cerfa}`)
      : "Requête sur papier libre, contenant les mentions des articles 54, 57 et 1407 du code de procédure civile",
    competence: ip.competenceTerritoriale ?? "—",
    demandeurPersonneMorale: Boolean(d.creancier.denomination),
    demandeur: identiteComplete(d.creancier),
    debiteur: identiteComplete(d.debiteur),
    expose: `Le demandeur expose que le débiteur lui reste redevable de la somme de ${montant(totalCents)}, au titre ${deLaOuDesFactures(s.numeros)}, demeurée${s.numeros.length > 1 ? "s" : ""} impayée${s.numeros.length > 1 ? "s" : ""} ${miseEnDemeure ? `malgré la mise en demeure du ${dateLongue(miseEnDemeure.date)}` : "malgré ses relances"}. La créance a une cause contractuelle et un montant déterminé. Il requiert qu'il plaise à ${destinataire ?? "la juridiction"} de rendre une ordonnance portant injonction de payer pour les sommes ci-dessous, conformément aux articles 1405 et suivants du code de procédure civile.`,
    sommes: lignes,
    total: montant(totalCents),
    renvoi1408:
      "[X] En cas d'opposition, le demandeur demande que l'affaire soit immédiatement renvoyée devant la juridiction compétente pour connaître du litige (article 1408 du code de procédure civile).",
    pieces: pieces.map((p) => ({ numero: String(p.numero), intitule: p.intitule })),
    lieuEtDate: `Fait à ${d.creancier.adresse.ville}, le ${dateLongue(c.aujourdhui)}`,
    signature: signataire(d.creancier),
    aAvertissements: avertissements.length > 0,
    avertissements: avertissements.map((texte) => ({ texte })),
  };
}

export function mentionsRequete(c: ContexteDocument, m: RequeteModel): string[] {
  return [
    "injonction de payer",
    nomSeul(c.dossier.creancier),
    nomSeul(c.dossier.debiteur),
    ...c.dossier.factures
      .filter((f) => !c.situation.facturesPrescrites.includes(f.numero))
      .slice(0, 20)
      .map((f) => f.numero)
      .filter((n) => m.expose.includes(n)),
    m.total,
    "1407",
    "1408",
    ...(m.aCerfa ? [m.cerfa.slice(0, 14)] : ["papier libre"]),
  ];
}
