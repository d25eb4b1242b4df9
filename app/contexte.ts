/**
 * What the server gives every loader and action through React Router's typed context:
 * the database, the configuration and the clock. No module imports a global database.
 *
 * The server (server/serveur.ts, run from sources) and the routes (bundled in build/) each load
 * their own copy of this module; a context key is compared by identity, so the key is kept in
 * a process-wide registry (Symbol.for) that both copies share.
 */
import { createContext, type RouterContext } from "react-router";
import type { Config } from "./config.server";
import type { Base } from "./db/database.server";

export type Services = {
  base: Base;
  config: Config;
  /** Today as a legal calendar date in Europe/Paris (YYYY-MM-DD). */
  aujourdhui: () => string;
  organisationId: string;
  /** Asks the reminder scheduler for a tick now (an email just validated); absent in the CLI and tests. */
  reveillerRelances?: () => void;
};

const CLE = Symbol.for("recouvrement.servicesContext");
const registre = globalThis as unknown as Record<symbol, RouterContext<Services> | undefined>;

registre[CLE] ??= createContext<Services>();

export const servicesContext: RouterContext<Services> = registre[CLE];

/** Per request: the nonce the page's Content-Security-Policy allows for React Router's inline scripts. */
export type Requete = {
  nonce: string /** The client's address (behind TRUST_PROXY, the forwarded one). */;
  adresse: string;
};

const CLE_REQUETE = Symbol.for("recouvrement.requeteContext");
const registreRequete = globalThis as unknown as Record<symbol, RouterContext<Requete> | undefined>;

registreRequete[CLE_REQUETE] ??= createContext<Requete>({ nonce: "", adresse: "inconnue" });

export const requeteContext: RouterContext<Requete> = registreRequete[CLE_REQUETE];
