/**
 * Bordereau des pièces (art. 56 et 1407 CPC): the numbered exhibits, in the order of the lawyer's
 * ZIP (pieces/NN-…): the dossier's pièces, invoices, credit notes, written reminders, the mise en
 * demeure and its receipt.
 */
import { dateLongue } from "../../domain/format/francais";
import { z } from "../../domain/validation/zod-fr";
import type { ContexteDocument } from "../_shared/contexte";
import { piecesNumerotees } from "../_shared/journal";
import { nomPartie, referenceDuDossier, signataire } from "../_shared/lettre";

const t = z.string();

export const BordereauModelSchema = z.object({
  titre: t,
  parties: t,
  reference: t,
  pieces: z.array(z.object({ numero: t, intitule: t, date: t })),
  nombre: t,
  lieuEtDate: t,
  signature: t,
});

export type BordereauModel = z.infer<typeof BordereauModelSchema>;

export function construireBordereau(c: ContexteDocument): BordereauModel {
  const pieces = piecesNumerotees(c.dossier, c.journal);
  return {
    titre: "BORDEREAU DES PIÈCES COMMUNIQUÉES",
    parties: `${nomPartie(c.dossier.creancier)} contre ${nomPartie(c.dossier.debiteur)}`,
    reference: referenceDuDossier(c),
    pieces: pieces.map((p) => ({ numero: String(p.numero), intitule: p.intitule, date: p.date })),
    nombre: `${pieces.length} pièce${pieces.length > 1 ? "s" : ""}`,
    lieuEtDate: `${c.dossier.creancier.adresse.ville}, le ${dateLongue(c.aujourdhui)}`,
    signature: signataire(c.dossier.creancier),
  };
}

export function mentionsBordereau(c: ContexteDocument, m: BordereauModel): string[] {
  return [
    "bordereau",
    nomPartie(c.dossier.creancier),
    nomPartie(c.dossier.debiteur),
    ...c.dossier.factures.map((f) => f.numero),
    m.nombre,
  ];
}
