/**
 * Drizzle schema (pg-core), used unchanged by PGlite (embedded) and PostgreSQL.
 *
 * Conventions (docs/decisions/003-argent-en-centimes-dates-calendaires.md):
 * - money is integer cents (`bigint`, read as a JS number: safe up to 90 000 milliards d'euros);
 * - legal dates are calendar dates (`date` in string mode: "YYYY-MM-DD"), never a `Date`;
 * - `timestamptz` only for technical instants (created at, recorded at).
 * Keep to PostgreSQL 15 features: PGlite runs 18, the deployments may run 15.
 */
import { relations, sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const cents = (name: string) => bigint(name, { mode: "number" });
const jour = (name: string) => date(name, { mode: "string" });
const creeLe = () => timestamp("cree_le", { withTimezone: true }).notNull().defaultNow();

/** Owner of dossiers. Single-user mode uses one default organisation. */
export const organisation = pgTable("organisation", {
  id: uuid("id").primaryKey().defaultRandom(),
  nom: text("nom").notNull(),
  /** Default organisation of single-user mode: exactly one row may carry it. */
  parDefaut: text("par_defaut").unique(),
  /** The sender identity of its reminder emails (issue 14); null: the creditor's name, no address. */
  expediteurNom: text("expediteur_nom"),
  expediteurAdresse: text("expediteur_adresse"),
  expediteurReponseA: text("expediteur_reponse_a"),
  expediteurSignature: text("expediteur_signature"),
  /**
   * Its identity as a creditor (issue 15): the seller an imported e-invoice must name (by SIREN or
   * VAT number), and the créancier of the dossiers an import creates — a Partie (dossier.schema.ts).
   */
  siren: text("siren"),
  tva: text("tva"),
  identite: jsonb("identite"),
  /** CSV column mappings chosen on the mapping screen, remembered by header line: { [entetes]: { champ: entete } }. */
  correspondancesCsv: jsonb("correspondances_csv").notNull().default(sql`'{}'::jsonb`),
  creeLe: creeLe(),
});

export const dossier = pgTable(
  "dossier",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    reference: text("reference").notNull(),
    /** facture | loyer-habitation | credit-consommation */
    objet: text("objet").notNull().default("facture"),
    /** Optimistic locking: every write checks and increments it. */
    version: integer("version").notNull().default(1),
    /** Denormalised from the statechart for listing and sorting (`etape` contract). */
    etape: text("etape").notNull().default("qualification"),
    prochaineEcheance: jour("prochaine_echeance"),
    /** Denormalised: principal still due after payments and credit notes (time-independent). */
    resteDuCents: cents("reste_du_cents").notNull().default(0),
    /** Denormalised: every deadline of the statechart [{ code, date, libelle, fondements }] (iCalendar feed). */
    echeances: jsonb("echeances").notNull().default(sql`'[]'::jsonb`),
    /**
     * Denormalised for the receivables book: each invoice still owed [{ numero, echeance, resteCents }]
     * (principal, after payments and credit notes; barred invoices left out); null until computed.
     */
    restantes: jsonb("restantes"),
    /**
     * `brouillon` while the wizard is being filled (answers in `brouillon`, no parties yet);
     * `ouvert` once the review is confirmed (parties, invoices and journal in their tables).
     */
    statut: text("statut").notNull().default("ouvert"),
    /** The wizard's saved answers, section by section (app/assistant/brouillon.ts). */
    brouillon: jsonb("brouillon"),
    /** Dossier options (delaiMiseEnDemeureJours, tauxContractuelPourcent, imputation…). */
    options: jsonb("options").notNull().default(sql`'{}'::jsonb`),
    /** The relance plan it follows; null: the organisation's default plan (issue 14). */
    planId: uuid("plan_id"),
    /** Reminders paused by a person for this dossier. */
    relancesEnPause: integer("relances_en_pause").notNull().default(0),
    /** The debtor's key for imports (SIREN, else normalised name and postcode): its invoices go to one dossier. */
    cleDebiteur: text("cle_debiteur"),
    creeLe: creeLe(),
    modifieLe: timestamp("modifie_le", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("dossier_reference_uq").on(t.organisationId, t.reference),
    index("dossier_organisation_idx").on(t.organisationId),
    index("dossier_cle_debiteur_idx").on(t.organisationId, t.cleDebiteur),
    check("dossier_statut_ck", sql`${t.statut} in ('brouillon', 'ouvert')`),
  ],
);

/** Créancier and débiteur of a dossier: legal person or natural person (art. 54 and 648 CPC). */
export const partie = pgTable(
  "partie",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossier.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    qualite: text("qualite").notNull(),
    denomination: text("denomination"),
    formeJuridique: text("forme_juridique"),
    siren: text("siren"),
    representant: text("representant"),
    civilite: text("civilite"),
    nom: text("nom"),
    prenoms: text("prenoms"),
    profession: text("profession"),
    dateNaissance: jour("date_naissance"),
    lieuNaissance: text("lieu_naissance"),
    nationalite: text("nationalite"),
    /** { ligne1, ligne2?, codePostal, ville, pays } */
    adresse: jsonb("adresse"),
    email: text("email"),
    telephone: text("telephone"),
    iban: text("iban"),
    creeLe: creeLe(),
  },
  (t) => [
    uniqueIndex("partie_dossier_role_uq").on(t.dossierId, t.role),
    check("partie_role_ck", sql`${t.role} in ('creancier', 'debiteur')`),
  ],
);

