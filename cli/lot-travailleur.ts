/**
 * Worker of `recouvrement lot`: renders the documents of one dossier line at a time and reports
 * its memory (RSS) so the benchmark can check that it does not grow along the batch.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { DossierSchema } from "../domain/dossier/dossier.schema";
import { formaterErreurs } from "../domain/validation/zod-fr";
import { nomSeul } from "../templates/_shared/lettre";
import { nomDeFichier } from "../templates/_shared/nom-de-fichier";
import { preparerContexte } from "../templates/preparer";
import type { TypeDocument } from "../templates/registre";
import { construireModele, type Format, rendreDocument } from "../templates/rendu.server";

export type Travail = {
  ligne: number;
  texte: string;
  types: TypeDocument[];
  formats: Format[];
  sortie: string;
  aujourdhui: string;
};
export type Resultat = {
  ligne: number;
  ok: boolean;
  dossier?: string;
  fichiers?: number;
  erreur?: string;
  rss: number;
  documents: number;
};

let documents = 0;

parentPort?.on("message", async (t: Travail) => {
  const repondre = (r: Omit<Resultat, "rss" | "documents">) =>
    parentPort?.postMessage({ ...r, rss: process.memoryUsage().rss, documents } satisfies Resultat);
  let brut: unknown;
  try {
    brut = JSON.parse(t.texte);
  } catch (e) {
    return repondre({ ligne: t.ligne, ok: false, erreur: `JSON mal formé : ${(e as Error).message}` });
  }
  const r = DossierSchema.safeParse(brut);
  if (!r.success)
    return repondre({
      ligne: t.ligne,
      ok: false,
      erreur: `dossier invalide : ${formaterErreurs(r.error).replaceAll("\n", " ; ")}`,
    });
  try {
    const c = preparerContexte(r.data, t.aujourdhui);
    const dossier = path.join(t.sortie, `${t.ligne}-${nomDeFichier(nomSeul(r.data.debiteur), 40) || "debiteur"}`);
    mkdirSync(dossier, { recursive: true });
    let fichiers = 0;
    for (const type of t.types) {
      const modele = construireModele(type, c);
      for (const format of t.formats) {
        writeFileSync(path.join(dossier, `${type}.${format}`), await rendreDocument(type, format, c, modele));
        fichiers++;
        documents++;
      }
    }
    repondre({ ligne: t.ligne, ok: true, dossier, fichiers });
  } catch (e) {
    repondre({ ligne: t.ligne, ok: false, erreur: (e as Error).message });
  }
});
