/**
 * The server and its embedded database survive a kill -9: the stale lock is taken over and what
 * the killed process wrote is still there; a second server on the same folder is refused.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { expect, test } from "@playwright/test";
import { attendrePret, demarrer, fin } from "./serveur";

const PORT = 3931;

test("après un kill -9, le serveur redémarre et rien de ce qui était écrit n'est perdu", async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "recouvrement-kill-"));
  const a = demarrer(dataDir, PORT, undefined, {}, false);
  await attendrePret(PORT);
  const avant = Date.now();

  const second = demarrer(dataDir, PORT + 1, undefined, {}, false);
  expect(await fin(second.processus)).toBe(1);
  expect(second.sortie()).toMatch(/déjà utilisé par un autre serveur Recouvrement/);

  a.processus.kill("SIGKILL");
  await fin(a.processus);
  const b = demarrer(dataDir, PORT, undefined, {}, false);
  await attendrePret(PORT);
  expect(b.sortie()).toMatch(/Verrou abandonné par un processus arrêté/);
  b.processus.kill("SIGTERM");
  expect(await fin(b.processus)).toBe(0);

  const base = await PGlite.create(path.join(dataDir, "pglite"));
  const { rows } = await base.query<{ n: number; cree: Date }>(
    "select count(*)::int as n, min(cree_le) as cree from organisation",
  );
  await base.close();
  expect(rows[0]?.n).toBe(1);
  expect(rows[0]!.cree.getTime()).toBeLessThan(avant);
});
