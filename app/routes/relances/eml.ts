/** Resource route /taches/:id/message.eml — a message of the outbox, to open in a mail program. */
import { data } from "react-router";
import { exigerCompte } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { eml, TacheRefusee } from "../../services/relances/taches.server";
import type { Route } from "./+types/eml";

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { s } = await exigerCompte(context.get(servicesContext), request);
  try {
    const { nom, contenu } = await eml(s, params.id, s.aujourdhui());
    return new Response(new Uint8Array(contenu), {
      headers: {
        "Content-Type": "message/rfc822",
        "Content-Disposition": `attachment; filename="${nom.replace(/[^\w.-]+/g, "_")}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof TacheRefusee) throw data(null, { status: 404 });
    throw e;
  }
}
