import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hacherMotDePasse, problemeMotDePasse } from "../app/comptes/mot-de-passe.server";
import {
  changerMotDePasse,
  creerCompte,
  fermerSessions,
  InstallationRefusee,
  type RoleMembre,
  trouverUtilisateur,
} from "../app/db/comptes.server";
import { organisationParNom } from "../app/db/equipes.server";
import { identiteOrganisation } from "../app/db/imports.server";
import { FichierRefuse } from "../app/services/import/efacture";
import { analyser, executer } from "../app/services/import/import.server";
import { type FichierLu, grouper, lireFichier } from "../app/services/import/lecture";
import { rapprocher } from "../app/services/import/rapprochement.server";
import { lireReleve } from "../app/services/import/releve";
import { envoyerRelances, fermerTransports } from "../app/services/relances/envoi.server";
import { paris } from "../app/services/relances/heure";
import { planifierRelances } from "../app/services/relances/planificateur.server";
import { stockage } from "../app/services/stockage-pieces.server";
import { ajouterTauxPublie, vueTaux } from "../app/services/taux.server";
import { type Calcul, executerCalcul } from "../domain/calculs/calculs";
import { DossierSchema, jsonSchemaDossier } from "../domain/dossier/dossier.schema";
import { normaliserTexte, problemeTexte } from "../domain/texte/texte";
import { rejouer } from "../machines/escalation/parcours";
import { construireDossierAvocat } from "../templates/dossier-avocat.server";
import { preparerContexte } from "../templates/preparer";
import { estTypeDocument, TYPES_DOCUMENT } from "../templates/registre";
import { empreinte, FORMATS, type Format, rendreDocument } from "../templates/rendu.server";
import { avecBase } from "./base";
import {
  type Commande,
  dateDeReference,
  ErreurEntree,
  ecrireJson,
  lireEntreeJson,
  lireOptions,
  OPTIONS_ENTREE,
  valider,
} from "./contrat";
import { lot } from "./lot";

const SCHEMAS: Record<string, () => unknown> = { dossier: jsonSchemaDossier };

const schema: Commande = {
  nom: "schema",
  resume: "imprime le JSON Schema d'une entrée (schema dossier)",
  usage: "recouvrement schema dossier\n  Imprime le JSON Schema du dossier accepté par toutes les commandes.",
  async executer(args, flux) {
    const { positionals } = lireOptions(args, {});
    const [quoi] = positionals;
    const fabrique = quoi ? SCHEMAS[quoi] : undefined;
    if (!fabrique) {
      throw new ErreurEntree(
        `${quoi ? `schéma inconnu « ${quoi} »` : "précisez le schéma"} : schémas disponibles : ${Object.keys(SCHEMAS).join(", ")}`,
      );
    }
    ecrireJson(flux, fabrique());
    return 0;
  },
};

const validerCommande: Commande = {
  nom: "valider",
  resume: "vérifie un dossier JSON contre son schéma",
  usage:
    "recouvrement valider (--input dossier.json | --json '<dossier>' | < dossier.json)\n  Vérifie le dossier ; en cas d'erreur, nomme chaque champ fautif (code de sortie 2).",
  async executer(args, flux) {
    const { values } = lireOptions(args, OPTIONS_ENTREE);
    const dossier = valider(DossierSchema, await lireEntreeJson(values, flux), "dossier");
    ecrireJson(flux, {
      valide: true,
      factures: dossier.factures.length,
      evenements: dossier.evenements.length,
      pieces: dossier.pieces.length,
    });
    return 0;
  },
};

const EXEMPLES: Record<Calcul, { resume: string; exemple: string }> = {
  delai: {
    resume: "délai de procédure (art. 640 à 644 CPC) : date limite, prorogation, délais de distance",
    exemple: `{"depart":"2026-05-01","duree":{"jours":15},"sens":"apres","distance":"aucune","departement":"67"}`,
  },
  prescription: {
    resume: "prescription de la créance : dernier jour pour agir, interruptions, suspensions",
    exemple: `{"nature":"commerciale","pointDeDepart":"2021-03-15","evenements":[{"type":"reconnaissance","date":"2023-05-10"}],"aujourdhui":"2026-01-10"}`,
  },
  interets: {
    resume: "intérêts de retard et indemnités : décompte ligne par ligne",
    exemple: `{"creancier":{"qualite":"societe-commerciale"},"debiteur":{"qualite":"particulier"},"dateMiseEnDemeure":"2025-05-15","factures":[{"numero":"F-1","montantTtcCents":1000000,"dateEcheance":"2025-03-31","paiements":[{"date":"2025-05-10","montantCents":200000}]}],"au":"2025-09-30"}`,
  },
  juridiction: {
    resume: "juridiction compétente, Cerfa, avocat, petites créances, frais",
    exemple: `{"debiteur":{"qualite":"societe-commerciale","departement":"33"},"creancier":{"qualite":"societe-commerciale"},"objet":"facture","montantCents":1250000}`,
  },
};

