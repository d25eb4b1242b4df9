CREATE TABLE "piece_contenu" (
	"reference" text PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"contenu" "bytea" NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "piece_contenu" ADD CONSTRAINT "piece_contenu_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "piece_contenu_dossier_idx" ON "piece_contenu" USING btree ("dossier_id");