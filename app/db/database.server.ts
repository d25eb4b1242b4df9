/**
 * Opens the database: embedded PGlite by default (folder DATA_DIR/pglite), a PostgreSQL
 * server when DATABASE_URL is set. The same drizzle schema and the same migrations serve both
 * (docs/decisions/002-pglite-par-defaut-postgresql-en-deploiement.md).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { cheminProjet } from "../../lib/racine.server";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Base = {
  db: Db;
  moteur: "pglite" | "postgresql";
  /** Applies the committed migrations of drizzle/ (idempotent). */
  migrer(): Promise<void>;
  /** Throws when the database does not answer. */
  verifier(): Promise<void>;
  fermer(): Promise<void>;
};

const dossierMigrations = () => cheminProjet("drizzle");

export function baseDepuisPglite(client: PGlite): Base {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    moteur: "pglite",
    migrer: () => migratePglite(db as never, { migrationsFolder: dossierMigrations() }),
    verifier: async () => {
      await db.execute(sql`select 1`);
    },
    fermer: async () => {
      if (!client.closed) await client.close();
    },
  };
}

export function baseDepuisPool(pool: pg.Pool): Base {
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    db,
    moteur: "postgresql",
    migrer: () => migrateNodePg(db as never, { migrationsFolder: dossierMigrations() }),
    verifier: async () => {
      await db.execute(sql`select 1`);
    },
    fermer: () => pool.end(),
  };
}

export function dossierPglite(dataDir: string): string {
  return path.join(dataDir, "pglite");
}

export async function ouvrirBase(options: { dataDir: string; databaseUrl?: string | undefined }): Promise<Base> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // A pool error (server restarted, connection dropped) must not crash the process.
    pool.on("error", (e) => console.error(`PostgreSQL : connexion perdue (${e.message})`));
    return baseDepuisPool(pool);
  }
  const dossier = dossierPglite(options.dataDir);
  mkdirSync(dossier, { recursive: true });
  return baseDepuisPglite(await PGlite.create(dossier));
}
