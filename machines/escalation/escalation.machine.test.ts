import { describe, expect, it } from "vitest";
import { initialTransition, transition } from "xstate";
import type { DossierStatique } from "../../domain/dossier/analyse";
import type { Evenement } from "../../domain/dossier/evenements";
import { dossierExemple } from "../../tests/fixtures/dossiers";
import { escalationMachine } from "./escalation.machine";
import {
  avancer,
  demarrer,
  dossierStatique,
  envoyer,
  etapeDe,
  etatDe,
  persister,
  prochainesActions,
  rehydrater,
  rejouer,
  type Snapshot,
} from "./parcours";

const exemple = dossierExemple();
const B2B: DossierStatique = dossierStatique({
  ...exemple,
  factures: [{ ...exemple.factures[0]!, montantTtcCents: 345000 }],
});
const B2C: DossierStatique = {
  ...B2B,
  debiteur: {
    qualite: "particulier",
    civilite: "M.",
    nom: "Leroy",
    prenoms: "Paul",
    adresse: { ligne1: "8 rue Nationale", codePostal: "37000", ville: "Tours", pays: "FR" },
  },
};
const GROS: DossierStatique = { ...B2B, factures: [{ ...B2B.factures[0]!, montantTtcCents: 1_250_000 }] };
const ETRANGER: DossierStatique = {
  ...B2B,
  debiteur: {
    ...B2B.debiteur,
    adresse: { ...B2B.debiteur.adresse, pays: "BE", codePostal: "1000", ville: "Bruxelles" },
  },
};

/** Sends events one after the other; each must be accepted. */
function suite(dossier: DossierStatique, evenements: Evenement[], depart = "2026-02-05"): Snapshot {
  let s = demarrer(dossier, depart);
  for (const e of evenements) {
    const r = envoyer(s, e);
    expect(r.accepte, `${e.type} refusé : ${r.raison}`).toBe(true);
    s = r.snapshot;
  }
  return s;
}

const MED: Evenement[] = [
  { type: "med.envoyee", date: "2026-03-02", mode: "lrar" },
  { type: "med.recue", date: "2026-03-04" },
];
const JUDICIAIRE: Evenement[] = [
  ...MED,
  { type: "delai.expire", date: "2026-03-13", echeance: "delai-mise-en-demeure" },
];
const IP = (date = "2026-03-16"): Evenement[] => [
  ...JUDICIAIRE,
  { type: "voie.choisie", date, voie: "injonction-de-payer" },
];

