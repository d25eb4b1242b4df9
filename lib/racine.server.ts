/**
 * Locates the project root (the folder of Recouvrement's package.json) so that assets
 * (migrations, templates, fonts) are found the same way from sources, from the server
 * bundle in build/ and from the CLI: never relative to `import.meta.url`, which moves
 * when code is bundled.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

let racine: string | undefined;

function estRacine(dossier: string): boolean {
  const fichier = path.join(dossier, "package.json");
  if (!existsSync(fichier)) return false;
  try {
    return JSON.parse(readFileSync(fichier, "utf8")).name === "recouvrement";
  } catch {
    return false;
  }
}

function remonter(depart: string): string | undefined {
  let dossier = path.resolve(depart);
  for (;;) {
    if (estRacine(dossier)) return dossier;
    const parent = path.dirname(dossier);
    if (parent === dossier) return undefined;
    dossier = parent;
  }
}

export function racineProjet(): string {
  if (racine) return racine;
  const candidats = [process.env.RECOUVREMENT_RACINE, process.argv[1] && path.dirname(process.argv[1]), process.cwd()];
  for (const candidat of candidats) {
    const trouve = candidat ? remonter(candidat) : undefined;
    if (trouve) {
      racine = trouve;
      return trouve;
    }
  }
  throw new Error("Racine du projet introuvable : lancez la commande depuis le dossier de Recouvrement.");
}

export function cheminProjet(...segments: string[]): string {
  return path.join(racineProjet(), ...segments);
}
