import { describe, expect, it } from "vitest";
import { hacherMotDePasse, problemeMotDePasse, verifierMotDePasse } from "./mot-de-passe.server";

describe("mots de passe (scrypt, décision 017)", () => {
  it("se vérifient, avec un sel propre à chaque empreinte, et refusent le mauvais", async () => {
    const a = await hacherMotDePasse("cheval-agrafe-batterie-42");
    const b = await hacherMotDePasse("cheval-agrafe-batterie-42");
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifierMotDePasse("cheval-agrafe-batterie-42", a)).toBe(true);
    expect(await verifierMotDePasse("cheval-agrafe-batterie-43", a)).toBe(false);
    expect(await verifierMotDePasse("nimporte", null)).toBe(false);
  });

  it("refuse moins de 12 caractères, les mots de passe courants et l'adresse reprise", () => {
    expect(problemeMotDePasse("court", "a@b.fr")).toBe("12 caractères au moins");
    expect(problemeMotDePasse("qwerty123456", "a@b.fr")).toMatch(/parmi les plus courants/);
    expect(problemeMotDePasse("marie.dupont-2026!", "marie.dupont@atelier.fr")).toMatch(/reprendre votre adresse/);
    expect(problemeMotDePasse("cheval-agrafe-batterie-42", "marie@atelier.fr")).toBeNull();
  });
});
