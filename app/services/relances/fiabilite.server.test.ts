/**
 * The outbox is as reliable as the journal (issue 14, decision 021), against a real SMTP server on
 * 127.0.0.1: a temporary refusal is retried with growing waits, then shown as a failure; a
 * definitive one (5xx) stops at once; two instances on one PostgreSQL send each message once;
 * `kill -9` of a sending process at random moments loses nothing and sends nothing twice except
 * the same message (identical Message-ID).
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossierDue, organisationQuiRelance } from "../../../tests/fixtures/relances";
import { MOTEURS, ouvrirBaseDeTest } from "../../../tests/setup/bases";
import { demarrerSmtp, type ServeurSmtp } from "../../../tests/setup/smtp";
import { lireConfig } from "../../config.server";
import type { Services } from "../../contexte";
import { type Base, baseDepuisPool } from "../../db/database.server";
import { chargerDossier, creerDossier } from "../../db/dossiers.server";
import { relancesDuDossier } from "../../db/relances.server";
import { ATTENTES_MIN, envoyerRelances, fermerTransports } from "./envoi.server";
import { planifierRelances } from "./planificateur.server";
import { reessayer } from "./taches.server";

const LUNDI = "2026-03-30"; // J−5 of an invoice due Friday 3 April (29 March is a Sunday)

async function preparer(base: Base, smtpUrl: string, _moteur: string, nombre: number) {
  const organisationId = await organisationQuiRelance(base.db);
  const ids: string[] = [];
  for (let i = 0; i < nombre; i++) {
    ids.push(
      (await creerDossier(base.db, organisationId, dossierDue(`FIA-${i}`, "2026-04-03"), { aujourdhui: "2026-03-20" }))
        .id,
    );
  }
  const s: Services = {
    base,
    config: lireConfig({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "fiabilite-")), SMTP_URL: smtpUrl }),
    aujourdhui: () => LUNDI,
    organisationId,
  };
  return { s, ids, organisationId };
}

describe.each(MOTEURS)("boîte d'envoi fiable (%s)", (moteur) => {
  let base: Base & { url?: string };
  let smtp: ServeurSmtp;
  beforeAll(async () => {
    base = await ouvrirBaseDeTest(moteur);
    smtp = await demarrerSmtp();
  });
  afterAll(async () => {
    fermerTransports();
    await smtp.arreter();
    await base.fermer();
  });

  it("refus temporaire (451) : nouveaux essais après 1, 5, 15, 30, 60 minutes, puis échec visible ; « réessayer » l'envoie", async () => {
    const { s, ids } = await preparer(base, smtp.url, moteur, 1);
    await planifierRelances(s, { aujourdhui: LUNDI, organisationId: s.organisationId });
    smtp.refuser(451, "Boîte pleine, réessayez plus tard");
    let maintenant = new Date("2026-03-30T08:00:00Z");
    const attentes: number[] = [];
    for (let i = 0; i <= ATTENTES_MIN.length; i++) {
      await envoyerRelances(s, { aujourdhui: LUNDI, heure: 10, maintenant });
      const [r] = await relancesDuDossier(base.db, ids[0]!);
      if (r?.statut === "a-envoyer") attentes.push((r.prochainEssai!.getTime() - maintenant.getTime()) / 60_000);
      // Before the wait is over, nothing is tried.
      expect((await envoyerRelances(s, { aujourdhui: LUNDI, heure: 10, maintenant })).reessais).toBe(0);
      maintenant = new Date(maintenant.getTime() + 61 * 60_000);
    }
    expect(attentes).toEqual(ATTENTES_MIN);
    const [echec] = await relancesDuDossier(base.db, ids[0]!);
    expect(echec).toMatchObject({ statut: "echec", tentatives: 6 });
    expect(echec?.erreur).toContain("Échec après 6 tentatives : 451 Boîte pleine");
    smtp.refuser(null);
    await reessayer(s, echec!.id);
    expect((await envoyerRelances(s, { aujourdhui: LUNDI, heure: 10, maintenant })).envoyes).toBe(1);
    expect(smtp.recus.filter((m) => m.messageId === echec?.messageId)).toHaveLength(1);
  });

  it("refus définitif (550) : échec à la première tentative, sans nouvel essai, avec la réponse du serveur", async () => {
    const { s, ids } = await preparer(base, smtp.url, moteur, 1);
    await planifierRelances(s, { aujourdhui: LUNDI, organisationId: s.organisationId });
    smtp.refuser(550, "Destinataire inconnu");
    const bilan = await envoyerRelances(s, { aujourdhui: LUNDI, heure: 10 });
    smtp.refuser(null);
    expect(bilan.echecs).toBe(1);
    const [r] = await relancesDuDossier(base.db, ids[0]!);
    expect(r).toMatchObject({ statut: "echec", tentatives: 1 });
    expect(r?.erreur).toContain("Refus définitif du serveur de messagerie : 550 Destinataire inconnu");
    // Nothing in the journal: the reminder did not leave.
    const d = await chargerDossier(base.db, ids[0]!);
    expect(d?.dossier.evenements.filter((e) => e.type === "relance.envoyee")).toEqual([]);
  });

  it("serveur SMTP injoignable : échec temporaire, nouvel essai prévu", async () => {
    const { s, ids } = await preparer(base, "smtp://127.0.0.1:9", moteur, 1);
    await planifierRelances(s, { aujourdhui: LUNDI, organisationId: s.organisationId });
    const bilan = await envoyerRelances(s, { aujourdhui: LUNDI, heure: 10 });
    expect(bilan.reessais).toBe(1);
    const [r] = await relancesDuDossier(base.db, ids[0]!);
    expect(r?.statut).toBe("a-envoyer");
    expect(r?.erreur).toMatch(/^Échec temporaire \(nouvel essai prévu\) : .*ECONNREFUSED/);
    fermerTransports();
  });

  it.runIf(moteur === "postgresql")(
    "deux instances sur un même PostgreSQL : chaque message part une fois",
    async () => {
      const { s, ids } = await preparer(base, smtp.url, moteur, 24);
      const pg = await import("pg");
      const autre = baseDepuisPool(new pg.default.Pool({ connectionString: base.url, max: 4 }));
      const s2: Services = { ...s, base: autre };
      try {
        const avant = smtp.recus.length;
        // Both decide (one row per step: the key is unique) and both send, at the same time.
        await Promise.all([
          planifierRelances(s, { aujourdhui: LUNDI, organisationId: s.organisationId }),
          planifierRelances(s2, { aujourdhui: LUNDI, organisationId: s.organisationId }),
        ]);
        const [a, b] = await Promise.all([
          envoyerRelances(s, { aujourdhui: LUNDI, heure: 10, limite: 5 }),
          envoyerRelances(s2, { aujourdhui: LUNDI, heure: 10, limite: 5 }),
        ]);
        await Promise.all([
          envoyerRelances(s, { aujourdhui: LUNDI, heure: 10 }),
          envoyerRelances(s2, { aujourdhui: LUNDI, heure: 10 }),
        ]);
        expect(a.envoyes + b.envoyes).toBe(10);
        const recus = smtp.recus.slice(avant).map((m) => m.messageId);
        expect(recus).toHaveLength(24);
        expect(new Set(recus).size).toBe(24);
        for (const id of ids) {
          const d = await chargerDossier(base.db, id);
          expect(d?.dossier.evenements.filter((e) => e.type === "relance.envoyee")).toHaveLength(1);
        }
      } finally {
        await autre.fermer();
      }
    },
  );

  it.runIf(moteur === "postgresql")(
    "kill -9 du processus qui envoie, à des moments au hasard : aucune relance perdue, aucun doublon sauf le même Message-ID",
    async () => {
      const lent = await demarrerSmtp(0, 40);
      const { s, ids } = await preparer(base, lent.url, moteur, 30);
      await planifierRelances(s, { aujourdhui: LUNDI, organisationId: s.organisationId });
      const lancer = () =>
        spawn(
          process.execPath,
          ["bin/recouvrement.mjs", "relances", "--aujourdhui", LUNDI, "--heure", "10", "--verrou", "1"],
          {
            env: { ...process.env, DATABASE_URL: base.url, SMTP_URL: lent.url, NODE_ENV: "test" },
            stdio: "ignore",
          },
        );
      const fini = (p: ReturnType<typeof lancer>) => new Promise<number | null>((r) => p.once("exit", (c) => r(c)));
      try {
        let tues = 0;
        for (let i = 0; i < 8; i++) {
          const p = lancer();
          await new Promise((r) => setTimeout(r, 600 + Math.random() * 900));
          if (p.exitCode === null) {
            p.kill("SIGKILL");
            tues++;
          }
          await fini(p);
          await new Promise((r) => setTimeout(r, 1100)); // the dead worker's claim (1 s) expires
        }
        expect(tues).toBeGreaterThan(0);
        // A last run, left to finish.
        expect(await fini(lancer())).toBe(0);
        const lignes = (await Promise.all(ids.map((id) => relancesDuDossier(base.db, id)))).flat();
        expect(lignes).toHaveLength(30);
        expect(lignes.every((l) => l.statut === "envoye")).toBe(true);
        // Every row's message arrived; whatever arrived twice has the same Message-ID as its row.
        const attendus = new Set(lignes.map((l) => l.messageId));
        const recus = lent.recus.map((m) => m.messageId);
        expect(new Set(recus)).toEqual(attendus);
        for (const id of ids) {
          const d = await chargerDossier(base.db, id);
          expect(d?.dossier.evenements.filter((e) => e.type === "relance.envoyee")).toHaveLength(1);
        }
        console.info(`kill -9 : ${tues} processus tués, ${recus.length} réceptions pour 30 messages`);
      } finally {
        await lent.arreter();
      }
    },
    120_000,
  );
});
