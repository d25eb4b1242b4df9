/**
 * The escalation statechart: where a claim stands on the French recovery path, what may be done
 * next, and which steps the law forbids. Guards are thin wrappers over `domain/`; effects are
 * placeholders that server code provides with `.provide()` (this file imports no database, no IO).
 * Legal deadlines are computed by `domain/` from the journal; time moves only through explicit
 * `delai.expire` events (see `avancer` in parcours.ts), never through timers.
 */
import { assign, setup } from "xstate";
import { maxJour } from "../../domain/dates/jour";
import { type DossierStatique, principalRestant } from "../../domain/dossier/analyse";
import type { Evenement } from "../../domain/dossier/evenements";
import { estConsommateur } from "../../domain/dossier/qualite";
import {
  type CodeEcheance,
  echeanceMiseEnDemeure,
  echeanceSignification,
  echeancesInjonction,
  indexDernier,
} from "./echeances";
import { creanceNonPrescrite, oppositionTardiveRecevable, toutPrescrit, voieOuverte } from "./regles";

/**
 * @2: a dispute is recorded at every stage; a judgment rejecting the claim on the merits leads to
 * `rejetee` (no new proceedings); the service of a judgment (`decision.signifiee`) is recorded.
 * Snapshots of @1 load unchanged (every @1 state exists in @2): see MIGRATIONS in parcours.ts.
 */
export { refereRefuse } from "./regles";

export const VERSION_MACHINE = "escalation@2";

export const ETAPES = [
  "qualification",
  "relance",
  "mise-en-demeure",
  "voie-judiciaire",
  "petites-creances",
  "injonction-de-payer",
  "refere-provision",
  "assignation",
  "execution",
  "echeancier",
  "litige",
  "procedure-collective",
  "solde",
  "prescrite",
  "abandon",
] as const;
export type Etape = (typeof ETAPES)[number];

/** XState state key of each stage (camelCase), and back. */
export const ETATS: Record<Etape, string> = {
  qualification: "qualification",
  relance: "relance",
  "mise-en-demeure": "miseEnDemeure",
  "voie-judiciaire": "voieJudiciaire",
  "petites-creances": "petitesCreances",
  "injonction-de-payer": "injonctionDePayer",
  "refere-provision": "refereProvision",
  assignation: "assignation",
  execution: "execution",
  echeancier: "echeancier",
  litige: "litige",
  "procedure-collective": "procedureCollective",
  solde: "solde",
  prescrite: "prescrite",
  abandon: "abandon",
};

export type ContexteEscalation = {
  dossier: DossierStatique;
  /** Accepted events, in order: the dossier's journal. */
  journal: Evenement[];
  /** Latest date seen (events are facts with their own dates). */
  dateCourante: string;
  /** Last stage of the main path, to resume after a payment plan or a dispute. */
  etapeActive: Etape;
  reprise: Etape | null;
};

export type EntreeEscalation = { dossier: DossierStatique; dateOuverture: string };

const journalAvec = (context: ContexteEscalation, event: Evenement) => [...context.journal, event];

const delaiExpire = (event: Evenement, code: CodeEcheance) => event.type === "delai.expire" && event.echeance === code;

const voie = (event: Evenement) => (event.type === "voie.choisie" ? event.voie : undefined);

/** Entry of a stage of the main path: remembered for resuming, and signalled to the server. */
const entree = (etape: Etape) => [
  { type: "entrerEtape" as const, params: { etape } },
  { type: "signalerEtape" as const, params: { etape } },
];

const HISTORIQUE = { type: "history" as const, history: "deep" as const };

/** The judicial routes, chosen from any stage before the courts (guards give the law's limits). */
const CHOIX_DE_LA_VOIE = [
  { guard: "petitesCreancesPossibles", target: "petitesCreances", actions: "enregistrer" },
  { guard: "injonctionPossible", target: "injonctionDePayer", actions: "enregistrer" },
  { guard: "referePossible", target: "refereProvision", actions: "enregistrer" },
  { guard: "assignationPossible", target: "assignation", actions: "enregistrer" },
] as const;

