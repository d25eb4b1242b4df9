/**
 * `npm run bench:http`: load benchmark of the production build on loopback (issue « web app »),
 * on the embedded database and on PostgreSQL (throwaway cluster). Not a test: it prints figures
 * that docs/benchmarks.md records.
 *
 * For each engine: a fresh DATA_DIR, the test account created by the CLI (as a scripted deployment)
 * and signed in through /connexion — every request below carries its session cookie, so each one
 * also pays for the session lookup — 50 dossiers imported and 50 wizard drafts, then, 10 s each:
 *  - dossier pages at a fixed 50 requests/s (one every 20 ms, open loop: see auRythme), spread
 *    over the 50 dossiers;
 *  - wizard step submissions at a fixed 50 requests/s: a pair every 40 ms, GET of the step for a
 *    fresh version (the form token) then POST; a 409 conflict or a 400 counts as an error;
 *    latencies reported per kind (200 = page, 302 = accepted submission);
 *  - the maximum throughput of dossier pages, with autocannon (10 connections, no rate limit).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon, { type Client } from "autocannon";
import { COMPTE_DE_TEST, creerCompteDeTest } from "../tests/e2e/comptes-outils";
import { demarrerPostgres } from "../tests/setup/postgres";

const PORT = 3991;
const ORIGINE = `http://127.0.0.1:${PORT}`;
const DUREE = 10;
/** Dossiers of the receivables-book measure (`npm run bench:livre`); 0: not measured. */
const LIVRE = Number(process.env.BANC_LIVRE ?? 0);
const CONNEXIONS = 10;

