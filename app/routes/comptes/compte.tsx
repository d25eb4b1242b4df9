/**
 * /compte — the signed-in person: their organisations (and switching between them), the dossiers
 * entrusted to them as a lawyer, their passkeys, their personal iCalendar feed, their sessions,
 * « se déconnecter » and « se déconnecter partout ».
 */
import { data, Form, redirect } from "react-router";
import { AjouterCle } from "../../components/cles-acces";
import { LienACopier } from "../../components/lien-a-copier";
import { partieDeConfiance } from "../../comptes/cles.server";
import { cookieEfface, exigerPersonne } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { dossiersConfies } from "../../db/avocats.server";
import { clesDe, supprimerCle } from "../../db/cles.server";
import {
  fermerSession,
  fermerSessions,
  listerSessions,
  membresDe,
  nouveauJetonCalendrier,
  revoquerJetonCalendrier,
  trouverUtilisateurParId,
} from "../../db/comptes.server";
import { changerOrganisation } from "../../db/equipes.server";
import { instant } from "../../instant";
import type { Route } from "./+types/compte";

export const meta: Route.MetaFunction = () => [{ title: "Mon compte — Recouvrement" }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const s = context.get(servicesContext);
  const compte = await exigerPersonne(s, request);
  const db = s.base.db;
  const [sessions, organisations, confies, cles, u] = await Promise.all([
    listerSessions(db, compte.utilisateurId),
    membresDe(db, compte.utilisateurId),
    dossiersConfies(db, compte.utilisateurId),
    clesDe(db, compte.utilisateurId),
    trouverUtilisateurParId(db, compte.utilisateurId),
  ]);
  return {
    nom: compte.nom,
    email: compte.email,
    organisationId: compte.organisationId,
    organisations: organisations.map((o) => ({ id: o.organisationId, nom: o.nom, role: o.role })),
    dossiersConfies: confies.length,
    cles: cles.map((c) => ({
      id: c.id,
      nom: c.nom,
      creeLe: instant(c.creeLe),
      utiliseLe: c.utiliseLe && instant(c.utiliseLe),
    })),
    clesPossibles: partieDeConfiance(s.config, request) !== null,
    calendrierActif: Boolean(u?.jetonCalendrier),
    sessions: sessions.map((x) => ({
      id: x.id.slice(0, 12),
      courante: x.id === compte.sessionId,
      depuis: instant(x.creeLe),
      vu: instant(x.vuLe),
      agent: x.agent ?? "—",
    })),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const s = context.get(servicesContext);
  const compte = await exigerPersonne(s, request);
  const db = s.base.db;
  const form = await request.formData();
  const intention = String(form.get("intention") ?? "");
  switch (intention) {
    case "organisation": {
      if (!(await changerOrganisation(db, compte.sessionId, compte.utilisateurId, String(form.get("organisation")))))
        throw data("Vous n'êtes pas membre de cette organisation.", { status: 404 });
      throw redirect("/dossiers");
    }
    case "calendrier": {
      const jeton = await nouveauJetonCalendrier(db, compte.utilisateurId);
      return { calendrier: `${s.config.origine}/dossiers/echeances.ics?jeton=${jeton}` };
    }
    case "revoquer-calendrier":
      await revoquerJetonCalendrier(db, compte.utilisateurId);
      return { message: "Adresse d'abonnement révoquée : les agendas qui l'utilisaient ne reçoivent plus rien." };
    case "supprimer-cle":
      await supprimerCle(db, compte.utilisateurId, String(form.get("cle") ?? ""));
      return { message: "Clé d'accès supprimée." };
    case "partout":
      await fermerSessions(db, compte.utilisateurId);
      throw redirect("/connexion", { headers: { "Set-Cookie": cookieEfface(s.config) } });
    case "ici":
      await fermerSession(db, compte.jeton);
      throw redirect("/connexion", { headers: { "Set-Cookie": cookieEfface(s.config) } });
    default:
      throw data("Formulaire inconnu.", { status: 400 });
  }
}

export default function Compte({ loaderData: d, actionData }: Route.ComponentProps) {
  const a = (actionData ?? {}) as { calendrier?: string; message?: string };
  return (
    <>
      <h1>Mon compte</h1>
      <p>
        {d.nom} ({d.email})
      </p>
      {a.message ? (
        <p className="succes" role="status">
          {a.message}
        </p>
      ) : null}

      <section aria-labelledby="titre-organisations">
        <h2 id="titre-organisations">Organisations</h2>
        {d.organisations.length === 0 ? (
          <p>Vous n'êtes membre d'aucune organisation.</p>
        ) : (
          <ul>
            {d.organisations.map((o) => (
              <li key={o.id}>
                {o.nom} — {o.role}
                {o.id === d.organisationId ? (
                  <>
                    {" "}
                    <strong>(organisation actuelle)</strong>
                    {o.role === "administrateur" ? (
                      <>
                        {" "}
                        — <a href="/organisation">membres et journal d'audit</a>
                      </>
                    ) : null}
                  </>
                ) : (
                  <Form method="post" className="en-ligne">
                    <input type="hidden" name="intention" value="organisation" />
                    <input type="hidden" name="organisation" value={o.id} />{" "}
                    <button type="submit" className="bouton-lien">
                      Travailler dans {o.nom}
                    </button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        )}
        {d.dossiersConfies > 0 ? (
          <p>
            <a href="/mes-clients">Mes clients</a> : {d.dossiersConfies} dossier{d.dossiersConfies > 1 ? "s" : ""}{" "}
            confié
            {d.dossiersConfies > 1 ? "s" : ""} comme avocat.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="titre-cles">
        <h2 id="titre-cles">Clés d'accès</h2>
        <p>
          Une clé d'accès (empreinte, visage, code de l'appareil ou clé de sécurité) permet de se connecter sans mot de
          passe et ne peut pas être hameçonnée.
        </p>
        {d.cles.length ? (
          <ul>
            {d.cles.map((c) => (
              <li key={c.id}>
                {c.nom} — ajoutée le {c.creeLe}
                {c.utiliseLe ? `, utilisée le ${c.utiliseLe}` : ", jamais utilisée"}{" "}
                <Form method="post" className="en-ligne">
                  <input type="hidden" name="intention" value="supprimer-cle" />
                  <input type="hidden" name="cle" value={c.id} />
                  <button type="submit" className="bouton-lien">
                    Supprimer<span className="visuellement-cache"> la clé {c.nom}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        ) : null}
        {d.clesPossibles ? (
          <AjouterCle />
        ) : (
          <p className="aide">
            Les clés d'accès demandent un nom de domaine : ouvrez l'application par http://localhost ou par son adresse
            publique, pas par une adresse IP.
          </p>
        )}
      </section>

      <section aria-labelledby="titre-calendrier">
        <h2 id="titre-calendrier">Échéances dans votre agenda</h2>
        <p>
          Une adresse d'abonnement iCalendar personnelle : les échéances des dossiers de vos organisations et de ceux
          qui vous sont confiés. Ne la partagez pas ; une nouvelle adresse remplace l'ancienne.
        </p>
        {a.calendrier ? (
          <LienACopier
            texte="Votre adresse (affichée une seule fois : copiez-la dans votre agenda) :"
            url={a.calendrier}
            libelle="Adresse d'abonnement"
          />
        ) : null}
        <Form method="post" className="en-ligne">
          <button type="submit" name="intention" value="calendrier" className="bouton bouton-secondaire">
            {d.calendrierActif ? "Nouvelle adresse d'abonnement" : "Créer mon adresse d'abonnement"}
          </button>{" "}
          {d.calendrierActif ? (
            <button type="submit" name="intention" value="revoquer-calendrier" className="bouton bouton-secondaire">
              Révoquer l'adresse
            </button>
          ) : null}
        </Form>
      </section>

      <section aria-labelledby="titre-sessions">
        <h2 id="titre-sessions">Sessions ouvertes</h2>
        <ul>
          {d.sessions.map((x) => (
            <li key={x.id}>
              ouverte le {x.depuis}, dernière activité le {x.vu} — {x.agent}
              {x.courante ? " (cette session)" : ""}
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
      </section>
    </>
  );
}
