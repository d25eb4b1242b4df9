/**
 * The sending half of the scheduler (decision 021): claims the emails ready to leave (atomic,
 * `SKIP LOCKED`), checks once more that the statechart still allows them and that their invoices
 * are still unpaid (a payment stops the reminder of the paid invoice at once; the figures are
 * those of the day), renders the attachments, sends through SMTP with the Message-ID fixed at the
 * decision, then — in one transaction — marks the row sent and writes `relance.envoyee` in the
 * journal. A crash after SMTP and before that commit leaves the row claimed; the claim expires and
 * the same message (same Message-ID) goes again: never a reminder lost, never a different second one.
 */
import nodemailer, { type Transporter } from "nodemailer";
import { ajouterJours, type Jour } from "../../../domain/dates/jour";
import { dansLaFenetre, HEURE_DEBUT, premierJourOuvre } from "../../../domain/relances/calendrier-envoi";
import type { niveauDeLEtape } from "../../../domain/relances/plan";
import { envoyer } from "../../../machines/escalation/parcours";
import { construireCourriel, variablesDuDossier } from "../../../templates/courriel-relance/model";
import { preparerContexte } from "../../../templates/preparer";
import { estTypeDocument } from "../../../templates/registre";
import { rendreDocument } from "../../../templates/rendu.server";
import type { Services } from "../../contexte";
import { chargerDossier, type DossierEnregistre } from "../../db/dossiers.server";
import { type Expediteur, expediteurDe, modifierRelance, type Relance, reserverEnvois } from "../../db/relances.server";
import { envoyerEvenementAJour } from "../parcours-dossier.server";
import { lecteurPieces } from "../pieces.server";
import { tauxDeLInstance } from "../taux.server";
import { instantDeParis } from "./heure";
import { adresseExpedition, etatDuDossierPourRelances, planDe } from "./planificateur.server";

/** Waits between attempts after a temporary failure (minutes); then the send is marked failed. */
export const ATTENTES_MIN = [1, 5, 15, 30, 60];

const transports = new Map<string, Transporter>();

/** The SMTP transport of the configuration (one pool per URL), or null without SMTP_URL. */
export function transportDe(smtpUrl: string | undefined): Transporter | null {
  if (!smtpUrl) return null;
  let t = transports.get(smtpUrl);
  if (!t) {
    // Options with the URL inside: given as a string, the second argument would be message defaults.
    t = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 3 } as never);
    transports.set(smtpUrl, t);
  }
  return t;
}

/** Closes the SMTP pools (end of a CLI run, server shutdown). */
export function fermerTransports() {
  for (const t of transports.values()) t.close();
  transports.clear();
}

export type Bilan = { envoyes: number; reportes: number; echecs: number; annules: number; reessais: number };

type Jointe = { type?: string; piece?: string };
type Taux = Awaited<ReturnType<typeof tauxDeLInstance>>;

/** Messages handled at once: the SMTP pool's connections overlap their network waits. */
const EN_PARALLELE = 3;

/** The message as nodemailer takes it: sender, recipient, subject, text, HTML, attachments. */
export async function composer(
  s: Services,
  r: Relance,
  d: DossierEnregistre,
  aujourdhui: Jour,
  connus?: { expediteur: Expediteur; taux: Taux },
) {
  const expediteur = connus?.expediteur ?? (await expediteurDe(s.base.db, r.organisationId));
  const adresse = adresseExpedition(s, expediteur);
  const c = preparerContexte(d.dossier, aujourdhui, connus?.taux ?? (await tauxDeLInstance(s.base.db)));
  const lire = lecteurPieces(s);
  const attachments: { filename: string; content: Buffer; contentType: string }[] = [];
  for (const j of r.jointes as Jointe[]) {
    if (j.type && estTypeDocument(j.type)) {
      attachments.push({
        filename: `${j.type}-${d.reference}.pdf`,
        content: await rendreDocument(j.type, "pdf", c),
        contentType: "application/pdf",
      });
    } else if (j.piece) {
      const p = d.pieces.find((x) => x.id === j.piece);
      const contenu = p?.fichier ? await lire(p.fichier) : null;
      if (p && contenu)
        attachments.push({
          filename: (p.nomOriginal ?? `${p.intitule}.pdf`).replace(/[^\w.\- ]+/g, "_"),
          content: contenu,
          contentType: p.typeMime ?? "application/octet-stream",
        });
    }
  }
  return {
    from: { name: expediteur.nom ?? "Recouvrement", address: adresse ?? "relances@recouvrement.invalid" },
    ...(expediteur.reponseA ? { replyTo: expediteur.reponseA } : {}),
    to: r.destinataire ?? "",
    subject: r.objet ?? "",
    text: r.texte ?? "",
    html: r.html ?? "",
    messageId: r.messageId ?? undefined,
    attachments,
  };
}

/** Whether it may leave now, else the instant the sending window next opens. */
function fenetre(r: Relance, departement: string | undefined, aujourdhui: Jour, heure: number): Date | null {
  // A person who validated a message chose the moment: only automatic steps wait for the window.
  if (r.type !== "email-auto" || dansLaFenetre(aujourdhui, heure, departement)) return null;
  const jour =
    heure < HEURE_DEBUT && premierJourOuvre(aujourdhui, departement) === aujourdhui
      ? aujourdhui
      : premierJourOuvre(ajouterJours(aujourdhui, 1), departement);
  return instantDeParis(jour, HEURE_DEBUT);
}

/**
 * One round of sending: claims up to `limite` rows and handles each. `aujourdhui` and `heure`
 * are Paris's (given by the caller: the server's clock, or a test's).
 */
