/**
 * Reminder letters (docs/droit/procedures.md): invoice numbers and dates, due dates, amounts, what was paid
 * and what remains, days late, how to pay, a new date. The friendly one assumes an oversight; the
 * firm one quotes, between professionals, the penalties and the 40 € indemnity already due
 * (L.441-10, D.441-5 C. com.), and for a consumer announces the mise en demeure that will make
 * legal interest run. Neither says anything about prescription (a reminder interrupts nothing).
 */
import { ajouterJours, ecartJours } from "../../domain/dates/jour";
import { dateLongue } from "../../domain/format/francais";
import { formaterIban } from "../../domain/identifiants/identifiants";
import { z } from "../../domain/validation/zod-fr";
import type { ContexteDocument } from "./contexte";
import { type Gabarit, TABLEAU_FACTURES } from "./gabarit";
import { EnteteLettreSchema, enteteLettre, formuleAppel, listeFactures, nomPartie, signataire } from "./lettre";
import { sommes } from "./sommes";

const t = z.string();

export const RelanceModelSchema = z.object({
  ...EnteteLettreSchema.shape,
  titre: t,
  appel: t,
  introduction: t,
  factures: z.array(z.object({ numero: t, date: t, echeance: t, montant: t, regle: t, reste: t })),
  totalPrincipal: t,
  retard: t,
  professionnel: z.boolean(),
  libelleTaux: t,
  montantInterets: t,
  montantIndemnites: t,
  consommateur: z.boolean(),
  demande: t,
  aIban: z.boolean(),
  iban: t,
  conclusion: t,
  formulePolitesse: t,
  signature: t,
});

export type RelanceModel = z.infer<typeof RelanceModelSchema>;

export function construireRelance(c: ContexteDocument, ferme: boolean): RelanceModel {
  const s = sommes(c);
  const d = c.dossier;
  const enRetard = d.factures.filter((f) => s.numeros.includes(f.numero) && f.dateEcheance < c.aujourdhui);
  const plusAncienne = enRetard.map((f) => f.dateEcheance).sort()[0];
  const jours = plusAncienne ? ecartJours(plusAncienne, c.aujourdhui) : 0;
  const delai = ferme ? 8 : 15;
  const nouvelleDate = dateLongue(ajouterJours(c.aujourdhui, delai));
  const appel = formuleAppel(d.debiteur);
  return {
    ...enteteLettre(c, `${ferme ? "Relance — " : "Rappel — "}${listeFactures(s.numeros)}`),
    titre: ferme ? "DEUXIÈME RELANCE AVANT MISE EN DEMEURE" : "RAPPEL DE FACTURE",
    appel,
    introduction: ferme
      ? `Malgré notre précédent rappel, nous constatons que ${s.numeros.length > 1 ? "les factures suivantes restent impayées" : "la facture suivante reste impayée"}, pour un total de ${s.totalPrincipal} :`
      : `Sauf erreur ou omission de notre part, ${s.numeros.length > 1 ? "les factures suivantes n'ont pas été réglées" : "la facture suivante n'a pas été réglée"} à ce jour. Il s'agit sans doute d'un simple oubli :`,
    factures: s.factures,
    totalPrincipal: s.totalPrincipal,
    retard:
      jours > 0
        ? `Le retard atteint ${jours} jour${jours > 1 ? "s" : ""} depuis la première échéance (${dateLongue(plusAncienne!)}).`
        : "L'échéance approche.",
    professionnel: ferme && s.professionnel,
    libelleTaux: s.libelleTaux,
    montantInterets: s.montantInterets,
    montantIndemnites: s.montantIndemnites,
    consommateur: ferme && s.consommateur,
    demande: ferme
      ? `Nous vous demandons de régulariser cette situation au plus tard le ${nouvelleDate}.`
      : `Nous vous remercions de bien vouloir procéder au règlement d'ici le ${nouvelleDate}. Si votre paiement a croisé ce courrier, merci de ne pas en tenir compte.`,
    aIban: Boolean(d.creancier.iban),
    iban: d.creancier.iban ? formaterIban(d.creancier.iban) : "",
    conclusion: ferme
      ? "À défaut, nous vous adresserons une mise en demeure par lettre recommandée, préalable à une action en justice."
      : "Nous restons à votre disposition pour toute question sur cette facture.",
    formulePolitesse: `Veuillez agréer, ${appel.replace(/,$/, "")}, l'expression de nos salutations distinguées.`,
    signature: signataire(d.creancier),
  };
}

export function mentionsRelance(c: ContexteDocument, m: RelanceModel): string[] {
  return [
    nomPartie(c.dossier.creancier),
    nomPartie(c.dossier.debiteur),
    ...m.factures.map((f) => f.numero),
    m.totalPrincipal,
    ...(m.professionnel ? ["L.441-10", "40 €"] : []),
  ];
}

/** One layout for both reminders: the firm one differs by its model (title, tone, penalties). */
export function gabaritRelance(type: string, titre: string): Gabarit {
  return {
    type,
    titre,
    blocs: [
      { type: "entete-lettre" },
      { type: "titre", texte: "{titre}" },
      { type: "paragraphe", texte: "{appel}", alignement: "gauche" },
      { type: "paragraphe", texte: "{introduction}" },
      TABLEAU_FACTURES,
      { type: "paragraphe", texte: "{retard}" },
      {
        type: "si",
        condition: "professionnel",
        blocs: [
          {
            type: "paragraphe",
            texte:
              "Nous vous rappelons que, conformément à l'article L.441-10 du code de commerce, des pénalités de retard sont dues de plein droit depuis le lendemain de l'échéance, au {libelleTaux}, soit {montantInterets} à ce jour, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D.441-5 du code de commerce), soit {montantIndemnites}.",
          },
        ],
      },
      {
        type: "si",
        condition: "consommateur",
        blocs: [
          {
            type: "paragraphe",
            texte:
              "Nous vous informons qu'une mise en demeure fera courir, à compter de sa réception, les intérêts au taux légal sur la somme due (articles 1231-6 et 1344-1 du code civil).",
          },
        ],
      },
      { type: "paragraphe", texte: "{demande}", gras: true },
      {
        type: "si",
        condition: "aIban",
        blocs: [
          {
            type: "paragraphe",
            texte: "Règlement par virement sur le compte IBAN {iban}, en rappelant la référence {reference}.",
          },
        ],
      },
      { type: "paragraphe", texte: "{conclusion}" },
      { type: "paragraphe", texte: "{formulePolitesse}" },
      { type: "signature", texte: "{signature}" },
    ],
  };
}
