/**
 * Reading a form that carries a file, as a stream (busboy): text fields are kept whatever the
 * file's size, and a file over the limit is cut off and flagged instead of being read whole into
 * memory — so a refused upload still shows back the title that was typed
 * (docs/decisions/012-securite-http.md).
 */
import { Readable } from "node:stream";
import type { ReadableStream as FluxWeb } from "node:stream/web";
import busboy from "busboy";

export type FichierRecu = { nom: string; octets: Uint8Array; tropGrand: boolean };

export type FormulaireRecu = {
  form: FormData;
  /** The last file of each field. */
  fichiers: Map<string, FichierRecu>;
  /** Every file, in order, with its field (an `<input multiple>` sends several under one name). */
  tous: (FichierRecu & { champ: string })[];
  /** More files were sent than `fichiersMax`: the others were not read. */
  tropDeFichiers: boolean;
};

export class CorpsIllisible extends Error {
  override name = "CorpsIllisible";
}

export async function lireFormulaireAvecFichiers(
  request: Request,
  tailleMaxOctets: number,
  fichiersMax = 4,
): Promise<FormulaireRecu> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type) || !request.body) {
    return { form: await request.formData(), fichiers: new Map(), tous: [], tropDeFichiers: false };
  }
  const form = new FormData();
  const fichiers = new Map<string, FichierRecu>();
  const tous: FormulaireRecu["tous"] = [];
  let tropDeFichiers = false;
  await new Promise<void>((resolve, reject) => {
    let analyseur: busboy.Busboy;
    try {
      analyseur = busboy({
        headers: { "content-type": type },
        limits: {
          fileSize: tailleMaxOctets,
          files: fichiersMax,
          fields: 50,
          fieldSize: 100_000,
          parts: 60 + fichiersMax,
        },
        defParamCharset: "utf8",
      });
    } catch (e) {
      reject(new CorpsIllisible((e as Error).message));
      return;
    }
    analyseur.on("field", (nom, valeur) => form.append(nom, valeur));
    analyseur.on("filesLimit", () => {
      tropDeFichiers = true;
    });
    analyseur.on("file", (nom, flux, info) => {
      const morceaux: Buffer[] = [];
      let tropGrand = false;
      flux.on("data", (m: Buffer) => morceaux.push(m));
      flux.on("limit", () => {
        tropGrand = true;
        morceaux.length = 0;
      });
      flux.on("close", () => {
        const f = {
          nom: info.filename ?? "",
          octets: tropGrand ? new Uint8Array() : Buffer.concat(morceaux),
          tropGrand,
        };
        fichiers.set(nom, f);
        tous.push({ ...f, champ: nom });
      });
    });
    analyseur.on("close", () => resolve());
    analyseur.on("error", (e) => reject(new CorpsIllisible((e as Error).message)));
    Readable.fromWeb(request.body as unknown as FluxWeb<Uint8Array>)
      .on("error", (e) => reject(new CorpsIllisible(e.message)))
      .pipe(analyseur);
  });
  return { form, fichiers, tous, tropDeFichiers };
}