/** Référé and assignation au fond share their steps: hearing date, service, placement, decision. */
/**
 * Stages of an instance (référé or assignation). `siRejet`: where a judgment that obtains no title
 * leads — back to the judicial route after a référé (no res judicata on the merits, art. 488 CPC),
 * to `rejetee` after an assignation au fond (res judicata, art. 1355 C. civ. and 480 CPC).
 */
const etatsInstance = (siRejet: string) =>
  ({
    redaction: { on: { "audience.fixee": { target: "audienceFixee", actions: "enregistrer" } } },
    audienceFixee: {
      on: {
        "audience.fixee": { actions: "enregistrer" },
        "assignation.signifiee": { guard: "creanceNonPrescrite", target: "signifiee", actions: "enregistrer" },
      },
    },
    signifiee: { on: { "assignation.placee": { target: "placee", actions: "enregistrer" } } },
    placee: {
      on: {
        "audience.fixee": { actions: "enregistrer" },
        "decision.rendue": [
          { guard: "titreObtenu", target: "#escalation.execution", actions: "enregistrer" },
          { target: siRejet, actions: "enregistrer" },
        ],
      },
    },
    /** The claim was rejected on the merits: only a remedy against the judgment remains. */
    rejetee: { on: { "decision.signifiee": { actions: "enregistrer" } } },
    historique: HISTORIQUE,
  }) as const;

