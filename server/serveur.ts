/**
 * The HTTP server: Express + @react-router/express. Rather than react-router-serve, which cannot
 * build a per-request context, moves silently to another port when 3000 is busy and listens on
 * every interface (docs/decisions/006-boucle-locale-par-defaut.md).
 *
 * Order at start: configuration → lock on DATA_DIR (embedded database only) → build (with
 * --construire) → open and migrate the database → listen. Every failure prints a French message.
 */

import { spawnSync } from "node:child_process";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@react-router/express";
import express from "express";
import { RouterContextProvider, type ServerBuild } from "react-router";
import { type Config, ConfigurationInvalide, lireConfig } from "../app/config.server";
import { requeteContext, type Services, servicesContext } from "../app/contexte";
import { nouveauCodeInstallation } from "../app/db/comptes.server";
import { type Base, ouvrirBase } from "../app/db/database.server";
import { assurerOrganisationParDefaut } from "../app/db/dossiers.server";
import { creerHorloge } from "../app/horloge.server";
import { demarrerOrdonnanceur, type Ordonnanceur } from "../app/services/relances/ordonnanceur.server";
import { cheminProjet } from "../lib/racine.server";
import { securite } from "./securite";
import { VerrouPris, verrouSiIntegre } from "./verrou";

function arreter(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function construire() {
  console.log("Construction de l'application…");
  const r = spawnSync(process.execPath, [cheminProjet("node_modules", "@react-router", "dev", "bin.js"), "build"], {
    cwd: cheminProjet(),
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (r.status !== 0) throw new Error(`la construction a échoué (code ${r.status})`);
}

function ecouter(app: express.Express, config: Config): Promise<Server> {
  return new Promise((resolve, reject) => {
    const serveur = app.listen(config.port, config.host);
    serveur.once("listening", () => resolve(serveur));
    serveur.once("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EADDRINUSE") {
        reject(
          new Error(
            `Le port ${config.port} est déjà utilisé sur ${config.host} : arrêtez le programme qui l'occupe ou choisissez un autre port (PORT=3001 npm start).`,
          ),
        );
      } else if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND") {
        reject(new Error(`L'adresse HOST=${config.host} n'existe pas sur cette machine.`));
      } else if (e.code === "EACCES") {
        reject(new Error(`Droits insuffisants pour écouter sur le port ${config.port}.`));
      } else reject(e);
    });
  });
}

async function demarrer() {
  let config: Config;
  try {
    config = lireConfig();
  } catch (e) {
    if (e instanceof ConfigurationInvalide) arreter(e.message);
    throw e;
  }

  let verrou: ReturnType<typeof verrouSiIntegre>;
  try {
    verrou = verrouSiIntegre(config);
  } catch (e) {
    if (e instanceof VerrouPris) arreter(e.message);
    throw e;
  }

  let base: Base | undefined;
  let serveur: Server | undefined;
  let ordonnanceur: Ordonnanceur | undefined;
  const fermer = async (code: number) => {
    ordonnanceur?.arreter();
    await new Promise<void>((r) => (serveur ? serveur.close(() => r()) : r()));
    await base?.fermer().catch(() => {});
    verrou?.liberer();
    process.exit(code);
  };

  try {
    if (process.argv.includes("--construire")) construire();
    base = await ouvrirBase(config);
    await base.migrer();
    const organisationId = await assurerOrganisationParDefaut(base.db);
    const services: Services = { base, config, aujourdhui: creerHorloge(config), organisationId };

    const dossierBuild = cheminProjet("build");
    const build = (await import(pathToFileURL(path.join(dossierBuild, "server", "index.js")).href)) as ServerBuild;

    const app = express();
    app.disable("x-powered-by");
    app.set("trust proxy", config.trustProxy);
    const garde = securite(config);
    app.use(garde.entetes, garde.hote, garde.intersites);
    app.use(
      "/assets",
      express.static(path.join(dossierBuild, "client", "assets"), { immutable: true, maxAge: "1y", index: false }),
    );
    app.use(express.static(path.join(dossierBuild, "client"), { maxAge: "1h", index: false }));
    app.use(
      createRequestHandler({
        build,
        mode: config.nodeEnv === "production" ? "production" : "development",
        getLoadContext: (req, res) => {
          const contexte = new RouterContextProvider();
          contexte.set(servicesContext, services);
          contexte.set(requeteContext, { nonce: String(res.locals.nonce ?? ""), adresse: req.ip ?? "inconnue" });
          return contexte;
        },
      }),
    );
    app.use(garde.erreur);

    serveur = await ecouter(app, config);
    ordonnanceur = demarrerOrdonnanceur(services);
    services.reveillerRelances = ordonnanceur.reveiller;
    const moteur = base.moteur === "pglite" ? `base intégrée dans ${config.dataDir}` : "PostgreSQL (DATABASE_URL)";
    console.log(`Recouvrement est prêt sur http://${config.host}:${config.port} (${moteur}).`);
    console.log(`Noms d'hôte acceptés : ${config.hotesAcceptes.join(", ")}.`);
    console.log(
      config.smtpUrl
        ? `Courriels : envoi par ${new URL(config.smtpUrl).host} ; relances décidées et envoyées chaque minute.`
        : "Courriels : pas de SMTP_URL ; les relances attendent dans la boîte d'envoi (page Tâches).",
    );
    if (config.exposerSansComptesIgnore)
      console.log("EXPOSER_SANS_COMPTES est ignorée : l'application a des comptes, la connexion protège les dossiers.");
    const code = await nouveauCodeInstallation(base.db);
    if (code) {
      console.log(
        `\nAucun compte n'existe encore. Code d'installation : ${code}\nOuvrez /installation et saisissez ce code pour créer le compte administrateur.\n`,
      );
    }
    if (config.aujourdhuiForce) console.log(`Date du jour forcée pour les tests : ${config.aujourdhuiForce}.`);
  } catch (e) {
    console.error(`\nDémarrage impossible : ${(e as Error).message}\n`);
    await fermer(1);
  }

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.log("Arrêt en cours…");
      serveur?.closeAllConnections?.();
      void fermer(0);
    });
  }
}

export { demarrer };
