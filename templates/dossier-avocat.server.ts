/**
 * The lawyer's dossier: one ZIP with every document available at the dossier's stage as
 * <type>.docx and <type>.pdf, the uploaded pièces as pieces/NN-<name> numbered as in the bordereau,
 * dossier.json (valid against the published JSON Schema) and LISEZMOI.txt listing the contents.
 */
import path from "node:path";
import PizZip from "pizzip";
import type { Jour } from "../domain/dates/jour";
import type { DossierStatique } from "../domain/dossier/analyse";
import type { Dossier } from "../domain/dossier/dossier.schema";
import { dateLongue } from "../domain/format/francais";
import { piecesNumerotees } from "./_shared/journal";
import { nomDeFichier } from "./_shared/nom-de-fichier";
import { preparerContexte } from "./preparer";
import { DOCUMENTS, documentsDisponibles } from "./registre";
import { construireModele, dateDuFichier, FORMATS, rendreDocument } from "./rendu.server";

/** Reads an uploaded exhibit (`fichier` of a pièce); null when it cannot be found. */
export type LecteurPiece = (fichier: string) => Buffer | null | Promise<Buffer | null>;

export async function construireDossierAvocat(
  dossier: Dossier,
  aujourdhui: Jour,
  lirePiece: LecteurPiece = () => null,
  tauxPublies?: DossierStatique["tauxPublies"],
  auteurs?: readonly (string | null)[],
): Promise<{ zip: Buffer; fichiers: string[]; documents: string[] }> {
  const c = preparerContexte(dossier, aujourdhui, tauxPublies, auteurs);
  const zip = new PizZip();
  const date = dateDuFichier(aujourdhui); // same dossier, same day: same bytes
  const fichiers: string[] = [];
  const types = documentsDisponibles(c.etape);
  for (const type of types) {
    const modele = construireModele(type, c);
    for (const format of FORMATS) {
      const nom = `${type}.${format}`;
      zip.file(nom, await rendreDocument(type, format, c, modele), { date });
      fichiers.push(nom);
    }
  }
  const pieces = piecesNumerotees(dossier, c.journal);
  const absentes: string[] = [];
  const cheminsZip = new Map<string, string>();
  for (const p of pieces) {
    if (!p.fichier) continue;
    const contenu = await lirePiece(p.fichier);
    if (!contenu) {
      absentes.push(`${String(p.numero).padStart(2, "0")} ${p.intitule}`);
      continue;
    }
    const nom = `pieces/${String(p.numero).padStart(2, "0")}-${nomDeFichier(p.intitule, 60) || "piece"}${path.extname(p.fichier).toLowerCase()}`;
    zip.file(nom, contenu, { date });
    cheminsZip.set(p.fichier, nom);
    fichiers.push(nom);
  }
  // Already a Dossier: not parsed again, so that a dossier saved before today's checks still exports.
  const exporte: Dossier = {
    ...dossier,
    pieces: dossier.pieces.map((p) =>
      p.fichier && cheminsZip.has(p.fichier) ? { ...p, fichier: cheminsZip.get(p.fichier) } : p,
    ),
  };
  zip.file("dossier.json", `${JSON.stringify(exporte, null, 2)}\n`, { date });
  fichiers.push("dossier.json");
  const lisezmoi = [
    "RECOUVREMENT — DOSSIER POUR L'AVOCAT",
    "",
    `Dossier : ${dossier.reference ?? "sans référence"} — établi le ${dateLongue(aujourdhui)} — étape : ${c.etape}`,
    "",
    "Documents (chacun en Word, modifiable, et en PDF) :",
    ...types.map((t) => `  - ${t}.docx / ${t}.pdf : ${DOCUMENTS[t].libelle}`),
    "",
    "Pièces, numérotées comme dans le bordereau :",
    ...pieces.map((p) => {
      const nom = p.fichier ? cheminsZip.get(p.fichier) : undefined;
      return `  ${String(p.numero).padStart(2, "0")}. ${p.intitule} (${p.date})${nom ? ` : ${nom}` : " : non fournie sous forme de fichier"}`;
    }),
    ...(absentes.length ? ["", "Fichiers de pièces introuvables :", ...absentes.map((a) => `  - ${a}`)] : []),
    "",
    "dossier.json : les données du dossier (parties, factures, journal des événements), au format du schéma publié",
    "(npx recouvrement schema dossier).",
    "",
    "Recouvrement prépare des documents et calcule des délais ; ce n'est pas un conseil juridique.",
    "",
  ].join("\r\n");
  zip.file("LISEZMOI.txt", lisezmoi, { date });
  fichiers.push("LISEZMOI.txt");
  return { zip: zip.generate({ type: "nodebuffer", compression: "DEFLATE" }), fichiers, documents: types };
}
