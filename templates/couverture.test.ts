import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tableauCouverture } from "./couverture";
import { TYPES_DOCUMENT } from "./registre";

describe("tableau de couverture des documents", () => {
  it("docs/couverture-documents.md est à jour", () => {
    expect(readFileSync("docs/couverture-documents.md", "utf8")).toBe(tableauCouverture());
  });

  it("chaque type est disponible à l'étape d'au moins un dossier de test", () => {
    const lignes = tableauCouverture()
      .split("\n")
      .filter((l) => l.startsWith("| `"));
    TYPES_DOCUMENT.forEach((type, i) => {
      expect(
        lignes.some((l) => l.split("|")[3 + i]?.trim() === "✓"),
        type,
      ).toBe(true);
    });
  });
});
