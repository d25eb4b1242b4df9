/**
 * /compte — who is signed in, their sessions, « se déconnecter » and « se déconnecter partout ».
 */
import { Form, redirect } from "react-router";
import { cookieEfface, exigerCompte } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { fermerSession, fermerSessions, listerSessions } from "../../db/comptes.server";
import type { Route } from "./+types/compte";

export const meta: Route.MetaFunction = () => [{ title: "Mon compte — Recouvrement" }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const { compte, s } = await exigerCompte(context.get(servicesContext), request);
  const sessions = await listerSessions(s.base.db, compte.utilisateurId);
  return {
    nom: compte.nom,
    email: compte.email,
    organisation: compte.organisation,
    role: compte.role,
    sessions: sessions.map((x) => ({
      depuis: x.creeLe.toISOString().slice(0, 16).replace("T", " "),
      agent: x.agent ?? "—",
    })),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const { compte, s } = await exigerCompte(context.get(servicesContext), request);
  const form = await request.formData();
  if (form.get("intention") === "partout") await fermerSessions(s.base.db, compte.utilisateurId);
  else await fermerSession(s.base.db, compte.jeton);
  throw redirect("/connexion", { headers: { "Set-Cookie": cookieEfface(s.config) } });
}

export default function Compte({ loaderData: d }: Route.ComponentProps) {
  return (
    <>
      <h1>Mon compte</h1>
      <p>
        {d.nom} ({d.email}) — {d.organisation}, {d.role}.
      </p>
      <h2>Sessions ouvertes</h2>
      <ul>
        {d.sessions.map((x) => (
          <li key={`${x.depuis}-${x.agent}`}>
            depuis le {x.depuis} (UTC) — {x.agent}
          </li>
        ))}
      </ul>
      <Form method="post" className="en-ligne">
        <button type="submit" name="intention" value="ici" className="bouton bouton-secondaire">
          Se déconnecter
        </button>{" "}
        <button type="submit" name="intention" value="partout" className="bouton bouton-secondaire">
          Se déconnecter partout
        </button>
      </Form>
    </>
  );
}
