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

export type Config = {
  nodeEnv: "production" | "development" | "test";
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  aujourdhuiForce: string | undefined;
  pieceTailleMaxOctets: number;
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
  };
}
