/**
 * Échéancier de paiement: the debtor acknowledges the debt (which interrupts prescription, art.
 * 2240 C. civ.), the instalments (`versements` of the signed plan, or a proposal in three monthly
 * instalments when none is signed yet) and a déchéance du terme clause — preceded by a mise en
 * demeure, which case law requires towards a consumer.
 */
import { ajouterMois } from "../../domain/dates/jour";
import { dateCourte, dateLongue, montant } from "../../domain/format/francais";
import { formaterIban } from "../../domain/identifiants/identifiants";
import { z } from "../../domain/validation/zod-fr";
import type { ContexteDocument } from "../_shared/contexte";
import { deLaOuDesFactures, identiteComplete, nomSeul, signataire } from "../_shared/lettre";
import { sommes } from "../_shared/sommes";

const t = z.string();

export const EcheancierModelSchema = z.object({
  titre: t,
  creancier: t,
  debiteur: t,
  reconnaissance: t,
  versements: z.array(z.object({ numero: t, date: t, montant: t })),
  total: t,
  propose: z.boolean(),
  aIban: z.boolean(),
  iban: t,
  reference: t,
  decheance: t,
  consommateur: z.boolean(),
  lieuEtDate: t,
  signatureCreancier: t,
});

export type EcheancierModel = z.infer<typeof EcheancierModelSchema>;

export function construireEcheancier(c: ContexteDocument): EcheancierModel {
  const d = c.dossier;
  const s = sommes(c);
  const signe = [...c.journal].reverse().find((e) => e.type === "echeancier.signe");
  const total = s.totalReclameCents;
  const versements =
    signe?.type === "echeancier.signe"
      ? signe.versements
      : [1, 2, 3].map((n) => ({
          date: ajouterMois(c.aujourdhui, n),
          montantCents: n < 3 ? Math.floor(total / 3) : total - 2 * Math.floor(total / 3),
        }));
  const totalPlan = versements.reduce((a, v) => a + v.montantCents, 0);
  return {
    titre: "ÉCHÉANCIER DE PAIEMENT ET RECONNAISSANCE DE DETTE",
    creancier: identiteComplete(d.creancier),
    debiteur: identiteComplete(d.debiteur),
    reconnaissance: `Le débiteur reconnaît devoir au créancier la somme de ${montant(total)} au titre ${deLaOuDesFactures(s.numeros)}, arrêtée au ${dateLongue(c.aujourdhui)} selon le décompte annexé (principal, ${s.professionnel ? "pénalités de retard et indemnités forfaitaires" : "intérêts au taux légal"}). Cette reconnaissance de dette interrompt la prescription (article 2240 du code civil).`,
    versements: versements.map((v, i) => ({
      numero: String(i + 1),
      date: dateCourte(v.date),
      montant: montant(v.montantCents),
    })),
    total: montant(totalPlan),
    propose: !signe,
    aIban: Boolean(d.creancier.iban),
    iban: d.creancier.iban ? formaterIban(d.creancier.iban) : "",
    reference: d.reference ?? (s.numeros.join(", ") || "—"),
    decheance:
      "À défaut de paiement d'un seul versement à sa date, et huit jours après une mise en demeure restée sans effet, la totalité des sommes restant dues deviendra immédiatement exigible (déchéance du terme), et le créancier pourra reprendre toute procédure de recouvrement. Tant que l'échéancier est respecté, le créancier s'interdit toute poursuite.",
    consommateur: s.consommateur,
    lieuEtDate: `Fait en deux exemplaires, à ${d.creancier.adresse.ville}, le ${dateLongue(c.aujourdhui)}`,
    signatureCreancier: signataire(d.creancier),
  };
}

export function mentionsEcheancier(c: ContexteDocument, m: EcheancierModel): string[] {
  return [
    "reconnaissance de dette",
    nomSeul(c.dossier.creancier),
    nomSeul(c.dossier.debiteur),
    "2240",
    "déchéance du terme",
    m.total,
  ];
}
