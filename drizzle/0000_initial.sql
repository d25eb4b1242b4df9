CREATE TABLE "document_genere" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"type" text NOT NULL,
	"format" text NOT NULL,
	"sha256" text NOT NULL,
	"octets" integer NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_genere_format_ck" CHECK ("document_genere"."format" in ('pdf', 'docx'))
);
--> statement-breakpoint
CREATE TABLE "dossier" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"etape" text DEFAULT 'qualification' NOT NULL,
	"prochaine_echeance" date,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evenement" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"type" text NOT NULL,
	"date" date NOT NULL,
	"donnees" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"enregistre_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "facture" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"numero" text NOT NULL,
	"date_emission" date,
	"date_echeance" date NOT NULL,
	"date_execution" date,
	"montant_ttc_cents" bigint NOT NULL,
	"avoirs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ordre" integer DEFAULT 0 NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facture_montant_ck" CHECK ("facture"."montant_ttc_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nom" text NOT NULL,
	"par_defaut" text,
	"jeton_calendrier" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_par_defaut_unique" UNIQUE("par_defaut")
);
--> statement-breakpoint
CREATE TABLE "partie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"role" text NOT NULL,
	"qualite" text NOT NULL,
	"denomination" text,
	"forme_juridique" text,
	"siren" text,
	"representant" text,
	"civilite" text,
	"nom" text,
	"prenoms" text,
	"profession" text,
	"date_naissance" date,
	"lieu_naissance" text,
	"nationalite" text,
	"adresse" jsonb,
	"email" text,
	"telephone" text,
	"iban" text,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partie_role_ck" CHECK ("partie"."role" in ('creancier', 'debiteur'))
);
--> statement-breakpoint
CREATE TABLE "piece" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"intitule" text NOT NULL,
	"date" date,
	"fichier" text,
	"nom_original" text,
	"type_mime" text,
	"octets" integer,
	"sha256" text,
	"ordre" integer DEFAULT 0 NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_snapshot" (
	"dossier_id" uuid PRIMARY KEY NOT NULL,
	"machine_version" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"derniere_sequence" integer DEFAULT 0 NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_genere" ADD CONSTRAINT "document_genere_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evenement" ADD CONSTRAINT "evenement_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facture" ADD CONSTRAINT "facture_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partie" ADD CONSTRAINT "partie_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "piece" ADD CONSTRAINT "piece_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_snapshot" ADD CONSTRAINT "workflow_snapshot_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_genere_dossier_idx" ON "document_genere" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_reference_uq" ON "dossier" USING btree ("organisation_id","reference");--> statement-breakpoint
CREATE INDEX "dossier_organisation_idx" ON "dossier" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evenement_sequence_uq" ON "evenement" USING btree ("dossier_id","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "facture_numero_uq" ON "facture" USING btree ("dossier_id","numero");--> statement-breakpoint
CREATE UNIQUE INDEX "partie_dossier_role_uq" ON "partie" USING btree ("dossier_id","role");--> statement-breakpoint
CREATE INDEX "piece_dossier_idx" ON "piece" USING btree ("dossier_id");