/** Resource route: /dossiers/:id/pieces/:piece — an uploaded exhibit, served as stored. */
import { data } from "react-router";
import { exigerDossier } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { contenuPiece } from "../../services/pieces.server";
import type { Route } from "./+types/piece";

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { s } = await exigerDossier(context.get(servicesContext), request, params.id);
  const p = await contenuPiece(s, params.id, params.piece);
  if (!p) throw data(null, { status: 404 });
  const nom = (p.nom ?? "piece").replace(/[^\w.\- ]+/g, "_");
  return new Response(new Uint8Array(p.contenu), {
    headers: {
      "Content-Type": p.typeMime,
      "Content-Disposition": `inline; filename="${nom}"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'",
      "Cache-Control": "private, no-store",
    },
  });
}
