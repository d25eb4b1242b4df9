/** Resource route: /dossiers/:id/dossier-avocat.zip. */
import { data } from "react-router";
import { construireDossierAvocat } from "../../../templates/dossier-avocat.server";
import { exigerDossier } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { chargerDossier } from "../../db/dossiers.server";
import { lecteurPieces } from "../../services/pieces.server";
import { tauxDeLInstance } from "../../services/taux.server";
import type { Route } from "./+types/zip";

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { s } = await exigerDossier(context.get(servicesContext), request, params.id);
  const d = await chargerDossier(s.base.db, params.id);
  if (!d) throw data(null, { status: 404 });
  const { zip } = await construireDossierAvocat(
    d.dossier,
    s.aujourdhui(),
    lecteurPieces(s),
    await tauxDeLInstance(s.base.db),
  );
  return new Response(new Uint8Array(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="dossier-${d.reference}.zip"`,
      "Cache-Control": "no-store",
    },
  });
}
