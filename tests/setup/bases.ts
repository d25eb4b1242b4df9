/**
 * The two databases a repository test runs against: a clone of the migrated PGlite template
 * and a fresh PostgreSQL database created from the migrated template. Use with
 * `describe.each(MOTEURS)` so every integration test runs on both engines.
 */
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { type Base, baseDepuisPglite, baseDepuisPool } from "../../app/db/database.server";
import { urlAvecBase } from "./postgres";

export const MOTEURS = ["pglite", "postgresql"] as const;

let compteur = 0;

/** A test database; on PostgreSQL, with its URL (for a second pool or a child process). */
export async function ouvrirBaseDeTest(moteur: (typeof MOTEURS)[number]): Promise<Base & { url?: string }> {
  if (moteur === "pglite") {
    const dump = readFileSync(inject("pgliteModele"));
    return baseDepuisPglite(await PGlite.create({ loadDataDir: new Blob([dump]) }));
  }
  const url = inject("postgresUrl");
  const nom = `recouvrement_t${process.pid}_${++compteur}_${Date.now() % 100000}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${nom} template ${inject("postgresModele")}`);
  await admin.end();
  const pool = new pg.Pool({ connectionString: urlAvecBase(url, nom), max: 4 });
  const base = baseDepuisPool(pool);
  return {
    ...base,
    url: urlAvecBase(url, nom),
    fermer: async () => {
      await base.fermer();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${nom}`);
      await a.end();
    },
  };
}
