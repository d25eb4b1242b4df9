import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("recouvrement lot", () => {
  it("produit les documents de chaque ligne, consigne les lignes fautives et sort avec le code 3", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lot-"));
    const exemple = JSON.parse(readFileSync("tests/fixtures/dossier-exemple.json", "utf8"));
    const lignes = [
      JSON.stringify(exemple),
      "{pas du json",
      JSON.stringify({ ...exemple, debiteur: { ...exemple.debiteur, denomination: "Épicerie Zoé" } }),
    ];
    writeFileSync(path.join(dir, "dossiers.jsonl"), `${lignes.join("\n")}\n`);
    const r = spawnSync(
      process.execPath,
      [
        "bin/recouvrement.mjs",
        "lot",
        "--input",
        path.join(dir, "dossiers.jsonl"),
        "--out",
        path.join(dir, "sortie"),
        "--types",
        "mise-en-demeure",
        "--formats",
        "pdf,docx",
        "--aujourdhui",
        "2026-03-01",
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(r.status, r.stderr).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ lignes: 3, reussies: 2, erreurs: 1 });
    expect(r.stderr).toMatch(/\[lot\] terminé : 2\/3/);
    for (const f of [
      "1-boulangerie-martin/mise-en-demeure.pdf",
      "1-boulangerie-martin/mise-en-demeure.docx",
      "3-epicerie-zoe/mise-en-demeure.pdf",
    ]) {
      expect(existsSync(path.join(dir, "sortie", f)), f).toBe(true);
    }
    const erreurs = readFileSync(path.join(dir, "sortie", "erreurs.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(erreurs).toEqual([{ ligne: 2, erreur: expect.stringMatching(/JSON mal formé/) }]);
  });

  it("refuse un type inconnu avec le code 2", () => {
    const r = spawnSync(
      process.execPath,
      ["bin/recouvrement.mjs", "lot", "--input", "x.jsonl", "--out", "/tmp/x", "--types", "lettre"],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/type\(s\) inconnu\(s\) : lettre/);
  });
});
