/**
 * Relance plans against a real SMTP server on 127.0.0.1 (issue 14): the test clock moves day by day
 * across a month and a half; each day the scheduler decides (planifier) and sends (envoyer) at
 * 10 h, Paris time. Exactly the planned messages leave, on the planned working days (not on a
 * weekend nor on Easter Monday), with the right subject, figures and attached letter (PDF read
 * back); the firm one waits for a person's validation; the call and the mise en demeure become
 * tasks. A payment stops the rest, a dispute suspends, collective proceedings never get one.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ajouterJours, type Jour } from "../../../domain/dates/jour";
import type { Dossier } from "../../../domain/dossier/dossier.schema";
import type { Evenement } from "../../../domain/dossier/evenements";
import { pagesPdf } from "../../../templates/_shared/extraction";
import { dossierDue } from "../../../tests/fixtures/relances";
import { MOTEURS, ouvrirBaseDeTest } from "../../../tests/setup/bases";
import { demarrerSmtp, type ServeurSmtp } from "../../../tests/setup/smtp";
import { lireConfig } from "../../config.server";
import type { Services } from "../../contexte";
import { creerCompte } from "../../db/comptes.server";
import type { Base } from "../../db/database.server";
import { chargerDossier, creerDossier } from "../../db/dossiers.server";
import { enregistrerExpediteur, relancesDuDossier } from "../../db/relances.server";
import * as t from "../../db/schema";
import { envoyerEvenement } from "../parcours-dossier.server";
import { envoyerLienParCourriel } from "./courriel-lien.server";
import { envoyerRelances } from "./envoi.server";
import { planifierRelances } from "./planificateur.server";
import { terminerTache, validerCourriel } from "./taches.server";

/** One invoice of 3 450 € due Friday 3 April 2026; the debtor, a company in Bordeaux, has an email. */
function dossierDuPlan(reference: string, modifier: (d: Dossier) => void = () => {}): Dossier {
  const d = dossierDue(reference, "2026-04-03", "compta@boulangerie-martin.fr");
  modifier(d);
  return d;
}

const MARIE = { utilisateurId: "", nom: "Marie Dupont" };
/** Text with every kind of space as a plain one (French typography puts no-break spaces in dates and amounts). */
const espaces = (t: string | false | undefined) => (t || "").replace(/[\u00a0\u202f]/g, " ");

