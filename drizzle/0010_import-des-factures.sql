CREATE TABLE "import_fichier" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"import_id" uuid NOT NULL,
	"ordre" integer NOT NULL,
	"nom" text NOT NULL,
	"contenu" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_lot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"auteur_nom" text,
	"statut" text DEFAULT 'analyse' NOT NULL,
	"correspondances" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"fait" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"phase" text,
	"rapport" jsonb,
	"erreur" text,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_lot_statut_ck" CHECK ("import_lot"."statut" in ('analyse', 'en-cours', 'termine', 'echec'))
);
--> statement-breakpoint
ALTER TABLE "dossier" ADD COLUMN "cle_debiteur" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "siren" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "tva" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "identite" jsonb;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "correspondances_csv" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "import_fichier" ADD CONSTRAINT "import_fichier_import_id_import_lot_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import_lot"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_lot" ADD CONSTRAINT "import_lot_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "import_fichier_ordre_uq" ON "import_fichier" USING btree ("import_id","ordre");--> statement-breakpoint
CREATE INDEX "import_lot_organisation_idx" ON "import_lot" USING btree ("organisation_id","cree_le");--> statement-breakpoint
CREATE INDEX "dossier_cle_debiteur_idx" ON "dossier" USING btree ("organisation_id","cle_debiteur");