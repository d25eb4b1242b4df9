import { describe, expect, it } from "vitest";
import { cleTva, formaterIban, verifierIban, verifierSiren, verifierSiret, verifierTva } from "./identifiants";

describe("identifiants (SIREN, SIRET, TVA, IBAN)", () => {
  it.each([
    ["443061841", true],
    ["552100554", true],
    ["732 829 320", true],
    ["443061842", false],
    ["12345678", false],
  ])("SIREN %s valide : %s (clé de Luhn)", (siren, attendu) => {
    expect(verifierSiren(siren).valide).toBe(attendu);
  });

  it("explique en français un SIREN faux", () => {
    expect(verifierSiren("443061842")).toEqual({
      valide: false,
      message: expect.stringMatching(/clé de contrôle est fausse/),
    });
    expect(verifierSiren("abc")).toEqual({ valide: false, message: "Le SIREN doit comporter exactement 9 chiffres." });
  });

  it.each([
    ["44306184100047", true],
    ["44306184100048", false],
    ["35600000000048", true], // La Poste : somme des chiffres multiple de 5
    ["35600000049837", true],
  ])("SIRET %s valide : %s (Luhn, exception La Poste)", (siret, attendu) => {
    expect(verifierSiret(siret).valide).toBe(attendu);
  });

  it("calcule la clé de TVA : (12 + 3 × (SIREN mod 97)) mod 97", () => {
    expect(cleTva("303265045")).toBe("40"); // exemple usuel FR40303265045
    expect(cleTva("542051180")).toBe("59"); // TotalEnergies SE, FR59542051180
    expect(verifierTva("FR 59 542 051 180").valide).toBe(true);
    expect(verifierTva("FR58542051180")).toEqual({ valide: false, message: expect.stringMatching(/elle vaut 59/) });
  });

  it("vérifie un IBAN avec ibantools et répond en français", () => {
    expect(verifierIban("FR76 3000 6000 0112 3456 7890 189")).toEqual({
      valide: true,
      normalise: "FR7630006000011234567890189",
    });
    expect(verifierIban("FR7630006000011234567890188")).toEqual({
      valide: false,
      message: expect.stringMatching(/clé de contrôle est fausse/),
    });
    expect(verifierIban("FR76300060000112345")).toEqual({ valide: false, message: expect.stringMatching(/longueur/) });
    expect(formaterIban("FR7630006000011234567890189")).toBe("FR76 3000 6000 0112 3456 7890 189");
  });
});
