import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { Gabarit } from "./components/gabarit";
import { compteDe, jetonDeLaRequete } from "./comptes/session.server";
import { servicesContext } from "./contexte";
import { nombreDeTaches } from "./db/relances.server";
import "./styles/app.css";

export const links: Route.LinksFunction = () => [{ rel: "icon", href: "/favicon.ico", sizes: "any" }];

export function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

/** The open tasks of the signed-in person's organisation, for the navigation (no query without a session cookie). */
export async function loader({ context, request }: Route.LoaderArgs) {
  if (!jetonDeLaRequete(request)) return { taches: null };
  const s = context.get(servicesContext);
  const compte = await compteDe(s, request);
  if (!compte?.organisationId) return { taches: null };
  return { taches: await nombreDeTaches(s.base.db, compte.organisationId) };
}

export default function App() {
  const { taches } = useLoaderData<typeof loader>();
  return (
    <Gabarit taches={taches}>
      <Outlet />
    </Gabarit>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const introuvable = isRouteErrorResponse(error) && error.status === 404;
  // A refusal of ours (403 of the permission table…) carries its French sentence as data.
  const refus =
    isRouteErrorResponse(error) && error.status >= 400 && error.status < 500 && typeof error.data === "string"
      ? error.data
      : null;
  const titre = introuvable
    ? "Page introuvable"
    : isRouteErrorResponse(error) && error.status === 403
      ? "Accès refusé"
      : refus
        ? "Demande refusée"
        : "Une erreur est survenue";
  const texte = introuvable
    ? "L'adresse demandée n'existe pas ou plus. Vérifiez le lien, ou repartez de l'accueil."
    : (refus ??
      "Le serveur n'a pas pu traiter votre demande. Rien de ce que vous aviez enregistré n'est perdu : réessayez dans un instant.");
  const racine = useRouteLoaderData<typeof loader>("root");
  return (
    <Gabarit taches={racine?.taches ?? null}>
      <title>{`${titre} — Recouvrement`}</title>
      <section className="page-erreur" aria-labelledby="titre-erreur">
        <p className="code-erreur">{isRouteErrorResponse(error) ? error.status : 500}</p>
        <h1 id="titre-erreur">{titre}</h1>
        <p>{texte}</p>
        <p>
          <a className="bouton" href="/">
            Retour à l'accueil
          </a>
        </p>
      </section>
    </Gabarit>
  );
}
