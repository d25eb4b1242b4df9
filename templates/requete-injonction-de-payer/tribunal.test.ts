/**
 * The requête and the assignation name the court they are addressed to: the tribunal des activités
 * économiques when the debtor's commune is its seat (2025-2028), the court the user confirmed
 * otherwise, and a visible « à compléter » with a warning until then.
 */
import { describe, expect, it } from "vitest";
import { dossierExemple } from "../../tests/fixtures/dossiers";
import { normaliser, textePdf } from "../_shared/extraction";
import { preparerContexte } from "../preparer";
import { construireModele, rendreDocument } from "../rendu.server";

const exemple = dossierExemple();
const aLyon = {
  ...exemple,
  debiteur: {
    ...exemple.debiteur,
    adresse: { ligne1: "8 quai Saint-Vincent", codePostal: "69001", ville: "Lyon", pays: "FR" },
  },
};

describe("juridiction nommée dans la requête et l'assignation", () => {
  it("débiteur à Lyon : tribunal des activités économiques de Lyon, toujours Cerfa 12946 (loi n° 2023-1059 art. 26)", async () => {
    const c = preparerContexte(aLyon, "2026-04-01");
    const m = construireModele("requete-injonction-de-payer", c) as {
      juridiction: string;
      cerfa: string;
      expose: string;
    };
    expect(m.juridiction).toBe(
      "À Madame ou Monsieur le président du tribunal des activités économiques de Lyon, qui exerce les attributions du tribunal de commerce",
    );
    expect(m.cerfa).toMatch(/^Cerfa n° 12946/);
    expect(m.expose).toContain(
      "qu'il plaise à Madame ou Monsieur le président du tribunal des activités économiques de Lyon",
    );
    const pdf = normaliser(await textePdf(await rendreDocument("requete-injonction-de-payer", "pdf", c)));
    expect(pdf).toContain("président du tribunal des activités économiques de Lyon");
    const a = construireModele("assignation", c) as { tribunal: string };
    expect(a.tribunal).toMatch(/^le tribunal des activités économiques de Lyon, qui exerce/);
  });

  it("débiteur à Bordeaux, juridiction non confirmée : « à compléter » visible et un avertissement", () => {
    const m = construireModele("requete-injonction-de-payer", preparerContexte(exemple, "2026-04-01")) as {
      juridiction: string;
      avertissements: { texte: string }[];
    };
    expect(m.juridiction).toBe(
      "À Madame ou Monsieur le président du tribunal de commerce [à compléter : nom de la juridiction et adresse du greffe]",
    );
    expect(m.avertissements.map((a) => a.texte).join(" ")).toMatch(/La juridiction saisie n'est pas encore confirmée/);
  });

  it("juridiction confirmée par l'utilisateur : son nom et l'adresse du greffe", () => {
    const confirme = {
      ...exemple,
      options: {
        ...exemple.options,
        juridictionSaisie: {
          nom: "Tribunal de commerce de Bordeaux",
          adresseGreffe: "Place de la Bourse, 33076 Bordeaux Cedex",
        },
      },
    };
    const c = preparerContexte(confirme, "2026-04-01");
    const m = construireModele("requete-injonction-de-payer", c) as {
      juridiction: string;
      avertissements: { texte: string }[];
    };
    expect(m.juridiction).toBe(
      "À Madame ou Monsieur le président du tribunal de commerce de Bordeaux — greffe : Place de la Bourse, 33076 Bordeaux Cedex",
    );
    expect(m.avertissements.map((a) => a.texte).join(" ")).not.toMatch(/pas encore confirmée/);
    const a = construireModele("assignation", c) as { tribunal: string };
    expect(a.tribunal).toBe("le tribunal de commerce de Bordeaux, Place de la Bourse, 33076 Bordeaux Cedex");
  });
});
