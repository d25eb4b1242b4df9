/**
 * Resource route: /dossiers/:id/export.json — everything stored about a dossier, as JSON: an
 * open dossier in the dossier schema (importable again from « Mes dossiers »), a draft as the
 * wizard's answers.
 */
import { data } from "react-router";
import { auteurDe, exigerDossier } from "../../comptes/session.server";
import { requeteContext, servicesContext } from "../../contexte";
import { chargerBrouillon } from "../../db/brouillons.server";
import { chargerDossier } from "../../db/dossiers.server";
import { noterAudit } from "../../db/equipes.server";
import type { Route } from "./+types/export";

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { compte, role, s } = await exigerDossier(context.get(servicesContext), request, params.id);
  const ouvert = await chargerDossier(s.base.db, params.id);
  const brouillon = ouvert ? null : await chargerBrouillon(s.base.db, params.id);
  if (!ouvert && !brouillon) throw data(null, { status: 404 });
  const contenu = ouvert
    ? ouvert.dossier
    : { reference: brouillon?.reference, statut: "brouillon", reponsesAssistant: brouillon?.brouillon };
  const reference = ouvert?.reference ?? brouillon?.reference ?? "dossier";
  const qui = auteurDe(compte, role, context.get(requeteContext).adresse);
  await noterAudit(s.base.db, s.organisationId, qui, "telechargement.export", `dossier ${reference}`);
  return new Response(`${JSON.stringify(contenu, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="dossier-${reference}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
