/**
 * The wizard on the server: create a draft, show a step with what was saved (or typed), save a
 * step (version-checked: a second tab is told what changed), compute the review, and open the
 * dossier — the draft becomes parties, invoices and a journal the statechart accepts.
 */
import { type DossierStatique, prochainePrescription, situation } from "../../domain/dossier/analyse";
import type { ErreurChamp } from "../../domain/validation/zod-fr";
import { dossierStatique, rejouer } from "../../machines/escalation/parcours";
import { DOCUMENTS, documentsDisponibles } from "../../templates/registre";
import {
  type Brouillon,
  dossierDuBrouillon,
  lireBrouillon,
  premiereSectionAFaire,
  SECTIONS,
  type Section,
  sectionsFaites,
} from "../assistant/brouillon";
import {
  type Lecture,
  lireFactures,
  lireHistorique,
  lirePartie,
  lireVerifications,
  nombreDeLignes,
  type Valeurs,
  valeursDeFactures,
  valeursDeHistorique,
  valeursDePartie,
  valeursDeVerifications,
  valeursDuFormulaire,
} from "../assistant/lecture";
import { libelleChamp } from "../assistant/libelles";
import type { Services } from "../contexte";
import {
  type BrouillonEnregistre,
  chargerBrouillon,
  creerBrouillon,
  enregistrerBrouillon,
  ouvrirBrouillon,
} from "../db/brouillons.server";
import { ConflitDeVersion, chargerDossier } from "../db/dossiers.server";
import { ERREUR_VERSION, lireVersion } from "../saisie";
import { avancerDossier } from "./parcours-dossier.server";

export async function nouveauDossier(s: Services): Promise<string> {
  const { id } = await creerBrouillon(s.base.db, s.organisationId, { aujourdhui: s.aujourdhui() });
  return id;
}

type SectionQuestion = Exclude<Section, "revue">;

const LECTEURS: Record<SectionQuestion, (v: Valeurs, aujourdhui: string) => Lecture<unknown>> = {
  creancier: lirePartie,
  debiteur: lirePartie,
  factures: lireFactures,
  historique: lireHistorique,
  verifications: lireVerifications,
};

export function valeursEnregistrees(b: Brouillon, section: SectionQuestion): Valeurs {
  switch (section) {
    case "creancier":
      return valeursDePartie(b.creancier);
    case "debiteur":
      return valeursDePartie(b.debiteur);
    case "factures":
      return valeursDeFactures(b.factures);
    case "historique":
      return valeursDeHistorique(b.historique);
    case "verifications":
      return valeursDeVerifications(b.verifications);
  }
}

export type VueEtape = {
  id: string;
  reference: string;
  version: number;
  section: Section;
  faites: Section[];
  valeurs: Valeurs;
  /** True when the values shown were typed but never validated (the user went back). */
  saisieNonValidee: boolean;
  brouillon: Brouillon;
};

export type Chargement = { vue: VueEtape } | { redirection: string } | null;

export async function etapeAssistant(s: Services, id: string, section: Section): Promise<Chargement> {
  const enr = await chargerBrouillon(s.base.db, id);
  if (!enr) return (await chargerDossier(s.base.db, id)) ? { redirection: `/dossiers/${id}` } : null;
  const b = lireBrouillon(enr.brouillon);
  if (section === "revue" && premiereSectionAFaire(b) !== "revue")
    return { redirection: `/dossiers/${id}/assistant/${premiereSectionAFaire(b)}` };
  return { vue: vueEtape(enr, b, section) };
}

function vueEtape(enr: BrouillonEnregistre, b: Brouillon, section: Section, valeurs?: Valeurs): VueEtape {
  const saisie = section !== "revue" ? b.saisies[section] : undefined;
  return {
    id: enr.id,
    reference: enr.reference,
    version: enr.version,
    section,
    faites: sectionsFaites(b),
    valeurs: valeurs ?? saisie ?? (section === "revue" ? {} : valeursEnregistrees(b, section)),
    saisieNonValidee: !valeurs && saisie !== undefined,
    brouillon: b,
  };
}

export type IssueSoumission =
  | { type: "redirection"; vers: string }
  | {
      type: "formulaire";
      valeurs: Valeurs;
      erreurs: ErreurChamp[];
      conflit: { message: string; changements: string[]; version: number } | null;
    };

