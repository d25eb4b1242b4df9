import { describe, expect, it } from "vitest";
import { caracteresInvisibles, normaliserTexte, problemeTexte, retirerInvisibles, texteImprimable } from "./texte";

describe("texte saisi", () => {
  it("un saut de ligne manuel de Word (U+000B), CR LF, CR et U+2028 deviennent un saut de ligne", () => {
    expect(normaliserTexte("12 rue des Lilas\u000b69003 Lyon")).toBe("12 rue des Lilas\n69003 Lyon");
    expect(normaliserTexte("a\r\nb\rc\u2028d\u2029e\fg\u0085h")).toBe("a\nb\nc\nd\ne\ng\nh");
    expect(normaliserTexte("a\tb")).toBe("a b");
  });

  it("les contrôles de direction (U+202A–U+202E, U+2066–U+2069) sont retirés : ils inverseraient le texte du PDF", () => {
    expect(normaliserTexte("Facture \u202E1024-F\u202C")).toBe("Facture 1024-F");
    expect(normaliserTexte("\u2066abc\u2069\u200E")).toBe("abc");
  });

  it("met le texte en forme composée (NFC)", () => {
    expect(normaliserTexte("Re\u0301my")).toBe("Rémy");
  });

  it("refuse NUL et les autres contrôles invisibles, en nommant le caractère", () => {
    expect(caracteresInvisibles("a\u0000b\u0007c\u0000")).toEqual(["U+0000", "U+0007"]);
    expect(problemeTexte("a\u0000b")).toMatch(/caractère invisible non autorisé \(U\+0000\)/);
    expect(problemeTexte("x\uFFFE")).toMatch(/U\+FFFE/);
    expect(problemeTexte("x\uD800y")).toMatch(/U\+D800/);
    expect(retirerInvisibles("a\u0000b\u009Fc")).toBe("abc");
  });

  it("refuse ce que la police des documents ne sait pas imprimer (un emoji), sans rien remplacer en silence", () => {
    expect(problemeTexte("Merci 😀")).toBe(
      "contient un caractère que les documents ne peuvent pas imprimer : « 😀 » (U+1F600) ; retirez-le ou remplacez-le par du texte",
    );
    expect(problemeTexte("😀 et 🎉")).toMatch(
      /des caractères .* « 😀 » \(U\+1F600\), « 🎉 » \(U\+1F389\) ; retirez-les/,
    );
  });

  it("accepte le français, les noms étrangers courants, les guillemets, l'euro et les espaces insécables", () => {
    for (const t of [
      "Société Générale d'Œuvres « Ça & Là » — 1 234,56 €",
      "Dąbrowska-Nguyễn, Łódź, Ştefan, Müller, Ørsted, Ελλάδα, Москва",
      "12\u202F345\u00A0€",
      "ligne 1\nligne 2",
    ]) {
      expect(problemeTexte(t), t).toBeNull();
    }
  });

  it("dernier rempart des documents : rien d'invisible, « ? » visible à la place d'un caractère sans glyphe", () => {
    expect(texteImprimable("A\u000bB\u0000C\u202E😀")).toBe("A\nBC?");
  });
});