function commandeCalcul(calcul: Calcul): Commande {
  const { resume, exemple } = EXEMPLES[calcul];
  return {
    nom: calcul,
    resume,
    usage: `recouvrement ${calcul} (--json '<json>' | --input FICHIER | < FICHIER) [--aujourdhui AAAA-MM-JJ]\n  ${resume}\n  Exemple : recouvrement ${calcul} --json '${exemple}'`,
    async executer(args, flux) {
      const { values } = lireOptions(args, OPTIONS_ENTREE);
      const entree = await lireEntreeJson(values, flux);
      const aujourdhui = dateDeReference(values.aujourdhui);
      const issue = executerCalcul(calcul, entree, { aujourdhui, explicite: values.aujourdhui !== undefined });
      if (!issue.ok) {
        throw new ErreurEntree(
          `entrée invalide :\n${issue.erreurs.map((e) => `${e.champ} : ${e.message}`).join("\n")}`,
        );
      }
      ecrireJson(flux, issue.resultat);
      return 0;
    },
  };
}

const parcours: Commande = {
  nom: "parcours",
  resume: "rejoue le journal d'un dossier et dit où il en est, ce qui peut suivre et avant quand",
  usage:
    "recouvrement parcours --input dossier.json [--aujourdhui AAAA-MM-JJ]\n  Rejoue dossier.evenements dans l'ordre, fait avancer le temps jusqu'à la date de référence et imprime\n  {etape, etat, prochainesActions, echeances, rejets}. Un événement refusé ne change rien et figure dans rejets.",
  async executer(args, flux) {
    const { values } = lireOptions(args, OPTIONS_ENTREE);
    const dossier = valider(DossierSchema, await lireEntreeJson(values, flux), "dossier");
    const aujourdhui = dateDeReference(values.aujourdhui);
    const { snapshot: _s, ...resultat } = rejouer(dossier, aujourdhui);
    ecrireJson(flux, resultat);
    return 0;
  },
};

const document: Commande = {
  nom: "document",
  resume: "produit un document du dossier en Word ou en PDF (mise en demeure, décompte…)",
  usage: `recouvrement document --type TYPE --format pdf|docx --input dossier.json --out FICHIER [--aujourdhui AAAA-MM-JJ]\n  Types : ${TYPES_DOCUMENT.join(", ")}.\n  Imprime {fichier, type, format, octets, sha256}.`,
  async executer(args, flux) {
    const { values } = lireOptions(args, {
      ...OPTIONS_ENTREE,
      type: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
    });
    if (!values.type) throw new ErreurEntree(`--type est obligatoire (${TYPES_DOCUMENT.join(", ")})`);
    if (!estTypeDocument(values.type)) {
      throw new ErreurEntree(
        `type de document inconnu « ${values.type} » : types disponibles : ${TYPES_DOCUMENT.join(", ")}`,
      );
    }
    const format = (values.format ?? "pdf") as Format;
    if (!FORMATS.includes(format))
      throw new ErreurEntree(`--format doit valoir pdf ou docx (reçu « ${values.format} »)`);
    if (!values.out) throw new ErreurEntree("--out est obligatoire : le chemin du fichier à écrire");
    const dossier = valider(DossierSchema, await lireEntreeJson(values, flux), "dossier");
    const contexte = preparerContexte(dossier, dateDeReference(values.aujourdhui));
    const contenu = await rendreDocument(values.type, format, contexte);
    const fichier = path.resolve(values.out);
    try {
      writeFileSync(fichier, contenu);
    } catch (e) {
      throw new ErreurEntree(`écriture impossible de ${values.out} (${(e as NodeJS.ErrnoException).code})`);
    }
    ecrireJson(flux, { fichier, type: values.type, format, octets: contenu.length, sha256: empreinte(contenu) });
    return 0;
  },
};

