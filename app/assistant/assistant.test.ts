import { describe, expect, it } from "vitest";
import {
  dossierDuBrouillon,
  evenementsDuBrouillon,
  lireBrouillon,
  premiereSectionAFaire,
  principalDuBrouillon,
} from "./brouillon";
import {
  lireFactures,
  lireHistorique,
  lirePartie,
  lireVerifications,
  valeursDeFactures,
  valeursDeHistorique,
  valeursDePartie,
  valeursDeVerifications,
} from "./lecture";
import { libelleChamp } from "./libelles";

const AUJOURDHUI = "2026-06-01";

const societe = {
  qualite: "societe-commerciale",
  denomination: "Atelier Dupont",
  formeJuridique: "SARL",
  siren: "443 061 841",
  "adresse.ligne1": "12 rue des Lilas",
  "adresse.codePostal": "69003",
  "adresse.ville": "Lyon",
  "adresse.pays": "fr",
};

describe("assistant : lecture des étapes", () => {
  it("lit une société, normalise le SIREN et le pays, et revient aux mêmes valeurs", () => {
    const r = lirePartie(societe);
    expect(r.ok && r.donnees).toMatchObject({ siren: "443061841", adresse: { pays: "FR" } });
    if (!r.ok) throw new Error("attendu valide");
    expect(lirePartie(valeursDePartie(r.donnees))).toEqual(r);
  });

  it("refuse un SIREN dont la clé de Luhn est fausse, en nommant le champ", () => {
    const r = lirePartie({ ...societe, siren: "443061842" });
    expect(r.ok ? [] : r.erreurs).toEqual([{ champ: "siren", message: expect.stringMatching(/clé de contrôle/) }]);
  });

  it("exige le nom d'un particulier et refuse qu'il ait une dénomination", () => {
    const r = lirePartie({ ...societe, qualite: "particulier", siren: "" });
    expect(r.ok ? [] : r.erreurs.map((e) => e.champ).sort()).toEqual(["denomination", "nom"]);
  });

  it("ignore les lignes vides, renvoie les erreurs à la ligne du formulaire et garde l'avoir", () => {
    const v = {
      objet: "facture",
      "nb.factures": "3",
      "factures[0].numero": "F-1",
      "factures[0].dateEcheance": "2026-02-04",
      "factures[0].montant": "3 450,00",
      "factures[0].avoirNumero": "AV-1",
      "factures[0].avoirDate": "2026-02-10",
      "factures[0].avoirMontant": "50",
      "factures[2].numero": "F-3",
      "factures[2].montant": "12",
      "nb.paiements": "1",
      "paiements[0].date": "2026-02-20",
      "paiements[0].montant": "450",
    };
    const r = lireFactures(v, AUJOURDHUI);
    expect(r.ok ? [] : r.erreurs).toEqual([
      { champ: "factures[2].dateEcheance", message: expect.stringMatching(/AAAA-MM-JJ|date/) },
    ]);
    const ok = lireFactures({ ...v, "factures[2].dateEcheance": "2026-03-01" }, AUJOURDHUI);
    if (!ok.ok) throw new Error(JSON.stringify(ok.erreurs));
    expect(ok.donnees.factures.map((f) => f.numero)).toEqual(["F-1", "F-3"]);
    expect(ok.donnees.factures[0]?.avoirs).toEqual([{ numero: "AV-1", date: "2026-02-10", montantCents: 5_000 }]);
    expect(ok.donnees.paiements).toEqual([{ facture: "F-1", date: "2026-02-20", montantCents: 45_000 }]);
    expect(lireFactures(valeursDeFactures(ok.donnees), AUJOURDHUI)).toEqual(ok);
  });

  it("refuse deux factures du même numéro et un montant illisible", () => {
    const r = lireFactures(
      {
        "nb.factures": "2",
        "factures[0].numero": "F-1",
        "factures[0].dateEcheance": "2026-02-04",
        "factures[0].montant": "douze",
        "factures[1].numero": "F-1",
        "factures[1].dateEcheance": "2026-02-05",
        "factures[1].montant": "10",
      },
      AUJOURDHUI,
    );
    expect(r.ok ? [] : r.erreurs.map((e) => e.champ)).toEqual(["factures[0].montant", "factures[1].numero"]);
  });

  it("lit l'historique : relances, contestation, échéancier en lignes « date ; montant »", () => {
    const r = lireHistorique(
      {
        "nb.relances": "1",
        "relances[0].date": "2026-02-12",
        "relances[0].canal": "courrier",
        conteste: "non",
        echeancier: "oui",
        "echeancier.date": "2026-03-01",
        "echeancier.versements": "2026-03-31 ; 500,00\n2026-04-30 ; 500",
      },
      AUJOURDHUI,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.erreurs));
    expect(r.donnees.echeancier?.versements).toEqual([
      { date: "2026-03-31", montantCents: 50_000 },
      { date: "2026-04-30", montantCents: 50_000 },
    ]);
    expect(lireHistorique(valeursDeHistorique(r.donnees), AUJOURDHUI)).toEqual(r);
  });

  it("lit les vérifications et borne le délai de la mise en demeure", () => {
    const r = lireVerifications(
      {
        prestationRealisee: "oui",
        procedureCollective: "non",
        delaiMiseEnDemeureJours: "15",
        tauxContractuelPourcent: "12,5",
        "piece.devis": "oui",
      },
      AUJOURDHUI,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.erreurs));
    expect(r.donnees).toMatchObject({
      delaiMiseEnDemeureJours: 15,
      tauxContractuelPourcent: "12.5",
      pieces: ["devis"],
    });
    expect(lireVerifications(valeursDeVerifications(r.donnees), AUJOURDHUI)).toEqual(r);
    const faux = lireVerifications(
      {
        prestationRealisee: "oui",
        procedureCollective: "non",
        delaiMiseEnDemeureJours: "200",
      },
      AUJOURDHUI,
    );
    expect(faux.ok ? [] : faux.erreurs.map((e) => e.champ)).toEqual(["delaiMiseEnDemeureJours"]);
  });

  it("nomme chaque champ en français, lignes comprises", () => {
    expect(libelleChamp("factures[1].montant")).toBe("Facture 2 : montant");
    expect(libelleChamp("adresse.codePostal")).toBe("Code postal");
  });
});

