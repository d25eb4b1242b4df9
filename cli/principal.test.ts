import { spawnSync } from "node:child_process";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { executer } from "./principal";

async function lancer(args: string[], stdin = "") {
  let stdout = "";
  let stderr = "";
  const entree = Object.assign(Readable.from([stdin]), { isTTY: stdin === "" ? true : undefined });
  const code = await executer(args, {
    stdin: entree,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

describe("interface en ligne de commande", () => {
  it("liste les commandes avec --help", async () => {
    const r = await lancer(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/schema .*JSON Schema/);
    expect(r.stdout).toMatch(/valider/);
  });

  it("imprime le JSON Schema du dossier", async () => {
    const r = await lancer(["schema", "dossier"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).properties.creancier).toBeDefined();
  });

  it.each([
    [["valider", "--json", "{broken"], /JSON mal formé \(--json\)/],
    [["valider", "--json", "{}"], /creancier : champ obligatoire manquant/],
    [["valider", "--json", "{}"], /debiteur : champ obligatoire manquant/],
    [["inconnue"], /commande inconnue « inconnue »/],
    [["schema", "facture"], /schéma inconnu « facture »/],
    [["valider", "--input", "/nulle/part.json"], /fichier introuvable/],
    [["valider", "--nimporte"], /option inconnue : --nimporte/],
    [["valider"], /aucune entrée/],
  ])("refuse %j avec le code 2 et un message en français", async (args, message) => {
    const r = await lancer(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("lit le dossier sur l'entrée standard", async () => {
    const r = await lancer(["valider"], "{}");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/creancier/);
  });

  it("s'exécute comme un vrai programme (bin/recouvrement.mjs)", () => {
    const r = spawnSync(
      process.execPath,
      ["bin/recouvrement.mjs", "valider", "--input", "tests/fixtures/dossier-exemple.json"],
      {
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ valide: true, factures: 1, evenements: 2, pieces: 1 });
  });
});
