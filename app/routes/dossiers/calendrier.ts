import { data } from "react-router";
import { servicesContext } from "../../contexte";
import { fluxEcheances } from "../../services/calendrier.server";
import type { Route } from "./+types/calendrier";

export async function loader({ context, request }: Route.LoaderArgs) {
  const s = context.get(servicesContext);
  // Absolute links come from the configuration, never from the request's Host header.
  const jeton = new URL(request.url).searchParams.get("jeton");
  const texte = await fluxEcheances(s, jeton, s.config.origine);
  if (texte === null) throw data("Calendrier introuvable.", { status: 404 });
  return new Response(texte, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="echeances.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
