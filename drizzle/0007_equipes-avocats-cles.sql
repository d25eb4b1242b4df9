CREATE TABLE "acces_avocat" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"utilisateur_id" uuid NOT NULL,
	"confie_par" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"revoque_le" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"utilisateur_id" uuid,
	"auteur_nom" text,
	"action" text NOT NULL,
	"objet" text DEFAULT '' NOT NULL,
	"adresse" text,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cle_acces" (
	"id" text PRIMARY KEY NOT NULL,
	"utilisateur_id" uuid NOT NULL,
	"cle_publique" text NOT NULL,
	"compteur" bigint DEFAULT 0 NOT NULL,
	"transports" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"nom" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"utilise_le" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "defi_webauthn" (
	"id" text PRIMARY KEY NOT NULL,
	"defi" text NOT NULL,
	"utilisateur_id" uuid,
	"expire_le" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lien" (
	"id" text PRIMARY KEY NOT NULL,
	"nature" text NOT NULL,
	"email" text NOT NULL,
	"organisation_id" uuid,
	"role" text,
	"dossier_id" uuid,
	"utilisateur_id" uuid,
	"cree_par" uuid,
	"expire_le" timestamp with time zone NOT NULL,
	"utilise_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lien_nature_check" CHECK ("lien"."nature" in ('invitation', 'reinitialisation', 'avocat'))
);
--> statement-breakpoint
CREATE TABLE "note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"auteur_id" uuid,
	"auteur_nom" text NOT NULL,
	"texte" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evenement" ADD COLUMN "auteur_id" uuid;--> statement-breakpoint
ALTER TABLE "evenement" ADD COLUMN "auteur_nom" text;--> statement-breakpoint
ALTER TABLE "utilisateur" ADD COLUMN "jeton_calendrier" text;--> statement-breakpoint
ALTER TABLE "acces_avocat" ADD CONSTRAINT "acces_avocat_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acces_avocat" ADD CONSTRAINT "acces_avocat_utilisateur_id_utilisateur_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateur"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acces_avocat" ADD CONSTRAINT "acces_avocat_confie_par_utilisateur_id_fk" FOREIGN KEY ("confie_par") REFERENCES "public"."utilisateur"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit" ADD CONSTRAINT "audit_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit" ADD CONSTRAINT "audit_utilisateur_id_utilisateur_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateur"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cle_acces" ADD CONSTRAINT "cle_acces_utilisateur_id_utilisateur_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateur"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defi_webauthn" ADD CONSTRAINT "defi_webauthn_utilisateur_id_utilisateur_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateur"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lien" ADD CONSTRAINT "lien_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lien" ADD CONSTRAINT "lien_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lien" ADD CONSTRAINT "lien_utilisateur_id_utilisateur_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateur"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lien" ADD CONSTRAINT "lien_cree_par_utilisateur_id_fk" FOREIGN KEY ("cree_par") REFERENCES "public"."utilisateur"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note" ADD CONSTRAINT "note_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note" ADD CONSTRAINT "note_auteur_id_utilisateur_id_fk" FOREIGN KEY ("auteur_id") REFERENCES "public"."utilisateur"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "acces_avocat_utilisateur_idx" ON "acces_avocat" USING btree ("utilisateur_id");--> statement-breakpoint
CREATE INDEX "acces_avocat_dossier_idx" ON "acces_avocat" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "audit_organisation_idx" ON "audit" USING btree ("organisation_id","cree_le");--> statement-breakpoint
CREATE INDEX "cle_acces_utilisateur_idx" ON "cle_acces" USING btree ("utilisateur_id");--> statement-breakpoint
CREATE INDEX "lien_organisation_idx" ON "lien" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "note_dossier_idx" ON "note" USING btree ("dossier_id");--> statement-breakpoint
ALTER TABLE "organisation" DROP COLUMN "jeton_calendrier";