/**
 * /connexion — sign in with an email and a password. Throttled per account and per address; the
 * message never says whether an address has an account. A new session id at every sign-in.
 */
import { data, Form, redirect } from "react-router";
import { ConnexionParCle } from "../../components/cles-acces";
import { Champ, ResumeErreurs } from "../../components/formulaire";
import { partieDeConfiance } from "../../comptes/cles.server";
import { verifierMotDePasse } from "../../comptes/mot-de-passe.server";
import { compteDe, cookieDeSession } from "../../comptes/session.server";
import { requeteContext, servicesContext } from "../../contexte";
import {
  creerSession,
  fermerSession,
  membresDe,
  nombreUtilisateurs,
  noterTentative,
  oublierTentatives,
  tentativesRecentes,
  trouverUtilisateur,
} from "../../db/comptes.server";
import { noterAudit } from "../../db/equipes.server";
import { valeursNettoyees } from "../../saisie";
import type { Route } from "./+types/connexion";

export const meta: Route.MetaFunction = () => [{ title: "Connexion — Recouvrement" }];

/** Per account: 5 failures in 15 minutes; per address: 20. */
const FENETRE_MS = 15 * 60 * 1000;
const MAX_PAR_COMPTE = 5;
const MAX_PAR_ADRESSE = 20;

/** Only a path of this application, never another site. */
function retourSur(brut: string | null): string {
  return brut && /^\/(?!\/)[^\s\\]*$/.test(brut) ? brut : "/dossiers";
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const s = context.get(servicesContext);
  if ((await nombreUtilisateurs(s.base.db)) === 0) throw redirect("/installation");
  const retour = retourSur(new URL(request.url).searchParams.get("retour"));
  if (await compteDe(s, request)) throw redirect(retour);
  return {
    retour,
    reinitialise: new URL(request.url).searchParams.get("reinitialise") === "1",
    // WebAuthn refuses an IP address as relying party: no passkey button there.
    clesPossibles: partieDeConfiance(s.config, request) !== null,
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const s = context.get(servicesContext);
  const { valeurs } = valeursNettoyees(await request.formData());
  const email = (valeurs.email ?? "").trim().toLowerCase();
  const retour = retourSur(valeurs.retour ?? null);
  const { adresse } = context.get(requeteContext);
  const cles = [`compte:${email}`, `adresse:${adresse}`];
  const refus = (message: string, statut = 400) => data({ erreur: message, email }, { status: statut });
  if (
    (await tentativesRecentes(s.base.db, cles[0]!, FENETRE_MS)) >= MAX_PAR_COMPTE ||
    (await tentativesRecentes(s.base.db, cles[1]!, FENETRE_MS)) >= MAX_PAR_ADRESSE
  ) {
    return refus("Trop de tentatives de connexion : réessayez dans un quart d'heure.", 429);
  }
  const u = email ? await trouverUtilisateur(s.base.db, email) : null;
  const bon = await verifierMotDePasse(valeurs.motDePasse ?? "", u?.motDePasse ?? null);
  if (!u || !bon) {
    await noterTentative(s.base.db, cles);
    return refus("Adresse ou mot de passe incorrect.");
  }
  await oublierTentatives(s.base.db, cles[0]!);
  // A new session id at every sign-in; the previous one of this browser is closed.
  const ancien = (await compteDe(s, request))?.jeton;
  if (ancien) await fermerSession(s.base.db, ancien);
  const membres = await membresDe(s.base.db, u.id);
  const organisationId = membres[0]?.organisationId ?? null;
  const jeton = await creerSession(s.base.db, u.id, organisationId, request.headers.get("user-agent"));
  if (organisationId)
    await noterAudit(s.base.db, organisationId, { utilisateurId: u.id, nom: u.nom, adresse }, "connexion", u.email);
  throw redirect(organisationId || retour !== "/dossiers" ? retour : "/mes-clients", {
    headers: { "Set-Cookie": cookieDeSession(jeton, s.config) },
  });
}

export default function Connexion({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <>
      <h1>Connexion</h1>
      {loaderData.reinitialise ? (
        <p className="succes" role="status">
          Mot de passe enregistré ; vos autres sessions sont fermées. Connectez-vous avec le nouveau.
        </p>
      ) : null}
      <Form method="post" className="formulaire" noValidate>
        <input type="hidden" name="retour" value={loaderData.retour} />
        {actionData?.erreur ? (
          <ResumeErreurs erreurs={[{ champ: "email", message: actionData.erreur }]} libelles={() => "Connexion"} />
        ) : null}
        <Champ
          nom="email"
          libelle="Adresse électronique"
          enfant={(a) => <input {...a} type="email" autoComplete="username" defaultValue={actionData?.email ?? ""} />}
        />
        <Champ
          nom="motDePasse"
          libelle="Mot de passe"
          enfant={(a) => <input {...a} type="password" autoComplete="current-password" />}
        />
        <button type="submit" className="bouton">
          Se connecter
        </button>
      </Form>
      {loaderData.clesPossibles ? <ConnexionParCle retour={loaderData.retour} /> : null}
      <p className="aide">
        Mot de passe oublié ? Un administrateur de votre organisation peut vous donner un lien pour en choisir un
        nouveau (page « Organisation »).
      </p>
    </>
  );
}
