/**
 * Resource route POST /cles/:etape — the passkey ceremonies (decision 020), in JSON for
 * @simplewebauthn/browser: `enregistrement-options` and `enregistrement` for a signed-in person,
 * `connexion-options` and `connexion` to sign in. Refusals are French sentences, never a trace.
 */
import { data } from "react-router";
import { normaliserTexte, problemeTexte } from "../../../domain/texte/texte";
import {
  CleRefusee,
  enregistrerCle,
  optionsConnexion,
  optionsEnregistrement,
  verifierConnexion,
} from "../../comptes/cles.server";
import { compteDe, cookieDeSession } from "../../comptes/session.server";
import { requeteContext, servicesContext } from "../../contexte";
import {
  creerSession,
  fermerSession,
  membresDe,
  noterTentative,
  tentativesRecentes,
  trouverUtilisateurParId,
} from "../../db/comptes.server";
import { noterAudit } from "../../db/equipes.server";
import type { Route } from "./+types/cles";

export async function loader() {
  throw data(null, { status: 404 });
}

const refus = (message: string, statut = 400) => Response.json({ erreur: message }, { status: statut });

async function corps(request: Request): Promise<Record<string, unknown> | null> {
  if (Number(request.headers.get("content-length") ?? 0) > 64 * 1024) return null;
  try {
    const j = await request.json();
    return j && typeof j === "object" ? (j as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const s = context.get(servicesContext);
  const db = s.base.db;
  const { adresse } = context.get(requeteContext);
  try {
    switch (params.etape) {
      case "enregistrement-options": {
        const compte = await compteDe(s, request);
        if (!compte) return refus("Connectez-vous d'abord.", 401);
        const { options, cookie } = await optionsEnregistrement(db, s.config, request, compte);
        return Response.json(options, { headers: { "Set-Cookie": cookie, "Cache-Control": "no-store" } });
      }
      case "enregistrement": {
        const compte = await compteDe(s, request);
        if (!compte) return refus("Connectez-vous d'abord.", 401);
        const j = await corps(request);
        if (!j?.reponse) return refus("Réponse de la clé illisible.");
        const nom = normaliserTexte(String(j.nom ?? "").trim()).slice(0, 80) || "Clé d'accès";
        const probleme = problemeTexte(nom);
        if (probleme) return refus(`Nom de la clé : ${probleme}`);
        await enregistrerCle(db, s.config, request, compte.utilisateurId, j.reponse as never, nom);
        return Response.json({ ok: true });
      }
      case "connexion-options": {
        const { options, cookie } = await optionsConnexion(db, s.config, request);
        return Response.json(options, { headers: { "Set-Cookie": cookie, "Cache-Control": "no-store" } });
      }
      case "connexion": {
        const cle = `adresse:${adresse}`;
        if ((await tentativesRecentes(db, cle, 15 * 60 * 1000)) >= 20)
          return refus("Trop de tentatives de connexion : réessayez dans un quart d'heure.", 429);
        const j = await corps(request);
        if (!j?.reponse) return refus("Réponse de la clé illisible.");
        let utilisateurId: string;
        try {
          utilisateurId = await verifierConnexion(db, s.config, request, j.reponse as never);
        } catch (e) {
          if (e instanceof CleRefusee) await noterTentative(db, [cle]);
          throw e;
        }
        const u = await trouverUtilisateurParId(db, utilisateurId);
        if (!u) return refus("Compte introuvable.", 400);
        // A new session id at every sign-in, as with a password.
        const ancien = (await compteDe(s, request))?.jeton;
        if (ancien) await fermerSession(db, ancien);
        const organisationId = (await membresDe(db, u.id))[0]?.organisationId ?? null;
        const jeton = await creerSession(db, u.id, organisationId, request.headers.get("user-agent"));
        if (organisationId)
          await noterAudit(db, organisationId, { utilisateurId: u.id, nom: u.nom, adresse }, "connexion.cle", u.email);
        return Response.json(
          { ok: true, retour: organisationId ? "/dossiers" : "/mes-clients" },
          { headers: { "Set-Cookie": cookieDeSession(jeton, s.config) } },
        );
      }
      default:
        return refus("Étape inconnue.", 404);
    }
  } catch (e) {
    if (e instanceof CleRefusee) return refus(e.message);
    throw e;
  }
}
