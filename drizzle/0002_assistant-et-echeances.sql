ALTER TABLE "dossier" ADD COLUMN "reste_du_cents" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier" ADD COLUMN "echeances" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier" ADD COLUMN "statut" text DEFAULT 'ouvert' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier" ADD COLUMN "brouillon" jsonb;--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_statut_ck" CHECK ("dossier"."statut" in ('brouillon', 'ouvert'));