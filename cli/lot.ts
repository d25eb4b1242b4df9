/**
 * `recouvrement lot`: generates the documents of many dossiers (one JSON dossier per line) on a
 * pool of worker threads, one per core. Progress on stderr; DIR/<line>-<debtor>/<type>.<format>;
 * DIR/erreurs.jsonl for the bad lines; keeps going; exit 0 when every line succeeded, 3 otherwise.
 */
import { createReadStream, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { Worker } from "node:worker_threads";
import { estTypeDocument, type TypeDocument } from "../templates/registre";
import { FORMATS, type Format } from "../templates/rendu.server";
import { type Commande, dateDeReference, ErreurEntree, ecrireJson, lireOptions, SORTIE_PARTIELLE } from "./contrat";
import type { Resultat, Travail } from "./lot-travailleur";

export const lot: Commande = {
  nom: "lot",
  resume: "produit les documents de nombreux dossiers (JSONL) en parallèle",
  usage:
    "recouvrement lot --input dossiers.jsonl --out DOSSIER [--types mise-en-demeure,decompte] [--formats pdf,docx] [--aujourdhui AAAA-MM-JJ] [--travailleurs N]\n  Écrit DOSSIER/<ligne>-<débiteur>/<type>.<format> et DOSSIER/erreurs.jsonl ; code 0 si tout a réussi, 3 sinon.",
  async executer(args, flux) {
    const { values } = lireOptions(args, {
      input: { type: "string" },
      out: { type: "string" },
      types: { type: "string" },
      formats: { type: "string" },
      aujourdhui: { type: "string" },
      travailleurs: { type: "string" },
      help: { type: "boolean" },
    });
    if (!values.input) throw new ErreurEntree("--input est obligatoire : un fichier JSONL, un dossier par ligne");
    if (!values.out) throw new ErreurEntree("--out est obligatoire : le dossier où écrire les documents");
    const types = (values.types ?? "mise-en-demeure,decompte").split(",").map((t) => t.trim());
    const inconnus = types.filter((t) => !estTypeDocument(t));
    if (inconnus.length) throw new ErreurEntree(`--types : type(s) inconnu(s) : ${inconnus.join(", ")}`);
    const formats = (values.formats ?? "pdf,docx").split(",").map((f) => f.trim()) as Format[];
    if (formats.some((f) => !FORMATS.includes(f))) throw new ErreurEntree("--formats : pdf et/ou docx");
    const aujourdhui = dateDeReference(values.aujourdhui);
    const sortie = path.resolve(values.out);
    mkdirSync(sortie, { recursive: true });
    const n = Math.max(1, Number(values.travailleurs ?? os.availableParallelism()));

    const entree = createReadStream(values.input);
    await new Promise<void>((resolve, reject) => {
      entree.once("open", () => resolve());
      entree.once("error", (e: NodeJS.ErrnoException) =>
        reject(
          new ErreurEntree(
            e.code === "ENOENT" ? `fichier introuvable : ${values.input}` : `lecture impossible (${e.code})`,
          ),
        ),
      );
    });
    const lignes = createInterface({ input: entree, crlfDelay: Number.POSITIVE_INFINITY });

    const debut = performance.now();
    const erreurs: { ligne: number; erreur: string }[] = [];
    const rss: { apres100?: number; fin?: number; documents: number }[] = [];
    let reussies = 0;
    let total = 0;
    const travailleurs = Array.from({ length: n }, (_, i) => {
      rss[i] = { documents: 0 };
      // A bounded old generation makes V8 collect instead of growing (react-pdf allocates a lot per render).
      return new Worker(new URL("./lot-travailleur.mjs", import.meta.url), {
        resourceLimits: { maxOldGenerationSizeMb: 192 },
      });
    });
    const libres: Worker[] = [...travailleurs];
    const enAttente: ((w: Worker) => void)[] = [];
    const prendre = () =>
      new Promise<Worker>((resolve) => {
        const w = libres.pop();
        if (w) resolve(w);
        else enAttente.push(resolve);
      });
    const rendre = (w: Worker) => {
      const suivant = enAttente.shift();
      if (suivant) suivant(w);
      else libres.push(w);
    };
    // One pair of listeners per worker, routed to the job it is running.
    const enCoursParTravailleur = new Map<Worker, { resolve: (r: Resultat) => void; reject: (e: Error) => void }>();
    for (const w of travailleurs) {
      w.on("message", (r: Resultat) => enCoursParTravailleur.get(w)?.resolve(r));
      w.on("error", (e) => enCoursParTravailleur.get(w)?.reject(e));
    }
    const executer = (w: Worker, t: Travail) =>
      new Promise<Resultat>((resolve, reject) => {
        enCoursParTravailleur.set(w, { resolve, reject });
        w.postMessage(t);
      });

    const enCours: Promise<void>[] = [];
    let numero = 0;
    for await (const texte of lignes) {
      numero++;
      if (texte.trim() === "") continue;
      total++;
      const w = await prendre();
      const i = travailleurs.indexOf(w);
      const ligne = numero;
      enCours.push(
        executer(w, { ligne, texte, types: types as TypeDocument[], formats, sortie, aujourdhui })
          .then((r) => {
            if (r.ok) reussies++;
            else erreurs.push({ ligne: r.ligne, erreur: r.erreur ?? "erreur" });
            const m = rss[i]!;
            m.documents = r.documents;
            if (m.apres100 === undefined && r.documents >= 100) m.apres100 = r.rss;
            m.fin = r.rss;
            const fait = reussies + erreurs.length;
            if (fait % 50 === 0) flux.stderr(`[lot] ${fait} dossier(s) traité(s), ${erreurs.length} erreur(s)\n`);
          })
          .catch((e) => {
            erreurs.push({ ligne, erreur: (e as Error).message });
          })
          .finally(() => rendre(w)),
      );
    }
    await Promise.all(enCours);
    await Promise.all(travailleurs.map((w) => w.terminate()));
    erreurs.sort((a, b) => a.ligne - b.ligne);
    writeFileSync(
      path.join(sortie, "erreurs.jsonl"),
      erreurs.map((e) => JSON.stringify(e)).join("\n") + (erreurs.length ? "\n" : ""),
    );
    flux.stderr(`[lot] terminé : ${reussies}/${total} dossier(s), ${erreurs.length} erreur(s)\n`);
    ecrireJson(flux, {
      dossier: sortie,
      lignes: total,
      reussies,
      erreurs: erreurs.length,
      secondes: Number(((performance.now() - debut) / 1000).toFixed(2)),
      travailleurs: rss.map((m) => ({
        documents: m.documents,
        rssApres100Mo: m.apres100 ? Math.round(m.apres100 / 1e6) : null,
        rssFinMo: m.fin ? Math.round(m.fin / 1e6) : null,
      })),
    });
    return erreurs.length ? SORTIE_PARTIELLE : 0;
  },
};
