/**
 * Pure functions around the escalation machine: start, send an event (with the French reason of a
 * refusal), advance time to a day (the `delai.expire` events whose dates have passed), replay a
 * journal, and describe what may be done next. No clock: `aujourdhui` is always a parameter.
 */
import { createActor, initialTransition, type SnapshotFrom, transition } from "xstate";
import { nomCollectivite } from "../../domain/calendrier/departement";
import { ajouterJours, type Jour, maxJour } from "../../domain/dates/jour";
import { type DossierStatique, type Situation, situation } from "../../domain/dossier/analyse";
import type { Dossier } from "../../domain/dossier/dossier.schema";
import type { Evenement, TypeEvenement } from "../../domain/dossier/evenements";
import { debiteurProfessionnel, estConsommateur } from "../../domain/dossier/qualite";
import { dateLongue, montant } from "../../domain/format/francais";
import {
  aProcedureLocale,
  determinerJuridiction,
  SEUIL_PETITES_CREANCES_CENTS,
} from "../../domain/juridiction/juridiction";
import {
  type CodeEcheance,
  calculerEcheances,
  departementDebiteur,
  type Echeance,
  echeanceDeclaration,
  echeanceMiseEnDemeure,
  echeanceSignification,
  echeancesInjonction,
  echeancesInstance,
  recoursApresRejet,
} from "./echeances";
import { ETAPES, ETATS, type Etape, escalationMachine, refereRefuse, VERSION_MACHINE } from "./escalation.machine";

export type Snapshot = SnapshotFrom<typeof escalationMachine>;

export type Action = {
  code: TypeEvenement;
  libelle: string;
  avant: Jour | null;
  fondements: string[];
  documents: string[];
  /** Fixed fields of the event (e.g. `voie` for voie.choisie). */
  donnees?: Record<string, unknown>;
};

export type Rejet = { index: number; type: string; raison: string };

const ETAPE_DE_ETAT = Object.fromEntries(Object.entries(ETATS).map(([etape, etat]) => [etat, etape])) as Record<
  string,
  Etape
>;

export function dossierStatique(d: DossierStatique): DossierStatique {
  return {
    creancier: d.creancier,
    debiteur: d.debiteur,
    factures: d.factures,
    options: d.options,
    objet: d.objet,
    ...(d.tauxPublies ? { tauxPublies: d.tauxPublies } : {}),
  };
}

export function demarrer(dossier: DossierStatique, dateOuverture: Jour): Snapshot {
  return initialTransition(escalationMachine, { dossier, dateOuverture })[0];
}

export function etapeDe(s: Snapshot): Etape {
  const v = s.value;
  const cle = typeof v === "string" ? v : Object.keys(v)[0]!;
  return ETAPE_DE_ETAT[cle] ?? "qualification";
}

export function sousEtatDe(s: Snapshot): string | undefined {
  const v = s.value;
  if (typeof v === "string") return undefined;
  const sous = Object.values(v)[0];
  return typeof sous === "string" ? sous : undefined;
}

/** Full state value as a dotted string (informative). */
export function etatDe(s: Snapshot): string {
  const aplatir = (v: unknown): string =>
    typeof v === "string" ? v : (Object.entries(v as object).map(([k, sv]) => `${k}.${aplatir(sv)}`)[0] ?? "");
  return aplatir(s.value);
}

/**
 * Snapshots of earlier machine versions, brought to the current one. @1 → @2 only added
 * transitions and the `rejetee` sub-states: every @1 state exists unchanged, so the snapshot is
 * taken as it is. (The app also rebuilds any snapshot of another version by replaying the journal.)
 */
const MIGRATIONS: Record<string, (snapshot: unknown) => unknown> = {
  "escalation@1": (snapshot) => snapshot,
};

/** Persisted form of a snapshot, with the version of the machine that produced it. */
export function persister(s: Snapshot): { machineVersion: string; snapshot: unknown } {
  return { machineVersion: VERSION_MACHINE, snapshot: escalationMachine.getPersistedSnapshot(s) };
}