const voisine = (section: Section, pas: 1 | -1): Section =>
  SECTIONS[Math.min(SECTIONS.length - 1, Math.max(0, SECTIONS.indexOf(section) + pas))] as Section;

/**
 * A step's form was submitted. `intention`: « suivant » (validate, save, go on), « precedent »
 * (save what is valid, keep the rest as typed, go back), « ajouter:<liste> » / « retirer:<liste>:<i> »
 * (one more or one less row, nothing saved), « ouvrir » (review: open the dossier).
 */
export async function soumettreEtape(
  s: Services,
  id: string,
  section: Section,
  form: FormData,
): Promise<IssueSoumission | null> {
  const { valeurs, erreurs: invisibles } = valeursDuFormulaire(form);
  const enr = await chargerBrouillon(s.base.db, id);
  if (!enr) return (await chargerDossier(s.base.db, id)) ? { type: "redirection", vers: `/dossiers/${id}` } : null;
  const intention = String(form.get("intention") ?? "suivant");
  const version = lireVersion(form.get("version"));
  if (version === null) return { type: "formulaire", valeurs, erreurs: [ERREUR_VERSION], conflit: null };
  // Nothing is saved with a character PostgreSQL refuses; the form comes back without it.
  if (invisibles.length > 0) return { type: "formulaire", valeurs, erreurs: invisibles, conflit: null };
  const b = lireBrouillon(enr.brouillon);

  if (section === "revue") return ouvrir(s, enr, b, version, intention);

  const lignes = /^(ajouter|retirer):(factures|paiements|relances)(?::(\d+))?$/.exec(intention);
  if (lignes) return { type: "formulaire", valeurs: modifierLignes(valeurs, lignes), erreurs: [], conflit: null };

  const lu = LECTEURS[section](valeurs, s.aujourdhui());
  const precedent = intention === "precedent";
  if (!lu.ok && !precedent) return { type: "formulaire", valeurs, erreurs: lu.erreurs, conflit: null };

  const { [section]: _ancienne, ...saisies } = b.saisies;
  const nouveau: Brouillon = lu.ok
    ? { ...b, [section]: lu.donnees, saisies }
    : { ...b, saisies: { ...saisies, [section]: valeurs } };
  try {
    await enregistrerBrouillon(s.base.db, id, version, nouveau);
  } catch (e) {
    if (!(e instanceof ConflitDeVersion)) throw e;
    return { type: "formulaire", valeurs, erreurs: [], conflit: await conflit(s, id, section, valeurs, e) };
  }
  return { type: "redirection", vers: `/dossiers/${id}/assistant/${voisine(section, precedent ? -1 : 1)}` };
}

function modifierLignes(valeurs: Valeurs, [, verbe, liste, indice]: RegExpExecArray): Valeurs {
  const n = nombreDeLignes(valeurs, liste as string);
  if (verbe === "ajouter") return { ...valeurs, [`nb.${liste}`]: String(n + 1) };
  const retiree = Number(indice);
  const v: Valeurs = {};
  for (const [cle, x] of Object.entries(valeurs)) {
    const m = new RegExp(`^${liste}\\[(\\d+)\\]\\.(.+)$`).exec(cle);
    if (!m) v[cle] = x;
    else if (Number(m[1]) < retiree) v[cle] = x;
    else if (Number(m[1]) > retiree) v[`${liste}[${Number(m[1]) - 1}].${m[2]}`] = x;
  }
  v[`nb.${liste}`] = String(Math.max(0, n - 1));
  return v;
}

/** What the other tab saved in this step, field by field, compared with what was typed here. */
async function conflit(s: Services, id: string, section: SectionQuestion, valeurs: Valeurs, e: ConflitDeVersion) {
  const enr = await chargerBrouillon(s.base.db, id);
  if (!enr) return { message: e.message, changements: [], version: e.versionActuelle ?? 0 };
  const ailleurs = valeursEnregistrees(lireBrouillon(enr.brouillon), section);
  const cles = new Set([...Object.keys(ailleurs), ...Object.keys(valeurs)].filter((c) => !c.startsWith("nb.")));
  const changements = [...cles]
    .filter((c) => (ailleurs[c] ?? "").trim() !== (valeurs[c] ?? "").trim())
    .map((c) => `${libelleChamp(c)} : « ${ailleurs[c] ?? ""} » dans l'autre onglet, « ${valeurs[c] ?? ""} » ici`);
  return {
    message:
      "Ce dossier a été modifié dans un autre onglet ou par une autre personne depuis que vous avez ouvert cette page. Votre saisie est conservée ci-dessous ; enregistrez à nouveau pour la garder, ou rechargez la page pour reprendre l'autre version.",
    changements,
    version: enr.version,
  };
}