export const facture = pgTable(
  "facture",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossier.id, { onDelete: "cascade" }),
    numero: text("numero").notNull(),
    dateEmission: jour("date_emission"),
    dateEcheance: jour("date_echeance").notNull(),
    /** Delivery or completion of the service (may start prescription earlier, docs/droit/prescription.md). */
    dateExecution: jour("date_execution"),
    montantTtcCents: cents("montant_ttc_cents").notNull(),
    /** Credit notes: [{ numero, date, montantCents }] */
    avoirs: jsonb("avoirs").notNull().default(sql`'[]'::jsonb`),
    ordre: integer("ordre").notNull().default(0),
    creeLe: creeLe(),
  },
  (t) => [
    uniqueIndex("facture_numero_uq").on(t.dossierId, t.numero),
    check("facture_montant_ck", sql`${t.montantTtcCents} >= 0`),
  ],
);

/**
 * Append-only journal of the dossier: the single source of truth for what happened
 * (reminders, payments, steps). Never updated, never deleted except with its dossier.
 */
export const evenement = pgTable(
  "evenement",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossier.id, { onDelete: "cascade" }),
    /** 1, 2, 3… within the dossier: the replay order. */
    sequence: integer("sequence").notNull(),
    type: text("type").notNull(),
    /** Legal date of the fact (YYYY-MM-DD). */
    date: jour("date").notNull(),
    /** The event's other fields (canal, montantCents, facture…). */
    donnees: jsonb("donnees").notNull().default(sql`'{}'::jsonb`),
    enregistreLe: timestamp("enregistre_le", { withTimezone: true }).notNull().defaultNow(),
    /** Who recorded it (null: before accounts, an import, the CLI). */
    auteurId: uuid("auteur_id"),
    /** Their name when they recorded it, with « (avocat) » for a lawyer: the journal keeps it. */
    auteurNom: text("auteur_nom"),
  },
  (t) => [uniqueIndex("evenement_sequence_uq").on(t.dossierId, t.sequence)],
);

/** Persisted XState snapshot of the dossier, with the machine version that produced it. */
export const workflowSnapshot = pgTable("workflow_snapshot", {
  dossierId: uuid("dossier_id")
    .primaryKey()
    .references(() => dossier.id, { onDelete: "cascade" }),
  machineVersion: text("machine_version").notNull(),
  snapshot: jsonb("snapshot").notNull(),
  /** Sequence of the last journal event folded into this snapshot. */
  derniereSequence: integer("derniere_sequence").notNull().default(0),
  modifieLe: timestamp("modifie_le", { withTimezone: true }).notNull().defaultNow(),
});

/** Exhibit: the file lives under DATA_DIR/pieces, its metadata here. */
export const piece = pgTable(
  "piece",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossier.id, { onDelete: "cascade" }),
    intitule: text("intitule").notNull(),
    date: jour("date"),
    /** Path relative to DATA_DIR/pieces; null for an exhibit described but not uploaded. */
    fichier: text("fichier"),
    nomOriginal: text("nom_original"),
    typeMime: text("type_mime"),
    octets: integer("octets"),
    sha256: text("sha256"),
    ordre: integer("ordre").notNull().default(0),
    creeLe: creeLe(),
  },
  (t) => [index("piece_dossier_idx").on(t.dossierId)],
);

/**
 * Published rates added on this instance (the committed tables of domain/interets/taux.table.ts
 * stay the base): the légal rate of a semester for both categories, or the ECB rate in force on
 * 1 January / 1 July. One row per nature and semester; each with its source.
 */
