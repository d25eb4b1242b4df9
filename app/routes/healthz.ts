import { servicesContext } from "../contexte";
import type { Route } from "./+types/healthz";

/** Liveness and database check: 200 when the database answers, 503 otherwise. */
export async function loader({ context }: Route.LoaderArgs) {
  const { base } = context.get(servicesContext);
  const entetes = { "Cache-Control": "no-store" };
  try {
    await base.verifier();
    return Response.json({ statut: "ok", base: base.moteur }, { headers: entetes });
  } catch {
    return Response.json({ statut: "indisponible", base: base.moteur }, { status: 503, headers: entetes });
  }
}
