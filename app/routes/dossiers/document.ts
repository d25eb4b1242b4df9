/** Resource route: /dossiers/:id/documents/<type>.pdf|docx, rendered for today. */
import { data } from "react-router";
import { preparerContexte } from "../../../templates/preparer";
import { estTypeDocument } from "../../../templates/registre";
import { type Format, rendreDocument, TYPES_MIME } from "../../../templates/rendu.server";
import { exigerDossier } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { chargerDossier } from "../../db/dossiers.server";
import { tauxDeLInstance } from "../../services/taux.server";
import type { Route } from "./+types/document";

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const m = /^([a-z-]+)\.(pdf|docx)$/.exec(params.fichier ?? "");
  if (!m || !estTypeDocument(m[1]!)) throw data(null, { status: 404 });
  const { s } = await exigerDossier(context.get(servicesContext), request, params.id);
  const d = await chargerDossier(s.base.db, params.id);
  if (!d) throw data(null, { status: 404 });
  const format = m[2] as Format;
  const contexte = preparerContexte(d.dossier, s.aujourdhui(), await tauxDeLInstance(s.base.db), d.auteurs);
  const contenu = await rendreDocument(m[1], format, contexte);
  return new Response(new Uint8Array(contenu), {
    headers: {
      "Content-Type": TYPES_MIME[format],
      "Content-Disposition": `${format === "pdf" ? "inline" : "attachment"}; filename="${m[1]}-${d.reference}.${format}"`,
      "Cache-Control": "no-store",
      // The dossier page previews the PDF in a frame of its own origin; nothing else may frame it.
      ...(format === "pdf"
        ? { "Content-Security-Policy": "default-src 'none'; frame-ancestors 'self'", "X-Frame-Options": "SAMEORIGIN" }
        : {}),
    },
  });
}