export const tauxPublie = pgTable(
  "taux_publie",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** legal | bce */
    nature: text("nature").notNull(),
    /** "2027-S1" */
    semestre: text("semestre").notNull(),
    /** Légal rate, creditor a natural person outside professional needs (decimal string, percent). */
    particulier: text("particulier"),
    /** Légal rate, all other cases. */
    autresCas: text("autres_cas"),
    /** ECB main refinancing operations rate. */
    taux: text("taux"),
    source: text("source").notNull(),
    ajouteLe: jour("ajoute_le").notNull(),
    creeLe: creeLe(),
  },
  (t) => [
    uniqueIndex("taux_publie_nature_semestre_idx").on(t.nature, t.semestre),
    check("taux_publie_nature_check", sql`${t.nature} in ('legal', 'bce')`),
  ],
);

/** Binary content (bytea), read and written as a Node Buffer. */
const octets = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * Content of the exhibits uploaded on a deployment on PostgreSQL, so that every server instance
 * serves the same files (decision 015); the embedded default keeps them as files under DATA_DIR.
 */
export const pieceContenu = pgTable(
  "piece_contenu",
  {
    /** The `fichier` reference of the piece row: « base:<uuid> ». */
    reference: text("reference").primaryKey(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossier.id, { onDelete: "cascade" }),
    contenu: octets("contenu").notNull(),
    creeLe: creeLe(),
  },
  (t) => [index("piece_contenu_dossier_idx").on(t.dossierId)],
);

/** A person who signs in. The password hash is null for an account that only uses passkeys. */
export const utilisateur = pgTable("utilisateur", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Lower-cased. */
  email: text("email").notNull().unique(),
  nom: text("nom").notNull(),
  /** « scrypt$N$r$p$sel$empreinte » (decision 017). */
  motDePasse: text("mot_de_passe"),
  /** Instance-wide settings (published rates…): the first administrator, and whom they appoint. */
  operateur: integer("operateur").notNull().default(0),
  /** SHA-256 of the person's iCalendar feed token (null: no feed, or revoked). */
  jetonCalendrier: text("jeton_calendrier"),
  creeLe: creeLe(),
});

/** Who belongs to which organisation, with which role. */
export const membre = pgTable(
  "membre",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    utilisateurId: uuid("utilisateur_id")
      .notNull()
      .references(() => utilisateur.id, { onDelete: "cascade" }),
    /** administrateur | gestionnaire | lecteur */
    role: text("role").notNull(),
    creeLe: creeLe(),
  },
  (t) => [
    uniqueIndex("membre_organisation_utilisateur_idx").on(t.organisationId, t.utilisateurId),
    check("membre_role_check", sql`${t.role} in ('administrateur', 'gestionnaire', 'lecteur')`),
  ],
);

/** A signed-in browser: the cookie carries a random token, the row its SHA-256 only. */
export const session = pgTable(
  "session",
  {
    /** SHA-256 of the cookie's token (hex). */
    id: text("id").primaryKey(),
    utilisateurId: uuid("utilisateur_id")
      .notNull()
      .references(() => utilisateur.id, { onDelete: "cascade" }),
    /** The organisation the person works in now. */
    organisationId: uuid("organisation_id").references(() => organisation.id, { onDelete: "set null" }),
    creeLe: creeLe(),
    vuLe: timestamp("vu_le", { withTimezone: true }).notNull().defaultNow(),
    expireLe: timestamp("expire_le", { withTimezone: true }).notNull(),
    agent: text("agent"),
  },
  (t) => [index("session_utilisateur_idx").on(t.utilisateurId)],
);

/** Sign-in attempts, for throttling per account and per address (shared by every instance). */
export const tentativeConnexion = pgTable(
  "tentative_connexion",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** « compte:<email> » or « adresse:<ip> ». */
    cle: text("cle").notNull(),
    creeLe: creeLe(),
  },
  (t) => [index("tentative_connexion_cle_idx").on(t.cle, t.creeLe)],
);

/** The one-time setup code of a fresh instance (its SHA-256), until the first administrator exists. */
export const installation = pgTable("installation", {
  id: integer("id").primaryKey().default(1),
  codeEmpreinte: text("code_empreinte").notNull(),
  creeLe: creeLe(),
});

/**
 * Single-use, expiring links (decision 019): an invitation to an organisation with a role, a
 * password reset, or a lawyer invited to a dossier. The link carries a random token, the row its
 * SHA-256.
 */
