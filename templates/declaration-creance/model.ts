/**
 * Déclaration de créance (art. L.622-24, R.622-23 and R.622-24 C. com.; docs/droit/procedures.md): sent to
 * the mandataire judiciaire within 2 months of the BODACC publication of the opening judgment;
 * the amount due on the day of the judgment (interest stops then, L.622-28), the amounts not yet
 * due, the nature of the claim (no privilege or security by default), the exhibits, and the
 * creditor's certification.
 */
import { estHorsMetropole } from "../../domain/calendrier/departement";
import { delaiDeclarationCreance } from "../../domain/delais/instance";
import { dateCourte, dateLongue, montant } from "../../domain/format/francais";
import { z } from "../../domain/validation/zod-fr";
import type { ContexteDocument } from "../_shared/contexte";
import { piecesNumerotees } from "../_shared/journal";
import { EnteteLettreSchema, enteteLettre, identiteComplete, nomSeul, signataire } from "../_shared/lettre";
import { sommes } from "../_shared/sommes";

const t = z.string();

export const DeclarationModelSchema = z.object({
  ...EnteteLettreSchema.shape,
  titre: t,
  procedure: t,
  delai: t,
  creancier: t,
  debiteur: t,
  factures: z.array(z.object({ numero: t, echeance: t, montant: t, statut: t })),
  principalEchu: t,
  interets: t,
  indemnites: t,
  totalEchu: t,
  aEchoir: t,
  nature: t,
  pieces: z.array(z.object({ numero: t, intitule: t })),
  certification: t,
  signature: t,
});

export type DeclarationModel = z.infer<typeof DeclarationModelSchema>;

export function construireDeclaration(c: ContexteDocument): DeclarationModel {
  const d = c.dossier;
  const s = sommes(c);
  const ouverture = c.journal.find((e) => e.type === "procedure-collective.ouverte");
  const jugement = ouverture?.date ?? c.aujourdhui;
  const publication =
    ouverture?.type === "procedure-collective.ouverte" ? ouverture.datePublicationBodacc : c.aujourdhui;
  const limite = delaiDeclarationCreance({
    datePublicationBodacc: publication,
    creancierHorsMetropole: estHorsMetropole(d.creancier.adresse),
  }).date;
  const aEchoir = d.factures.filter((f) => f.dateEcheance > jugement && s.numeros.includes(f.numero));
  const i = s.interets;
  const echuCents = (i?.principalRestantCents ?? 0) - aEchoir.reduce((a, f) => a + f.montantTtcCents, 0);
  return {
    ...enteteLettre(c, "Déclaration de créance"),
    destinataire:
      "Maître [nom à compléter d'après le BODACC]\nMandataire judiciaire\n[adresse à compléter d'après le BODACC]",
    titre: "DÉCLARATION DE CRÉANCE",
    procedure: `Procédure collective ouverte à l'encontre de ${nomSeul(d.debiteur)} par jugement du ${dateLongue(jugement)}, publié au BODACC le ${dateLongue(publication)}.`,
    delai: `Déclaration à faire parvenir au mandataire judiciaire au plus tard le ${dateLongue(limite)} (deux mois à compter de la publication au BODACC, article R.622-24 du code de commerce), à peine de forclusion sauf relevé.`,
    creancier: identiteComplete(d.creancier),
    debiteur: identiteComplete(d.debiteur),
    factures: d.factures
      .filter((f) => s.numeros.includes(f.numero))
      .map((f) => ({
        numero: f.numero,
        echeance: dateCourte(f.dateEcheance),
        montant: s.factures.find((x) => x.numero === f.numero)?.reste ?? montant(f.montantTtcCents),
        statut: f.dateEcheance > jugement ? "à échoir" : "échue",
      })),
    principalEchu: montant(Math.max(0, echuCents)),
    interets: `${s.montantInterets} (arrêtés au jour du jugement d'ouverture, article L.622-28 du code de commerce)`,
    indemnites: s.montantIndemnites,
    totalEchu: montant(
      Math.max(0, echuCents) +
        ((i?.totalInteretsCents ?? 0) - (i?.interetsPayesCents ?? 0)) +
        (i?.indemnitesForfaitairesCents ?? 0),
    ),
    aEchoir: aEchoir.length
      ? aEchoir
          .map((f) => `${f.numero} (${montant(f.montantTtcCents)}, échéance ${dateCourte(f.dateEcheance)})`)
          .join(" ; ")
      : "néant",
    nature: "Créance chirographaire, sans privilège ni sûreté.",
    pieces: piecesNumerotees(d, c.journal).map((p) => ({ numero: String(p.numero), intitule: p.intitule })),
    certification: "Le créancier certifie sincère et véritable la créance déclarée ci-dessus.",
    signature: signataire(d.creancier),
  };
}

export function mentionsDeclaration(c: ContexteDocument, m: DeclarationModel): string[] {
  return [
    "déclaration de créance",
    nomSeul(c.dossier.creancier),
    nomSeul(c.dossier.debiteur),
    "R.622-24",
    m.totalEchu,
    "sincère et véritable",
  ];
}