async function attendre(url: string) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} ne répond pas`);
}

function demarrerServeur(dataDir: string, databaseUrl?: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: String(PORT), DATA_DIR: dataDir };
  delete env.AUJOURDHUI;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  creerCompteDeTest(env);
  return spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** The session cookie of the signed-in test account (set by seConnecter). */
let cookie = "";

async function seConnecter() {
  const r = await fetch(`${ORIGINE}/connexion`, {
    method: "POST",
    body: new URLSearchParams({ email: COMPTE_DE_TEST.email, motDePasse: COMPTE_DE_TEST.motDePasse }),
    redirect: "manual",
    headers: { Origin: ORIGINE },
  });
  cookie = (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (r.status !== 302 || !cookie) throw new Error(`connexion refusée (${r.status})`);
}

const get = (chemin: string) => fetch(`${ORIGINE}${chemin}`, { redirect: "manual", headers: { Cookie: cookie } });

const post = (chemin: string, corps: URLSearchParams) =>
  fetch(`${ORIGINE}${chemin}`, {
    method: "POST",
    body: corps,
    redirect: "manual",
    headers: { Origin: ORIGINE, Cookie: cookie },
  });

async function preparer(): Promise<{ dossiers: string[]; brouillons: string[] }> {
  const fixtures = readdirSync("tests/fixtures/dossiers")
    .filter((f) => f.endsWith(".json") && f !== "dates.json")
    .map((f) => readFileSync(path.join("tests/fixtures/dossiers", f), "utf8"));
  const dossiers: string[] = [];
  for (let i = 0; dossiers.length < 50; i++) {
    const r = await post("/dossiers", new URLSearchParams({ json: fixtures[i % fixtures.length] ?? "" }));
    const lieu = r.headers.get("location");
    if (r.status !== 302 || !lieu?.includes("/dossiers/")) throw new Error(`import refusé (${r.status} ${lieu})`);
    dossiers.push(new URL(lieu, ORIGINE).pathname.replace(/\?.*$/, ""));
  }
  const brouillons: string[] = [];
  for (let i = 0; i < 50; i++) {
    const r = await post("/dossiers/nouveau", new URLSearchParams());
    if (!r.headers.get("location")?.endsWith("/creancier")) throw new Error(`brouillon refusé (${r.status})`);
    brouillons.push(new URL(r.headers.get("location") ?? "", ORIGINE).pathname.replace(/\/creancier$/, ""));
  }
  return { dossiers, brouillons };
}

/**
 * A fixed rate, open loop: task i starts at i × intervalle ms whatever the previous ones do, so a
 * slow server is not hidden by waiting. (autocannon's rate limit sends each second's quota as a
 * burst at the top of the second — 50 requests at once — which measures a burst, not 50/s.)
 */
async function auRythme(n: number, intervalle: number, tache: (i: number) => Promise<void>) {
  const debut = performance.now();
  const enCours: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    const attente = debut + i * intervalle - performance.now();
    if (attente > 0) await new Promise((r) => setTimeout(r, attente));
    enCours.push(tache(i));
  }
  await Promise.all(enCours);
  return (performance.now() - debut) / 1000;
}

function compteur() {
  const statuts: Record<number, number> = {};
  return {
    statuts,
    noter: (s: number) => {
      statuts[s] = (statuts[s] ?? 0) + 1;
    },
  };
}

/** Dossier pages at a fixed 50 requests/s, spread over the dossiers. */
async function pagesAuRythme(dossiers: string[]) {
  const temps: number[] = [];
  const { statuts, noter } = compteur();
  let erreurs = 0;
  const duree = await auRythme(DUREE * 50, 20, async (i) => {
    const t = performance.now();
    try {
      const r = await get(dossiers[i % dossiers.length] ?? "");
      await r.arrayBuffer();
      temps.push(performance.now() - t);
      noter(r.status);
      if (r.status !== 200) erreurs++;
    } catch {
      erreurs++;
    }
  });
  const m = mesure(temps);
  return { debit: temps.length / duree, latence: m, erreurs, statuts, parStatut: undefined };
}

/**
 * Wizard submissions at a fixed 50 requests/s: a pair every 40 ms — GET the step for its version
 * (the form token), then POST the step with it. Drafts are taken in turn: a pair never races
 * another on the same draft, so a 409 or a 400 is an error.
 */
async function soumettreAuRythme(brouillons: string[]) {
  const pages: number[] = [];
  const envois: number[] = [];
  const { statuts, noter } = compteur();
  let erreurs = 0;
  const duree = await auRythme(DUREE * 25, 40, async (i) => {
    try {
      const chemin = `${brouillons[i % brouillons.length]}/creancier`;
      let t = performance.now();
      const page = await get(chemin);
      const html = await page.text();
      pages.push(performance.now() - t);
      noter(page.status);
      const corps = partie(`Atelier ${i}`);
      corps.set("version", /name="version" value="(\d+)"/.exec(html)?.[1] ?? "0");
      corps.set("intention", "suivant");
      t = performance.now();
      const r = await post(chemin, corps);
      await r.arrayBuffer();
      envois.push(performance.now() - t);
      noter(r.status);
      if (page.status !== 200 || r.status !== 302) erreurs++;
    } catch {
      erreurs++;
    }
  });
  const tous = mesure([...pages, ...envois]);
  return {
    debit: (pages.length + envois.length) / duree,
    latence: tous,
    erreurs,
    statuts,
    parStatut: { 200: mesure(pages), 302: mesure(envois) } as Record<number, Mesure>,
  };
}

/** The scripts the wizard page loads (module scripts and modulepreload links), gzip-compressed. */
async function javascriptDeLAssistant(brouillon: string) {
  const html = await (await get(`${brouillon}/factures`)).text();
  const urls = new Set(
    [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1] as string),
  );
  let octets = 0;
  let gzip = 0;
  for (const u of urls) {
    const contenu = Buffer.from(await (await fetch(new URL(u, ORIGINE))).arrayBuffer());
    octets += contenu.length;
    gzip += gzipSync(contenu, { level: 9 }).length;
  }
  return { fichiers: urls.size, octets, gzip };
}

type Mesure = { p50: number; p975: number; max: number; n: number };
const percentile = (t: number[], p: number) => t[Math.min(t.length - 1, Math.floor((p / 100) * t.length))] ?? 0;
function mesure(t: number[]): Mesure {
  const s = [...t].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p975: percentile(s, 97.5), max: s.at(-1) ?? 0, n: s.length };
}

async function lancer(options: Omit<autocannon.Options, "url">) {
  const temps = new Map<number, number[]>();
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { ...options, url: ORIGINE, connections: CONNEXIONS, duration: DUREE },
      (err, resultat) => (err ? reject(err) : resolve(resultat)),
    );
    instance.on("response", (_c: Client, statut: number, _o: number, ms: number) => {
      const l = temps.get(statut) ?? [];
      l.push(ms);
      temps.set(statut, l);
    });
  });
  const statuts = Object.fromEntries([...temps].map(([s, l]) => [s, l.length]));
  return {
    debit: r.requests.average,
    latence: { p50: r.latency.p50, p975: r.latency.p97_5, max: r.latency.max },
    erreurs: r.errors + r.timeouts,
    statuts,
    parStatut: undefined as Record<number, Mesure> | undefined,
  };
}

const partie = (nom: string) =>
  new URLSearchParams({
    qualite: "societe-commerciale",
    denomination: nom,
    siren: "443061841",
    "adresse.ligne1": "12 rue des Lilas",
    "adresse.codePostal": "69003",
    "adresse.ville": "Lyon",
    "adresse.pays": "FR",
  });

async function banc(moteur: string, databaseUrl?: string) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "recouvrement-bench-http-"));
  const serveur = demarrerServeur(dataDir, databaseUrl);
  try {
    await attendre(`${ORIGINE}/healthz`);
    await seConnecter();
    const { dossiers, brouillons } = await preparer();
    // Warm-up: every dossier advanced once, every page compiled.
    for (const d of dossiers) await get(d);

    const pages = await pagesAuRythme(dossiers);
    // `npm run bench:livre`: the receivables book and the dossier list with BANC_LIVRE dossiers.
    let livre: Awaited<ReturnType<typeof pagesAuRythme>> | undefined;
    let liste: Awaited<ReturnType<typeof pagesAuRythme>> | undefined;
    if (LIVRE > 0) {
      const modele = JSON.parse(readFileSync("tests/fixtures/dossiers/exemple.json", "utf8"));
      for (let i = dossiers.length; i < LIVRE; i++) {
        modele.reference = `LIVRE-${i}`;
        modele.debiteur.denomination = `Débiteur ${i}`;
        modele.debiteur.siren = undefined;
        const r = await post("/dossiers", new URLSearchParams({ json: JSON.stringify(modele) }));
        if (r.status !== 302) throw new Error(`import refusé (${r.status})`);
      }
      await get("/creances");
      livre = await pagesAuRythme(["/creances"]);
      liste = await pagesAuRythme(["/dossiers", "/dossiers?page=2", "/dossiers?q=D%C3%A9biteur%201"]);
    }

    const soumissions = await soumettreAuRythme(brouillons);

    const js = await javascriptDeLAssistant(brouillons[0] ?? "");
    let m = 0;
    const maximum = await lancer({
      requests: [
        {
          method: "GET",
          headers: { cookie },
          setupRequest: (req) => ({ ...req, path: dossiers[m++ % dossiers.length] }),
        },
      ],
    });
    return { moteur, pages, soumissions, maximum, js, livre, liste };
  } finally {
    serveur.kill("SIGTERM");
    await new Promise((r) => serveur.once("exit", r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

execFileSync("npx", ["react-router", "build"], { stdio: "inherit" });
const resultats = [await banc("PGlite (intégrée)")];
const cluster = await demarrerPostgres();
try {
  resultats.push(await banc("PostgreSQL 15", cluster.url));
} finally {
  await cluster.arreter();
}

const ms = (x: number) => `${x.toFixed(1).replace(".", ",")} ms`;
console.log(
  `\nBanc HTTP — ${os.cpus().length} cœurs, Node ${process.version}, ${CONNEXIONS} connexions, ${DUREE} s par mesure\n`,
);
console.log("| Base | Mesure | Débit (req/s) | p50 | p97,5 | max | Erreurs | Statuts |");
console.log("|---|---|---|---|---|---|---|---|");
for (const r of resultats) {
  type Ligne = {
    debit: number;
    latence: { p50: number; p975: number; max: number };
    erreurs: number;
    statuts: Record<number, number>;
  };
  const ligne = (nom: string, x: Ligne) =>
    console.log(
      `| ${r.moteur} | ${nom} | ${x.debit.toFixed(1)} | ${ms(x.latence.p50)} | ${ms(x.latence.p975)} | ${ms(x.latence.max)} | ${x.erreurs} | ${JSON.stringify(x.statuts)} |`,
    );
  ligne("Page du dossier à 50 req/s", r.pages);
  ligne("Étape de l'assistant (GET + POST) à 50 req/s", r.soumissions);
  for (const [statut, x] of Object.entries(r.soumissions.parStatut ?? {})) {
    console.log(
      `| ${r.moteur} | — dont ${statut === "302" ? "POST accepté (302)" : statut === "200" ? "GET de l'étape (200)" : `statut ${statut}`} | | ${ms(x.p50)} | ${ms(x.p975)} | ${ms(x.max)} | | n = ${x.n} |`,
    );
  }
  ligne("Page du dossier, débit maximal", r.maximum);
  if (r.livre) ligne(`Créances (/creances), ${LIVRE} dossiers, à 50 req/s`, r.livre);
  if (r.liste) ligne(`Liste des dossiers (pages, recherche), ${LIVRE} dossiers, à 50 req/s`, r.liste);
}
const js = resultats[0]?.js;
if (js) {
  console.log(
    `\nJavaScript chargé par l'assistant : ${js.fichiers} fichiers, ${(js.octets / 1024).toFixed(1)} Ko, ${(js.gzip / 1024).toFixed(1)} Ko compressés (gzip -9)`,
  );
}
