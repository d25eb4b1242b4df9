/**
 * Protection against cross-site requests: a state-changing request (POST, PUT, PATCH, DELETE)
 * whose browser says it comes from another site (Sec-Fetch-Site: cross-site) or whose Origin is not
 * this server's is refused with 403, before it reaches any action.
 */
import type { NextFunction, Request, Response } from "express";

const SURES = new Set(["GET", "HEAD", "OPTIONS"]);

export function refuserRequetesIntersites(req: Request, res: Response, next: NextFunction) {
  if (SURES.has(req.method)) return next();
  const site = req.get("sec-fetch-site");
  const origine = req.get("origin");
  const hote = req.get("host");
  const memeOrigine =
    !origine || origine === "null"
      ? !site || site === "same-origin" || site === "none"
      : new URL(origine).host === hote;
  if (site === "cross-site" || site === "same-site" || !memeOrigine) {
    res.status(403).type("text/plain; charset=utf-8").send("Requête refusée : elle ne vient pas de cette application.");
    return;
  }
  next();
}