export const lien = pgTable(
  "lien",
  {
    id: text("id").primaryKey(),
    /** invitation | reinitialisation | avocat */
    nature: text("nature").notNull(),
    email: text("email").notNull(),
    organisationId: uuid("organisation_id").references(() => organisation.id, { onDelete: "cascade" }),
    /** The role given by an invitation. */
    role: text("role"),
    dossierId: uuid("dossier_id").references(() => dossier.id, { onDelete: "cascade" }),
    utilisateurId: uuid("utilisateur_id").references(() => utilisateur.id, { onDelete: "cascade" }),
    creePar: uuid("cree_par").references(() => utilisateur.id, { onDelete: "set null" }),
    expireLe: timestamp("expire_le", { withTimezone: true }).notNull(),
    utiliseLe: timestamp("utilise_le", { withTimezone: true }),
    creeLe: creeLe(),
  },
  (t) => [
    index("lien_organisation_idx").on(t.organisationId),
    check("lien_nature_check", sql`${t.nature} in ('invitation', 'reinitialisation', 'avocat')`),
  ],
);

/** A dossier entrusted to a lawyer (an account outside the organisation), until revoked. */
export const accesAvocat = pgTable(
  "acces_avocat",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossier.id, { onDelete: "cascade" }),
    utilisateurId: uuid("utilisateur_id")
      .notNull()
      .references(() => utilisateur.id, { onDelete: "cascade" }),
    confiePar: uuid("confie_par").references(() => utilisateur.id, { onDelete: "set null" }),
    creeLe: creeLe(),
    revoqueLe: timestamp("revoque_le", { withTimezone: true }),
  },
  (t) => [index("acces_avocat_utilisateur_idx").on(t.utilisateurId), index("acces_avocat_dossier_idx").on(t.dossierId)],
);

/** Free notes on a dossier (the lawyer's, the team's), with their author. */
export const note = pgTable(
  "note",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossier.id, { onDelete: "cascade" }),
    auteurId: uuid("auteur_id").references(() => utilisateur.id, { onDelete: "set null" }),
    auteurNom: text("auteur_nom").notNull(),
    texte: text("texte").notNull(),
    creeLe: creeLe(),
  },
  (t) => [index("note_dossier_idx").on(t.dossierId)],
);

/**
 * The organisation's audit log: sign-ins, downloads of the ZIP and exports, deletions, member and
 * access changes. Append-only; the person's name is kept as it was.
 */
export const audit = pgTable(
  "audit",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    utilisateurId: uuid("utilisateur_id").references(() => utilisateur.id, { onDelete: "set null" }),
    auteurNom: text("auteur_nom"),
    action: text("action").notNull(),
    /** What it was about, in French (« dossier D-2026-001 », « marie@… → lecteur »). */
    objet: text("objet").notNull().default(""),
    adresse: text("adresse"),
    creeLe: creeLe(),
  },
  (t) => [index("audit_organisation_idx").on(t.organisationId, t.creeLe)],
);

/** A passkey (WebAuthn credential) of a person (decision 020). */
export const cleAcces = pgTable(
  "cle_acces",
  {
    /** The credential id, base64url. */
    id: text("id").primaryKey(),
    utilisateurId: uuid("utilisateur_id")
      .notNull()
      .references(() => utilisateur.id, { onDelete: "cascade" }),
    /** COSE public key, base64url. */
    clePublique: text("cle_publique").notNull(),
    compteur: bigint("compteur", { mode: "number" }).notNull().default(0),
    transports: jsonb("transports").notNull().default(sql`'[]'::jsonb`),
    nom: text("nom").notNull(),
    creeLe: creeLe(),
    utiliseLe: timestamp("utilise_le", { withTimezone: true }),
  },
  (t) => [index("cle_acces_utilisateur_idx").on(t.utilisateurId)],
);

/** A WebAuthn challenge waiting for its answer (shared by every instance; five minutes). */
export const defiWebauthn = pgTable("defi_webauthn", {
  /** SHA-256 of the random id kept in a short cookie. */
  id: text("id").primaryKey(),
  defi: text("defi").notNull(),
  /** Set for a registration (the signed-in person), null for a sign-in. */
  utilisateurId: uuid("utilisateur_id").references(() => utilisateur.id, { onDelete: "cascade" }),
  expireLe: timestamp("expire_le", { withTimezone: true }).notNull(),
});

/** A relance plan of an organisation (domain/relances/plan.ts, decision 021). */
export const planRelance = pgTable(
  "plan_relance",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    /** 1 for the plan a dossier follows unless another is chosen. */
    parDefaut: integer("par_defaut").notNull().default(0),
    /** The plan: { nom, delaiMinimumJours, etapes: [...] }. */
    contenu: jsonb("contenu").notNull(),
    creeLe: creeLe(),
    modifieLe: timestamp("modifie_le", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("plan_relance_organisation_idx").on(t.organisationId)],
);

