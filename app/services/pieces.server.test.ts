/**
 * Exhibits on both storages (decision 015): files under DATA_DIR/pieces on the embedded database,
 * rows of piece_contenu on PostgreSQL — uploaded, served, put in the lawyer's ZIP, removed, and
 * gone with their dossier.
 */
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import PizZip from "pizzip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { construireDossierAvocat } from "../../templates/dossier-avocat.server";
import { dossierExemple } from "../../tests/fixtures/dossiers";
import { MOTEURS, ouvrirBaseDeTest } from "../../tests/setup/bases";
import { lireConfig } from "../config.server";
import type { Services } from "../contexte";
import type { Base } from "../db/database.server";
import { assurerOrganisationParDefaut, chargerDossier, creerDossier } from "../db/dossiers.server";
import {
  contenuPiece,
  lecteurPieces,
  supprimerDossierEtFichiers,
  supprimerPiece,
  televerserPiece,
} from "./pieces.server";

const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from("bon de livraison signé")]);

describe.each(MOTEURS)("pièces téléversées (%s)", (moteur) => {
  let base: Base;
  let s: Services;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "recouvrement-pieces-"));

  beforeAll(async () => {
    base = await ouvrirBaseDeTest(moteur);
    const organisationId = await assurerOrganisationParDefaut(base.db);
    s = { base, config: lireConfig({ DATA_DIR: dataDir }), aujourdhui: () => "2026-04-01", organisationId };
  });
  afterAll(async () => base.fermer());

  it("se téléverse, se relit, va dans le ZIP de l'avocat, se retire, et disparaît avec son dossier", async () => {
    const { id } = await creerDossier(base.db, s.organisationId, dossierExemple(), { aujourdhui: "2026-04-01" });
    const r = await televerserPiece(s, id, {
      intitule: "Bon de livraison signé",
      date: "2026-03-01",
      fichier: { nom: "bl.pdf", octets: PDF, tropGrand: false },
      aujourdhui: "2026-04-01",
    });
    if (!r.ok) throw new Error(JSON.stringify(r.erreurs));
    const lu = await contenuPiece(s, id, r.id);
    expect(lu?.contenu.equals(PDF)).toBe(true);
    expect(lu?.typeMime).toBe("application/pdf");

    const d = await chargerDossier(base.db, id);
    const fichier = d?.pieces.find((p) => p.id === r.id)?.fichier ?? "";
    // PostgreSQL keeps the content in the database, so that every instance serves it.
    expect(fichier.startsWith("base:")).toBe(moteur === "postgresql");
    expect(existsSync(path.join(dataDir, "pieces", id))).toBe(moteur !== "postgresql");

    const avecPiece = { ...d!.dossier, pieces: [{ intitule: "Bon de livraison signé", date: "2026-03-01", fichier }] };
    const { zip } = await construireDossierAvocat(avecPiece, "2026-04-01", lecteurPieces(s));
    const nom = Object.keys(new PizZip(zip).files).find((n) => n.startsWith("pieces/"));
    expect(nom && new PizZip(zip).file(nom)?.asNodeBuffer().equals(PDF)).toBe(true);

    expect(await supprimerPiece(s, id, r.id)).toBe("Bon de livraison signé");
    expect(await contenuPiece(s, id, r.id)).toBeNull();

    const r2 = await televerserPiece(s, id, {
      intitule: "Devis",
      date: "",
      fichier: { nom: "devis.pdf", octets: PDF, tropGrand: false },
      aujourdhui: "2026-04-01",
    });
    if (!r2.ok) throw new Error(JSON.stringify(r2.erreurs));
    expect(await supprimerDossierEtFichiers(s, id)).toBe(true);
    expect(await contenuPiece(s, id, r2.id)).toBeNull();
    const restants = existsSync(path.join(dataDir, "pieces")) ? readdirSync(path.join(dataDir, "pieces")) : [];
    expect(restants).not.toContain(id);
  });
});