/**
 * Restores a persisted snapshot. `machine`: the same machine with its effects provided (a snapshot
 * carries the machine it belongs to, and `transition()` runs that machine's implementations).
 */
export function rehydrater(
  persiste: { machineVersion: string; snapshot: unknown },
  machine: typeof escalationMachine = escalationMachine,
): Snapshot {
  const migrer = persiste.machineVersion === VERSION_MACHINE ? (x: unknown) => x : MIGRATIONS[persiste.machineVersion];
  if (!migrer) {
    throw new Error(
      `Instantané produit par ${persiste.machineVersion}, machine actuelle ${VERSION_MACHINE} : reconstruisez-le en rejouant le journal.`,
    );
  }
  const snapshot = migrer(persiste.snapshot) as Snapshot;
  // Restoring a snapshot does not start the actor: no effect runs; `input` is ignored when a snapshot is given.
  return createActor(machine, {
    snapshot,
    input: { dossier: snapshot.context.dossier, dateOuverture: snapshot.context.dateCourante },
  }).getSnapshot();
}

const EVENEMENTS_JUDICIAIRES: TypeEvenement[] = [
  "voie.choisie",
  "requete.deposee",
  "assignation.signifiee",
  "ordonnance.signifiee",
  "audience.fixee",
  "assignation.placee",
  "petites-creances.accord",
];

const PREALABLES: Partial<Record<TypeEvenement, string>> = {
  "med.recue": "aucune mise en demeure n'attend de réception",
  "requete.deposee": "choisissez d'abord la voie de l'injonction de payer",
  "ordonnance.rendue": "la requête en injonction de payer doit d'abord être déposée",
  "ordonnance.rejetee": "la requête en injonction de payer doit d'abord être déposée",
  "ordonnance.signifiee": "l'ordonnance doit d'abord être rendue",
  "opposition.formee": "une opposition suppose une ordonnance d'injonction de payer signifiée",
  "assignation.signifiee": "l'assignation doit d'abord comporter une date d'audience (art. 56 CPC)",
  "assignation.placee": "l'assignation doit d'abord être signifiée par un commissaire de justice",
  "audience.fixee": "aucune instance n'est engagée (choisissez le référé ou l'assignation)",
  "decision.rendue": "aucune instance n'attend de décision",
  "decision.signifiee": "aucun jugement n'a été rendu dans ce dossier",
  "instance.non-avenue": "aucune instance n'est en cours",
  "execution.engagee": "l'exécution forcée suppose un titre exécutoire",
  "petites-creances.accord": "choisissez d'abord la procédure de petites créances",
  "petites-creances.echec": "aucune procédure de petites créances n'est en cours",
  "petites-creances.titre": "le débiteur doit d'abord accepter de participer à la procédure",
  "echeance.payee": "aucun échéancier n'est en cours",
  "echeancier.defaillant": "aucun échéancier n'est en cours",
  "litige.resolu": "aucune contestation n'est en cours",
  "creance.declaree": "aucune procédure collective n'est ouverte",
  "voie.choisie": "la voie judiciaire ne se choisit pas à ce stade",
};

