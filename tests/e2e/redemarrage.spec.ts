/**
 * The server and its embedded database survive a kill -9: the stale lock is taken over and what
 * the killed process wrote is still there; a second server on the same folder is refused.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { expect, test } from "@playwright/test";

const PORT = 3931;

function demarrer(dataDir: string, port = PORT): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: { ...process.env, NODE_ENV: "test", PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

async function attendrePret(port = PORT) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("le serveur n'a pas démarré");
}

const fin = (p: ChildProcess) => new Promise<number | null>((r) => p.once("exit", (code) => r(code)));

test("après un kill -9, le serveur redémarre et rien de ce qui était écrit n'est perdu", async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "recouvrement-kill-"));
  const a = demarrer(dataDir);
  await attendrePret();
  const avant = Date.now();

  const second = demarrer(dataDir, PORT + 1);
  let message = "";
  second.stderr?.on("data", (d) => {
    message += String(d);
  });
  expect(await fin(second)).toBe(1);
  expect(message).toMatch(/déjà utilisé par un autre serveur Recouvrement/);

  a.kill("SIGKILL");
  await fin(a);
  const b = demarrer(dataDir);
  let sortieB = "";
  b.stdout?.on("data", (d) => {
    sortieB += String(d);
  });
  b.stderr?.on("data", (d) => {
    sortieB += String(d);
  });
  await attendrePret();
  expect(sortieB).toMatch(/Verrou abandonné par un processus arrêté/);
  b.kill("SIGTERM");
  expect(await fin(b)).toBe(0);

  const base = await PGlite.create(path.join(dataDir, "pglite"));
  const { rows } = await base.query<{ n: number; cree: Date }>(
    "select count(*)::int as n, min(cree_le) as cree from organisation",
  );
  await base.close();
  expect(rows[0]?.n).toBe(1);
  expect(rows[0]!.cree.getTime()).toBeLessThan(avant);
});
