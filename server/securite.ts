/**
 * What every request passes before any route runs (docs/decisions/012-securite-http.md):
 *
 * 1. security headers on every response, refusals included: a Content-Security-Policy
 *    (`default-src 'none'; frame-ancestors 'none'` unless the response set its own — pages get
 *    theirs, with a per-request nonce, from app/entry.server.tsx), `nosniff`, the frame and
 *    referrer policies;
 * 2. the Host header must be one the configuration names (loopback names with the port, the
 *    listening address, ORIGINE_PUBLIQUE): anything else is a DNS-rebinding attempt → 421;
 * 3. a state-changing request must come from one of those same origins (Origin header, or
 *    Sec-Fetch-Site when the browser sends no Origin) → otherwise 403.
 *
 * Every refusal is a short French text; nothing reaches Express's English error page.
 */
import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { NextFunction, Request, Response } from "express";
import type { Config } from "../app/config.server";

export const POLITIQUE_PAR_DEFAUT = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const ENTETES_PAR_DEFAUT: Record<string, string> = {
  "Content-Security-Policy": POLITIQUE_PAR_DEFAUT,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

const SURES = new Set(["GET", "HEAD", "OPTIONS"]);

/** Adds each default header the response did not set itself, just before the headers leave. */
function completerAvantEnvoi(res: ServerResponse) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    for (const [nom, valeur] of Object.entries(ENTETES_PAR_DEFAUT)) {
      if (!this.hasHeader(nom)) this.setHeader(nom, valeur);
    }
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
}

export function refuser(res: Response, statut: number, message: string) {
  res.status(statut).type("text/plain; charset=utf-8").set("Cache-Control", "no-store").send(`${message}\n`);
}

export type Securite = {
  entetes: (req: Request, res: Response, next: NextFunction) => void;
  hote: (req: Request, res: Response, next: NextFunction) => void;
  intersites: (req: Request, res: Response, next: NextFunction) => void;
  erreur: (err: unknown, req: Request, res: Response, next: NextFunction) => void;
};

/** The origins a browser may show in Origin for this server. */
export function originesAcceptees(config: Pick<Config, "hotesAcceptes" | "originePublique">): Set<string> {
  const origines = new Set(config.hotesAcceptes.map((h) => `http://${h}`));
  if (config.originePublique) origines.add(config.originePublique.toLowerCase());
  return origines;
}

function origineNormalisee(texte: string): string | null {
  try {
    const u = new URL(texte);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return u.origin.toLowerCase();
  } catch {
    return null;
  }
}

export function securite(config: Pick<Config, "hotesAcceptes" | "originePublique">): Securite {
  const hotes = new Set(config.hotesAcceptes.map((h) => h.toLowerCase()));
  const origines = originesAcceptees(config);
  return {
    entetes(_req, res, next) {
      res.locals.nonce = randomBytes(18).toString("base64");
      completerAvantEnvoi(res);
      next();
    },
    hote(req, res, next) {
      const hote = (req.headers.host ?? "").toLowerCase();
      if (!hotes.has(hote)) {
        refuser(
          res,
          421,
          `Requête refusée : ce serveur ne répond pas au nom « ${hote.slice(0, 100) || "(aucun)"} ». Noms acceptés : ${[...hotes].join(", ")}. Derrière un mandataire, indiquez l'adresse publique dans ORIGINE_PUBLIQUE.`,
        );
        return;
      }
      next();
    },
    intersites(req, res, next) {
      if (SURES.has(req.method)) return next();
      const site = req.get("sec-fetch-site");
      const origine = req.get("origin");
      const memeOrigine =
        origine === undefined || origine === "null"
          ? !site || site === "same-origin" || site === "none"
          : origines.has(origineNormalisee(origine) ?? "");
      if (site === "cross-site" || site === "same-site" || !memeOrigine) {
        refuser(res, 403, "Requête refusée : elle ne vient pas de cette application.");
        return;
      }
      next();
    },
    erreur(err, _req, res, _next) {
      // Last resort: a fault that escaped every route. Logged for the operator without the
      // request's data; the user gets a French sentence, never a stack trace.
      const e = err as { status?: number; statusCode?: number; message?: string };
      const statut = e.status ?? e.statusCode ?? 500;
      console.error(`Erreur non traitée (${statut}) : ${e.message ?? String(err)}`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (statut >= 400 && statut < 500) refuser(res, statut, "Requête invalide : le serveur n'a pas pu la lire.");
      else
        refuser(
          res,
          500,
          "Le serveur n'a pas pu traiter votre demande. Rien de ce que vous aviez enregistré n'est perdu : réessayez dans un instant.",
        );
    },
  };
}