/** French reason why the machine refuses an event in a snapshot. */
export function raisonRefus(s: Snapshot, e: Evenement): string {
  const etape = etapeDe(s);
  const ctx = s.context;
  if (etape === "solde")
    return "Le dossier est soldé : la créance a été entièrement payée, aucune étape ne reste à faire.";
  if (etape === "abandon") return "Le dossier est abandonné : seul un paiement reçu peut encore y être noté.";
  if (etape === "prescrite") {
    return "La créance est prescrite : le débiteur peut refuser de payer ; seul un paiement volontaire ou une reconnaissance peut encore être noté.";
  }
  if (
    etape === "procedure-collective" &&
    (EVENEMENTS_JUDICIAIRES.includes(e.type) || e.type === "med.envoyee" || e.type === "relance.envoyee")
  ) {
    return "Le débiteur est en procédure collective : les poursuites individuelles sont interrompues ou interdites (art. L.622-21 C. com.). Déclarez la créance au mandataire judiciaire (art. L.622-24 et R.622-24 C. com.).";
  }
  const voie = e.type === "voie.choisie" ? e.voie : undefined;
  const etranger = (ctx.dossier.debiteur.adresse.pays ?? "FR") !== "FR";
  if (voie === "injonction-de-payer" && etranger) {
    return "Le débiteur demeure à l'étranger : l'injonction de payer française n'est pas ouverte ; dans l'Union européenne, utilisez l'injonction de payer européenne (règlement (CE) n° 1896/2006).";
  }
  const collectivite = aProcedureLocale(departementDebiteur(ctx.dossier));
  if ((voie === "injonction-de-payer" || voie === "petites-creances") && collectivite) {
    return `${nomCollectivite(departementDebiteur(ctx.dossier) ?? "") ?? "Cette collectivité"} a sa propre procédure civile : l'injonction de payer et les petites créances décrites ici ne s'y appliquent pas ; les règles locales s'appliquent, consultez un avocat du lieu.`;
  }
  if (voie === "petites-creances" && etranger) {
    return "La procédure de petites créances suppose un débiteur domicilié en France (commissaire de justice du ressort de son domicile).";
  }
  const justiciable = voie !== undefined || e.type === "requete.deposee" || e.type === "assignation.signifiee";
  if (justiciable && voie !== "petites-creances") {
    const sit = situation(ctx.dossier, ctx.journal, e.date);
    if (sit.prescriptions.length > 0 && sit.prescriptions.every((p) => p.resultat.statut === "acquise")) {
      return "La créance est prescrite : engager une injonction de payer, un référé ou une assignation exposerait à un rejet et à des frais, voire à une condamnation pour procédure abusive (règle du produit ; le débiteur peut opposer la prescription, art. 2247 et 2248 C. civ.).";
    }
  }
  if (voie === "petites-creances") {
    const total = situation(ctx.dossier, ctx.journal, e.date).montantPetitesCreancesCents;
    if (total > SEUIL_PETITES_CREANCES_CENTS) {
      return `La procédure de petites créances est réservée aux créances de 5 000 € au plus, principal et intérêts (art. L.125-1 et R.125-1 CPCE) ; ce dossier réclame ${montant(total)} hors indemnités et frais.`;
    }
  }
  if (etape === "litige" && voie && voie !== "assignation") {
    return "La créance est contestée : l'injonction de payer, le référé-provision et les petites créances supposent une créance non sérieusement contestée ; c'est l'assignation au fond qui permet au juge de trancher le litige.";
  }
  if (e.type === "opposition.formee" && etape === "execution") {
    const inj = echeancesInjonction(ctx.dossier, ctx.journal);
    if (inj?.aPersonne) {
      return "L'ordonnance a été signifiée à personne : le délai d'opposition d'un mois est expiré (art. 1416 al. 1 CPC).";
    }
    return `L'opposition n'est plus recevable : le délai d'un mois après le premier acte signifié à personne ou la première mesure d'exécution est expiré${inj?.opposition.delai ? ` (${dateLongue(inj.opposition.delai.dateLimite)})` : ""} (art. 1416 al. 2 CPC).`;
  }
  if (voie === "refere-provision" && refereRefuse(ctx.journal)) {
    return "Le juge des référés a déjà refusé la provision : une nouvelle demande en référé suppose des circonstances nouvelles (art. 488 CPC). L'ordonnance de référé n'a pas autorité de la chose jugée au fond : l'assignation au fond reste ouverte.";
  }
  if (e.type === "voie.choisie" && sousEtatDe(s) === "rejetee") {
    return "La demande a été rejetée au fond : la même créance ne peut plus être portée devant un juge (autorité de la chose jugée, art. 1355 C. civ. et 480 CPC) ; seul un recours contre le jugement reste possible, avec un avocat.";
  }
  if (e.type === "ordonnance.signifiee" && etape === "voie-judiciaire") {
    const s1411 = echeanceSignification(ctx.journal);
    const caduque = ctx.journal.some((x) => x.type === "delai.expire" && x.echeance === "signification-ordonnance");
    if (s1411 && caduque) {
      return `L'ordonnance du ${dateLongue(s1411.dateOrdonnance)} est non avenue faute de signification dans le délai de ${s1411.mois} mois, expiré le ${dateLongue(s1411.dateLimite)} (art. 1411 CPC) : elle ne peut plus être signifiée ; une nouvelle requête peut être déposée.`;
    }
  }
  if (e.type === "delai.expire") {
    const code = e.echeance;
    const echeances = calculerEcheances(ctx.dossier, ctx.journal, etape, sousEtatDe(s), e.date);
    const ech = echeances.find((x) => x.code === code);
    if (ech && e.date <= ech.date) {
      return `Le délai « ${code} » n'est pas encore expiré : il court jusqu'au ${dateLongue(ech.date)} inclus.`;
    }
    return `Aucun délai « ${code ?? "?"} » ne court à l'étape « ${etape} ».`;
  }
  const prealable = PREALABLES[e.type];
  return `« ${e.type} » n'est pas possible à l'étape « ${etape} »${prealable ? ` : ${prealable}` : ""}.`;
}