const dossierAvocat: Commande = {
  nom: "dossier-avocat",
  resume: "produit le ZIP du dossier pour l'avocat (documents de l'étape, pièces, dossier.json)",
  usage:
    "recouvrement dossier-avocat --input dossier.json --out dossier.zip [--aujourdhui AAAA-MM-JJ]\n  Les pièces dont `fichier` est renseigné sont lues à partir du dossier du fichier d'entrée.",
  async executer(args, flux) {
    const { values } = lireOptions(args, { ...OPTIONS_ENTREE, out: { type: "string" } });
    if (!values.out) throw new ErreurEntree("--out est obligatoire : le chemin du ZIP à écrire");
    const dossier = valider(DossierSchema, await lireEntreeJson(values, flux), "dossier");
    const base = values.input ? path.dirname(path.resolve(values.input)) : process.cwd();
    const lire = (fichier: string) => {
      try {
        return readFileSync(path.resolve(base, fichier));
      } catch {
        return null;
      }
    };
    const { zip, fichiers, documents } = await construireDossierAvocat(
      dossier,
      dateDeReference(values.aujourdhui),
      lire,
    );
    const fichier = path.resolve(values.out);
    try {
      writeFileSync(fichier, zip);
    } catch (e) {
      throw new ErreurEntree(`écriture impossible de ${values.out} (${(e as NodeJS.ErrnoException).code})`);
    }
    ecrireJson(flux, { fichier, octets: zip.length, sha256: empreinte(zip), documents, contenu: fichiers });
    return 0;
  },
};

const taux: Commande = {
  nom: "taux",
  resume: "liste les taux publiés (légal, BCE) ou en ajoute un à l'instance (taux liste | taux ajouter)",
  usage: [
    "recouvrement taux liste [--aujourdhui AAAA-MM-JJ]",
    "  Imprime les tables de taux (celles du produit et celles ajoutées sur cette instance) et les semestres manquants.",
    'recouvrement taux ajouter --nature legal --semestre 2027-S1 --particulier 6,20 --autres-cas 3,10 --source "Arrêté du …"',
    'recouvrement taux ajouter --nature bce --semestre 2027-S1 --taux 2,15 --source "Communiqué de la BCE du …"',
    "  Ajoute un taux publié à la base de l'instance (DATABASE_URL, sinon DATA_DIR) : tous les calculs l'utilisent.",
    "  Sur la base intégrée, le serveur doit être arrêté (un seul processus à la fois).",
  ].join("\n"),
  async executer(args, flux) {
    const { positionals, values } = lireOptions(args, {
      aujourdhui: { type: "string" },
      nature: { type: "string" },
      semestre: { type: "string" },
      particulier: { type: "string" },
      "autres-cas": { type: "string" },
      taux: { type: "string" },
      source: { type: "string" },
    });
    const [action] = positionals;
    const aujourdhui = dateDeReference(values.aujourdhui);
    if (action === "liste") {
      const vue = await avecBase((b) => vueTaux(b.db, aujourdhui), "Taux publiés");
      ecrireJson(flux, vue);
      return 0;
    }
    if (action !== "ajouter") {
      throw new ErreurEntree(
        `${action ? `action inconnue « ${action} »` : "précisez l'action"} : taux liste, ou taux ajouter`,
      );
    }
    const r = await avecBase(
      (b) =>
        ajouterTauxPublie(
          b.db,
          {
            nature: values.nature,
            semestre: values.semestre,
            particulier: values.particulier,
            autresCas: values["autres-cas"],
            tauxPourcent: values.taux,
            source: values.source,
          },
          aujourdhui,
        ),
      "Taux publiés",
    );
    if (!r.ok) {
      const options: Record<string, string> = { autresCas: "--autres-cas", tauxPourcent: "--taux" };
      throw new ErreurEntree(r.erreurs.map((e) => `${options[e.champ] ?? `--${e.champ}`} : ${e.message}`).join("\n"));
    }
    ecrireJson(flux, { ajoute: r.saisi });
    return 0;
  },
};

async function motDePasseDonne(flux: Parameters<Commande["executer"]>[1]): Promise<string> {
  const env = process.env.RECOUVREMENT_MOT_DE_PASSE;
  if (env) return env;
  if (flux.stdin.isTTY) {
    throw new ErreurEntree(
      "donnez le mot de passe sur l'entrée standard ou dans RECOUVREMENT_MOT_DE_PASSE (jamais en argument : il serait visible des autres utilisateurs de la machine)",
    );
  }
  let texte = "";
  for await (const morceau of flux.stdin) texte += String(morceau);
  return texte.split(/\r?\n/)[0] ?? "";
}

