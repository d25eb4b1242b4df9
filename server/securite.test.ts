/**
 * The request guards on a real Express server (loopback, ephemeral port), with raw HTTP requests
 * so that Host and Origin can be anything an attacker would send.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POLITIQUE_PAR_DEFAUT, securite } from "./securite";

let serveur: http.Server;
let port = 0;

beforeAll(async () => {
  const app = express();
  serveur = http.createServer(app);
  await new Promise<void>((r) => serveur.listen(0, "127.0.0.1", () => r()));
  port = (serveur.address() as AddressInfo).port;
  const garde = securite({
    hotesAcceptes: [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, "recouvrement.exemple.fr"],
    originePublique: "https://recouvrement.exemple.fr",
  });
  app.use(garde.entetes, garde.hote, garde.intersites);
  app.get("/page", (_req, res) => {
    res.setHeader("Content-Security-Policy", "default-src 'self'");
    res.send("page");
  });
  app.all("/lire", (_req, res) => {
    res.json({ dossiers: ["secret"] });
  });
  app.get("/panne", () => {
    throw new Error("détail interne");
  });
  app.use(garde.erreur);
});

afterAll(() => new Promise<void>((r) => serveur.close(() => r())));

function requete(chemin: string, entetes: Record<string, string>, methode = "GET") {
  return new Promise<{ statut: number; entetes: http.IncomingHttpHeaders; corps: string }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: chemin, method: methode, headers: entetes }, (res) => {
      let corps = "";
      res.setEncoding("utf8");
      res.on("data", (d) => {
        corps += d;
      });
      res.on("end", () => resolve({ statut: res.statusCode ?? 0, entetes: res.headers, corps }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("nom d'hôte (rebinding DNS)", () => {
  it("répond 421 en français à un Host étranger, avant toute route, sans rien lire", async () => {
    const r = await requete("/lire", { Host: `evil.example:${port}` });
    expect(r.statut).toBe(421);
    expect(r.corps).toMatch(/ce serveur ne répond pas au nom « evil\.example:\d+ »/);
    expect(r.corps).not.toContain("secret");
    expect(r.entetes["content-security-policy"]).toBe(POLITIQUE_PAR_DEFAUT);
    expect(r.entetes["x-content-type-options"]).toBe("nosniff");
  });

  it("accepte les noms configurés, en casse quelconque", async () => {
    expect((await requete("/lire", { Host: `127.0.0.1:${port}` })).statut).toBe(200);
    expect((await requete("/lire", { Host: `LOCALHOST:${port}` })).statut).toBe(200);
    expect((await requete("/lire", { Host: "recouvrement.exemple.fr" })).statut).toBe(200);
    expect((await requete("/lire", { Host: "127.0.0.1:1" })).statut).toBe(421);
  });
});

describe("requêtes intersites", () => {
  const hote = () => ({ Host: `127.0.0.1:${port}` });
  it("refuse un POST dont l'Origin est un autre site, même avec un Host accepté", async () => {
    const r = await requete("/lire", { ...hote(), Origin: `http://evil.example:${port}` }, "POST");
    expect(r.statut).toBe(403);
    expect(r.corps).toMatch(/ne vient pas de cette application/);
  });

  it("répond 403 en français à un Origin mal formé, sans trace", async () => {
    for (const origine of ["foo", "http://", "javascript:alert(1)"]) {
      const r = await requete("/lire", { ...hote(), Origin: origine }, "POST");
      expect(r.statut, origine).toBe(403);
      expect(r.corps).not.toMatch(/at |Error/);
    }
  });

  it("laisse passer l'application elle-même, l'origine publique et les outils sans Origin", async () => {
    expect((await requete("/lire", { ...hote(), Origin: `http://127.0.0.1:${port}` }, "POST")).statut).toBe(200);
    expect((await requete("/lire", { ...hote(), Origin: `http://localhost:${port}` }, "POST")).statut).toBe(200);
    expect(
      (await requete("/lire", { Host: "recouvrement.exemple.fr", Origin: "https://recouvrement.exemple.fr" }, "POST"))
        .statut,
    ).toBe(200);
    expect((await requete("/lire", hote(), "POST")).statut).toBe(200);
    expect((await requete("/lire", { ...hote(), "Sec-Fetch-Site": "cross-site" }, "POST")).statut).toBe(403);
  });
});

describe("en-têtes et erreurs", () => {
  it("garde la politique qu'une réponse a choisie et complète les autres en-têtes", async () => {
    const r = await requete("/page", { Host: `127.0.0.1:${port}` });
    expect(r.entetes["content-security-policy"]).toBe("default-src 'self'");
    expect(r.entetes["x-frame-options"]).toBe("DENY");
    expect(r.entetes["referrer-policy"]).toBe("same-origin");
  });

  it("une panne imprévue donne une phrase française, jamais la pile", async () => {
    const r = await requete("/panne", { Host: `127.0.0.1:${port}` });
    expect(r.statut).toBe(500);
    expect(r.corps).toMatch(/Le serveur n'a pas pu traiter votre demande/);
    expect(r.corps).not.toContain("détail interne");
    expect(r.entetes["content-security-policy"]).toBe(POLITIQUE_PAR_DEFAUT);
  });
});
