/**
 * Configuration, read once from the environment and validated with zod at boot.
 * A bad value stops the process with a French message naming the variable.
 */
import path from "node:path";
import { z } from "zod";
import { estJourValide } from "../domain/dates/jour";
import { cheminProjet } from "../lib/racine.server";

const ConfigSchema = z
  .object({
    NODE_ENV: z
      .enum(["production", "development", "test"], {
        error: "doit valoir « production », « development » ou « test »",
      })
      .default("production"),
    HOST: z.string().min(1, "ne doit pas être vide").default("127.0.0.1"),
    PORT: z.coerce
      .number({ error: "doit être un nombre entier" })
      .int("doit être un nombre entier")
      .min(1, "doit être compris entre 1 et 65535")
      .max(65535, "doit être compris entre 1 et 65535")
      .default(3000),
    DATA_DIR: z.string().min(1, "ne doit pas être vide").optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, "doit être une URL PostgreSQL (postgres://utilisateur:motdepasse@hôte:port/base)")
      .optional(),
    AUJOURDHUI: z
      .string()
      .refine(estJourValide, "doit être une date valide au format AAAA-MM-JJ (par exemple 2026-03-20)")
      .optional(),
    ORIGINE_PUBLIQUE: z
      .string()
      .refine(origineValide, "doit être une origine http(s) sans chemin, par exemple https://recouvrement.exemple.fr")
      .optional(),
    EXPOSER_SANS_COMPTES: z.enum(["oui", "non"], { error: "doit valoir « oui » ou « non »" }).default("non"),
    HOTES_AUTORISES: z
      .string()
      .refine(
        (v) => v.split(",").every((h) => /^(\[[0-9a-f:]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(h.trim())),
        "doit être une liste de noms d'hôte séparés par des virgules, sans schéma ni chemin (par exemple recouvrement.interne:8080)",
      )
      .optional(),
    TRUST_PROXY: z
      .string()
      .regex(
        /^(oui|non|[1-9]|(\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?)(\s*,\s*\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?)*)$/,
        "doit valoir « non », « oui », un nombre de mandataires (1 à 9) ou une liste d'adresses IP séparées par des virgules",
      )
      .default("non"),
    SMTP_URL: z
      .string()
      .refine((v) => {
        try {
          const u = new URL(v);
          return (u.protocol === "smtp:" || u.protocol === "smtps:") && u.hostname !== "";
        } catch {
          return false;
        }
      }, "doit être une URL smtp:// ou smtps:// (par exemple smtps://utilisateur:motdepasse@smtp.exemple.fr:465)")
      .optional(),
    SMTP_EXPEDITEUR: z.email("doit être une adresse électronique (par exemple relances@exemple.fr)").optional(),
    PIECE_TAILLE_MAX_MO: z.coerce
      .number({ error: "doit être un nombre" })
      .positive("doit être positif")
      .max(100, "ne peut dépasser 100 Mo")
      .default(10),
  })
  .superRefine((env, ctx) => {
    if (env.AUJOURDHUI && env.NODE_ENV !== "test") {
      ctx.addIssue({
        code: "custom",
        path: ["AUJOURDHUI"],
        message: "n'est accepté qu'avec NODE_ENV=test (il sert à déplacer la date des tests) ; retirez-le",
      });
    }
  });

const BOUCLE_LOCALE = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);
const TOUTES_INTERFACES = new Set(["0.0.0.0", "::", "[::]"]);

export function estBoucleLocale(hote: string): boolean {
  return BOUCLE_LOCALE.has(hote.toLowerCase()) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hote);
}

/** An IPv6 address in a URL or a Host header goes between brackets. */
const nomDansUrl = (hote: string) => (hote.includes(":") && !hote.startsWith("[") ? `[${hote}]` : hote);

function origineValide(texte: string): boolean {
  try {
    const u = new URL(texte);
    return (
      (u.protocol === "http:" || u.protocol === "https:") && (u.pathname === "/" || u.pathname === "") && !u.search
    );
  } catch {
    return false;
  }
}