/** A name given as an option, checked as it enters like a form field: normalised, nothing invisible or unprintable. */
function texteDOption(option: string, brut: string | undefined, manquant: string): string {
  const texte = normaliserTexte(brut ?? "").trim();
  if (!texte) throw new ErreurEntree(`--${option} : ${manquant}`);
  const probleme = problemeTexte(texte);
  if (probleme) throw new ErreurEntree(`--${option} : ${probleme}`);
  return texte;
}

const utilisateur: Commande = {
  nom: "utilisateur",
  resume: "crée un compte ou lui donne un nouveau mot de passe (utilisateur creer | reinitialiser)",
  usage: [
    "recouvrement utilisateur creer --email ADRESSE --nom NOM --organisation NOM [--role administrateur|gestionnaire|lecteur] [--operateur]",
    "recouvrement utilisateur reinitialiser --email ADRESSE",
    "  Le mot de passe est lu sur l'entrée standard (ou RECOUVREMENT_MOT_DE_PASSE) : 12 caractères au moins, pas un mot",
    "  de passe courant. Sur la base intégrée, le serveur doit être arrêté ; reinitialiser ferme les sessions du compte.",
  ].join("\n"),
  async executer(args, flux) {
    const { positionals, values } = lireOptions(args, {
      email: { type: "string" },
      nom: { type: "string" },
      organisation: { type: "string" },
      role: { type: "string" },
      operateur: { type: "boolean" },
    });
    const [action] = positionals;
    const email = (values.email ?? "").trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new ErreurEntree("--email : adresse électronique invalide");
    if (action !== "creer" && action !== "reinitialiser") {
      throw new ErreurEntree(
        `${action ? `action inconnue « ${action} »` : "précisez l'action"} : utilisateur creer, ou utilisateur reinitialiser`,
      );
    }
    const motDePasse = await motDePasseDonne(flux);
    const probleme = problemeMotDePasse(motDePasse, email);
    if (probleme) throw new ErreurEntree(`mot de passe : ${probleme}`);
    const empreinteMotDePasse = await hacherMotDePasse(motDePasse);
    if (action === "reinitialiser") {
      await avecBase(async (b) => {
        const u = await trouverUtilisateur(b.db, email);
        if (!u) throw new ErreurEntree(`aucun compte pour ${email}`);
        await changerMotDePasse(b.db, u.id, empreinteMotDePasse);
        await fermerSessions(b.db, u.id);
      });
      ecrireJson(flux, { reinitialise: email });
      return 0;
    }
    const role = (values.role ?? "administrateur") as RoleMembre;
    if (!["administrateur", "gestionnaire", "lecteur"].includes(role)) {
      throw new ErreurEntree("--role : administrateur, gestionnaire ou lecteur");
    }
    const nom = texteDOption("nom", values.nom, "indiquez le nom de la personne");
    const organisation = texteDOption("organisation", values.organisation, "indiquez le nom de l'organisation");
    const r = await avecBase(async (b) => {
      try {
        return await creerCompte(b.db, {
          email,
          nom,
          organisation,
          role,
          operateur: values.operateur === true,
          empreinteMotDePasse,
        });
      } catch (e) {
        if (e instanceof InstallationRefusee) throw new ErreurEntree(e.message);
        throw e;
      }
    });
    ecrireJson(flux, { cree: email, ...r });
    return 0;
  },
};

