/**
 * A throwaway PostgreSQL cluster on 127.0.0.1 for the tests and benchmarks: Debian's server
 * binaries, a random port, its socket and data in a temporary folder. As root, initdb and the
 * server run as the `postgres` user (initdb refuses root). Stopped by `arreter()`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type Cluster = { url: string; arreter(): Promise<void> };

export const INSTRUCTION_POSTGRES =
  "Installez le serveur PostgreSQL (en root : apt-get install -y postgresql) ou donnez une base de test avec TEST_DATABASE_URL=postgres://…";

function binaires(): string | undefined {
  const racine = "/usr/lib/postgresql";
  if (!existsSync(racine)) return undefined;
  const versions = readdirSync(racine)
    .filter((v) => existsSync(path.join(racine, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(racine, versions[0], "bin") : undefined;
}

async function portLibre(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const adresse = srv.address();
      srv.close(() => resolve(typeof adresse === "object" && adresse ? adresse.port : 0));
    });
  });
}

export async function demarrerPostgres(): Promise<Cluster> {
  const bin = binaires();
  if (!bin) throw new Error(`Aucun serveur PostgreSQL trouvé dans /usr/lib/postgresql. ${INSTRUCTION_POSTGRES}`);
  const estRoot = process.getuid?.() === 0;
  const dossier = mkdtempSync(path.join(os.tmpdir(), "recouvrement-pg-"));
  chmodSync(dossier, 0o777);
  const data = path.join(dossier, "data");
  const port = await portLibre();
  const commande = (prog: string, args: string[]) =>
    estRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, prog), ...args]] : [path.join(bin, prog), args];
  const lancer = (prog: string, args: string[]) => {
    const [exe, a] = commande(prog, args) as [string, string[]];
    const r = spawnSync(exe, a, { encoding: "utf8" });
    if (r.status !== 0) {
      throw new Error(`${prog} a échoué (${r.status}) : ${r.stderr || r.stdout}\n${INSTRUCTION_POSTGRES}`);
    }
  };
  lancer("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  lancer("pg_ctl", [
    "-D",
    data,
    "-l",
    path.join(dossier, "journal.log"),
    "-o",
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dossier} -c fsync=off -c full_page_writes=off`,
    "-w",
    "start",
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    arreter: async () => {
      try {
        const [exe, a] = commande("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]) as [string, string[]];
        execFileSync(exe, a, { stdio: "ignore" });
      } finally {
        rmSync(dossier, { recursive: true, force: true });
      }
    },
  };
}

/** The admin URL given by TEST_DATABASE_URL, or a cluster started for the run. */
export async function postgresDeTest(): Promise<Cluster> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return { url, arreter: async () => {} };
  return demarrerPostgres();
}

/** Same server, another database name. */
export function urlAvecBase(url: string, base: string): string {
  const u = new URL(url);
  u.pathname = `/${base}`;
  return u.toString();
}
