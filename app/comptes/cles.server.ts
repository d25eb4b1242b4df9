/**
 * Passkeys (decision 020), with @simplewebauthn/server: registration by a signed-in person, and
 * sign-in without a password by a discoverable credential. WebAuthn refuses an IP address as
 * relying party: passkeys work on `localhost` and on ORIGINE_PUBLIQUE, and the pages say so
 * elsewhere. The challenge is kept in the database (any instance verifies the answer) under a
 * random key carried by a five-minute HttpOnly cookie.
 */
import { randomBytes } from "node:crypto";
import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import type { Config } from "../config.server";
import { ajouterCle, clesDe, cleUtilisee, garderDefi, reprendreDefi, trouverCle } from "../db/cles.server";
import { estJeton } from "../db/comptes.server";
import type { Db } from "../db/database.server";
import { attributSecure, valeurDuCookie } from "./session.server";

const COOKIE_DEFI = "recouvrement_defi";

/** The relying party of this request: the public origin, or `localhost`; null on an IP address. */
export function partieDeConfiance(config: Config, request: Request): { rpID: string; origine: string } | null {
  const url = new URL(request.url);
  if (config.originePublique && new URL(config.originePublique).host === url.host) {
    return { rpID: new URL(config.originePublique).hostname, origine: config.originePublique };
  }
  if (url.hostname === "localhost") return { rpID: "localhost", origine: url.origin };
  return null;
}

export const MESSAGE_SANS_DOMAINE =
  "Les clés d'accès demandent un nom de domaine : ouvrez l'application par http://localhost:<port> ou par son adresse publique (ORIGINE_PUBLIQUE), pas par une adresse IP.";

function cookieDefi(cle: string, config: Config): string {
  return `${COOKIE_DEFI}=${cle}; Path=/cles; HttpOnly; SameSite=Strict; Max-Age=300${attributSecure(config)}`;
}

function cleDuDefi(request: Request): string | null {
  const cle = valeurDuCookie(request, COOKIE_DEFI);
  return cle && estJeton(cle) ? cle : null;
}

export class CleRefusee extends Error {
  override name = "CleRefusee";
}

/** Options for registering a passkey, and the cookie that ties the answer to them. */
export async function optionsEnregistrement(
  db: Db,
  config: Config,
  request: Request,
  personne: { utilisateurId: string; email: string; nom: string },
) {
  const rp = partieDeConfiance(config, request);
  if (!rp) throw new CleRefusee(MESSAGE_SANS_DOMAINE);
  const existantes = await clesDe(db, personne.utilisateurId);
  const options = await generateRegistrationOptions({
    rpName: "Recouvrement",
    rpID: rp.rpID,
    userName: personne.email,
    userDisplayName: personne.nom,
    userID: new TextEncoder().encode(personne.utilisateurId),
    attestationType: "none",
    excludeCredentials: existantes.map((c) => ({
      id: c.id,
      transports: c.transports as AuthenticatorTransport[],
    })),
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  const cle = randomBytes(24).toString("base64url");
  await garderDefi(db, cle, options.challenge, personne.utilisateurId);
  return { options, cookie: cookieDefi(cle, config) };
}

export async function enregistrerCle(
  db: Db,
  config: Config,
  request: Request,
  utilisateurId: string,
  reponse: RegistrationResponseJSON,
  nom: string,
) {
  const rp = partieDeConfiance(config, request);
  if (!rp) throw new CleRefusee(MESSAGE_SANS_DOMAINE);
  const cle = cleDuDefi(request);
  const defi = cle ? await reprendreDefi(db, cle) : null;
  if (!defi || defi.utilisateurId !== utilisateurId)
    throw new CleRefusee("La demande a expiré (cinq minutes) : recommencez.");
  const v = await verifyRegistrationResponse({
    response: reponse,
    expectedChallenge: defi.defi,
    expectedOrigin: rp.origine,
    expectedRPID: rp.rpID,
    requireUserVerification: false,
  }).catch((e: Error) => {
    throw new CleRefusee(`Clé refusée : ${e.message}`);
  });
  if (!v.verified) throw new CleRefusee("La clé n'a pas pu être vérifiée.");
  const c = v.registrationInfo.credential;
  await ajouterCle(db, {
    id: c.id,
    utilisateurId,
    clePublique: Buffer.from(c.publicKey).toString("base64url"),
    compteur: c.counter,
    transports: c.transports ?? [],
    nom,
  });
}

export async function optionsConnexion(db: Db, config: Config, request: Request) {
  const rp = partieDeConfiance(config, request);
  if (!rp) throw new CleRefusee(MESSAGE_SANS_DOMAINE);
  // No list of credentials: the browser offers the passkeys it holds for this site (discoverable).
  const options = await generateAuthenticationOptions({ rpID: rp.rpID, userVerification: "preferred" });
  const cle = randomBytes(24).toString("base64url");
  await garderDefi(db, cle, options.challenge, null);
  return { options, cookie: cookieDefi(cle, config) };
}

/** The person a passkey answer proves, or a refusal that never says which part failed. */
export async function verifierConnexion(
  db: Db,
  config: Config,
  request: Request,
  reponse: AuthenticationResponseJSON,
): Promise<string> {
  const rp = partieDeConfiance(config, request);
  if (!rp) throw new CleRefusee(MESSAGE_SANS_DOMAINE);
  const cle = cleDuDefi(request);
  const defi = cle ? await reprendreDefi(db, cle) : null;
  if (!defi || defi.utilisateurId !== null) throw new CleRefusee("La demande a expiré : recommencez.");
  const enregistree = typeof reponse?.id === "string" ? await trouverCle(db, reponse.id) : null;
  if (!enregistree) throw new CleRefusee("Cette clé d'accès n'est pas reconnue sur cette instance.");
  const v = await verifyAuthenticationResponse({
    response: reponse,
    expectedChallenge: defi.defi,
    expectedOrigin: rp.origine,
    expectedRPID: rp.rpID,
    credential: {
      id: enregistree.id,
      publicKey: new Uint8Array(Buffer.from(enregistree.clePublique, "base64url")),
      counter: enregistree.compteur,
      transports: enregistree.transports as AuthenticatorTransport[],
    },
    requireUserVerification: false,
  }).catch(() => ({ verified: false as const, authenticationInfo: null }));
  if (!v.verified || !v.authenticationInfo) throw new CleRefusee("La clé d'accès n'a pas pu être vérifiée.");
  await cleUtilisee(db, enregistree.id, v.authenticationInfo.newCounter);
  return enregistree.utilisateurId;
}
