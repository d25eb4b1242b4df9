/**
 * The contract every subcommand shares: input JSON from --json, --input FILE or stdin; a date of
 * reference with --aujourdhui (default: today in Europe/Paris); JSON on stdout; invalid input exits
 * 2 with a French message on stderr naming the faulty field, never a stack trace.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { estJourValide } from "../domain/dates/jour";
import { formaterErreurs, type z } from "../domain/validation/zod-fr";
import { dateCalendaireParis } from "../lib/horloge";

export const SORTIE_OK = 0;
export const SORTIE_ERREUR = 1;
export const SORTIE_ENTREE_INVALIDE = 2;
export const SORTIE_PARTIELLE = 3;

/** A user's mistake: printed as is, exit 2. */
export class ErreurEntree extends Error {
  override name = "ErreurEntree";
  constructor(
    message: string,
    readonly code = SORTIE_ENTREE_INVALIDE,
  ) {
    super(message);
  }
}

export type Flux = {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: (texte: string) => void;
  stderr: (texte: string) => void;
};

export type Commande = {
  nom: string;
  resume: string;
  usage: string;
  executer(args: string[], flux: Flux): Promise<number>;
};

type Options = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;

export const OPTIONS_ENTREE = {
  json: { type: "string" },
  input: { type: "string" },
  aujourdhui: { type: "string" },
  help: { type: "boolean" },
} as const satisfies Options;

export function lireOptions<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const m = /Unknown option '([^']+)'/.exec((e as Error).message);
    if (m) throw new ErreurEntree(`option inconnue : ${m[1]}`);
    const v = /Option '([^']+)'.*argument missing/.exec((e as Error).message);
    if (v) throw new ErreurEntree(`l'option ${v[1]?.split(",")[0]} attend une valeur`);
    throw new ErreurEntree(`arguments invalides : ${(e as Error).message}`);
  }
}

async function lireFlux(flux: NodeJS.ReadableStream): Promise<string> {
  const morceaux: Buffer[] = [];
  for await (const m of flux) morceaux.push(Buffer.isBuffer(m) ? m : Buffer.from(String(m)));
  return Buffer.concat(morceaux).toString("utf8");
}

/** Reads the JSON input from --json, --input or stdin. */
export async function lireEntreeJson(
  valeurs: { json?: string | undefined; input?: string | undefined },
  flux: Flux,
): Promise<unknown> {
  let texte: string;
  let origine: string;
  if (valeurs.json !== undefined && valeurs.input !== undefined) {
    throw new ErreurEntree("donnez l'entrée par --json ou par --input, pas les deux");
  }
  if (valeurs.json !== undefined) {
    texte = valeurs.json;
    origine = "--json";
  } else if (valeurs.input !== undefined) {
    origine = valeurs.input;
    try {
      texte = readFileSync(valeurs.input, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ErreurEntree(
        code === "ENOENT"
          ? `fichier introuvable : ${valeurs.input}`
          : `lecture impossible de ${valeurs.input} (${code})`,
      );
    }
  } else if (!flux.stdin.isTTY) {
    texte = await lireFlux(flux.stdin);
    origine = "l'entrée standard";
  } else {
    throw new ErreurEntree("aucune entrée : donnez le JSON par --json '…', --input FICHIER ou sur l'entrée standard");
  }
  if (texte.trim() === "") throw new ErreurEntree(`entrée vide (${origine})`);
  try {
    return JSON.parse(texte);
  } catch (e) {
    throw new ErreurEntree(`JSON mal formé (${origine}) : ${traduireErreurJson((e as Error).message)}`);
  }
}

function traduireErreurJson(message: string): string {
  return message
    .replace(/Expected property name or '}' in JSON/, "nom de propriété ou « } » attendu")
    .replace(/Unexpected end of JSON input/, "fin inattendue du JSON")
    .replace(/Unexpected token '?(.)'?,?/, "caractère inattendu « $1 »")
    .replace(/at position (\d+)/, "à la position $1")
    .replace(/\(line (\d+) column (\d+)\)/, "(ligne $1, colonne $2)")
    .replace(/is not valid JSON/, "n'est pas du JSON valide");
}

export function valider<S extends z.ZodType>(schema: S, donnee: unknown, quoi: string): z.infer<S> {
  const r = schema.safeParse(donnee);
  if (!r.success) throw new ErreurEntree(`${quoi} invalide :\n${formaterErreurs(r.error)}`);
  return r.data;
}

/**
 * The date of reference: --aujourdhui, or `aujourdhui` in the body; both given and different is
 * an error; neither gives today in Europe/Paris.
 */
export function dateDeReference(option: string | undefined, corps?: string | undefined): string {
  if (option !== undefined && !estJourValide(option)) {
    throw new ErreurEntree(`--aujourdhui : « ${option} » n'est pas une date valide au format AAAA-MM-JJ`);
  }
  if (option !== undefined && corps !== undefined && option !== corps) {
    throw new ErreurEntree(
      `--aujourdhui (${option}) contredit « aujourdhui » de l'entrée (${corps}) : n'en donnez qu'un`,
    );
  }
  return option ?? corps ?? dateCalendaireParis(new Date());
}

export function ecrireJson(flux: Flux, valeur: unknown) {
  flux.stdout(`${JSON.stringify(valeur, null, 2)}\n`);
}
