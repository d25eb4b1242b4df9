import { data } from "react-router";
import { servicesContext } from "../../contexte";
import { fluxEcheances } from "../../services/calendrier.server";
import type { Route } from "./+types/calendrier";

export async function loader({ context, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const texte = await fluxEcheances(context.get(servicesContext), url.searchParams.get("jeton"), url.origin);
  if (texte === null) throw data("Calendrier introuvable.", { status: 404 });
  return new Response(texte, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="echeances.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