export type Envoi = { snapshot: Snapshot; accepte: boolean; raison?: string };

export function envoyer(s: Snapshot, e: Evenement): Envoi {
  if (!s.can(e)) return { snapshot: s, accepte: false, raison: raisonRefus(s, e) };
  const [suivant] = transition(escalationMachine, s, e);
  return { snapshot: suivant, accepte: true };
}

/** Deadlines the machine reacts to when they pass. */
const CODES_ACTIFS: CodeEcheance[] = [
  "prescription",
  "delai-mise-en-demeure",
  "signification-ordonnance",
  "execution-possible",
];

/**
 * Advances the dossier to `aujourdhui`: sends, in date order, the `delai.expire` events of the
 * deadlines that have passed (the day after their last day). Deterministic: the same journal and
 * day give the same events, which go into the journal like any other.
 */
export function avancer(s: Snapshot, aujourdhui: Jour): { snapshot: Snapshot; evenements: Evenement[] } {
  const evenements: Evenement[] = [];
  const essayes = new Set<string>();
  let courant = s;
  for (let tour = 0; tour < 50; tour++) {
    if (courant.status !== "active") break;
    // The clocks as the dossier knows them (its latest date): a deadline already past `aujourdhui`
    // is still running there, and is the one to expire.
    const echues = calculerEcheances(
      courant.context.dossier,
      courant.context.journal,
      etapeDe(courant),
      sousEtatDe(courant),
      courant.context.dateCourante,
    )
      .filter((x) => CODES_ACTIFS.includes(x.code) && ajouterJours(x.date, 1) <= aujourdhui)
      .filter((x) => !essayes.has(`${x.code}@${x.date}`));
    const prochaine = echues[0];
    if (!prochaine) break;
    essayes.add(`${prochaine.code}@${prochaine.date}`);
    // Dated the day after the last day, or later when the path only reached this stage afterwards.
    const date = maxJour(ajouterJours(prochaine.date, 1), courant.context.dateCourante);
    const ev: Evenement = { type: "delai.expire", date, echeance: prochaine.code };
    const r = envoyer(courant, ev);
    if (r.accepte) {
      courant = r.snapshot;
      evenements.push(ev);
    }
  }
  return { snapshot: courant, evenements };
}

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

export type Qualification = {
  regime: "B2B" | "B2C" | "civil";
  debiteurEtranger: boolean;
  conteste: boolean;
  procedureCollective: boolean;
  prescrite: boolean;
  principalRestantCents: number;
  totalReclameCents: number;
};

export type Parcours = {
  etape: Etape;
  etat: string;
  qualification: Qualification;
  prochainesActions: Action[];
  echeances: Echeance[];
  rejets: Rejet[];
  facturesPrescrites: string[];
  avertissements: string[];
  evenementsAjoutes: Evenement[];
  snapshot: Snapshot;
};

/**
 * An opposition formed after the deadline of art. 1416 is a fact: it is recorded, never silently
 * taken as timely. Null when there is none, or when it was in time.
 */
