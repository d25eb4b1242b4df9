import { describe, expect, it } from "vitest";
import { imprimableEnPoliceStandard, POLICE_EMBARQUEE, POLICE_STANDARD, policeDuDocument } from "./police-pdf";

describe("police du PDF (WinAnsi des polices standard)", () => {
  it("accepte le français courant : accents, œ, €, guillemets, apostrophe typographique, espace insécable", () => {
    expect(
      imprimableEnPoliceStandard([
        "Mise en demeure — 3\u00a0450,00\u00a0€ dus au 4 février 2026",
        "« Œuvre » de l’Hôtel-Dieu, Noël, ÇA, ÿ, …, –, •, ‰, ™",
        "ligne 1\nligne 2",
      ]),
    ).toBe(true);
    expect(policeDuDocument(["Atelier Dupont"])).toBe(POLICE_STANDARD);
  });

  it("refuse tout caractère que WinAnsi n'a pas : la police embarquée prend le relais", () => {
    for (const texte of [
      "Łódź",
      "Nguyễn",
      "Ştefan",
      "au − du",
      "3\u202f450",
      "≤ 5 000",
      "a\u00adb",
      "tab\tulé",
      "😀",
    ]) {
      expect(imprimableEnPoliceStandard(["Atelier", texte]), texte).toBe(false);
    }
    expect(policeDuDocument(["Atelier", "Łódź"])).toBe(POLICE_EMBARQUEE);
  });

  it("un document vide s'imprime en police standard", () => {
    expect(imprimableEnPoliceStandard([])).toBe(true);
  });
});