const relances: Commande = {
  nom: "relances",
  resume: "ce que les plans de relance envoient un jour donné (--simuler), ou un passage de l'ordonnanceur",
  usage: [
    "recouvrement relances --aujourdhui AAAA-MM-JJ --simuler [--organisation NOM]",
    "  Imprime en JSON ce qui partirait ce jour-là (courriels, tâches), sans rien écrire ni envoyer.",
    "recouvrement relances [--aujourdhui AAAA-MM-JJ] [--heure H] [--organisation NOM] [--verrou SECONDES]",
    "  Un passage de l'ordonnanceur : décide les étapes du jour puis envoie les courriels prêts (SMTP_URL).",
    "  Lit DATABASE_URL, sinon la base intégrée de DATA_DIR (le serveur doit alors être arrêté).",
  ].join("\n"),
  async executer(args, flux) {
    const { values } = lireOptions(args, {
      aujourdhui: { type: "string" },
      heure: { type: "string" },
      organisation: { type: "string" },
      simuler: { type: "boolean" },
      verrou: { type: "string" },
    });
    const aujourdhui = dateDeReference(values.aujourdhui);
    const heure = values.heure === undefined ? paris(new Date()).heure : Number(values.heure);
    if (!Number.isInteger(heure) || heure < 0 || heure > 23)
      throw new ErreurEntree("--heure : un nombre entier de 0 à 23");
    const verrou = values.verrou === undefined ? 120 : Number(values.verrou);
    if (!Number.isInteger(verrou) || verrou < 1) throw new ErreurEntree("--verrou : un nombre entier de secondes");
    const r = await avecBase(async (base, config) => {
      let organisationId: string | undefined;
      if (values.organisation !== undefined) {
        organisationId = (await organisationParNom(base.db, values.organisation)) ?? undefined;
        if (!organisationId) throw new ErreurEntree(`--organisation : aucune organisation « ${values.organisation} »`);
      }
      const s = { base, config, aujourdhui: () => aujourdhui, organisationId: organisationId ?? "" };
      const previsions = await planifierRelances(s, { aujourdhui, organisationId, simuler: values.simuler === true });
      if (values.simuler) return { aujourdhui, simulation: true, relances: previsions };
      try {
        const envoi = await envoyerRelances(s, { aujourdhui, heure, verrouSecondes: verrou });
        return { aujourdhui, decidees: previsions.length, ...envoi };
      } finally {
        fermerTransports();
      }
    }, "Tâches");
    ecrireJson(flux, r);
    return 0;
  },
};

const importer: Commande = {
  nom: "importer",
  resume:
    "importe des factures (CSV, Factur-X PDF, CII ou UBL XML) dans une organisation, ou dit ce qu'il ferait (--simuler)",
  usage: [
    "recouvrement importer --input FICHIER [--input FICHIER…] (--simuler | --organisation NOM) [--aujourdhui AAAA-MM-JJ]",
    "  --simuler : imprime en JSON ce qui a été lu de chaque fichier — vendeur et acheteur, chaque facture ou avoir",
    "  avec son numéro, ses dates (ISO), son total, le déjà payé et le reste dû en centimes — et ce que l'import",
    "  créerait (un dossier par débiteur) ou rejetterait, sans organisation et sans rien écrire ; avec --organisation,",
    "  ce qu'il ferait dans ses dossiers (créés, complétés, modifiés, inchangés, rejetés).",
    "  --organisation sans --simuler : importe en une transaction (le vendeur des factures électroniques doit être",
    "  l'organisation : SIREN ou TVA renseignés sur la page « Importer des factures »). Base : DATABASE_URL, sinon",
    "  DATA_DIR (serveur arrêté). Codes de sortie : 0 tous les fichiers lus, 3 certains refusés, 2 tous refusés ;",
    "  raisons en français sur stderr.",
  ].join("\n"),
  async executer(args, flux) {
    const { values } = lireOptions(args, {
      input: { type: "string", multiple: true },
      simuler: { type: "boolean" },
      organisation: { type: "string" },
      aujourdhui: { type: "string" },
    });
    const fichiers = values.input ?? [];
    if (fichiers.length === 0) throw new ErreurEntree("--input : donnez au moins un fichier (CSV, PDF ou XML)");
    if (!values.simuler && !values.organisation)
      throw new ErreurEntree("--organisation : l'organisation où importer (ou --simuler pour seulement lire)");
    const aujourdhui = dateDeReference(values.aujourdhui);
    const lus: (FichierLu & { octets?: Uint8Array })[] = [];
    for (const f of fichiers) {
      let contenu: Buffer;
      try {
        contenu = readFileSync(f);
      } catch (e) {
        lus.push({
          fichier: f,
          format: "csv",
          vendeur: null,
          acheteur: null,
          refus: `lecture impossible (${(e as NodeJS.ErrnoException).code})`,
          factures: [],
          rejets: [],
        });
        continue;
      }
      lus.push({ ...(await lireFichier(path.basename(f), contenu)), octets: contenu });
    }
    for (const l of lus)
      for (const r of l.rejets) flux.stderr(`Ligne rejetée : ${l.fichier}, ligne ${r.ligne} — ${r.raison}\n`);
    const sortie = (refuses: { fichier: string; raison: string }[]) => {
      for (const r of refuses) flux.stderr(`Refusé : ${r.fichier} — ${r.raison}\n`);
      return refuses.length === 0 ? 0 : refuses.length === lus.length ? 2 : 3;
    };
    const sansOctets = lus.map(({ octets: _o, ...l }) => l);
    if (values.simuler && !values.organisation) {
      ecrireJson(flux, {
        simulation: true,
        fichiers: sansOctets,
        prevu: {
          creer: grouper(lus.filter((l) => !l.refus)).debiteurs,
          rejets: lus.reduce((n, l) => n + l.rejets.length, 0),
        },
      });
      return sortie(lus.filter((l) => l.refus).map((l) => ({ fichier: l.fichier, raison: l.refus ?? "" })));
    }
    const r = await avecBase(async (base, config) => {
      const organisationId = await organisationParNom(base.db, values.organisation ?? "");
      if (!organisationId) throw new ErreurEntree(`--organisation : aucune organisation « ${values.organisation} »`);
      const identite = await identiteOrganisation(base.db, organisationId);
      if (!identite.creancier)
        throw new ErreurEntree(
          `--organisation : « ${values.organisation} » n'a pas encore l'identité de son entreprise (créancier, SIREN ou TVA) : renseignez-la sur la page « Importer des factures »`,
        );
      const plan = await analyser(base.db, organisationId, identite, lus, aujourdhui);
      if (values.simuler) return { simulation: true, rapport: plan.rapport, dossiers: [] };
      const issue = await executer(
        base.db,
        organisationId,
        identite,
        plan,
        aujourdhui,
        stockage(base, config.dataDir, base.moteur === "postgresql"),
      );
      return { simulation: false, ...issue };
    }, "Importer des factures");
    ecrireJson(flux, { ...r, fichiers: sansOctets });
    return sortie(r.rapport.fichiersRefuses);
  },
};