/**
 * What the plan decided for a dossier, one row per step and anchor (decision 021): an email in the
 * outbox (to validate, to send, sent, failed, waiting to be sent by hand) or a task (a call, a
 * letter, a mise en demeure). Written in the transaction that decides it; `cle` makes the
 * decision idempotent; the Message-ID is fixed at that moment, so a retry after a crash resends
 * the same message.
 */
export const relance = pgTable(
  "relance",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossier.id, { onDelete: "cascade" }),
    /** « <dossier>:<step>:<anchor due date> ». */
    cle: text("cle").notNull().unique(),
    etape: text("etape").notNull(),
    /** email-auto | email-a-valider | appel | courrier | mise-en-demeure | confirmation */
    type: text("type").notNull(),
    niveau: text("niveau").notNull(),
    /** The working day the plan puts it on. */
    jour: jour("jour").notNull(),
    /**
     * a-valider | a-envoyer | envoi | envoye | attente-manuelle | a-faire | fait | echec | annule
     */
    statut: text("statut").notNull(),
    factures: jsonb("factures").notNull().default(sql`'[]'::jsonb`),
    destinataire: text("destinataire"),
    objet: text("objet"),
    texte: text("texte"),
    html: text("html"),
    /** Documents to attach: [{ type: "relance-amiable" } | { piece: "<uuid>" }]. */
    jointes: jsonb("jointes").notNull().default(sql`'[]'::jsonb`),
    messageId: text("message_id"),
    tentatives: integer("tentatives").notNull().default(0),
    prochainEssai: timestamp("prochain_essai", { withTimezone: true }),
    /** A worker holds it until then (a crashed worker's claim expires). */
    verrouJusqua: timestamp("verrou_jusqua", { withTimezone: true }),
    reponseSmtp: text("reponse_smtp"),
    erreur: text("erreur"),
    envoyeLe: timestamp("envoye_le", { withTimezone: true }),
    faitPar: text("fait_par"),
    creeLe: creeLe(),
    modifieLe: timestamp("modifie_le", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("relance_dossier_idx").on(t.dossierId),
    index("relance_file_idx").on(t.statut, t.prochainEssai),
    index("relance_organisation_idx").on(t.organisationId, t.statut),
  ],
);

/**
 * An import of invoices (issue 15): the files uploaded (kept until imported, for the mapping screen
 * and the dry run), then its progress — written outside the import's transaction, so that the page
 * shows it while the server works and after a reload — and its report.
 */
export const importLot = pgTable(
  "import_lot",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    auteurNom: text("auteur_nom"),
    /** analyse (files read, waiting) | en-cours | termine | echec */
    statut: text("statut").notNull().default("analyse"),
    /** Column mappings chosen for its CSV files, by file order: { [ordre]: { champ: entete } }. */
    correspondances: jsonb("correspondances").notNull().default(sql`'{}'::jsonb`),
    fait: integer("fait").notNull().default(0),
    total: integer("total").notNull().default(0),
    phase: text("phase"),
    rapport: jsonb("rapport"),
    erreur: text("erreur"),
    creeLe: creeLe(),
    modifieLe: timestamp("modifie_le", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("import_lot_organisation_idx").on(t.organisationId, t.creeLe),
    check("import_lot_statut_ck", sql`${t.statut} in ('analyse', 'en-cours', 'termine', 'echec')`),
  ],
);

export const importFichier = pgTable(
  "import_fichier",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    importId: uuid("import_id")
      .notNull()
      .references(() => importLot.id, { onDelete: "cascade" }),
    ordre: integer("ordre").notNull(),
    nom: text("nom").notNull(),
    contenu: octets("contenu").notNull(),
  },
  (t) => [uniqueIndex("import_fichier_ordre_uq").on(t.importId, t.ordre)],
);

/** Relations: one query loads a dossier with everything it holds (drizzle's relational queries). */
export const dossierRelations = relations(dossier, ({ many, one }) => ({
  parties: many(partie),
  factures: many(facture),
  evenements: many(evenement),
  pieces: many(piece),
  etat: one(workflowSnapshot, { fields: [dossier.id], references: [workflowSnapshot.dossierId] }),
}));
export const partieRelations = relations(partie, ({ one }) => ({
  dossier: one(dossier, { fields: [partie.dossierId], references: [dossier.id] }),
}));
export const factureRelations = relations(facture, ({ one }) => ({
  dossier: one(dossier, { fields: [facture.dossierId], references: [dossier.id] }),
}));
export const evenementRelations = relations(evenement, ({ one }) => ({
  dossier: one(dossier, { fields: [evenement.dossierId], references: [dossier.id] }),
}));
export const pieceRelations = relations(piece, ({ one }) => ({
  dossier: one(dossier, { fields: [piece.dossierId], references: [dossier.id] }),
}));