export function oppositionApparemmentTardive(
  d: DossierStatique,
  journal: readonly Evenement[],
): { dateOpposition: Jour; dateLimite: Jour } | null {
  const opposition = [...journal].reverse().find((e) => e.type === "opposition.formee");
  const inj = echeancesInjonction(d, journal);
  const limite = inj?.opposition.delai?.dateLimite;
  if (!opposition || !limite || opposition.date <= limite) return null;
  return { dateOpposition: opposition.date, dateLimite: limite };
}

/**
 * A dispute recorded at a judicial stage: what it changes (art. 835 and 873 CPC for the référé,
 * art. 1416 for an order already served).
 */
function avertissementsContestation(
  etape: Etape,
  sousEtat: string | undefined,
  journal: readonly Evenement[],
): string[] {
  const indexEtape = journal.findLastIndex((e) => e.type === "voie.choisie");
  const conteste = journal.findLastIndex((e) => e.type === "debiteur.conteste");
  if (conteste < 0 || conteste < indexEtape) return [];
  const quand = dateLongue(journal[conteste]!.date);
  if (etape === "refere-provision") {
    return [
      `Le débiteur conteste depuis le ${quand} : si la contestation est sérieuse, le juge des référés ne peut accorder de provision (art. 835 al. 2 et 873 al. 2 CPC) ; l'assignation au fond permet au juge de trancher.`,
    ];
  }
  if (etape === "injonction-de-payer" && (sousEtat === "preparation" || sousEtat === "deposee")) {
    return [
      `Le débiteur conteste depuis le ${quand} : l'injonction de payer reste possible, mais une opposition est probable et renverrait à un procès ; l'assignation au fond est souvent préférable pour une créance contestée.`,
    ];
  }
  if (etape === "injonction-de-payer" && sousEtat === "signifiee") {
    return [
      `Le débiteur conteste depuis le ${quand} : l'ordonnance étant signifiée, sa contestation doit prendre la forme d'une opposition (art. 1416 CPC) ; sans opposition dans le délai, elle ne change rien à la procédure.`,
    ];
  }
  if (etape === "assignation" || etape === "petites-creances" || etape === "execution") {
    return [
      `Le débiteur conteste depuis le ${quand} : la contestation est inscrite au journal ; elle sera débattue devant le juge.`,
    ];
  }
  return [];
}

