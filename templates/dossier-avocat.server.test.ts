import { readFileSync } from "node:fs";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { DossierSchema } from "../domain/dossier/dossier.schema";
import { normaliser, texteDocx } from "./_shared/extraction";
import { construireDossierAvocat } from "./dossier-avocat.server";

const scenario = DossierSchema.parse(
  JSON.parse(readFileSync("machines/escalation/scenarios/02-injonction-sans-opposition.dossier.json", "utf8")),
);
const dossier = {
  ...scenario,
  evenements: scenario.evenements.slice(0, 5),
  pieces: [
    { intitule: "Devis signé", date: "2025-12-10", fichier: "devis.pdf" },
    { intitule: "Bon de livraison", date: "2026-01-04" },
  ],
};

describe("dossier pour l'avocat (ZIP)", () => {
  it("contient à l'étape de l'injonction la requête, le bordereau et le décompte en Word et en PDF, les pièces numérotées, dossier.json et LISEZMOI.txt", async () => {
    const devis = Buffer.from("%PDF-1.4 devis");
    const { zip, documents } = await construireDossierAvocat(dossier, "2026-03-25", (f) =>
      f === "devis.pdf" ? devis : null,
    );
    const z = new PizZip(zip);
    const noms = Object.keys(z.files);
    for (const type of ["requete-injonction-de-payer", "bordereau-pieces", "decompte"]) {
      expect(documents).toContain(type);
      expect(noms).toEqual(expect.arrayContaining([`${type}.pdf`, `${type}.docx`]));
    }
    expect(documents).not.toContain("mise-en-demeure");
    expect(noms).toContain("pieces/01-devis-signe.pdf");
    expect(z.file("pieces/01-devis-signe.pdf")?.asNodeBuffer().equals(devis)).toBe(true);
    const bordereau = normaliser(texteDocx(z.file("bordereau-pieces.docx")!.asNodeBuffer()));
    expect(bordereau).toContain("1 Devis signé");
    expect(bordereau).toContain("2 Bon de livraison");
    const json = JSON.parse(z.file("dossier.json")!.asText());
    expect(DossierSchema.safeParse(json).success).toBe(true);
    expect(json.pieces[0].fichier).toBe("pieces/01-devis-signe.pdf");
    const lisezmoi = z.file("LISEZMOI.txt")!.asText();
    expect(lisezmoi).toContain("requete-injonction-de-payer.docx / requete-injonction-de-payer.pdf");
    expect(lisezmoi).toContain("02. Bon de livraison");
  });

  it("est reproductible : le même dossier le même jour donne le même ZIP, octet pour octet", async () => {
    const a = await construireDossierAvocat(dossier, "2026-03-25");
    await new Promise((r) => setTimeout(r, 1100)); // past the next second of the clock (zip dates)
    const b = await construireDossierAvocat(dossier, "2026-03-25");
    expect(b.zip.equals(a.zip)).toBe(true);
    const lendemain = await construireDossierAvocat(dossier, "2026-03-26");
    expect(lendemain.zip.equals(a.zip)).toBe(false);
  });
});