export const escalationMachine = setup({
  types: {
    context: {} as ContexteEscalation,
    events: {} as Evenement,
    input: {} as EntreeEscalation,
  },
  guards: {
    estSolde: ({ context, event }) =>
      (event.type === "paiement.recu" || event.type === "echeance.payee") &&
      principalRestant(context.dossier, journalAvec(context, event)) <= 0,
    toutPrescrit: ({ context, event }) => delaiExpire(event, "prescription") && toutPrescrit(context, event),
    unePrescriptionPasse: ({ event }) => delaiExpire(event, "prescription"),
    /** The court steps a time-barred claim may not take (product rule). */
    creanceNonPrescrite: ({ context, event }) => creanceNonPrescrite(context, event).permis,
    petitesCreancesPossibles: ({ context, event }) =>
      voie(event) === "petites-creances" && voieOuverte(context, event).permis,
    injonctionPossible: ({ context, event }) =>
      voie(event) === "injonction-de-payer" && voieOuverte(context, event).permis,
    referePossible: ({ context, event }) => voie(event) === "refere-provision" && voieOuverte(context, event).permis,
    assignationPossible: ({ context, event }) => voie(event) === "assignation" && voieOuverte(context, event).permis,
    delaiMiseEnDemeureEchu: ({ context, event }) => {
      const m = echeanceMiseEnDemeure(context.dossier, context.journal);
      return delaiExpire(event, "delai-mise-en-demeure") && m !== null && event.date > m.date;
    },
    significationEchue: ({ context, event }) => {
      const s = echeanceSignification(context.journal);
      return delaiExpire(event, "signification-ordonnance") && s !== null && event.date > s.dateLimite;
    },
    executionPossible: ({ context, event }) => {
      const inj = echeancesInjonction(context.dossier, context.journal);
      return delaiExpire(event, "execution-possible") && !!inj?.execution.date && event.date >= inj.execution.date;
    },
    /** Served other than in person: a late opposition stays admissible (art. 1416 al. 2 CPC). */
    oppositionTardiveRecevable: ({ context, event }) => oppositionTardiveRecevable(context, event).permis,
    titreObtenu: ({ event }) => event.type === "decision.rendue" && event.titreObtenu,
    consommateur: ({ context }) => estConsommateur(context.dossier.debiteur.qualite),
    repriseEst: ({ context }, params: { etape: Etape }) => context.reprise === params.etape,
    audienceFixee: ({ context }) => indexDernier(context.journal, "audience.fixee") >= 0,
  },
  actions: {
    enregistrer: assign(({ context, event }) => ({
      journal: journalAvec(context, event),
      dateCourante: maxJour(context.dateCourante, event.date),
    })),
    memoriserReprise: assign(({ context }) => ({ reprise: context.etapeActive })),
    entrerEtape: assign((_, params: { etape: Etape }) => ({ etapeActive: params.etape })),
    // Effects, provided by the server (persisting, notifying): placeholders here.
    signalerEtape: (_, _params: { etape: Etape }) => {},
  },
}).createMachine({
  id: "escalation",
  context: ({ input }) => ({
    dossier: input.dossier,
    journal: [],
    dateCourante: input.dateOuverture,
    etapeActive: "qualification",
    reprise: null,
  }),
  initial: "qualification",
  on: {
    // Facts that may be recorded at any stage that is not final.
    "paiement.recu": [{ guard: "estSolde", target: ".solde", actions: "enregistrer" }, { actions: "enregistrer" }],
    "debiteur.reconnait": { actions: "enregistrer" },
    "mediation.debut": { actions: "enregistrer" },
    "mediation.fin": { actions: "enregistrer" },
    "relance.envoyee": { actions: "enregistrer" },
    // An import changed the invoices (issue 15): a fact of the journal, the stage does not change.
    "facture.ajoutee": { actions: "enregistrer" },
    "facture.modifiee": { actions: "enregistrer" },
    "procedure-collective.ouverte": { target: ".procedureCollective", actions: "enregistrer" },
    "dossier.abandonne": { target: ".abandon", actions: "enregistrer" },
    // A dispute is a fact at every stage; where it changes the path, the stage handles it itself.
    "debiteur.conteste": { actions: "enregistrer" },
    "delai.expire": [
      { guard: "toutPrescrit", target: ".prescrite", actions: "enregistrer" },
      { guard: "unePrescriptionPasse", actions: "enregistrer" },
    ],
  },
  states: {
    qualification: {
      entry: entree("qualification"),
      on: {
        "relance.envoyee": { target: "relance", actions: "enregistrer" },
        "med.envoyee": { target: "miseEnDemeure", actions: "enregistrer" },
        "debiteur.conteste": { target: "litige", actions: ["enregistrer", "memoriserReprise"] },
        "echeancier.signe": { target: "echeancier", actions: ["enregistrer", "memoriserReprise"] },
        "voie.choisie": CHOIX_DE_LA_VOIE,
      },
    },
    relance: {
      entry: entree("relance"),
      on: {
        "med.envoyee": { target: "miseEnDemeure", actions: "enregistrer" },
        "debiteur.conteste": { target: "litige", actions: ["enregistrer", "memoriserReprise"] },
        "echeancier.signe": { target: "echeancier", actions: ["enregistrer", "memoriserReprise"] },
        "voie.choisie": CHOIX_DE_LA_VOIE,
      },
    },
    miseEnDemeure: {
      entry: entree("mise-en-demeure"),
      initial: "envoyee",
      states: {
        envoyee: { on: { "med.recue": { target: "recue", actions: "enregistrer" } } },
        recue: {},
        historique: HISTORIQUE,
      },
      on: {
        "med.envoyee": { target: ".envoyee", actions: "enregistrer" },
        "delai.expire": [
          { guard: "toutPrescrit", target: "prescrite", actions: "enregistrer" },
          { guard: "delaiMiseEnDemeureEchu", target: "voieJudiciaire", actions: "enregistrer" },
          { guard: "unePrescriptionPasse", actions: "enregistrer" },
        ],
        "debiteur.conteste": { target: "litige", actions: ["enregistrer", "memoriserReprise"] },
        "echeancier.signe": { target: "echeancier", actions: ["enregistrer", "memoriserReprise"] },
        "voie.choisie": CHOIX_DE_LA_VOIE,
      },
    },
    voieJudiciaire: {
      entry: entree("voie-judiciaire"),
      on: {
        "med.envoyee": { target: "miseEnDemeure", actions: "enregistrer" },
        "debiteur.conteste": { target: "litige", actions: ["enregistrer", "memoriserReprise"] },
        "echeancier.signe": { target: "echeancier", actions: ["enregistrer", "memoriserReprise"] },
        "voie.choisie": CHOIX_DE_LA_VOIE,
      },
    },
    petitesCreances: {
      entry: entree("petites-creances"),
      initial: "invitation",
      states: {
        invitation: { on: { "petites-creances.accord": { target: "accord", actions: "enregistrer" } } },
        accord: { on: { "petites-creances.titre": { target: "#escalation.execution", actions: "enregistrer" } } },
        historique: HISTORIQUE,
      },
      on: {
        "petites-creances.echec": { target: "voieJudiciaire", actions: "enregistrer" },
        "echeancier.signe": { target: "echeancier", actions: ["enregistrer", "memoriserReprise"] },
      },
    },
    injonctionDePayer: {
      entry: entree("injonction-de-payer"),
      initial: "preparation",
      states: {
        preparation: {
          on: { "requete.deposee": { guard: "creanceNonPrescrite", target: "deposee", actions: "enregistrer" } },
        },
        deposee: {
          on: {
            "ordonnance.rendue": { target: "ordonnanceRendue", actions: "enregistrer" },
            "ordonnance.rejetee": { target: "#escalation.voieJudiciaire", actions: "enregistrer" },
          },
        },
        ordonnanceRendue: {
          on: {
            "ordonnance.signifiee": { target: "signifiee", actions: "enregistrer" },
            "delai.expire": [
              { guard: "toutPrescrit", target: "#escalation.prescrite", actions: "enregistrer" },
              { guard: "significationEchue", target: "#escalation.voieJudiciaire", actions: "enregistrer" },
              { guard: "unePrescriptionPasse", actions: "enregistrer" },
            ],
          },
        },
        signifiee: {
          on: {
            "opposition.formee": { target: "opposition", actions: "enregistrer" },
            "delai.expire": [
              { guard: "executionPossible", target: "#escalation.execution", actions: "enregistrer" },
              { guard: "toutPrescrit", target: "#escalation.prescrite", actions: "enregistrer" },
              { guard: "unePrescriptionPasse", actions: "enregistrer" },
            ],
          },
        },
        opposition: {
          on: {
            "audience.fixee": { actions: "enregistrer" },
            "decision.rendue": [
              { guard: "titreObtenu", target: "#escalation.execution", actions: "enregistrer" },
              // The judgment on opposition replaces the order: a rejection has res judicata.
              { target: "rejetee", actions: "enregistrer" },
            ],
            "instance.non-avenue": { target: "#escalation.voieJudiciaire", actions: "enregistrer" },
          },
        },
        rejetee: { on: { "decision.signifiee": { actions: "enregistrer" } } },
        historique: HISTORIQUE,
      },
      on: {
        "echeancier.signe": { target: "echeancier", actions: ["enregistrer", "memoriserReprise"] },
      },
    },
    refereProvision: {
      entry: entree("refere-provision"),
      initial: "redaction",
      states: etatsInstance("#escalation.voieJudiciaire"),
      on: {
        "instance.non-avenue": { target: "voieJudiciaire", actions: "enregistrer" },
        "echeancier.signe": { target: "echeancier", actions: ["enregistrer", "memoriserReprise"] },
      },
    },
    assignation: {
      entry: entree("assignation"),
      initial: "redaction",
      states: etatsInstance("#escalation.assignation.rejetee"),
      on: {
        "instance.non-avenue": { target: "voieJudiciaire", actions: "enregistrer" },
        "echeancier.signe": { target: "echeancier", actions: ["enregistrer", "memoriserReprise"] },
      },
    },
    execution: {
      entry: entree("execution"),
      initial: "titre",
      states: {
        titre: { on: { "execution.engagee": { target: "engagee", actions: "enregistrer" } } },
        engagee: { on: { "execution.engagee": { actions: "enregistrer" } } },
        historique: HISTORIQUE,
      },
      on: {
        "decision.signifiee": { actions: "enregistrer" },
        "opposition.formee": [
          { guard: "oppositionTardiveRecevable", target: "injonctionDePayer.opposition", actions: "enregistrer" },
          // Out of time: still a fact, recorded and flagged; it does not suspend enforcement (art. 1422 CPC).
          { actions: "enregistrer" },
        ],
        "echeancier.signe": { target: "echeancier", actions: ["enregistrer", "memoriserReprise"] },
      },
    },
    echeancier: {
      entry: { type: "signalerEtape", params: { etape: "echeancier" } },
      on: {
        "echeance.payee": [{ guard: "estSolde", target: "solde", actions: "enregistrer" }, { actions: "enregistrer" }],
        "debiteur.conteste": { target: "litige", actions: "enregistrer" },
        "echeancier.defaillant": [
          // For a consumer, a mise en demeure must precede the loss of the term.
          { guard: "consommateur", target: "relance", actions: "enregistrer" },
          ...repriseVers(),
        ],
      },
    },
    litige: {
      entry: { type: "signalerEtape", params: { etape: "litige" } },
      on: {
        "litige.resolu": repriseVers(),
        "echeancier.signe": { target: "echeancier", actions: "enregistrer" },
        "voie.choisie": [{ guard: "assignationPossible", target: "assignation", actions: "enregistrer" }],
      },
    },
    procedureCollective: {
      entry: { type: "signalerEtape", params: { etape: "procedure-collective" } },
      initial: "ouverte",
      states: {
        ouverte: { on: { "creance.declaree": { target: "declaree", actions: "enregistrer" } } },
        declaree: {},
      },
      on: {
        // Individual actions are stopped (L.622-21 C. com.) and paying pre-opening claims is
        // forbidden (L.622-7): no reminder; only the declaration and distributions received.
        "relance.envoyee": {},
        "delai.expire": { actions: "enregistrer" },
        "procedure-collective.ouverte": { actions: "enregistrer" },
      },
    },
    solde: { type: "final", entry: { type: "signalerEtape", params: { etape: "solde" } } },
    prescrite: {
      entry: { type: "signalerEtape", params: { etape: "prescrite" } },
      on: {
        "debiteur.reconnait": { actions: "enregistrer" },
        "relance.envoyee": {},
        "mediation.debut": {},
        "mediation.fin": {},
        "procedure-collective.ouverte": {},
        "delai.expire": { actions: "enregistrer" },
      },
    },
    abandon: {
      entry: { type: "signalerEtape", params: { etape: "abandon" } },
      on: {
        "debiteur.conteste": {},
        "debiteur.reconnait": {},
        "relance.envoyee": {},
        "mediation.debut": {},
        "mediation.fin": {},
        "procedure-collective.ouverte": {},
        "dossier.abandonne": {},
        "delai.expire": {},
      },
    },
  },
});

/** Transitions back to the stage where the path stopped (deep history of compound stages). */
function repriseVers() {
  const cibles: [Etape, string][] = [
    ["qualification", "qualification"],
    ["relance", "relance"],
    ["mise-en-demeure", "miseEnDemeure.historique"],
    ["voie-judiciaire", "voieJudiciaire"],
    ["petites-creances", "petitesCreances.historique"],
    ["injonction-de-payer", "injonctionDePayer.historique"],
    ["refere-provision", "refereProvision.historique"],
    ["assignation", "assignation.historique"],
    ["execution", "execution.historique"],
  ];
  return [
    ...cibles.map(([etape, cible]) => ({
      guard: { type: "repriseEst" as const, params: { etape } },
      target: `#escalation.${cible}`,
      actions: "enregistrer" as const,
    })),
    { target: "#escalation.relance", actions: "enregistrer" as const },
  ];
}
