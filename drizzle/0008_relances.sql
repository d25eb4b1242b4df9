CREATE TABLE "plan_relance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"par_defaut" integer DEFAULT 0 NOT NULL,
	"contenu" jsonb NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"cle" text NOT NULL,
	"etape" text NOT NULL,
	"type" text NOT NULL,
	"niveau" text NOT NULL,
	"jour" date NOT NULL,
	"statut" text NOT NULL,
	"factures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"destinataire" text,
	"objet" text,
	"texte" text,
	"html" text,
	"jointes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"message_id" text,
	"tentatives" integer DEFAULT 0 NOT NULL,
	"prochain_essai" timestamp with time zone,
	"verrou_jusqua" timestamp with time zone,
	"reponse_smtp" text,
	"erreur" text,
	"envoye_le" timestamp with time zone,
	"fait_par" text,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relance_cle_unique" UNIQUE("cle")
);
--> statement-breakpoint
ALTER TABLE "dossier" ADD COLUMN "plan_id" uuid;--> statement-breakpoint
ALTER TABLE "dossier" ADD COLUMN "relances_en_pause" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "expediteur_nom" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "expediteur_adresse" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "expediteur_reponse_a" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "expediteur_signature" text;--> statement-breakpoint
ALTER TABLE "plan_relance" ADD CONSTRAINT "plan_relance_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relance" ADD CONSTRAINT "relance_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relance" ADD CONSTRAINT "relance_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_relance_organisation_idx" ON "plan_relance" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "relance_dossier_idx" ON "relance" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "relance_file_idx" ON "relance" USING btree ("statut","prochain_essai");--> statement-breakpoint
CREATE INDEX "relance_organisation_idx" ON "relance" USING btree ("organisation_id","statut");