async function ouvrir(
  s: Services,
  enr: BrouillonEnregistre,
  b: Brouillon,
  version: number,
  intention: string,
): Promise<IssueSoumission> {
  if (intention !== "ouvrir") return { type: "redirection", vers: `/dossiers/${enr.id}/assistant/verifications` };
  const conversion = dossierDuBrouillon(b, enr.reference);
  if (!conversion.ok) return { type: "formulaire", valeurs: {}, erreurs: conversion.erreurs, conflit: null };
  const aujourdhui = s.aujourdhui();
  const parcours = rejouer(conversion.dossier, aujourdhui);
  const dossier = { ...conversion.dossier, evenements: parcours.snapshot.context.journal };
  try {
    await ouvrirBrouillon(s.base.db, enr.id, version, dossier);
  } catch (e) {
    if (!(e instanceof ConflitDeVersion)) throw e;
    return {
      type: "formulaire",
      valeurs: {},
      erreurs: [],
      conflit: {
        message: `${e.message} Relisez le récapitulatif mis à jour avant d'ouvrir le dossier.`,
        changements: [],
        version: e.versionActuelle ?? version,
      },
    };
  }
  const ouvert = await chargerDossier(s.base.db, enr.id);
  if (ouvert) await avancerDossier(s.base.db, ouvert, aujourdhui);
  return { type: "redirection", vers: `/dossiers/${enr.id}?ouvert=1` };
}

/**
 * The last day counted from the due dates, when it is later than the safe one (the period was
 * counted from an earlier performance or invoice date): shown beside it, never as the safe day.
 */
function prescriptionSelonEcheance(prescriptions: ReturnType<typeof situation>["prescriptions"]): string | null {
  const sure = prochainePrescription(prescriptions);
  const jours = prescriptions
    .filter((x) => x.resultat.statut === "en-cours")
    .map((x) => x.dernierJourSelonEcheance ?? x.resultat.dernierJour)
    .filter((j): j is string => Boolean(j))
    .sort();
  return jours[0] && sure && jours[0] > sure ? jours[0] : null;
}

/** The review: the dossier the answers describe, its figures, its stage and the documents. */
export function revue(
  b: Brouillon,
  reference: string,
  aujourdhui: string,
  tauxPublies?: DossierStatique["tauxPublies"],
) {
  const conversion = dossierDuBrouillon(b, reference);
  if (!conversion.ok) return { ok: false as const, erreurs: conversion.erreurs };
  const p = rejouer(conversion.dossier, aujourdhui);
  const sit = situation(
    dossierStatique({ ...conversion.dossier, tauxPublies }),
    p.snapshot.context.journal,
    aujourdhui,
  );
  const i = sit.interets;
  return {
    ok: true as const,
    etape: p.etape,
    regime: p.qualification.regime,
    chiffres: i
      ? {
          principalCents: i.principalRestantCents,
          interetsCents: i.totalInteretsCents - i.interetsPayesCents,
          indemnitesCents: i.indemnitesForfaitairesCents,
          totalCents: i.totalDuCents,
          regime: i.regime,
          fondements: i.fondements,
        }
      : null,
    prescription: prochainePrescription(sit.prescriptions),
    prescriptionSelonEcheance: prescriptionSelonEcheance(sit.prescriptions),
    debiteurConsommateur: p.qualification.regime === "B2C",
    fondementsPrescription: [...new Set(sit.prescriptions.flatMap((x) => x.resultat.fondements))],
    echeances: p.echeances,
    avertissements: [
      ...p.avertissements,
      ...(i?.avertissements ?? []),
      ...p.rejets.map((r) => `Un fait de l'historique n'a pas été retenu : ${r.raison}`),
    ],
    documents: documentsDisponibles(p.etape).map((t) => DOCUMENTS[t].libelle),
    procedureCollective: p.qualification.procedureCollective,
    debiteurEtranger: p.qualification.debiteurEtranger,
    prestationRealisee: b.verifications?.prestationRealisee ?? true,
  };
}
