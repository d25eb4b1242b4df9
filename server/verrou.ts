/**
 * PGlite has no cross-process lock: two servers on one data folder would corrupt it. The server
 * takes this lock file in DATA_DIR before anything else (building, opening, migrating). A lock
 * whose process is gone (killed with -9, machine rebooted) is stale and taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export class VerrouPris extends Error {
  override name = "VerrouPris";
}

type Contenu = { pid: number; demarrage: string | null; hote: string; depuis: string };

/** Start time of a process (field 22 of /proc/<pid>/stat), to tell a reused PID apart. */
function demarrageProcessus(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function processusVivant(c: Contenu): boolean {
  try {
    process.kill(c.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const demarrage = demarrageProcessus(c.pid);
  return !(c.demarrage && demarrage && demarrage !== c.demarrage);
}

export function prendreVerrou(dataDir: string): { fichier: string; liberer(): void } {
  mkdirSync(dataDir, { recursive: true });
  const fichier = path.join(dataDir, "recouvrement.lock");
  const moi: Contenu = {
    pid: process.pid,
    demarrage: demarrageProcessus(process.pid),
    hote: os.hostname(),
    depuis: new Date().toISOString(),
  };
  for (let essai = 0; essai < 2; essai++) {
    try {
      const fd = openSync(fichier, "wx");
      writeSync(fd, JSON.stringify(moi));
      closeSync(fd);
      return {
        fichier,
        liberer() {
          try {
            const c = JSON.parse(readFileSync(fichier, "utf8")) as Contenu;
            if (c.pid === moi.pid && c.hote === moi.hote) unlinkSync(fichier);
          } catch {
            // already gone
          }
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    let c: Contenu | undefined;
    try {
      c = JSON.parse(readFileSync(fichier, "utf8")) as Contenu;
    } catch {
      c = undefined; // unreadable or half-written: treated as stale
    }
    if (c && c.hote !== moi.hote) {
      throw new VerrouPris(
        `Le dossier de données ${dataDir} est utilisé par un autre serveur Recouvrement (machine ${c.hote}, processus ${c.pid}). ` +
          "Arrêtez-le, ou choisissez un autre dossier avec DATA_DIR.",
      );
    }
    if (c && processusVivant(c)) {
      throw new VerrouPris(
        `Le dossier de données ${dataDir} est déjà utilisé par un autre serveur Recouvrement (processus ${c.pid}, démarré le ${c.depuis}). ` +
          "Un seul serveur peut utiliser la base intégrée : arrêtez l'autre, ou choisissez un autre dossier avec DATA_DIR.",
      );
    }
    console.warn(`Verrou abandonné par un processus arrêté (${c?.pid ?? "inconnu"}) : repris.`);
    try {
      unlinkSync(fichier);
    } catch {
      // someone else took it over: the next attempt decides
    }
  }
  throw new VerrouPris(`Impossible de prendre le verrou ${fichier}.`);
}

/**
 * The lock the embedded database needs (server and CLI alike); none on PostgreSQL, which serves
 * several processes. Throws VerrouPris like prendreVerrou.
 */
export function verrouSiIntegre(config: { databaseUrl?: string | undefined; dataDir: string }) {
  return config.databaseUrl ? undefined : prendreVerrou(config.dataDir);
}
