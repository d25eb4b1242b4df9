import { describe, expect, it } from "vitest";
import { PLAGES_IMPRIMABLES } from "../../domain/texte/glyphes";
import { plagesImprimables } from "./glyphes-police.server";

describe("caractères imprimables", () => {
  it("la table de domain/texte/glyphes.ts est celle des polices embarquées (npx tsx scripts/generer-glyphes.ts)", () => {
    expect(PLAGES_IMPRIMABLES).toEqual(plagesImprimables());
  });
});
