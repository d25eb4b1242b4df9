CREATE TABLE "taux_publie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nature" text NOT NULL,
	"semestre" text NOT NULL,
	"particulier" text,
	"autres_cas" text,
	"taux" text,
	"source" text NOT NULL,
	"ajoute_le" date NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "taux_publie_nature_check" CHECK ("taux_publie"."nature" in ('legal', 'bce'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "taux_publie_nature_semestre_idx" ON "taux_publie" USING btree ("nature","semestre");