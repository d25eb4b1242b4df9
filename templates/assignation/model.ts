/**
 * Assignation (au fond, or en référé-provision under art. 835 al. 2 / 873 al. 2 CPC): a draft for
 * the commissaire de justice or the lawyer with the mentions of art. 54, 56 and 648 CPC — the court,
 * the hearing, the parties' identities, the object, facts and grounds, the claims (art. 700 and
 * costs when given), the bordereau, the art. 750-1 statement when required, and blanks clearly
 * marked « [à compléter] » for what only the commissaire de justice or the court fills.
 */
import { dateLongue, montant } from "../../domain/format/francais";
import { z } from "../../domain/validation/zod-fr";
import type { ContexteDocument } from "../_shared/contexte";
import { piecesNumerotees } from "../_shared/journal";
import { deLaOuDesFactures, identiteComplete, juridictionDuDossier, nomSeul, tribunalSaisi } from "../_shared/lettre";
import { sommes } from "../_shared/sommes";

const t = z.string();
const A_COMPLETER = "[à compléter]";

export const AssignationModelSchema = z.object({
  titre: t,
  date: t,
  demandeur: t,
  avocatObligatoire: z.boolean(),
  commissaire: t,
  defendeur: t,
  tribunal: t,
  audience: t,
  avertissementComparution: t,
  destinataireDemandes: t,
  objet: t,
  faits: z.array(z.object({ texte: t })),
  moyens: z.array(z.object({ texte: t })),
  tentativeAmiable: z.boolean(),
  diligencesAmiables: t,
  demandes: z.array(z.object({ texte: t })),
  pieces: z.array(z.object({ numero: t, intitule: t })),
  cout: t,
});

export type AssignationModel = z.infer<typeof AssignationModelSchema>;

