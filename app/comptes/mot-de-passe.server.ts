/**
 * Passwords (decision 017): scrypt at OWASP's recommended cost (N = 2^17, r = 8, p = 1, 128 Mio),
 * a 16-byte random salt, a 32-byte key, compared in constant time; at least 12 characters, and never
 * one of the 49 000 most common passwords (@zxcvbn-ts/language-common, the list zxcvbn-ts ships).
 */
import { randomBytes, scrypt as scryptRappel, timingSafeEqual } from "node:crypto";
import { createRequire } from "node:module";

const COUT = { N: 2 ** 17, r: 8, p: 1 } as const;
const LONGUEUR_CLE = 32;
const MEMOIRE_MAX = 256 * 1024 * 1024;
export const LONGUEUR_MINIMALE = 12;

function scrypt(motDePasse: string, sel: Buffer, cout: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptRappel(motDePasse.normalize("NFC"), sel, LONGUEUR_CLE, { ...cout, maxmem: MEMOIRE_MAX }, (e, cle) =>
      e ? reject(e) : resolve(cle),
    ),
  );
}

export async function hacherMotDePasse(motDePasse: string): Promise<string> {
  const sel = randomBytes(16);
  const cle = await scrypt(motDePasse, sel, COUT);
  return `scrypt$${COUT.N}$${COUT.r}$${COUT.p}$${sel.toString("base64")}$${cle.toString("base64")}`;
}

export async function verifierMotDePasse(motDePasse: string, empreinte: string | null): Promise<boolean> {
  const m = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([^$]+)\$([^$]+)$/.exec(empreinte ?? "");
  if (!m) {
    // Same work as a real check, so that the answer time says nothing about the account.
    await scrypt(motDePasse, randomBytes(16), COUT);
    return false;
  }
  const attendu = Buffer.from(m[5]!, "base64");
  const cle = await scrypt(motDePasse, Buffer.from(m[4]!, "base64"), {
    N: Number(m[1]),
    r: Number(m[2]),
    p: Number(m[3]),
  });
  return cle.length === attendu.length && timingSafeEqual(cle, attendu);
}

let courants: Set<string> | undefined;
function motsDePasseCourants(): Set<string> {
  if (!courants) {
    const { dictionary } = createRequire(import.meta.url)("@zxcvbn-ts/language-common") as {
      dictionary: Record<string, string[]>;
    };
    courants = new Set((dictionary["passwords-common"] ?? []).map((x) => x.toLowerCase()));
  }
  return courants;
}

/** Why this password is refused, in French, or null. */
export function problemeMotDePasse(motDePasse: string, email: string): string | null {
  if ([...motDePasse].length < LONGUEUR_MINIMALE) return `${LONGUEUR_MINIMALE} caractères au moins`;
  const bas = motDePasse.toLowerCase();
  if (motsDePasseCourants().has(bas)) return "ce mot de passe est parmi les plus courants : choisissez-en un autre";
  const identifiant = email.toLowerCase().split("@")[0] ?? "";
  if (identifiant.length >= 4 && bas.includes(identifiant))
    return "le mot de passe ne doit pas reprendre votre adresse";
  return null;
}
