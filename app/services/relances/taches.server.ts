/**
 * Today's tasks (/taches, decision 021): what a person does with a decided step — validate an
 * email (it leaves at once through SMTP, or waits in the outbox without it), mark a call, a letter
 * or the mise en demeure done (the journal event is written with the row's change, in one
 * transaction), send by hand from the outbox (the .eml to download, then « envoyé »), retry a
 * failed send, or drop a task. Each checks that the statechart still allows it.
 */
import nodemailer from "nodemailer";
import type { Jour } from "../../../domain/dates/jour";
import type { Evenement } from "../../../domain/dossier/evenements";
import type { Services } from "../../contexte";
import { chargerDossier, type DossierEnregistre } from "../../db/dossiers.server";
import {
  expediteurDe,
  insererRelance,
  modifierRelance,
  type NouvelleRelance,
  type Relance,
  relanceParId,
} from "../../db/relances.server";
import { envoyerEvenementAJour } from "../parcours-dossier.server";
import { composer } from "./envoi.server";
import { adresseExpedition, planDe } from "./planificateur.server";

export class TacheRefusee extends Error {
  override name = "TacheRefusee";
}

type Qui = { utilisateurId: string; nom: string };

async function charger(s: Services, id: string, statuts: string[]): Promise<{ r: Relance; d: DossierEnregistre }> {
  const r = await relanceParId(s.base.db, s.organisationId, id);
  if (!r) throw new TacheRefusee("Cette tâche n'existe pas (ou plus).");
  if (!statuts.includes(r.statut)) throw new TacheRefusee("Cette tâche a déjà été traitée : rechargez la page.");
  const d = await chargerDossier(s.base.db, r.dossierId);
  if (!d) throw new TacheRefusee("Le dossier de cette tâche n'existe plus.");
  return { r, d };
}

/** Writes the event and the row's change in one transaction (again after a concurrent write). */
async function inscrire(
  s: Services,
  d: DossierEnregistre,
  evenement: Evenement,
  aujourdhui: Jour,
  qui: Qui | undefined,
  r: Relance,
  champs: Partial<NouvelleRelance>,
) {
  const res = await envoyerEvenementAJour(s.base.db, d, evenement, aujourdhui, {
    auteur: qui,
    avecEux: (tx) => modifierRelance(tx, r.id, champs),
  });
  if (!res.ok) throw new TacheRefusee(res.raison);
}

/** An email to validate: it goes to the SMTP queue, or to the outbox without SMTP. */
export async function validerCourriel(s: Services, id: string, qui: Qui) {
  const { r } = await charger(s, id, ["a-valider"]);
  const adresse = adresseExpedition(s, await expediteurDe(s.base.db, s.organisationId));
  const parSmtp = Boolean(s.config.smtpUrl && adresse);
  await modifierRelance(s.base.db, r.id, {
    statut: parSmtp ? "a-envoyer" : "attente-manuelle",
    prochainEssai: null,
    faitPar: qui.nom,
    erreur: parSmtp ? null : "Pas de serveur SMTP configuré : envoyez ce message vous-même depuis votre messagerie.",
  });
  return parSmtp
    ? "Courriel validé : il part dans la minute."
    : "Courriel validé : envoyez-le depuis la boîte d'envoi.";
}

/**
 * A task done: a call (then a confirmation email is proposed, as good practice asks), a letter
 * posted, or the mise en demeure sent (its mode chosen by the person).
 */
export async function terminerTache(
  s: Services,
  id: string,
  qui: Qui,
  aujourdhui: Jour,
  mode: "lrar" | "lre" | "email" | "sommation" = "lrar",
) {
  const { r, d } = await charger(s, id, ["a-faire"]);
  const fait = { statut: "fait", faitPar: qui.nom, envoyeLe: new Date() };
  if (r.type === "mise-en-demeure") {
    await inscrire(s, d, { type: "med.envoyee", date: aujourdhui, mode }, aujourdhui, qui, r, fait);
    return "Mise en demeure inscrite au journal.";
  }
  const canal = r.type === "appel" ? "telephone" : "courrier";
  const niveau = r.niveau === "prevenance" || r.niveau === "amiable" || r.niveau === "ferme" ? r.niveau : undefined;
  await inscrire(
    s,
    d,
    { type: "relance.envoyee", date: aujourdhui, canal, ...(niveau ? { niveau } : {}) },
    aujourdhui,
    qui,
    r,
    fait,
  );
  if (r.type === "appel" && d.dossier.debiteur.email) {
    // A call is confirmed in writing: the step's text, to validate.
    const plan = await planDe(s.base.db, r.organisationId, d.planId);
    const etape = plan.etapes.find((e) => e.code === r.etape);
    await insererRelance(s.base.db, {
      organisationId: r.organisationId,
      dossierId: r.dossierId,
      cle: `${r.cle}:confirmation`,
      etape: r.etape,
      type: "confirmation",
      niveau: r.niveau,
      jour: aujourdhui,
      statut: "a-valider",
      factures: r.factures,
      destinataire: d.dossier.debiteur.email,
      objet: r.objet,
      texte: r.texte,
      html: r.html,
      jointes: [],
      messageId: r.messageId ?? `<confirmation-${r.id}@recouvrement.invalid>`,
    });
    return etape
      ? "Appel inscrit au journal. Un courriel de confirmation vous attend dans les tâches."
      : "Appel inscrit au journal.";
  }
  return r.type === "appel" ? "Appel inscrit au journal." : "Lettre inscrite au journal.";
}

/** The outbox: the message as a .eml file, to open in a mail program. */
export async function eml(s: Services, id: string, aujourdhui: Jour): Promise<{ nom: string; contenu: Buffer }> {
  const { r, d } = await charger(s, id, ["attente-manuelle", "echec", "a-valider"]);
  const fabrique = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  const info = await fabrique.sendMail(await composer(s, r, d, aujourdhui));
  return { nom: `relance-${d.reference}-${r.etape}.eml`, contenu: info.message as Buffer };
}

/** Sent by hand from the outbox (or after a failure): the journal says so. */
export async function marquerEnvoye(s: Services, id: string, qui: Qui, aujourdhui: Jour) {
  const { r, d } = await charger(s, id, ["attente-manuelle", "echec"]);
  const niveau = r.niveau === "prevenance" || r.niveau === "amiable" || r.niveau === "ferme" ? r.niveau : undefined;
  await inscrire(
    s,
    d,
    {
      type: "relance.envoyee",
      date: aujourdhui,
      canal: "email",
      ...(niveau ? { niveau } : {}),
      ...(r.messageId ? { messageId: r.messageId } : {}),
      envoi: "manuel",
    },
    aujourdhui,
    qui,
    r,
    { statut: "envoye", envoyeLe: new Date(), faitPar: qui.nom, erreur: null },
  );
  return "Envoi inscrit au journal.";
}

export async function reessayer(s: Services, id: string) {
  const { r } = await charger(s, id, ["echec"]);
  await modifierRelance(s.base.db, r.id, { statut: "a-envoyer", tentatives: 0, prochainEssai: null });
  return "Nouvel essai d'envoi dans la minute.";
}

export async function abandonner(s: Services, id: string, qui: Qui) {
  const { r } = await charger(s, id, ["a-valider", "a-faire", "echec", "attente-manuelle"]);
  await modifierRelance(s.base.db, r.id, { statut: "annule", faitPar: qui.nom, erreur: `Écartée par ${qui.nom}.` });
  return "Tâche écartée.";
}