export async function envoyerRelances(
  s: Services,
  o: {
    aujourdhui: Jour;
    heure: number;
    maintenant?: Date;
    transport?: Transporter | null;
    limite?: number;
    /** How long a claimed row stays reserved if this worker dies (seconds). */
    verrouSecondes?: number;
  },
): Promise<Bilan> {
  const db = s.base.db;
  const transport = o.transport === undefined ? transportDe(s.config.smtpUrl) : o.transport;
  const bilan: Bilan = { envoyes: 0, reportes: 0, echecs: 0, annules: 0, reessais: 0 };
  if (!transport) return bilan;
  const maintenant = o.maintenant ?? new Date();
  const taux = await tauxDeLInstance(db);
  const expediteurs = new Map<string, Expediteur>();
  const plans = new Map<string, Awaited<ReturnType<typeof planDe>>>();
  const traiter = async (r: Relance) => {
    const liberer = { verrouJusqua: null } as const;
    const d = await chargerDossier(db, r.dossierId);
    if (!d) return;
    const clePlan = `${r.organisationId}:${d.planId ?? ""}`;
    if (!plans.has(clePlan)) plans.set(clePlan, await planDe(db, r.organisationId, d.planId));
    const plan = plans.get(clePlan)!;
    const { snapshot, etat } = etatDuDossierPourRelances(d, plan, d.relancesEnPause, o.aujourdhui, taux);
    const ouvre = fenetre(r, etat.departement, o.aujourdhui, o.heure);
    if (ouvre) {
      await modifierRelance(db, r.id, { ...liberer, statut: "a-envoyer", prochainEssai: ouvre });
      bilan.reportes++;
      return;
    }
    const sonde = { type: "relance.envoyee", date: o.aujourdhui, canal: "email" } as const;
    const permis = envoyer(snapshot, sonde);
    const encoreDues = (r.factures as string[]).filter((f) => etat.factures.includes(f));
    if (!etat.actives || !permis.accepte || encoreDues.length === 0) {
      await modifierRelance(db, r.id, {
        ...liberer,
        statut: "annule",
        erreur: etat.raison ?? permis.raison ?? "Factures réglées depuis la décision : message annulé.",
      });
      bilan.annules++;
      return;
    }
    let ligne = r;
    if (encoreDues.length !== (r.factures as string[]).length || etat.factures.length !== encoreDues.length) {
      // A payment since the decision: the message speaks of the invoices still unpaid, today's figures.
      const c = preparerContexte(d.dossier, o.aujourdhui, taux);
      const exp = await expediteurDe(db, r.organisationId);
      const etape = plan.etapes.find((e) => e.code === r.etape);
      if (etape) {
        const m = construireCourriel(etape, variablesDuDossier(c), {
          nom: exp.nom ?? "",
          signature: exp.signature,
        });
        ligne = { ...r, objet: m.objet, texte: m.texte, html: m.html, factures: etat.factures };
        await modifierRelance(db, r.id, { objet: m.objet, texte: m.texte, html: m.html, factures: etat.factures });
      }
    }
    try {
      if (!expediteurs.has(r.organisationId))
        expediteurs.set(r.organisationId, await expediteurDe(db, r.organisationId));
      const expediteur = expediteurs.get(r.organisationId)!;
      const info = await transport.sendMail(await composer(s, ligne, d, o.aujourdhui, { expediteur, taux }));
      const evenement = {
        type: "relance.envoyee" as const,
        date: o.aujourdhui,
        canal: "email" as const,
        niveau: r.niveau === "mise-en-demeure" ? undefined : (r.niveau as ReturnType<typeof niveauDeLEtape>),
        messageId: r.messageId ?? String(info.messageId),
        envoi: "automatique" as const,
      };
      const marquer = {
        ...liberer,
        statut: "envoye",
        envoyeLe: maintenant,
        reponseSmtp: String(info.response ?? "").slice(0, 300),
        erreur: null,
      };
      const res = await envoyerEvenementAJour(db, d, evenement, o.aujourdhui, {
        avecEux: (tx) => modifierRelance(tx, r.id, marquer),
        essais: 5,
      });
      if (!res.ok) await modifierRelance(db, r.id, { ...marquer, erreur: `Envoyé ; journal refusé : ${res.raison}` });
      bilan.envoyes++;
    } catch (e) {
      const err = e as { responseCode?: number; message?: string; response?: string };
      const definitif = typeof err.responseCode === "number" && err.responseCode >= 500;
      const tentatives = r.tentatives + 1;
      const texte = (err.response ?? err.message ?? String(e)).slice(0, 300);
      if (definitif || tentatives > ATTENTES_MIN.length) {
        await modifierRelance(db, r.id, {
          ...liberer,
          statut: "echec",
          tentatives,
          erreur: definitif
            ? `Refus définitif du serveur de messagerie : ${texte}`
            : `Échec après ${tentatives} tentatives : ${texte}`,
        });
        bilan.echecs++;
      } else {
        await modifierRelance(db, r.id, {
          ...liberer,
          statut: "a-envoyer",
          tentatives,
          prochainEssai: new Date(maintenant.getTime() + ATTENTES_MIN[tentatives - 1]! * 60_000),
          erreur: `Échec temporaire (nouvel essai prévu) : ${texte}`,
        });
        bilan.reessais++;
      }
    }
  };
  const file = await reserverEnvois(db, o.limite ?? 500, o.verrouSecondes, maintenant);
  await Promise.all(
    Array.from({ length: Math.min(EN_PARALLELE, file.length) }, async () => {
      for (let r = file.shift(); r; r = file.shift()) await traiter(r);
    }),
  );
  return bilan;
}