/** `sit`: the money situation on `aujourdhui`, when the caller already computed it. */
export function decrire(
  s: Snapshot,
  aujourdhui: Jour,
  sit: Situation = situation(s.context.dossier, s.context.journal, aujourdhui),
): Omit<Parcours, "rejets" | "evenementsAjoutes" | "snapshot"> {
  const etape = etapeDe(s);
  const avertissements = sit.facturesPrescrites.length
    ? [
        `${sit.facturesPrescrites.length > 1 ? "Les factures" : "La facture"} ${sit.facturesPrescrites.join(", ")} ${sit.facturesPrescrites.length > 1 ? "sont prescrites et sont retirées" : "est prescrite et est retirée"} de la réclamation.`,
      ]
    : [];
  if (sit.interetsIncalculables) avertissements.push(sit.interetsIncalculables);
  const sousEtat = sousEtatDe(s);
  if (sousEtat === "rejetee") {
    avertissements.push(...recoursApresRejet(s.context.dossier, s.context.journal, aujourdhui).avertissements);
  }
  avertissements.push(...avertissementsContestation(etape, sousEtat, s.context.journal));
  if (etape === "refere-provision") {
    avertissements.push(
      "En référé, aucun délai fixe ne sépare l'assignation de l'audience : elle doit laisser au défendeur un temps suffisant pour préparer sa défense (art. 486 CPC) ; faites-la signifier au plus tôt.",
    );
  }
  if (etape === "procedure-collective") {
    avertissements.push(
      "Le débiteur est en procédure collective : aucune poursuite individuelle ; pénalités et indemnité de 40 € ne courent plus pour les créances antérieures au jugement d'ouverture.",
    );
  }
  const journal = s.context.journal;
  const derniereRelance = [...journal].reverse().find((e) => e.type === "relance.envoyee");
  if (derniereRelance?.type === "relance.envoyee" && derniereRelance.canal === "telephone") {
    avertissements.push(
      `La relance du ${dateLongue(derniereRelance.date)} était téléphonique : confirmez-la par écrit (courrier ou courriel), seule trace utile devant un juge.`,
    );
  }
  if (journal.some((e) => e.type === "voie.choisie") && !journal.some((e) => e.type === "med.envoyee")) {
    avertissements.push(
      "Aucune mise en demeure n'a été envoyée : elle n'est pas une condition légale de l'action en justice, mais le juge attend la preuve de demandes préalables, et envers un consommateur les intérêts ne courent qu'à compter d'elle.",
    );
  }
  const d = s.context.dossier;
  const tardive = etatDe(s) === "injonctionDePayer.opposition" ? oppositionApparemmentTardive(d, journal) : null;
  if (tardive) {
    avertissements.push(
      `L'opposition du ${dateLongue(tardive.dateOpposition)} paraît tardive : le délai d'opposition expirait le ${dateLongue(tardive.dateLimite)} (art. 1416 CPC). Elle est inscrite au journal telle qu'elle a été formée ; faites constater son irrecevabilité à l'audience. Une opposition tardive ne suspend pas l'exécution de l'ordonnance (art. 1422 CPC).`,
    );
  }
  const etranger = (d.debiteur.adresse.pays ?? "FR") !== "FR";
  return {
    etape,
    etat: etatDe(s),
    qualification: {
      regime: estConsommateur(d.debiteur.qualite) ? "B2C" : d.creancier.qualite === "particulier" ? "civil" : "B2B",
      debiteurEtranger: etranger,
      conteste: journal.some((e) => e.type === "debiteur.conteste") && etape === "litige",
      procedureCollective: journal.some((e) => e.type === "procedure-collective.ouverte"),
      prescrite: sit.prescriptions.length > 0 && sit.prescriptions.every((p) => p.resultat.statut === "acquise"),
      principalRestantCents: sit.interets?.principalRestantCents ?? 0,
      totalReclameCents: sit.totalReclameCents,
    },
    prochainesActions: prochainesActions(s, aujourdhui, sit),
    echeances: calculerEcheances(s.context.dossier, s.context.journal, etape, sousEtatDe(s), aujourdhui),
    facturesPrescrites: sit.facturesPrescrites,
    avertissements,
  };
}

/**
 * Replays a dossier's journal in order, then advances time to `aujourdhui`. Refused events are
 * reported with their index and French reason, and change nothing.
 */
export function rejouer(dossier: Dossier, aujourdhui: Jour): Parcours {
  const dates = [...dossier.evenements.map((e) => e.date), ...dossier.factures.map((f) => f.dateEcheance)].sort();
  let s = demarrer(dossierStatique(dossier), dates[0] ?? aujourdhui);
  const rejets: Rejet[] = [];
  const ajoutes: Evenement[] = [];
  dossier.evenements.forEach((e, index) => {
    // Deadlines that passed before this event are applied first (a journal may omit them).
    const avant = avancer(s, e.date);
    s = avant.snapshot;
    ajoutes.push(...avant.evenements);
    if (e.type === "delai.expire" && dejaExpire(s, e)) return;
    const r = envoyer(s, e);
    if (r.accepte) s = r.snapshot;
    else rejets.push({ index, type: e.type, raison: r.raison ?? "refusé" });
  });
  const avance = avancer(s, aujourdhui);
  s = avance.snapshot;
  ajoutes.push(...avance.evenements);
  return { ...decrire(s, aujourdhui), rejets, evenementsAjoutes: ajoutes, snapshot: s };
}

/** A `delai.expire` already applied (by advancing time) is a duplicate, not a new fact. */
function dejaExpire(s: Snapshot, e: Evenement & { type: "delai.expire" }): boolean {
  return s.context.journal.some((x) => x.type === "delai.expire" && x.echeance === e.echeance && x.date === e.date);
}

export { ETAPES };