/**
 * The Host header values the server answers: the loopback names with the port, the listening
 * address itself when it is a precise one, and the public origin's host. Anything else is a
 * DNS-rebinding attempt or a misconfigured proxy (answered 421 by server/securite.ts).
 */
function hotesAcceptes(host: string, port: number, originePublique: string | undefined): string[] {
  const noms = ["localhost", "127.0.0.1", "[::1]"];
  if (!TOUTES_INTERFACES.has(host)) noms.push(nomDansUrl(host));
  const hotes = new Set<string>();
  for (const nom of noms) {
    hotes.add(`${nom}:${port}`.toLowerCase());
    // A browser leaves out the default port of the scheme.
    if (port === 80 || port === 443) hotes.add(nom.toLowerCase());
  }
  if (originePublique) hotes.add(new URL(originePublique).host.toLowerCase());
  return [...hotes];
}

export type Config = {
  nodeEnv: "production" | "development" | "test";
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  aujourdhuiForce: string | undefined;
  pieceTailleMaxOctets: number;
  /** Public origin behind a reverse proxy (https://…), without trailing slash; undefined when unset. */
  originePublique: string | undefined;
  /** Host names (host[:port]) that requests may carry in their Host header (DNS rebinding). */
  hotesAcceptes: string[];
  /** Express's « trust proxy »: false, true, a number of hops, or the proxies' addresses. */
  trustProxy: boolean | number | string;
  /** The origin absolute links are built from (calendar feed): ORIGINE_PUBLIQUE, else the listening address. */
  origine: string;
  /** SMTP server of the reminder emails; undefined: messages wait in the outbox (issue 14). */
  smtpUrl: string | undefined;
  /** Sender address when the organisation has none of its own. */
  smtpExpediteur: string | undefined;
  /** EXPOSER_SANS_COMPTES was set: no longer needed since accounts exist (a notice at boot). */
  exposerSansComptesIgnore: boolean;
};

export class ConfigurationInvalide extends Error {
  override name = "ConfigurationInvalide";
}

/** Empty strings count as unset, as shells often export them. */
function nettoyer(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
  );
}

export function lireConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const r = ConfigSchema.safeParse(nettoyer(env));
  if (!r.success) {
    const lignes = r.error.issues.map((i) => {
      const variable = String(i.path[0] ?? "?");
      const recu = env[variable];
      return `- la variable ${variable} ${i.message}${recu !== undefined ? ` (reçu « ${recu} »)` : ""}.`;
    });
    throw new ConfigurationInvalide(`Configuration invalide :\n${lignes.join("\n")}`);
  }
  const e = r.data;
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    dataDir: path.resolve(e.DATA_DIR ?? cheminProjet("data")),
    databaseUrl: e.DATABASE_URL,
    aujourdhuiForce: e.AUJOURDHUI,
    pieceTailleMaxOctets: Math.round(e.PIECE_TAILLE_MAX_MO * 1024 * 1024),
    originePublique: e.ORIGINE_PUBLIQUE ? new URL(e.ORIGINE_PUBLIQUE).origin : undefined,
    hotesAcceptes: [
      ...new Set([
        ...hotesAcceptes(e.HOST, e.PORT, e.ORIGINE_PUBLIQUE),
        ...(e.HOTES_AUTORISES ?? "")
          .split(",")
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      ]),
    ],
    trustProxy:
      e.TRUST_PROXY === "non"
        ? false
        : e.TRUST_PROXY === "oui"
          ? true
          : /^\d$/.test(e.TRUST_PROXY)
            ? Number(e.TRUST_PROXY)
            : e.TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    smtpExpediteur: e.SMTP_EXPEDITEUR,
    exposerSansComptesIgnore: env.EXPOSER_SANS_COMPTES !== undefined && env.EXPOSER_SANS_COMPTES !== "",
    origine: e.ORIGINE_PUBLIQUE
      ? new URL(e.ORIGINE_PUBLIQUE).origin
      : `http://${TOUTES_INTERFACES.has(e.HOST) ? "127.0.0.1" : nomDansUrl(e.HOST)}:${e.PORT}`,
  };
}
