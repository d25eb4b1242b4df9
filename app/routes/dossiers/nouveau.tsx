import { Form, redirect } from "react-router";
import { SECTIONS, TITRES_SECTIONS } from "../../assistant/sections";
import { exigerCompte } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { nouveauDossier } from "../../services/assistant.server";
import type { Route } from "./+types/nouveau";

export const meta: Route.MetaFunction = () => [{ title: "Nouveau dossier — Recouvrement" }];

export async function loader({ context, request }: Route.LoaderArgs) {
  await exigerCompte(context.get(servicesContext), request, "dossier.modifier");
  return null;
}

export async function action({ context, request }: Route.ActionArgs) {
  const { s } = await exigerCompte(context.get(servicesContext), request, "dossier.modifier");
  const id = await nouveauDossier(s);
  throw redirect(`/dossiers/${id}/assistant/${SECTIONS[0]}`);
}

export default function Nouveau() {
  return (
    <>
      <p className="fil">
        <a href="/dossiers">Mes dossiers</a> › Nouveau dossier
      </p>
      <h1>Préparer une mise en demeure</h1>
      <p>
        En quelques minutes, répondez à des questions simples sur vous, votre débiteur et vos factures. Nous calculons
        ce qui vous est dû, vérifions que la créance n'est pas prescrite et préparons les lettres, avec leurs fondements
        juridiques.
      </p>
      <ol className="etapes-annoncees">
        {SECTIONS.map((s) => (
          <li key={s}>{TITRES_SECTIONS[s]}</li>
        ))}
      </ol>
      <p className="aide">
        Chaque étape est enregistrée dès que vous la validez ; vous pouvez vous arrêter et reprendre plus tard depuis «
        Mes dossiers ». Gardez vos factures sous la main.
      </p>
      <Form method="post">
        <button type="submit" className="bouton">
          Commencer
        </button>
      </Form>
    </>
  );
}
