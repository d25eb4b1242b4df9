/**
 * /mes-clients — the lawyer's portfolio: every dossier entrusted to them and not revoked, across
 * all their client organisations, and nothing else.
 */
import { dateCourte, montant } from "../../../domain/format/francais";
import { exigerPersonne } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { dossiersConfies } from "../../db/avocats.server";
import { instant } from "../../instant";
import { ETAPES_LIBELLES } from "../dossiers/liste";
import type { Route } from "./+types/mes-clients";

export const meta: Route.MetaFunction = () => [{ title: "Mes clients — Recouvrement" }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const s = context.get(servicesContext);
  const compte = await exigerPersonne(s, request);
  const dossiers = await dossiersConfies(s.base.db, compte.utilisateurId);
  const clients = new Map<string, typeof dossiers>();
  for (const d of dossiers) clients.set(d.organisation, [...(clients.get(d.organisation) ?? []), d]);
  return {
    nom: compte.nom,
    membre: compte.organisationId !== null,
    clients: [...clients].map(([organisation, liste]) => ({
      organisation,
      dossiers: liste.map((d) => ({
        id: d.id,
        reference: d.reference,
        etape: ETAPES_LIBELLES[d.etape] ?? d.etape,
        prochaineEcheance: d.prochaineEcheance,
        resteDuCents: d.resteDuCents,
        depuis: instant(d.depuis),
      })),
    })),
  };
}

export default function MesClients({ loaderData: d }: Route.ComponentProps) {
  return (
    <>
      <h1>Mes clients</h1>
      <p>Les dossiers que vos clients vous ont confiés. Un client peut retirer son accès à tout moment.</p>
      {d.clients.length === 0 ? (
        <p>
          Aucun dossier ne vous est confié pour l'instant.{" "}
          {d.membre ? (
            <a href="/dossiers">Voir les dossiers de votre organisation</a>
          ) : (
            <>
              Si vous êtes membre d'une organisation, choisissez-la dans <a href="/compte">Mon compte</a>.
            </>
          )}
        </p>
      ) : (
        d.clients.map((c) => (
          <section key={c.organisation} aria-label={`Client : ${c.organisation}`}>
            <h2>{c.organisation}</h2>
            <table className="tableau">
              <thead>
                <tr>
                  <th scope="col">Dossier</th>
                  <th scope="col">Étape</th>
                  <th scope="col">Prochaine échéance</th>
                  <th scope="col">Principal restant dû</th>
                  <th scope="col">Confié le</th>
                </tr>
              </thead>
              <tbody>
                {c.dossiers.map((x) => (
                  <tr key={x.id}>
                    <td>
                      <a href={`/dossiers/${x.id}`}>{x.reference}</a>
                    </td>
                    <td>{x.etape}</td>
                    <td>{x.prochaineEcheance ? dateCourte(x.prochaineEcheance) : "—"}</td>
                    <td className="montant">{montant(x.resteDuCents)}</td>
                    <td>{x.depuis}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))
      )}
    </>
  );
}
