/**
 * What the creditor may do next at each stage, each with its last day, its legal bases and its
 * documents; every candidate is asked of the machine before it is offered.
 */
import type { Jour } from "../../domain/dates/jour";
import { type Situation, situation } from "../../domain/dossier/analyse";
import type { Evenement } from "../../domain/dossier/evenements";
import { debiteurProfessionnel, estConsommateur } from "../../domain/dossier/qualite";
import { dateLongue } from "../../domain/format/francais";
import { determinerJuridiction } from "../../domain/juridiction/juridiction";
import {
  calculerEcheances,
  departementDebiteur,
  echeanceDeclaration,
  echeanceMiseEnDemeure,
  echeanceSignification,
  echeancesInjonction,
  echeancesInstance,
  oppositionApparemmentTardive,
} from "./echeances";
import { type Action, etapeDe, type Snapshot, sousEtatDe } from "./etat";

function prescriptionAvant(s: Snapshot, jour: Jour): Jour | null {
  return (
    calculerEcheances(s.context.dossier, s.context.journal, etapeDe(s), sousEtatDe(s), jour).find(
      (e) => e.code === "prescription",
    )?.date ?? null
  );
}

/** What the creditor may do next, each with its last day and the documents it needs. */
export function prochainesActions(
  s: Snapshot,
  aujourdhui: Jour,
  sit: Situation = situation(s.context.dossier, s.context.journal, aujourdhui),
): Action[] {
  if (s.status !== "active") return [];
  const ctx = s.context;
  const d = ctx.dossier;
  const etape = etapeDe(s);
  const sous = sousEtatDe(s);
  const prescription = prescriptionAvant(s, aujourdhui);
  const pro =
    debiteurProfessionnel(d.debiteur.qualite, d.options.debiteurActiviteProfessionnelle) &&
    d.creancier.qualite !== "particulier";
  const juridiction = determinerJuridiction({
    debiteur: {
      qualite: d.debiteur.qualite,
      departement: departementDebiteur(d),
      pays: d.debiteur.adresse.pays,
      commune: d.debiteur.adresse.ville,
      formeJuridique: d.debiteur.formeJuridique,
    },
    creancier: { qualite: d.creancier.qualite },
    objet: d.objet,
    montantCents: sit.totalReclameCents,
    montantPetitesCreancesCents: sit.montantPetitesCreancesCents,
    aujourdhui,
  });
  const nbRelances = ctx.journal.filter((e) => e.type === "relance.envoyee").length;

  const candidats: (Action & { sonde: Evenement })[] = [];
  /** `fixes`: fields the action sets (shown); `exemple`: plausible values only to ask the machine. */
  const ajouter = (
    a: Omit<Action, "donnees">,
    fixes: Record<string, unknown> = {},
    exemple: Record<string, unknown> = {},
  ) => {
    const sonde = { type: a.code, date: aujourdhui, ...exemple, ...fixes } as unknown as Evenement;
    candidats.push({ ...a, ...(Object.keys(fixes).length ? { donnees: fixes } : {}), sonde });
  };

  if (etape === "qualification" || etape === "relance") {
    ajouter(
      {
        code: "relance.envoyee",
        libelle:
          nbRelances === 0
            ? "Envoyer une relance amiable (courrier, courriel ; un appel se confirme par écrit)"
            : pro
              ? "Envoyer une relance ferme rappelant les pénalités de retard et l'indemnité forfaitaire de 40 €"
              : "Envoyer une relance ferme annonçant la mise en demeure",
        avant: null,
        fondements: pro && nbRelances > 0 ? ["C. com. art. L.441-10", "C. com. art. D.441-5"] : [],
        documents: [nbRelances === 0 ? "relance-amiable" : "relance-ferme"],
      },
      {},
      { canal: "courrier" },
    );
  }
  const medEnvoyee = ctx.journal.some((e) => e.type === "med.envoyee");
  // At the judicial stage a mise en demeure is offered only when none was ever sent.
  if (etape === "qualification" || etape === "relance" || (etape === "voie-judiciaire" && !medEnvoyee)) {
    ajouter(
      {
        code: "med.envoyee",
        libelle:
          "Envoyer la mise en demeure par lettre recommandée avec avis de réception (elle n'interrompt pas la prescription)",
        avant: prescription,
        fondements: ["C. civ. art. 1344", "C. civ. art. 1231-6", ...(pro ? ["C. com. art. L.441-10"] : [])],
        documents: ["mise-en-demeure", "decompte"],
      },
      {},
      { mode: "lrar" },
    );
  }
  if (etape === "mise-en-demeure" && sous === "envoyee") {
    const m = echeanceMiseEnDemeure(d, ctx.journal);
    ajouter({
      code: "med.recue",
      libelle: `Noter la réception de la mise en demeure (avis de réception ou première présentation)${m ? ` ; le débiteur a jusqu'au ${dateLongue(m.dateImprimee)} au moins pour payer` : ""}`,
      avant: null,
      fondements: ["C. civ. art. 1344-1"],
      documents: [],
    });
  }
  if (etape === "voie-judiciaire" || etape === "litige") {
    ajouter(
      {
        code: "voie.choisie",
        libelle:
          "Proposer la procédure de petites créances à un commissaire de justice (5 000 € au plus, avec l'accord du débiteur ; elle suspend la prescription)",
        avant: prescription,
        fondements: ["CPCE art. L.125-1", "CPCE art. R.125-1"],
        documents: ["decompte", "bordereau-pieces"],
      },
      { voie: "petites-creances" },
    );
    const ip = juridiction.injonctionDePayer;
    ajouter(
      {
        code: "voie.choisie",
        libelle: `Demander une injonction de payer au ${ip.libelle ?? "juge compétent"}${ip.cerfa ? ` (Cerfa ${ip.cerfa})` : " (requête libre)"} : créance contractuelle non contestée, d'un montant déterminé`,
        avant: prescription,
        fondements: ["CPC art. 1405", "CPC art. 1406", "CPC art. 1407"],
        documents: ["requete-injonction-de-payer", "bordereau-pieces", "decompte"],
      },
      { voie: "injonction-de-payer" },
    );
    ajouter(
      {
        code: "voie.choisie",
        libelle:
          "Assigner en référé-provision : décision rapide, exécutoire même en cas d'appel, si l'obligation n'est pas sérieusement contestable",
        avant: prescription,
        fondements:
          juridiction.assignation.juridiction === "tribunal-de-commerce"
            ? ["CPC art. 873 al. 2"]
            : ["CPC art. 835 al. 2"],
        documents: ["assignation", "bordereau-pieces", "decompte"],
      },
      { voie: "refere-provision" },
    );
    ajouter(
      {
        code: "voie.choisie",
        libelle: `Assigner en paiement au fond (créance contestée)${juridiction.assignation.avocatObligatoire ? " — avocat obligatoire au-delà de 10 000 €" : ""}${juridiction.tentativeAmiablePrealable ? " — tentative amiable préalable obligatoire (art. 750-1 CPC)" : ""}`,
        avant: prescription,
        fondements: [
          "CPC art. 54",
          "CPC art. 56",
          ...(juridiction.assignation.avocatObligatoire ? ["CPC art. 760"] : []),
        ],
        documents: ["assignation", "bordereau-pieces", "decompte"],
      },
      { voie: "assignation" },
    );
  }
  if (etape === "petites-creances") {
    ajouter({
      code: "petites-creances.accord",
      libelle: "Noter l'accord du débiteur pour participer (la prescription est suspendue)",
      avant: null,
      fondements: ["CPCE art. L.125-1", "C. civ. art. 2238"],
      documents: [],
    });
    ajouter({
      code: "petites-creances.titre",
      libelle:
        "Noter l'accord sur le montant et les modalités, constaté par le commissaire de justice (titre exécutoire)",
      avant: null,
      fondements: ["CPCE art. L.111-3 5°", "CPCE art. L.125-1"],
      documents: [],
    });
    ajouter({
      code: "petites-creances.echec",
      libelle:
        "Noter le refus ou le silence du débiteur (la voie judiciaire reste ouverte ; dispense de l'art. 750-1 CPC)",
      avant: null,
      fondements: ["C. civ. art. 2238", "CPC art. 750-1"],
      documents: [],
    });
  }
  if (etape === "injonction-de-payer") {
    if (sous === "preparation") {
      ajouter({
        code: "requete.deposee",
        libelle:
          "Déposer la requête en injonction de payer au greffe, avec le décompte et le bordereau des pièces — le dépôt n'interrompt pas la prescription : seule la signification de l'ordonnance le fait",
        avant: prescription,
        fondements: ["CPC art. 1407", "CPC art. 57"],
        documents: ["requete-injonction-de-payer", "bordereau-pieces", "decompte"],
      });
    }
    if (sous === "deposee") {
      ajouter({
        code: "ordonnance.rendue",
        libelle: "Noter l'ordonnance portant injonction de payer",
        avant: null,
        fondements: ["CPC art. 1409"],
        documents: [],
      });
      ajouter({
        code: "ordonnance.rejetee",
        libelle: "Noter le rejet de la requête (sans recours : la voie ordinaire reste ouverte)",
        avant: null,
        fondements: ["CPC art. 1409"],
        documents: [],
      });
    }
    if (sous === "ordonnanceRendue") {
      const sig = echeanceSignification(ctx.journal);
      ajouter(
        {
          code: "ordonnance.signifiee",
          libelle: `Faire signifier l'ordonnance par un commissaire de justice${sig ? ` avant le ${dateLongue(sig.dateLimite)} (${sig.mois} mois), sinon elle est non avenue` : ""}`,
          avant: sig?.dateLimite ?? null,
          fondements: sig?.fondements ?? ["CPC art. 1411"],
          documents: ["requete-injonction-de-payer", "bordereau-pieces"],
        },
        {},
        { aPersonne: true },
      );
    }
    if (sous === "signifiee") {
      const inj = echeancesInjonction(d, ctx.journal);
      ajouter({
        code: "opposition.formee",
        libelle: `Noter une opposition formée par le débiteur${inj?.opposition.delai ? ` (possible jusqu'au ${dateLongue(inj.opposition.delai.dateLimite)})` : ""}`,
        avant: inj?.opposition.delai?.dateLimite ?? null,
        fondements: ["CPC art. 1416"],
        documents: [],
      });
    }
    if (sous === "opposition") {
      const tardive = oppositionApparemmentTardive(d, ctx.journal);
      ajouter(
        {
          code: "audience.fixee",
          libelle: tardive
            ? `Noter la date d'audience, y comparaître et soulever l'irrecevabilité de l'opposition, apparemment tardive (formée le ${dateLongue(tardive.dateOpposition)}, délai expiré le ${dateLongue(tardive.dateLimite)})`
            : "Noter la date d'audience fixée par le greffe",
          avant: null,
          fondements: tardive ? ["CPC art. 1416", "CPC art. 1418", "CPC art. 1422"] : ["CPC art. 1418"],
          documents: [],
        },
        {},
        { dateAudience: aujourdhui },
      );
      ajouter(
        {
          code: "decision.rendue",
          libelle: "Noter le jugement rendu sur opposition",
          avant: null,
          fondements: ["CPC art. 1420"],
          documents: [],
        },
        {},
        { titreObtenu: true },
      );
    }
  }
  if (etape === "refere-provision" || etape === "assignation") {
    const inst = echeancesInstance(d, ctx.journal, etape === "refere-provision");
    if (sous === "redaction") {
      ajouter(
        {
          code: "audience.fixee",
          libelle: "Obtenir une date d'audience auprès du greffe : elle doit figurer dans l'assignation",
          avant: prescription,
          fondements: ["CPC art. 56"],
          documents: ["assignation", "bordereau-pieces"],
        },
        {},
        { dateAudience: aujourdhui },
      );
    }
    if (sous === "audienceFixee") {
      ajouter({
        code: "assignation.signifiee",
        libelle: `Faire signifier l'assignation par un commissaire de justice${inst?.signification ? ` au plus tard le ${dateLongue(inst.signification.dateLimite)} (15 jours avant l'audience)` : ""}`,
        avant: inst?.signification?.dateLimite ?? prescription,
        fondements: inst?.commerce ? ["CPC art. 56", "CPC art. 857"] : ["CPC art. 56", "C. civ. art. 2241"],
        documents: ["assignation", "bordereau-pieces"],
      });
    }
    if (sous === "signifiee") {
      ajouter({
        code: "assignation.placee",
        libelle: `Remettre une copie de l'assignation au greffe (placement)${inst?.placement ? ` au plus tard le ${dateLongue(inst.placement.dateLimite)}, à peine de caducité` : ""}`,
        avant: inst?.placement?.dateLimite ?? null,
        fondements: inst?.commerce ? ["CPC art. 857"] : ["CPC art. 754"],
        documents: ["assignation", "bordereau-pieces"],
      });
    }
    if (sous === "placee") {
      ajouter(
        {
          code: "decision.rendue",
          libelle: "Noter la décision rendue",
          avant: null,
          fondements: ["CPC art. 455"],
          documents: [],
        },
        {},
        { titreObtenu: true },
      );
    }
  }
  const decisionSignifiee = (() => {
    const rendue = [...ctx.journal].reverse().find((e) => e.type === "decision.rendue");
    return !!rendue && ctx.journal.some((e) => e.type === "decision.signifiee" && e.date >= rendue.date);
  })();
  const apresJugement = ctx.journal.some((e) => e.type === "decision.rendue" && e.titreObtenu);
  if (sous === "rejetee" || (etape === "execution" && apresJugement)) {
    if (!decisionSignifiee) {
      ajouter(
        {
          code: "decision.signifiee",
          libelle:
            sous === "rejetee"
              ? "Noter la signification du jugement : elle fait courir le délai du recours"
              : "Noter la signification du jugement par un commissaire de justice : il ne peut être exécuté qu'une fois signifié (art. 503 CPC)",
          avant: null,
          fondements: sous === "rejetee" ? ["CPC art. 528"] : ["CPC art. 503", "CMF art. L.313-3"],
          documents: [],
        },
        {},
        { aPersonne: true },
      );
    }
  }
  if (etape === "execution") {
    ajouter({
      code: "execution.engagee",
      libelle:
        "Confier l'exécution forcée à un commissaire de justice (saisie, etc.) ; elle interrompt la prescription",
      avant: null,
      fondements: ["CPCE art. L.111-2", "C. civ. art. 2244"],
      documents: ["decompte"],
    });
  }
  if (etape === "echeancier") {
    ajouter(
      {
        code: "echeance.payee",
        libelle: "Noter un versement de l'échéancier",
        avant: null,
        fondements: ["C. civ. art. 1342"],
        documents: [],
      },
      {},
      { montantCents: 1 },
    );
    ajouter({
      code: "echeancier.defaillant",
      libelle: estConsommateur(d.debiteur.qualite)
        ? "Constater la défaillance : envers un consommateur, une mise en demeure doit précéder la déchéance du terme"
        : "Constater la défaillance du débiteur et reprendre le recouvrement (déchéance du terme)",
      avant: null,
      fondements: ["C. civ. art. 1305-4"],
      documents: ["mise-en-demeure"],
    });
  }
  if (etape === "litige") {
    ajouter({
      code: "litige.resolu",
      libelle: "Noter la résolution du litige et reprendre le recouvrement",
      avant: null,
      fondements: [],
      documents: [],
    });
  }
  if (etape === "procedure-collective" && sous === "ouverte") {
    const decl = echeanceDeclaration(d, ctx.journal);
    ajouter({
      code: "creance.declaree",
      libelle: `Déclarer la créance au mandataire judiciaire${decl ? ` avant le ${dateLongue(decl.date)} (${decl.mois} mois après la publication au BODACC)` : ""}`,
      avant: decl?.date ?? null,
      fondements: ["C. com. art. L.622-24", "C. com. art. R.622-24"],
      documents: ["declaration-creance", "decompte"],
    });
  }
  // Facts that may happen at most stages.
  ajouter(
    {
      code: "paiement.recu",
      libelle: "Noter un paiement reçu",
      avant: null,
      fondements: ["C. civ. art. 1342"],
      documents: [],
    },
    {},
    { montantCents: 1 },
  );
  if (!["echeancier", "procedure-collective", "litige"].includes(etape)) {
    ajouter(
      {
        code: "echeancier.signe",
        libelle: "Accorder un échéancier de paiement signé par le débiteur (il vaut reconnaissance de dette)",
        avant: null,
        fondements: ["C. civ. art. 2240"],
        documents: ["echeancier"],
      },
      {},
      { versements: [{ date: aujourdhui, montantCents: 1 }] },
    );
  }
  if (!["procedure-collective", "litige", "prescrite"].includes(etape)) {
    ajouter(
      {
        code: "debiteur.conteste",
        libelle: "Noter une contestation du débiteur",
        avant: null,
        fondements: [],
        documents: [],
      },
      {},
      { motif: "contestation" },
    );
  }
  ajouter(
    {
      code: "procedure-collective.ouverte",
      libelle: "Signaler l'ouverture d'une procédure collective du débiteur (publiée au BODACC)",
      avant: null,
      fondements: ["C. com. art. L.622-21"],
      documents: [],
    },
    {},
    { datePublicationBodacc: aujourdhui },
  );
  ajouter({
    code: "dossier.abandonne",
    libelle: "Abandonner le recouvrement",
    avant: null,
    fondements: [],
    documents: [],
  });

  return candidats.filter((c) => s.can(c.sonde)).map(({ sonde: _s, ...a }) => a);
}
