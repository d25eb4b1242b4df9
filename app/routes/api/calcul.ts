/**
 * JSON API of the calculators: POST /api/v1/delai | prescription | interets | juridiction.
 * Same shapes as the CLI; 400 with French field errors on bad input, never a 500.
 * Only `application/json` is accepted, which also keeps cross-site HTML forms out.
 */
import { CALCULS, type Calcul, executerCalcul } from "../../../domain/calculs/calculs";
import { servicesContext } from "../../contexte";
import { tauxDeLInstance } from "../../services/taux.server";
import type { Route } from "./+types/calcul";

const json = (corps: unknown, status = 200, entetes: Record<string, string> = {}) =>
  Response.json(corps, { status, headers: { "Cache-Control": "no-store", ...entetes } });

function calculDemande(nom: string | undefined): Calcul | null {
  return CALCULS.includes(nom as Calcul) ? (nom as Calcul) : null;
}

export function loader({ params }: Route.LoaderArgs) {
  if (!calculDemande(params.calcul)) {
    return json({ erreur: `Calcul inconnu : « ${params.calcul} ». Calculs disponibles : ${CALCULS.join(", ")}.` }, 404);
  }
  return json({ erreur: "Utilisez POST avec un corps JSON." }, 405, { Allow: "POST" });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const calcul = calculDemande(params.calcul);
  if (!calcul) {
    return json({ erreur: `Calcul inconnu : « ${params.calcul} ». Calculs disponibles : ${CALCULS.join(", ")}.` }, 404);
  }
  if (request.method !== "POST") return json({ erreur: "Utilisez POST avec un corps JSON." }, 405, { Allow: "POST" });
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    return json({ erreur: "Le corps doit être du JSON (en-tête Content-Type: application/json)." }, 415);
  }
  let corps: unknown;
  try {
    corps = await request.json();
  } catch {
    return json({ erreurs: [{ champ: "(corps)", message: "JSON mal formé" }] }, 400);
  }
  const { aujourdhui, base } = context.get(servicesContext);
  const tauxInstance = calcul === "interets" ? await tauxDeLInstance(base.db) : undefined;
  try {
    const issue = executerCalcul(calcul, corps, { aujourdhui: aujourdhui(), explicite: false, tauxInstance });
    return issue.ok ? json(issue.resultat) : json({ erreurs: issue.erreurs }, 400);
  } catch (e) {
    console.error(`API ${calcul} :`, e);
    return json({ erreur: "Le calcul n'a pas pu aboutir. Vérifiez les dates et montants fournis." }, 400);
  }
}
