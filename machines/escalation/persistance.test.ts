import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Evenement } from "../../domain/dossier/evenements";
import { genererReadme } from "./diagramme";
import { envoyer, etatDe, rehydrater } from "./parcours";

const DOSSIER = path.resolve("machines/escalation/persisted");
const fixtures = readdirSync(DOSSIER).filter((f) => f.endsWith(".json"));

const SUITE: Record<string, Evenement> = {
  "mise-en-demeure": { type: "delai.expire", date: "2026-03-13", echeance: "delai-mise-en-demeure" },
  "injonction-signifiee": { type: "opposition.formee", date: "2026-10-01" },
  "echeancier-avec-historique": { type: "echeancier.defaillant", date: "2026-05-05" },
};

describe("instantanés persistés des versions publiées", () => {
  it("il existe au moins un instantané par version", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures)("%s se réhydrate et accepte la suite du parcours", (fichier) => {
    const persiste = JSON.parse(readFileSync(path.join(DOSSIER, fichier), "utf8"));
    const s = rehydrater(persiste);
    expect(etatDe(s)).toBe(persiste.etat);
    const nom = fichier.replace(/^v\d+-/, "").replace(/\.json$/, "");
    const suite = SUITE[nom];
    expect(suite, `prévoir l'événement suivant de ${nom}`).toBeDefined();
    const r = envoyer(s, suite!);
    expect(r.accepte, r.raison).toBe(true);
  });
});

describe("diagramme du statechart", () => {
  it("machines/escalation/README.md est à jour avec la définition de la machine", () => {
    expect(readFileSync(path.resolve("machines/escalation/README.md"), "utf8")).toBe(genererReadme());
  });
});
