/** Resource route: /dossiers/:id/dossier-avocat.zip. */
import { data } from "react-router";
import { construireDossierAvocat } from "../../../templates/dossier-avocat.server";
import { auteurDe, exigerDossier } from "../../comptes/session.server";
import { requeteContext, servicesContext } from "../../contexte";
import { chargerDossier } from "../../db/dossiers.server";
import { noterAudit } from "../../db/equipes.server";
import { lecteurPieces } from "../../services/pieces.server";
import { tauxDeLInstance } from "../../services/taux.server";
import type { Route } from "./+types/zip";

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { compte, role, s } = await exigerDossier(context.get(servicesContext), request, params.id);
  const d = await chargerDossier(s.base.db, params.id);
  if (!d) throw data(null, { status: 404 });
  const { zip } = await construireDossierAvocat(
    d.dossier,
    s.aujourdhui(),
    lecteurPieces(s),
    await tauxDeLInstance(s.base.db),
    d.auteurs,
  );
  const qui = auteurDe(compte, role, context.get(requeteContext).adresse);
  await noterAudit(s.base.db, s.organisationId, qui, "telechargement.zip", `dossier ${d.reference}`);
  return new Response(new Uint8Array(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="dossier-${d.reference}.zip"`,
      "Cache-Control": "no-store",
    },
  });
}