describe.each(MOTEURS)("relances planifiées, envoyées à un vrai serveur SMTP (%s)", (moteur) => {
  let base: Base;
  let smtp: ServeurSmtp;
  let s: Services;
  let organisationId: string;

  beforeAll(async () => {
    base = await ouvrirBaseDeTest(moteur);
    smtp = await demarrerSmtp();
    const compte = await creerCompte(base.db, {
      email: `marie-${moteur}@atelier-dupont.fr`,
      nom: "Marie Dupont",
      empreinteMotDePasse: "x",
      organisation: "Atelier Dupont",
      role: "administrateur",
      operateur: false,
    });
    organisationId = compte.organisationId;
    MARIE.utilisateurId = compte.utilisateurId;
    await enregistrerExpediteur(base.db, organisationId, {
      nom: "Atelier Dupont",
      adresse: "relances@atelier-dupont.fr",
      reponseA: "compta@atelier-dupont.fr",
      signature: "Marie Dupont\nAtelier Dupont",
    });
    s = {
      base,
      config: lireConfig({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "relances-")), SMTP_URL: smtp.url }),
      aujourdhui: () => "2026-03-20",
      organisationId,
    };
  });
  afterAll(async () => {
    await smtp.arreter();
    await base.fermer();
  });

  /** Runs the scheduler each day at 10 h from `du` to `au`; `chaqueJour` acts before the tick. */
  async function derouler(du: Jour, au: Jour, chaqueJour: (j: Jour) => Promise<void> = async () => {}) {
    const envois: { jour: Jour; objet: string }[] = [];
    for (let j = du; j <= au; j = ajouterJours(j, 1)) {
      const avant = smtp.recus.length;
      await chaqueJour(j);
      await planifierRelances(s, { aujourdhui: j, organisationId });
      await envoyerRelances(s, { aujourdhui: j, heure: 10 });
      for (const m of smtp.recus.slice(avant)) envois.push({ jour: j, objet: m.subject ?? "" });
    }
    return envois;
  }

  const recusPour = (reference: string) => smtp.recus.filter((m) => (m.text ?? "").includes(reference));

  it("un mois et demi d'horloge : prévenance, rappel, relance ferme validée, appel et mise en demeure en tâches — les jours prévus, jamais un week-end ni un jour férié", async () => {
    const { id } = await creerDossier(base.db, organisationId, dossierDuPlan("PLAN-1"), { aujourdhui: "2026-03-20" });
    const taches: { jour: Jour; type: string }[] = [];
    const envois = await derouler("2026-03-25", "2026-05-08", async (j) => {
      for (const r of await relancesDuDossier(base.db, id)) {
        if (r.statut === "a-valider" && r.type === "email-a-valider") {
          taches.push({ jour: j, type: r.type });
          await validerCourriel({ ...s, aujourdhui: () => j }, r.id, MARIE);
        }
        if (r.statut === "a-faire" && !taches.some((x) => x.type === r.type)) taches.push({ jour: j, type: r.type });
      }
    });
    const miens = envois.filter((e) =>
      smtp.recus.find((m) => m.subject === e.objet && (m.text ?? "").includes("PLAN-1")),
    );
    // J−5 = Sunday 29 March → Monday 30; J+3 = Monday 6 April, Easter Monday → Tuesday 7; J+15 =
    // Saturday 18 April → Monday 20 (to validate: a person validates it the next morning, it leaves then).
    expect(miens.map((e) => e.jour)).toEqual(["2026-03-30", "2026-04-07", "2026-04-21"]);
    expect(miens.map((e) => e.objet)).toEqual([
      "Échéance prochaine : facture n° F-2026-014",
      "Rappel : facture n° F-2026-014",
      "Relance : facture n° F-2026-014",
    ]);
    // The firm one waited for a person until Tuesday 21 (validated before that day's tick).
    expect(taches[0]).toEqual({ jour: "2026-04-21", type: "email-a-valider" });
    const lignes = await relancesDuDossier(base.db, id);
    expect(lignes.map((l) => [l.etape, l.jour, l.statut])).toEqual([
      ["prevenance", "2026-03-30", "envoye"],
      ["relance-amiable", "2026-04-07", "envoye"],
      ["relance-ferme", "2026-04-20", "envoye"],
      // J+20 = Thursday 23 April, but five days at least after the firm reminder of the 21st:
      // Sunday 26 → Monday 27. The mise en demeure: J+30 = Sunday 3 May → Monday 4.
      ["appel", "2026-04-27", "a-faire"],
      ["mise-en-demeure", "2026-05-04", "a-faire"],
    ]);

    const [prevenance, rappel, ferme] = recusPour("PLAN-1");
    expect(prevenance?.from?.value[0]).toMatchObject({ address: "relances@atelier-dupont.fr", name: "Atelier Dupont" });
    expect(prevenance?.replyTo?.value[0]?.address).toBe("compta@atelier-dupont.fr");
    expect(espaces(prevenance?.text)).toContain("le 3 avril 2026, pour un montant de 3 450,00 €");
    expect(prevenance?.attachments).toHaveLength(0);
    // The friendly reminder carries its letter, read back from the PDF.
    expect(rappel?.attachments.map((a) => a.filename)).toEqual(["relance-amiable-PLAN-1.pdf"]);
    const lettre = (await pagesPdf(rappel!.attachments[0]!.content)).join("\n");
    expect(lettre).toContain("RAPPEL DE FACTURE");
    expect(lettre).toContain("F-2026-014");
    // Between professionals the firm one states the penalties to date and the 40 € indemnity.
    // 3 450 € × 12,15 % × 17 days / 365 = 19,52 € (BCE rate of the first half of 2026 + 10 points).
    expect(espaces(ferme?.text)).toContain(
      "au taux de refinancement de la Banque centrale européenne majoré de 10 points (12,15 %), soit 19,52 € à ce jour",
    );
    expect(espaces(ferme?.text)).toContain("40 € par facture (article D.441-5 du code de commerce), soit 40,00 €");
    expect(espaces(ferme?.text)).toContain("3 450,00 € en principal, 17 jours après l'échéance du 3 avril 2026");
    expect(ferme?.html).toContain("<p>");
    expect(ferme?.html).not.toMatch(/<img|https?:\/\//);
    // The journal records each email with its Message-ID, as sent by the product.
    const d = await chargerDossier(base.db, id);
    const relances = d!.dossier.evenements.filter((e) => e.type === "relance.envoyee");
    expect(relances.map((e) => ("messageId" in e ? e.messageId : null))).toEqual([
      prevenance?.messageId,
      rappel?.messageId,
      ferme?.messageId,
    ]);
    expect(relances.map((e) => (e.type === "relance.envoyee" ? [e.date, e.canal, e.niveau, e.envoi] : []))).toEqual([
      ["2026-03-30", "email", "prevenance", "automatique"],
      ["2026-04-07", "email", "amiable", "automatique"],
      ["2026-04-21", "email", "ferme", "automatique"],
    ]);

    // The call done: the journal says so, and a written confirmation is proposed.
    const appel = (await relancesDuDossier(base.db, id)).find((r) => r.type === "appel")!;
    await terminerTache({ ...s, aujourdhui: () => "2026-05-06" }, appel.id, MARIE, "2026-05-06");
    const apres = await relancesDuDossier(base.db, id);
    expect(apres.find((r) => r.type === "confirmation")?.statut).toBe("a-valider");
    const med = apres.find((r) => r.type === "mise-en-demeure")!;
    await terminerTache({ ...s, aujourdhui: () => "2026-05-06" }, med.id, MARIE, "2026-05-06", "lrar");
    const fin = await chargerDossier(base.db, id);
    expect(fin?.dossier.evenements.slice(-2).map((e) => e.type)).toEqual(["relance.envoyee", "med.envoyee"]);
    expect(fin?.auteurs.slice(-2)).toEqual(["Marie Dupont", "Marie Dupont"]);
  });

  async function scenario(reference: string, le: Jour, evenement: Evenement) {
    const { id } = await creerDossier(base.db, organisationId, dossierDuPlan(reference), { aujourdhui: "2026-03-20" });
    await derouler("2026-03-25", "2026-05-08", async (j) => {
      if (j !== le) return;
      const d = await chargerDossier(base.db, id);
      const r = await envoyerEvenement(base.db, d!, d!.version, evenement, j);
      expect(r.ok, JSON.stringify(r)).toBe(true);
    });
    return { id, recus: recusPour(reference).map((m) => m.subject) };
  }

  it("un paiement complet à mi-parcours arrête aussitôt le reste du plan", async () => {
    const { recus, id } = await scenario("PLAN-2", "2026-04-10", {
      type: "paiement.recu",
      date: "2026-04-10",
      montantCents: 345000,
    });
    expect(recus).toEqual(["Échéance prochaine : facture n° F-2026-014", "Rappel : facture n° F-2026-014"]);
    expect((await relancesDuDossier(base.db, id)).map((r) => r.etape)).toEqual(["prevenance", "relance-amiable"]);
  });

  it("une contestation suspend les relances (C. civ. art. 1353 : au créancier de prouver) et la page dit pourquoi", async () => {
    const { recus } = await scenario("PLAN-3", "2026-04-01", {
      type: "debiteur.conteste",
      date: "2026-04-01",
      motif: "Livraison incomplète",
    });
    expect(recus).toEqual(["Échéance prochaine : facture n° F-2026-014"]);
  });

  it("un débiteur en procédure collective ne reçoit jamais de relance (C. com. art. L.622-21)", async () => {
    const { recus, id } = await scenario("PLAN-4", "2026-03-25", {
      type: "procedure-collective.ouverte",
      date: "2026-03-24",
      datePublicationBodacc: "2026-03-25",
    });
    expect(recus).toEqual([]);
    expect(await relancesDuDossier(base.db, id)).toEqual([]);
  });

  it("sans adresse électronique du débiteur, le courriel devient une lettre à envoyer", async () => {
    const { id } = await creerDossier(
      base.db,
      organisationId,
      dossierDuPlan("PLAN-5", (d) => {
        d.debiteur.email = undefined;
      }),
      { aujourdhui: "2026-03-20" },
    );
    await derouler("2026-03-30", "2026-03-30");
    const [r] = await relancesDuDossier(base.db, id);
    expect(r).toMatchObject({ type: "courrier", statut: "a-faire" });
    expect(r?.erreur).toContain("Pas d'adresse électronique du débiteur");
    const [ligne] = await base.db.select().from(t.dossier).where(eq(t.dossier.id, id));
    expect(ligne?.etape).toBe("qualification");
  });

  it("les invitations et les liens de nouveau mot de passe partent par courriel quand SMTP est configuré", async () => {
    const url = "http://127.0.0.1:3000/invitation/AbCdEfGhIjKlMnOpQrStUvWxYz012345";
    const phrase = await envoyerLienParCourriel(s, {
      nature: "invitation",
      a: "gaelle@atelier-dupont.fr",
      url,
      expireLe: "07/12/2026 à 15:08",
      qui: "Marie Dupont",
      organisation: "Atelier Dupont",
      detail: "rôle gestionnaire",
    });
    expect(phrase).toBe("Courriel envoyé à gaelle@atelier-dupont.fr.");
    const m = smtp.recus.find((x) => x.to && JSON.stringify(x.to).includes("gaelle@atelier-dupont.fr"));
    expect(m?.subject).toBe("Invitation à rejoindre Atelier Dupont sur Recouvrement");
    expect(m?.text).toContain(
      "Marie Dupont vous invite à rejoindre Atelier Dupont sur Recouvrement (rôle gestionnaire).",
    );
    expect(m?.text).toContain(url);
    // Without SMTP, nothing is sent and the page keeps showing the link to copy.
    expect(
      await envoyerLienParCourriel(
        { ...s, config: lireConfig({}) },
        { nature: "reinitialisation", a: "x@y.fr", url, expireLe: "", qui: "", organisation: "" },
      ),
    ).toBeNull();
  });
});
