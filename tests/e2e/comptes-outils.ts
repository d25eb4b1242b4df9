/**
 * The account every e2e server has (created by `recouvrement utilisateur creer` before the server
 * starts, as a scripted deployment would), and signing in through the real /connexion form.
 */
import { spawnSync } from "node:child_process";
import type { APIRequestContext } from "@playwright/test";

export const COMPTE_DE_TEST = {
  email: "marie@atelier-dupont.fr",
  nom: "Marie Dupont",
  organisation: "Atelier Dupont",
  motDePasse: "cheval-agrafe-batterie-42",
} as const;

type NouveauCompte = {
  email: string;
  nom: string;
  organisation: string;
  motDePasse: string;
  role?: "administrateur" | "gestionnaire" | "lecteur";
  operateur?: boolean;
};

/** `recouvrement utilisateur creer` on the database the environment names (DATA_DIR or DATABASE_URL). */
export function creerCompte(env: NodeJS.ProcessEnv, c: NouveauCompte) {
  return spawnSync(
    process.execPath,
    [
      "bin/recouvrement.mjs",
      "utilisateur",
      "creer",
      "--email",
      c.email,
      "--nom",
      c.nom,
      "--organisation",
      c.organisation,
      ...(c.role ? ["--role", c.role] : []),
      ...(c.operateur ? ["--operateur"] : []),
    ],
    { env: { ...env, RECOUVREMENT_MOT_DE_PASSE: c.motDePasse }, encoding: "utf8" },
  );
}

/** Creates the test account (administrator and operator); an existing one is kept. */
export function creerCompteDeTest(env: NodeJS.ProcessEnv) {
  const r = creerCompte(env, { ...COMPTE_DE_TEST, operateur: true });
  if (r.status !== 0 && !/existe déjà|ouverte par un serveur/.test(r.stderr)) {
    throw new Error(`création du compte de test impossible : ${r.stderr}`);
  }
}

/** Signs in a request context (a page's `page.request` shares its cookies with the page). */
export async function connecter(requete: APIRequestContext, base: string) {
  const r = await requete.post(`${base}/connexion`, {
    form: { email: COMPTE_DE_TEST.email, motDePasse: COMPTE_DE_TEST.motDePasse, retour: "/dossiers" },
    maxRedirects: 0,
  });
  if (r.status() !== 302) throw new Error(`connexion refusée (${r.status()}) : ${await r.text()}`);
}
