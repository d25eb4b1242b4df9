/**
 * Décompte: the statement of the claim the law asks for with an injonction de payer (art. 1407
 * CPC) and that every letter refers to — each invoice, credit notes and payments with their
 * imputation, each interest line with its rate, period and legal basis, the indemnities, the
 * total, and the conventions of the computation (docs/decisions/007).
 */
import { dateCourte, dateLongue, montant, taux } from "../../domain/format/francais";
import { z } from "../../domain/validation/zod-fr";
import type { ContexteDocument } from "../_shared/contexte";
import { EnteteLettreSchema, enteteLettre, nomPartie } from "../_shared/lettre";
import { sommes } from "../_shared/sommes";

const texte = z.string();

export const DecompteModelSchema = z.object({
  ...EnteteLettreSchema.shape,
  titre: texte,
  parties: texte,
  regime: texte,
  factures: z.array(
    z.object({
      numero: texte,
      date: texte,
      echeance: texte,
      montant: texte,
      avoirs: texte,
      paiements: texte,
      reste: texte,
    }),
  ),
  totalPrincipal: texte,
  aMouvements: z.boolean(),
  mouvements: z.array(
    z.object({ date: texte, facture: texte, nature: texte, montant: texte, principal: texte, interets: texte }),
  ),
  aLignes: z.boolean(),
  lignes: z.array(
    z.object({
      facture: texte,
      du: texte,
      au: texte,
      jours: texte,
      taux: texte,
      base: texte,
      interets: texte,
      fondement: texte,
    }),
  ),
  totalInterets: texte,
  libelleInterets: texte,
  montantInteretsDus: texte,
  professionnel: z.boolean(),
  montantIndemnites: texte,
  nombreIndemnites: texte,
  aFraisComplementaires: z.boolean(),
  montantFraisComplementaires: texte,
  totalReclame: texte,
  aPrescrites: z.boolean(),
  prescrites: texte,
  conventions: z.array(z.object({ texte })),
  aAvertissements: z.boolean(),
  avertissements: z.array(z.object({ texte })),
  fondements: texte,
});

export type DecompteModel = z.infer<typeof DecompteModelSchema>;

export function construireDecompte(c: ContexteDocument): DecompteModel {
  const s = sommes(c);
  const i = s.interets;
  const d = c.dossier;
  const prescrites = c.situation.facturesPrescrites;
  const f = (n: number) => montant(n);
  return {
    ...enteteLettre(c, `Décompte des sommes dues au ${dateLongue(c.aujourdhui)}`),
    titre: `DÉCOMPTE DES SOMMES DUES AU ${dateLongue(c.aujourdhui).toUpperCase()}`,
    parties: `Créancier : ${nomPartie(d.creancier)} — Débiteur : ${nomPartie(d.debiteur)}`,
    regime: s.professionnel
      ? "Créance entre professionnels : pénalités de retard de plein droit dès le lendemain de l'échéance (art. L.441-10 II C. com.) et indemnité forfaitaire de 40 € par facture (art. D.441-5 C. com.)."
      : "Débiteur consommateur ou créancier particulier : intérêts au taux légal à compter de la réception de la mise en demeure (art. 1231-6 et 1344-1 C. civ.) ; ni pénalités commerciales ni indemnité de 40 €.",
    factures: d.factures
      .filter((x) => !prescrites.includes(x.numero))
      .map((x) => {
        const syn = i?.factures.find((y) => y.numero === x.numero);
        return {
          numero: x.numero,
          date: x.dateEmission ? dateCourte(x.dateEmission) : "—",
          echeance: dateCourte(x.dateEcheance),
          montant: f(x.montantTtcCents),
          avoirs: f(syn?.avoirsCents ?? 0),
          paiements: f(syn?.paiementsCents ?? 0),
          reste: f(syn?.principalRestantCents ?? x.montantTtcCents),
        };
      }),
    totalPrincipal: s.totalPrincipal,
    aMouvements: (i?.mouvements.length ?? 0) > 0,
    mouvements: (i?.mouvements ?? []).map((m) => ({
      date: dateCourte(m.date),
      facture: m.facture,
      nature: m.type === "avoir" ? `Avoir${m.numero ? ` ${m.numero}` : ""}` : "Paiement",
      montant: f(m.montantCents),
      principal: f(m.surPrincipalCents),
      interets: f(m.surInteretsCents),
    })),
    aLignes: (i?.lignes.length ?? 0) > 0,
    lignes: (i?.lignes ?? []).map((l) => ({
      facture: l.facture,
      du: dateCourte(l.du),
      au: dateCourte(l.au),
      jours: String(l.jours),
      taux: `${taux(l.tauxPourcent)}${l.provisoire ? " provisoire" : ""}${l.tauxAjouteLe ? ` (taux ajouté le ${dateCourte(l.tauxAjouteLe)})` : ""}`,
      base: f(l.baseCents),
      interets: f(l.interetsCents),
      fondement: l.fondement,
    })),
    totalInterets: f(i?.totalInteretsCents ?? 0),
    libelleInterets: s.professionnel ? "Pénalités de retard restant dues" : "Intérêts au taux légal restant dus",
    montantInteretsDus: s.montantInterets,
    professionnel: s.professionnel,
    montantIndemnites: s.montantIndemnites,
    nombreIndemnites: String(s.nombreIndemnites),
    aFraisComplementaires: s.aFraisComplementaires,
    montantFraisComplementaires: s.montantFraisComplementaires,
    totalReclame: s.totalReclame,
    aPrescrites: prescrites.length > 0,
    prescrites: prescrites.join(", "),
    conventions: (i?.conventions ?? []).map((t) => ({ texte: t })),
    aAvertissements: (i?.avertissements.length ?? 0) > 0,
    avertissements: (i?.avertissements ?? []).map((t) => ({ texte: t })),
    fondements: (i?.fondements ?? []).join(" ; ") || "—",
  };
}

export function mentionsDecompte(c: ContexteDocument, m: DecompteModel): string[] {
  return [
    "décompte",
    nomPartie(c.dossier.creancier),
    nomPartie(c.dossier.debiteur),
    ...m.factures.map((x) => x.numero),
    m.totalReclame,
    m.professionnel ? "L.441-10" : "1231-6",
    ...(m.aLignes ? ["/ 365"] : []),
  ];
}