const paiements: Commande = {
  nom: "paiements",
  resume: "rapproche un relevé bancaire (camt.053 ou CSV) des factures ouvertes d'une organisation",
  usage: [
    "recouvrement paiements --input RELEVE --organisation NOM [--simuler] [--aujourdhui AAAA-MM-JJ]",
    "  Les virements dont le libellé nomme des factures d'un dossier et dont le montant est exactement leur reste dû",
    "  sont inscrits au journal (paiement reçu) ; les autres sont listés à affecter. Une écriture déjà inscrite ne",
    "  l'est jamais deux fois. --simuler : rien n'est écrit. Base : DATABASE_URL, sinon DATA_DIR (serveur arrêté).",
  ].join("\n"),
  async executer(args, flux) {
    const { values } = lireOptions(args, {
      input: { type: "string" },
      organisation: { type: "string" },
      simuler: { type: "boolean" },
      aujourdhui: { type: "string" },
    });
    if (!values.input) throw new ErreurEntree("--input : le relevé (camt.053 XML ou CSV de la banque)");
    if (!values.organisation) throw new ErreurEntree("--organisation : le nom de l'organisation créancière");
    const aujourdhui = dateDeReference(values.aujourdhui);
    let ecritures: ReturnType<typeof lireReleve>;
    try {
      ecritures = lireReleve(path.basename(values.input), readFileSync(values.input));
    } catch (e) {
      if (e instanceof FichierRefuse) throw new ErreurEntree(`${values.input} : ${e.message}`);
      if ((e as NodeJS.ErrnoException).code) throw new ErreurEntree(`lecture impossible de ${values.input}`);
      throw e;
    }
    const r = await avecBase(async (base, config) => {
      const organisationId = await organisationParNom(base.db, values.organisation ?? "");
      if (!organisationId) throw new ErreurEntree(`--organisation : aucune organisation « ${values.organisation} »`);
      return rapprocher({ base, config, aujourdhui: () => aujourdhui, organisationId }, ecritures, {
        simuler: values.simuler === true,
      });
    });
    ecrireJson(flux, { simulation: values.simuler === true, ecritures: r });
    return 0;
  },
};

export const COMMANDES: Commande[] = [
  schema,
  document,
  dossierAvocat,
  lot,
  validerCommande,
  parcours,
  taux,
  utilisateur,
  relances,
  importer,
  paiements,
  ...(["delai", "prescription", "interets", "juridiction"] as const).map(commandeCalcul),
];
