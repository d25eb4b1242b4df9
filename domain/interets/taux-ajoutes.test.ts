import { describe, expect, it } from "vitest";
import { calculerInterets } from "./interets";
import { erreursTauxAjoute, tablesAjoutees } from "./taux-ajoutes";

describe("taux publiés ajoutés à l'instance (CMF art. L.313-2 ; C. com. art. L.441-10)", () => {
  it("refuse un semestre déjà dans les tables, déjà ajouté, trop lointain ou antérieur aux tables", () => {
    const bce = (semestre: `${number}-S${1 | 2}`) => ({
      nature: "bce" as const,
      semestre,
      tauxPourcent: "2.15",
      source: "BCE",
    });
    expect(erreursTauxAjoute(bce("2026-S1"), "2026-11-30", [])[0]?.message).toMatch(
      /figure déjà dans les tables du produit/,
    );
    expect(
      erreursTauxAjoute(bce("2026-S2"), "2026-11-30", [{ nature: "bce", semestre: "2026-S2" }])[0]?.message,
    ).toMatch(/déjà été ajouté/);
    expect(erreursTauxAjoute(bce("2027-S2"), "2026-11-30", [])[0]?.message).toMatch(/trop lointain/);
    expect(erreursTauxAjoute(bce("2014-S2"), "2026-11-30", [])[0]?.message).toMatch(/les tables commencent/);
    expect(erreursTauxAjoute(bce("2027-S1"), "2026-12-20", [])).toEqual([]);
    expect(
      erreursTauxAjoute(
        { nature: "legal", semestre: "2026-S2", particulier: "65.0", autresCas: "3.1", source: "Arrêté" },
        "2026-11-30",
        [],
      ),
    ).toEqual([{ champ: "particulier", message: "taux invraisemblable (plus de 30 %) : vérifiez la saisie" }]);
  });

  it("un taux ajouté remplace le taux provisoire et la ligne d'intérêts le signale", () => {
    const entree = {
      creancier: { qualite: "societe-commerciale" as const },
      debiteur: { qualite: "societe-commerciale" as const },
      factures: [{ numero: "F-1", montantTtcCents: 100_000, dateEcheance: "2026-06-30", avoirs: [], paiements: [] }],
      au: "2026-09-30",
    };
    const provisoire = calculerInterets(entree);
    expect(provisoire.lignes.at(-1)?.provisoire).toBe(true);
    const ajoute = calculerInterets({
      ...entree,
      taux: tablesAjoutees([
        { nature: "bce", semestre: "2026-S2", tauxPourcent: "2.40", source: "Communiqué BCE", ajouteLe: "2026-07-02" },
      ]),
    });
    const ligne = ajoute.lignes.at(-1);
    expect(ligne).toMatchObject({
      provisoire: false,
      tauxPourcent: "12.40",
      tauxAjouteLe: "2026-07-02",
      sourceTaux: "Communiqué BCE",
    });
  });
});

describe("période antérieure aux tables de taux (décision 007)", () => {
  it("répond par une erreur française qui nomme le semestre et dit comment donner le taux, jamais une erreur interne", async () => {
    const { executerCalcul } = await import("../calculs/calculs");
    const r = executerCalcul(
      "interets",
      {
        creancier: { qualite: "societe-commerciale" },
        debiteur: { qualite: "societe-commerciale" },
        factures: [{ numero: "F-1", montantTtcCents: 100_000, dateEcheance: "2014-03-01" }],
        au: "2015-03-01",
      },
      { aujourdhui: "2026-11-30", explicite: true },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.erreurs[0]?.champ).toBe("taux");
    expect(r.erreurs[0]?.message).toMatch(/aucun taux n'est connu pour le 1er semestre 2014.*champ « taux »/);
  });
});
