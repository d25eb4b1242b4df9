import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prendreVerrou, VerrouPris } from "./verrou";

const dossierTemporaire = () => mkdtempSync(path.join(os.tmpdir(), "verrou-"));

describe("verrou du dossier de données", () => {
  it("refuse un second preneur tant que le premier vit, puis se libère", () => {
    const dir = dossierTemporaire();
    const v = prendreVerrou(dir);
    // Same process pretending to be another one: a live PID that is not ours.
    const contenu = JSON.parse(readFileSync(v.fichier, "utf8"));
    writeFileSync(v.fichier, JSON.stringify({ ...contenu, pid: process.ppid, demarrage: null }));
    expect(() => prendreVerrou(dir)).toThrow(VerrouPris);
    expect(() => prendreVerrou(dir)).toThrow(/déjà utilisé par un autre serveur Recouvrement/);
    writeFileSync(v.fichier, JSON.stringify(contenu));
    v.liberer();
    expect(existsSync(v.fichier)).toBe(false);
  });

  it("reprend le verrou d'un processus disparu (kill -9)", () => {
    const dir = dossierTemporaire();
    const mort = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    const fichier = path.join(dir, "recouvrement.lock");
    writeFileSync(
      fichier,
      JSON.stringify({ pid: Number(mort.stdout), demarrage: null, hote: os.hostname(), depuis: "2026-01-01" }),
    );
    const v = prendreVerrou(dir);
    expect(JSON.parse(readFileSync(fichier, "utf8")).pid).toBe(process.pid);
    v.liberer();
  });

  it("reprend un verrou dont le PID a été réutilisé par un autre programme", () => {
    const dir = dossierTemporaire();
    const fichier = path.join(dir, "recouvrement.lock");
    writeFileSync(
      fichier,
      JSON.stringify({ pid: process.ppid, demarrage: "1", hote: os.hostname(), depuis: "2026-01-01" }),
    );
    prendreVerrou(dir).liberer();
  });
});