export function construireAssignation(c: ContexteDocument): AssignationModel {
  const d = c.dossier;
  const s = sommes(c);
  const i = s.interets;
  const refere =
    [...c.journal].reverse().find((e) => e.type === "voie.choisie")?.type === "voie.choisie"
      ? ([...c.journal].reverse().find((e) => e.type === "voie.choisie") as { voie: string }).voie ===
        "refere-provision"
      : false;
  const j = juridictionDuDossier(c, s.totalReclameCents);
  const commerce =
    j.assignation.juridiction === "tribunal-de-commerce" || j.assignation.juridiction === "tribunal-mixte-de-commerce";
  const nomTribunal = commerce
    ? j.assignation.juridiction === "tribunal-mixte-de-commerce"
      ? "tribunal mixte de commerce"
      : "tribunal de commerce"
    : j.assignation.juridiction === "chambre-commerciale-tribunal-judiciaire"
      ? "tribunal judiciaire (chambre commerciale)"
      : "tribunal judiciaire";
  const saisi = tribunalSaisi(c, j);
  const audience = [...c.journal].reverse().find((e) => e.type === "audience.fixee");
  const med = c.journal.find((e) => e.type === "med.envoyee");
  const relances = c.journal.filter((e) => e.type === "relance.envoyee");
  const debut = i?.factures
    .map((f) => f.premierJourInterets)
    .filter(Boolean)
    .sort()[0];
  const echec = c.journal.find((e) => e.type === "petites-creances.echec");
  const demandes = [
    `${refere ? "Condamner, à titre de provision, " : "Condamner "}${nomSeul(d.debiteur)} à payer à ${nomSeul(d.creancier)} la somme de ${s.totalPrincipal} en principal ;`,
    s.professionnel
      ? `Le condamner au paiement des pénalités de retard au ${s.libelleTaux} à compter du ${debut ? dateLongue(debut) : A_COMPLETER}, arrêtées à ${s.montantInterets} au ${dateLongue(c.aujourdhui)} et à parfaire jusqu'à complet paiement (article L.441-10 II du code de commerce) ;`
      : `Le condamner au paiement des intérêts au taux légal à compter de la mise en demeure${debut ? ` (à compter du ${dateLongue(debut)})` : ""}, soit ${s.montantInterets} au ${dateLongue(c.aujourdhui)}, à parfaire (articles 1231-6 et 1344-1 du code civil) ;`,
    ...(s.professionnel && (i?.indemnitesForfaitairesCents ?? 0) > 0
      ? [
          `Le condamner au paiement de l'indemnité forfaitaire pour frais de recouvrement, soit ${s.montantIndemnites} (article D.441-5 du code de commerce) ;`,
        ]
      : []),
    ...(d.options.capitalisation
      ? ["Ordonner la capitalisation des intérêts dus pour une année entière (article 1343-2 du code civil) ;"]
      : []),
    ...(d.options.article700Cents
      ? [
          `Le condamner à payer la somme de ${montant(d.options.article700Cents)} au titre de l'article 700 du code de procédure civile ;`,
        ]
      : []),
    "Le condamner aux entiers dépens ;",
    ...(refere ? [] : ["Rappeler que l'exécution provisoire est de droit (article 514 du code de procédure civile)."]),
  ];
  return {
    titre: refere ? "ASSIGNATION EN RÉFÉRÉ-PROVISION" : "ASSIGNATION EN PAIEMENT",
    date: `L'an ${A_COMPLETER}, le ${A_COMPLETER}`,
    demandeur: identiteComplete(d.creancier),
    avocatObligatoire: j.assignation.avocatObligatoire,
    commissaire: `J'ai, ${A_COMPLETER} (nom, prénoms et demeure du commissaire de justice), commissaire de justice, soussigné,`,
    defendeur: identiteComplete(d.debiteur),
    tribunal: saisi
      ? `${refere ? "le président du " : "le "}${saisi.nom.replace(/^(Tribunal|Chambre)/, (m) => m.toLowerCase())}, ${saisi.adresse ?? `${A_COMPLETER} (adresse de la juridiction)`}`
      : `${refere ? `le président du ${nomTribunal}` : `le ${nomTribunal}`} de ${A_COMPLETER} (siège du débiteur : ${d.debiteur.adresse.ville}), ${A_COMPLETER} (adresse de la juridiction)`,
    audience:
      audience?.type === "audience.fixee"
        ? `${dateLongue(audience.dateAudience)} à ${A_COMPLETER} heures`
        : `${A_COMPLETER} à ${A_COMPLETER} heures`,
    destinataireDemandes: refere ? "Il est demandé au juge des référés de :" : "Il est demandé au tribunal de :",
    avertissementComparution: commerce
      ? "Devant le tribunal de commerce, vous pouvez vous défendre vous-même ou vous faire assister ou représenter par un avocat, ou par toute personne munie d'un pouvoir spécial lorsque la demande n'excède pas 10 000 €. TRÈS IMPORTANT : faute de comparaître, vous vous exposez à ce qu'un jugement soit rendu contre vous sur les seuls éléments fournis par votre adversaire (article 56 du code de procédure civile)."
      : `Vous êtes tenu de constituer avocat dans le délai de quinze jours à compter de la présente assignation lorsque la représentation est obligatoire ; sinon, vous pouvez vous défendre vous-même. TRÈS IMPORTANT : faute de comparaître, vous vous exposez à ce qu'un jugement soit rendu contre vous sur les seuls éléments fournis par votre adversaire (article 56 du code de procédure civile).`,
    objet: `Paiement de la somme de ${s.totalReclame} due au titre ${deLaOuDesFactures(s.numeros)}, ${refere ? "à titre de provision, l'obligation n'étant pas sérieusement contestable" : "outre intérêts, indemnités et frais"}.`,
    faits: [
      ...d.factures
        .filter((f) => s.numeros.includes(f.numero))
        .map((f) => ({
          texte: `${nomSeul(d.creancier)} a émis la facture n° ${f.numero}${f.dateEmission ? ` le ${dateLongue(f.dateEmission)}` : ""}, d'un montant de ${montant(f.montantTtcCents)} TTC, payable au plus tard le ${dateLongue(f.dateEcheance)}.`,
        })),
      ...(relances.length
        ? [
            {
              texte: `Malgré ${relances.length > 1 ? `${relances.length} relances` : "une relance"} (${relances.map((r) => dateLongue(r.date)).join(", ")}), la dette n'a pas été réglée.`,
            },
          ]
        : []),
      ...(med
        ? [
            {
              texte: `Par mise en demeure du ${dateLongue(med.date)}, le demandeur a sommé le défendeur de payer ; elle est restée sans effet.`,
            },
          ]
        : []),
      { texte: `Il reste dû ${s.totalPrincipal} en principal, selon le décompte produit aux débats.` },
    ],
    moyens: [
      {
        texte:
          "Le contrat légalement formé tient lieu de loi à ceux qui l'ont fait (article 1103 du code civil) ; le créancier d'une obligation inexécutée peut en poursuivre l'exécution forcée (article 1217 du code civil).",
      },
      s.professionnel
        ? {
            texte:
              "Entre professionnels, les pénalités de retard sont dues de plein droit dès le lendemain de l'échéance, ainsi qu'une indemnité forfaitaire de 40 € par facture (articles L.441-10 II et D.441-5 du code de commerce).",
          }
        : {
            texte:
              "Les intérêts au taux légal courent à compter de la mise en demeure (articles 1231-6 et 1344-1 du code civil).",
          },
      ...(refere
        ? [
            {
              texte: `L'existence de l'obligation n'étant pas sérieusement contestable, le juge des référés peut accorder une provision au créancier (article ${commerce ? "873" : "835"} alinéa 2 du code de procédure civile).`,
            },
          ]
        : []),
    ],
    tentativeAmiable: j.tentativeAmiablePrealable,
    diligencesAmiables: echec
      ? `Diligences amiables (article 750-1 du code de procédure civile) : la procédure simplifiée de recouvrement des petites créances a échoué le ${dateLongue(echec.date)}, ce qui dispense de la tentative préalable.`
      : `Diligences amiables (articles 54 5° et 750-1 du code de procédure civile) : ${A_COMPLETER} (conciliation, médiation ou procédure participative tentée, ou motif légitime de dispense).`,
    demandes: demandes.map((texte) => ({ texte })),
    pieces: piecesNumerotees(d, c.journal).map((p) => ({ numero: String(p.numero), intitule: p.intitule })),
    cout: `Coût de l'acte : ${A_COMPLETER}`,
  };
}

export function mentionsAssignation(c: ContexteDocument, m: AssignationModel): string[] {
  return [
    m.titre.toLowerCase(),
    nomSeul(c.dossier.creancier),
    nomSeul(c.dossier.debiteur),
    "article 56",
    "[à compléter]",
    ...c.dossier.factures.filter((f) => !c.situation.facturesPrescrites.includes(f.numero)).map((f) => f.numero),
    "dépens",
  ];
}
