/**
 * A production server of its own for a spec: its port, its DATA_DIR, and, when given, a test
 * date (AUJOURDHUI) — restarted on the same folder to move the clock.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { creerCompteDeTest } from "./comptes-outils";

export type Serveur = { processus: ChildProcess; sortie: () => string };

export function demarrer(
  dataDir: string,
  port: number,
  aujourdhui?: string,
  autres: Record<string, string> = {},
  /** Creates the test account first (a scripted deployment's `recouvrement utilisateur creer`). */
  avecCompte = true,
): Serveur {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "test",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    ...autres,
  };
  if (aujourdhui) env.AUJOURDHUI = aujourdhui;
  else delete env.AUJOURDHUI;
  if (avecCompte) creerCompteDeTest(env);
  const processus = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let sortie = "";
  processus.stdout?.on("data", (d) => {
    sortie += String(d);
  });
  processus.stderr?.on("data", (d) => {
    sortie += String(d);
  });
  return { processus, sortie: () => sortie };
}

export async function attendrePret(port: number) {
  for (let i = 0; i < 160; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("le serveur n'a pas démarré");
}

export const fin = (p: ChildProcess) =>
  new Promise<number | null>((r) => (p.exitCode !== null ? r(p.exitCode) : p.once("exit", (code) => r(code))));

export async function arreter(s: Serveur | undefined) {
  if (!s || s.processus.exitCode !== null) return;
  s.processus.kill("SIGTERM");
  await fin(s.processus);
}