describe("étapes et transitions du parcours (initialTransition / transition purs)", () => {
  it("commence en qualification et demande de signaler l'étape", () => {
    const [s, actions] = initialTransition(escalationMachine, { dossier: B2B, dateOuverture: "2026-02-05" });
    expect(s.value).toBe("qualification");
    expect(actions.map((a) => a.type)).toContain("signalerEtape");
  });

  it("une relance confirme la qualification et ouvre l'étape des relances", () => {
    const s0 = demarrer(B2B, "2026-02-05");
    const [s1, actions] = transition(escalationMachine, s0, {
      type: "relance.envoyee",
      date: "2026-02-12",
      canal: "email",
    });
    expect(etapeDe(s1)).toBe("relance");
    expect(s1.context.journal).toHaveLength(1);
    // assign() actions are applied, not returned: the effects left to the server are.
    expect(actions.map((a) => a.type)).toEqual(["signalerEtape"]);
  });

  it("la mise en demeure envoyée puis reçue ; son délai expiré ouvre la voie judiciaire", () => {
    const s = suite(B2B, MED);
    expect(etatDe(s)).toBe("miseEnDemeure.recue");
    const tot = envoyer(s, { type: "delai.expire", date: "2026-03-12", echeance: "delai-mise-en-demeure" });
    expect(tot.accepte).toBe(false);
    expect(tot.raison).toMatch(/n'est pas encore expiré : il court jusqu'au 12/);
    expect(etapeDe(suite(B2B, JUDICIAIRE))).toBe("voie-judiciaire");
  });

  it("le délai de la mise en demeure est le plus tardif de la date imprimée et de la réception + N jours", () => {
    const s = suite(B2B, [
      { type: "med.envoyee", date: "2026-03-02", mode: "lrar", delaiJours: 15 },
      { type: "med.recue", date: "2026-03-09" },
    ]);
    const { snapshot } = avancer(s, "2026-03-24");
    expect(etapeDe(snapshot)).toBe("mise-en-demeure");
    const apres = avancer(s, "2026-03-25");
    expect(apres.evenements).toEqual([{ type: "delai.expire", date: "2026-03-25", echeance: "delai-mise-en-demeure" }]);
    expect(etapeDe(apres.snapshot)).toBe("voie-judiciaire");
  });

  it("l'injonction de payer : requête, ordonnance, signification à personne, exécution faute d'opposition (art. 1405 à 1422 CPC)", () => {
    let s = suite(B2B, [
      ...IP(),
      { type: "requete.deposee", date: "2026-03-20" },
      { type: "ordonnance.rendue", date: "2026-09-07" },
      { type: "ordonnance.signifiee", date: "2026-09-14", aPersonne: true },
    ]);
    expect(etatDe(s)).toBe("injonctionDePayer.signifiee");
    s = avancer(s, "2026-11-17").snapshot;
    expect(etapeDe(s)).toBe("execution");
    expect(s.context.journal.at(-1)).toEqual({
      type: "delai.expire",
      date: "2026-11-17",
      echeance: "execution-possible",
    });
    s = envoyer(s, { type: "execution.engagee", date: "2026-11-20" }).snapshot;
    expect(etatDe(s)).toBe("execution.engagee");
  });

  it("l'ordonnance non signifiée dans les 3 mois (rendue depuis le 1er sept. 2026) est non avenue (art. 1411 CPC)", () => {
    const s = suite(B2B, [
      ...IP(),
      { type: "requete.deposee", date: "2026-03-20" },
      { type: "ordonnance.rendue", date: "2026-09-07" },
    ]);
    expect(etapeDe(avancer(s, "2026-12-07").snapshot)).toBe("injonction-de-payer");
    expect(etapeDe(avancer(s, "2026-12-08").snapshot)).toBe("voie-judiciaire");
  });

  it("l'opposition ouvre l'instance ; le jugement qui donne titre mène à l'exécution, le rejet au fond ferme les voies (C. civ. art. 1355 ; CPC art. 480)", () => {
    const base = suite(B2B, [
      ...IP(),
      { type: "requete.deposee", date: "2026-03-20" },
      { type: "ordonnance.rendue", date: "2026-04-07" },
      { type: "ordonnance.signifiee", date: "2026-04-14", aPersonne: true },
      { type: "opposition.formee", date: "2026-05-04" },
      { type: "audience.fixee", date: "2026-05-20", dateAudience: "2026-07-01" },
    ]);
    expect(etatDe(base)).toBe("injonctionDePayer.opposition");
    expect(etapeDe(envoyer(base, { type: "decision.rendue", date: "2026-07-15", titreObtenu: true }).snapshot)).toBe(
      "execution",
    );
    const rejet = envoyer(base, { type: "decision.rendue", date: "2026-07-15", titreObtenu: false }).snapshot;
    expect(etatDe(rejet)).toBe("injonctionDePayer.rejetee");
    const nouvelle = envoyer(rejet, { type: "voie.choisie", date: "2026-07-20", voie: "assignation" });
    expect(nouvelle.accepte).toBe(false);
    expect(nouvelle.raison).toMatch(/autorité de la chose jugée, art\. 1355 C\. civ\. et 480 CPC/);
    expect(etapeDe(envoyer(base, { type: "instance.non-avenue", date: "2026-07-15" }).snapshot)).toBe(
      "voie-judiciaire",
    );
  });

  it("la requête rejetée renvoie à la voie judiciaire (art. 1409 CPC)", () => {
    const s = suite(B2B, [
      ...IP(),
      { type: "requete.deposee", date: "2026-03-20" },
      { type: "ordonnance.rejetee", date: "2026-04-01" },
    ]);
    expect(etapeDe(s)).toBe("voie-judiciaire");
  });

  it.each(["refere-provision", "assignation"] as const)(
    "%s : date d'audience, signification, placement, décision (art. 56, 754, 857 CPC)",
    (voie) => {
      const s = suite(B2B, [
        ...JUDICIAIRE,
        { type: "voie.choisie", date: "2026-03-16", voie },
        { type: "audience.fixee", date: "2026-03-20", dateAudience: "2026-05-15" },
        { type: "assignation.signifiee", date: "2026-04-10" },
        { type: "assignation.placee", date: "2026-04-20" },
      ]);
      expect(etatDe(s)).toBe(`${voie === "assignation" ? "assignation" : "refereProvision"}.placee`);
      expect(etapeDe(envoyer(s, { type: "decision.rendue", date: "2026-05-30", titreObtenu: true }).snapshot)).toBe(
        "execution",
      );
    },
  );

  it("petites créances : accord (suspension), titre du commissaire de justice, exécution ; ou échec (L.125-1 CPCE)", () => {
    const base = suite(B2B, [...JUDICIAIRE, { type: "voie.choisie", date: "2026-03-16", voie: "petites-creances" }]);
    expect(etatDe(base)).toBe("petitesCreances.invitation");
    const accord = envoyer(base, { type: "petites-creances.accord", date: "2026-03-25" }).snapshot;
    expect(etatDe(accord)).toBe("petitesCreances.accord");
    expect(etapeDe(envoyer(accord, { type: "petites-creances.titre", date: "2026-04-10" }).snapshot)).toBe("execution");
    expect(etapeDe(envoyer(base, { type: "petites-creances.echec", date: "2026-04-20" }).snapshot)).toBe(
      "voie-judiciaire",
    );
  });

  it("une assignation sans mise en demeure préalable est permise, avec un avertissement", () => {
    const s = suite(B2B, [{ type: "voie.choisie", date: "2026-03-01", voie: "assignation" }]);
    expect(etapeDe(s)).toBe("assignation");
    expect(
      rejouer(
        { ...exemple, evenements: [{ type: "voie.choisie", date: "2026-03-01", voie: "assignation" }] },
        "2026-03-02",
      ).avertissements.join(" "),
    ).toMatch(/mise en demeure .* n'est pas une condition légale/);
  });

  it("le paiement total solde le dossier ; un paiement partiel est seulement enregistré", () => {
    const partiel = suite(B2B, [{ type: "paiement.recu", date: "2026-02-20", montantCents: 45000 }]);
    expect(etapeDe(partiel)).toBe("qualification");
    const solde = envoyer(partiel, { type: "paiement.recu", date: "2026-02-25", montantCents: 300000 }).snapshot;
    expect(etapeDe(solde)).toBe("solde");
    expect(solde.status).toBe("done");
  });

  it("la contestation suspend le parcours ; sa résolution le reprend où il en était", () => {
    const s = suite(B2B, [...MED, { type: "debiteur.conteste", date: "2026-03-06", motif: "non conforme" }]);
    expect(etapeDe(s)).toBe("litige");
    const repris = envoyer(s, { type: "litige.resolu", date: "2026-03-08" }).snapshot;
    expect(etatDe(repris)).toBe("miseEnDemeure.recue");
    expect(etapeDe(envoyer(s, { type: "voie.choisie", date: "2026-03-08", voie: "assignation" }).snapshot)).toBe(
      "assignation",
    );
  });

  it("l'échéancier défaillant reprend où le parcours s'était arrêté ; envers un consommateur, par une mise en demeure", () => {
    const plan: Evenement = {
      type: "echeancier.signe",
      date: "2026-03-20",
      versements: [{ date: "2026-04-30", montantCents: 100000 }],
    };
    const pro = suite(B2B, [...IP(), plan]);
    expect(etapeDe(pro)).toBe("echeancier");
    const reprisPro = envoyer(pro, { type: "echeancier.defaillant", date: "2026-05-05" }).snapshot;
    expect(etatDe(reprisPro)).toBe("injonctionDePayer.preparation");
    const conso = suite(B2C, [...IP(), plan]);
    expect(etapeDe(envoyer(conso, { type: "echeancier.defaillant", date: "2026-05-05" }).snapshot)).toBe("relance");
  });

  it("les versements de l'échéancier qui soldent la dette mènent au solde", () => {
    const s = suite(B2B, [
      { type: "echeancier.signe", date: "2026-03-01", versements: [{ date: "2026-03-31", montantCents: 345000 }] },
    ]);
    expect(etapeDe(envoyer(s, { type: "echeance.payee", date: "2026-03-31", montantCents: 345000 }).snapshot)).toBe(
      "solde",
    );
  });

  it("la procédure collective arrête les poursuites ; reste la déclaration de créance (L.622-21, R.622-24 C. com.)", () => {
    const s = suite(B2B, [
      { type: "procedure-collective.ouverte", date: "2026-03-01", datePublicationBodacc: "2026-03-03" },
    ]);
    expect(etatDe(s)).toBe("procedureCollective.ouverte");
    expect(etatDe(envoyer(s, { type: "creance.declaree", date: "2026-04-01" }).snapshot)).toBe(
      "procedureCollective.declaree",
    );
  });

  it("l'abandon est définitif ; un paiement y est encore noté", () => {
    const s = suite(B2B, [{ type: "dossier.abandonne", date: "2026-03-01" }]);
    expect(etapeDe(s)).toBe("abandon");
    expect(envoyer(s, { type: "relance.envoyee", date: "2026-03-02", canal: "email" }).accepte).toBe(false);
    const paye = envoyer(s, { type: "paiement.recu", date: "2026-03-05", montantCents: 1000 });
    expect(paye.accepte).toBe(true);
    expect(etapeDe(paye.snapshot)).toBe("abandon");
  });

  it("la créance devient prescrite quand toutes les factures impayées le sont ; un paiement y est encore noté", () => {
    const s = avancer(suite(B2C, [], "2026-02-05"), "2028-02-05").snapshot;
    expect(etapeDe(s)).toBe("prescrite");
    // Against a consumer, without a date of performance, the 2 years run from the invoice date
    // (5 Jan 2026), the earliest known — not from the due date (C. conso. art. L.218-2).
    expect(s.context.journal).toEqual([{ type: "delai.expire", date: "2028-01-05", echeance: "prescription" }]);
    expect(envoyer(s, { type: "paiement.recu", date: "2028-03-01", montantCents: 1000 }).accepte).toBe(true);
  });
});

describe("faits acceptés à toutes les étapes actives", () => {
  const ETAPES_ACTIVES: [string, Evenement[]][] = [
    ["qualification", []],
    ["relance", [{ type: "relance.envoyee", date: "2026-02-12", canal: "email" }]],
    ["mise-en-demeure", MED],
    ["voie-judiciaire", JUDICIAIRE],
    ["injonction-de-payer", [...IP(), { type: "requete.deposee", date: "2026-03-20" }]],
    ["assignation", [...JUDICIAIRE, { type: "voie.choisie", date: "2026-03-16", voie: "assignation" }]],
    [
      "execution",
      [
        ...IP(),
        { type: "requete.deposee", date: "2026-03-20" },
        { type: "ordonnance.rendue", date: "2026-04-07" },
        { type: "ordonnance.signifiee", date: "2026-04-14", aPersonne: true },
        { type: "delai.expire", date: "2026-05-16", echeance: "execution-possible" },
      ],
    ],
  ];
  it.each(ETAPES_ACTIVES)(
    "à l'étape %s : paiement partiel, reconnaissance, médiation et relance sont notés sans changer d'étape",
    (etape, avant) => {
      let s = suite(B2B, avant);
      for (const e of [
        { type: "paiement.recu", date: "2026-05-20", montantCents: 1000 },
        { type: "debiteur.reconnait", date: "2026-05-21" },
        { type: "mediation.debut", date: "2026-05-22" },
        { type: "mediation.fin", date: "2026-05-23" },
        { type: "relance.envoyee", date: "2026-05-24", canal: "courrier" },
      ] as Evenement[]) {
        const r = envoyer(s, e);
        expect(r.accepte, `${e.type} : ${r.raison}`).toBe(true);
        s = r.snapshot;
      }
      expect(etapeDe(s)).toBe(etape === "qualification" ? "relance" : etape);
    },
  );

  it.each(ETAPES_ACTIVES)(
    "à l'étape %s : la procédure collective, l'échéancier et l'abandon sont possibles",
    (_etape, avant) => {
      const s = suite(B2B, avant);
      expect(
        etapeDe(
          envoyer(s, { type: "procedure-collective.ouverte", date: "2026-05-20", datePublicationBodacc: "2026-05-22" })
            .snapshot,
        ),
      ).toBe("procedure-collective");
      expect(
        etapeDe(
          envoyer(s, {
            type: "echeancier.signe",
            date: "2026-05-20",
            versements: [{ date: "2026-06-30", montantCents: 1000 }],
          }).snapshot,
        ),
      ).toBe("echeancier");
      expect(etapeDe(envoyer(s, { type: "dossier.abandonne", date: "2026-05-20" }).snapshot)).toBe("abandon");
    },
  );

  it("un appel téléphonique doit être confirmé par écrit", () => {
    const r = rejouer(
      { ...exemple, evenements: [{ type: "relance.envoyee", date: "2026-02-12", canal: "telephone" }] },
      "2026-02-13",
    );
    expect(r.avertissements.join(" ")).toMatch(/confirmez-la par écrit/);
    expect(r.qualification).toMatchObject({
      regime: "B2B",
      debiteurEtranger: false,
      prescrite: false,
      principalRestantCents: 345000,
    });
  });
});

describe("refus motivés en français", () => {
  it.each([
    [
      "petites créances au-delà de 5 000 € (R.125-1 CPCE)",
      GROS,
      [...JUDICIAIRE],
      { type: "voie.choisie", date: "2026-03-16", voie: "petites-creances" },
      /réservée aux créances de 5 000 € au plus/,
    ],
    [
      "toute étape judiciaire contre un débiteur en procédure collective (L.622-21 C. com.)",
      B2B,
      [{ type: "procedure-collective.ouverte", date: "2026-03-01", datePublicationBodacc: "2026-03-03" }],
      { type: "voie.choisie", date: "2026-03-16", voie: "injonction-de-payer" },
      /procédure collective .* L\.622-21/,
    ],
    [
      "une injonction française contre un débiteur à l'étranger (règl. 1896/2006)",
      ETRANGER,
      [...JUDICIAIRE],
      { type: "voie.choisie", date: "2026-03-16", voie: "injonction-de-payer" },
      /injonction de payer européenne/,
    ],
    [
      "une ordonnance signifiée après le délai de l'art. 1411 CPC : non avenue, pas « pas encore rendue »",
      B2B,
      [
        ...IP(),
        { type: "requete.deposee", date: "2026-03-20" },
        { type: "ordonnance.rendue", date: "2026-03-25" },
        { type: "delai.expire", date: "2026-09-26", echeance: "signification-ordonnance" },
      ],
      { type: "ordonnance.signifiee", date: "2026-10-01", aPersonne: true },
      /non avenue faute de signification dans le délai de 6 mois.*art\. 1411 CPC/,
    ],
    [
      "une ordonnance signifiée avant d'être rendue",
      B2B,
      [...IP(), { type: "requete.deposee", date: "2026-03-20" }],
      { type: "ordonnance.signifiee", date: "2026-03-25", aPersonne: true },
      /l'ordonnance doit d'abord être rendue/,
    ],
    [
      "une injonction pour une créance prescrite (règle du produit)",
      B2C,
      [...JUDICIAIRE],
      { type: "voie.choisie", date: "2028-03-16", voie: "injonction-de-payer" },
      /La créance est prescrite/,
    ],
    [
      "une réception sans mise en demeure envoyée",
      B2B,
      [],
      { type: "med.recue", date: "2026-03-04" },
      /aucune mise en demeure n'attend de réception/,
    ],
    [
      "une injonction pour une créance contestée",
      B2B,
      [{ type: "debiteur.conteste", date: "2026-03-06", motif: "non conforme" }],
      { type: "voie.choisie", date: "2026-03-16", voie: "injonction-de-payer" },
      /La créance est contestée/,
    ],
  ] as [string, DossierStatique, Evenement[], Evenement, RegExp][])(
    "refuse %s, sans rien changer",
    (_titre, dossier, avant, evenement, raison) => {
      const s = suite(dossier, avant);
      const r = envoyer(s, evenement);
      expect(r.accepte).toBe(false);
      expect(r.raison).toMatch(raison);
      expect(r.snapshot).toBe(s);
    },
  );
});

describe("opposition tardive (CPC art. 1416 et 1422)", () => {
  it("après une signification à personne, une opposition hors délai est inscrite comme un fait, sans suspendre l'exécution", () => {
    const s = suite(B2B, [
      ...IP(),
      { type: "requete.deposee", date: "2026-03-20" },
      { type: "ordonnance.rendue", date: "2026-04-07" },
      { type: "ordonnance.signifiee", date: "2026-04-14", aPersonne: true },
      // 14 May 2026 is Ascension Day: the opposition deadline rolls to the 15th (art. 642 CPC).
      { type: "delai.expire", date: "2026-05-16", echeance: "execution-possible" },
    ]);
    const r = envoyer(s, { type: "opposition.formee", date: "2026-05-20" });
    expect(r.accepte).toBe(true);
    expect(etapeDe(r.snapshot)).toBe("execution");
  });
});

describe("prochaines actions et échéances", () => {
  it("propose en voie judiciaire les voies permises, chacune avec ses documents et sa date limite", () => {
    const s = suite(B2B, JUDICIAIRE);
    const actions = prochainesActions(s, "2026-03-16");
    const voies = actions.filter((a) => a.code === "voie.choisie").map((a) => a.donnees?.voie);
    expect(voies).toEqual(["petites-creances", "injonction-de-payer", "refere-provision", "assignation"]);
    const ip = actions.find((a) => a.donnees?.voie === "injonction-de-payer")!;
    expect(ip.documents).toEqual(["requete-injonction-de-payer", "bordereau-pieces", "decompte"]);
    expect(ip.avant).toBe("2031-02-03");
    expect(ip.libelle).toMatch(/Cerfa 12946/);
    // The date is the action's `avant`, shown once by the page: not repeated in the sentence.
    expect(ip.libelle).not.toMatch(/avant la prescription/);
    // The mise en demeure was sent: it is not offered again at the judicial stage.
    expect(actions.map((a) => a.code)).not.toContain("med.envoyee");
  });

  it("ne propose pas les petites créances au-delà de 5 000 €", () => {
    const voies = prochainesActions(suite(GROS, JUDICIAIRE), "2026-03-16")
      .filter((a) => a.code === "voie.choisie")
      .map((a) => a.donnees?.voie);
    expect(voies).not.toContain("petites-creances");
  });
});

describe("persistance et rejeu", () => {
  it("l'instantané persisté se réhydrate et poursuit à l'identique", () => {
    const s = suite(B2B, [...IP(), { type: "requete.deposee", date: "2026-03-20" }]);
    const p = JSON.parse(JSON.stringify(persister(s)));
    const r = rehydrater(p);
    expect(r.value).toEqual(s.value);
    expect(r.context).toEqual(s.context);
    const a = envoyer(s, { type: "ordonnance.rendue", date: "2026-04-07" }).snapshot;
    const b = envoyer(r, { type: "ordonnance.rendue", date: "2026-04-07" }).snapshot;
    expect(b.value).toEqual(a.value);
  });

  it("l'historique profond survit à la persistance (reprise après un échéancier)", () => {
    const s = suite(B2B, [
      ...IP(),
      { type: "requete.deposee", date: "2026-03-20" },
      { type: "echeancier.signe", date: "2026-03-25", versements: [{ date: "2026-04-30", montantCents: 1000 }] },
    ]);
    const r = rehydrater(JSON.parse(JSON.stringify(persister(s))));
    expect(etatDe(envoyer(r, { type: "echeancier.defaillant", date: "2026-05-05" }).snapshot)).toBe(
      "injonctionDePayer.deposee",
    );
  });

  it("rejouer le journal redonne le même état", () => {
    const s = avancer(suite(B2B, [...IP(), { type: "requete.deposee", date: "2026-03-20" }]), "2026-04-01").snapshot;
    const rejoue = rejouer({ ...exemple, factures: B2B.factures, evenements: s.context.journal }, "2026-04-01");
    expect(rejoue.snapshot.value).toEqual(s.value);
    expect(rejoue.snapshot.context.journal).toEqual(s.context.journal);
    expect(rejoue.rejets).toEqual([]);
  });

  it("refuse de réhydrater l'instantané d'une autre version de la machine", () => {
    expect(() => rehydrater({ machineVersion: "escalation@0", snapshot: {} })).toThrow(/rejouant le journal/);
  });
});