describe("assistant : du brouillon au dossier", () => {
  const partie = lirePartie(societe);
  if (!partie.ok) throw new Error("partie invalide");
  const complet = lireBrouillon({
    creancier: partie.donnees,
    debiteur: { ...partie.donnees, denomination: "Boulangerie Martin" },
    factures: {
      objet: "facture",
      factures: [{ numero: "F-1", dateEcheance: "2026-02-04", montantTtcCents: 345_000, avoirs: [] }],
      paiements: [{ facture: "F-1", date: "2026-02-20", montantCents: 45_000 }],
    },
    historique: { relances: [{ date: "2026-02-25", canal: "email" }], contestation: null, echeancier: null },
    verifications: {
      prestationRealisee: true,
      procedureCollective: { dateJugement: "2026-05-04", datePublicationBodacc: "2026-05-15" },
      pieces: ["devis"],
      delaiMiseEnDemeureJours: 10,
      tauxContractuelPourcent: null,
    },
  });

  it("classe les faits par date pour le journal (paiement avant relance, procédure collective ensuite)", () => {
    expect(evenementsDuBrouillon(complet).map((e) => `${e.date} ${e.type}`)).toEqual([
      "2026-02-20 paiement.recu",
      "2026-02-25 relance.envoyee",
      "2026-05-04 procedure-collective.ouverte",
    ]);
  });

  it("donne un dossier conforme au schéma, avec pièces et options", () => {
    const r = dossierDuBrouillon(complet, "2026-0007");
    if (!r.ok) throw new Error(JSON.stringify(r.erreurs));
    expect(r.dossier).toMatchObject({
      reference: "2026-0007",
      pieces: [{ intitule: "Devis signé" }],
      options: { delaiMiseEnDemeureJours: 10, tauxContractuelPourcent: null },
    });
  });

  it("nomme les étapes manquantes et reprend à la première", () => {
    const { historique: _h, ...incomplet } = complet;
    expect(premiereSectionAFaire(incomplet)).toBe("historique");
    const r = dossierDuBrouillon(incomplet, "X");
    expect(r.ok ? [] : r.erreurs).toEqual([
      { champ: "historique", message: "l'étape « Ce que vous avez déjà fait » n'est pas remplie" },
    ]);
  });

  it("relit un brouillon abîmé sans planter : la section invalide sera redemandée", () => {
    expect(lireBrouillon({ creancier: { qualite: "inconnue" }, saisies: "x" })).toEqual({ saisies: {} });
  });
});

describe("dates des faits", () => {
  it("refuse un paiement, une émission ou une relance datés après aujourd'hui, pas une échéance", () => {
    const f = lireFactures(
      {
        "nb.factures": "1",
        "factures[0].numero": "F-1",
        "factures[0].dateEmission": "2026-06-02",
        "factures[0].dateEcheance": "2026-07-01",
        "factures[0].montant": "100",
        "nb.paiements": "1",
        "paiements[0].facture": "F-1",
        "paiements[0].date": "2026-06-05",
        "paiements[0].montant": "10",
      },
      AUJOURDHUI,
    );
    expect(f.ok).toBe(false);
    if (f.ok) return;
    expect(f.erreurs.map((e) => e.champ).sort()).toEqual(["factures[0].dateEmission", "paiements[0].date"]);
    expect(f.erreurs[0]?.message).toBe(
      "est postérieure à aujourd'hui (01/06/2026) : un fait déjà survenu ne peut pas être daté dans le futur",
    );
    const h = lireHistorique(
      { "nb.relances": "1", "relances[0].date": "2026-06-10", conteste: "non", echeancier: "non" },
      AUJOURDHUI,
    );
    expect(h.ok ? [] : h.erreurs.map((e) => e.champ)).toEqual(["relances[0].date"]);
  });
});

describe("liste des dossiers", () => {
  it("donne le principal d'un brouillon dont les factures sont enregistrées (factures − avoirs − paiements)", () => {
    expect(principalDuBrouillon({})).toBeNull();
    expect(
      principalDuBrouillon({
        factures: {
          objet: "facture",
          factures: [
            { numero: "F-1", dateEcheance: "2026-02-04", montantTtcCents: 345_000, avoirs: [] },
            {
              numero: "F-2",
              dateEcheance: "2026-03-15",
              montantTtcCents: 120_000,
              avoirs: [{ numero: "AV", date: "2026-03-01", montantCents: 10_000 }],
            },
          ],
          paiements: [{ facture: "F-1", date: "2026-02-20", montantCents: 45_000 }],
        },
      }),
    ).toBe(410_000);
  });
});
