/**
 * /invitation/:jeton — a single-use, expiring link (decision 019): joining an organisation with a
 * role, taking a dossier entrusted as a lawyer, or choosing a new password. A link unknown answers
 * 404; expired or already used, 410 with the reason. Whoever has no account creates it here; an
 * existing account signs in first (the link is for that address only).
 */
import { data, Form, redirect } from "react-router";
import type { ErreurChamp } from "../../../domain/validation/zod-fr";
import { Champ, erreurDe, ResumeErreurs } from "../../components/formulaire";
import { AIDE_MOT_DE_PASSE, DESCRIPTION_ROLE } from "../../comptes/libelles";
import { hacherMotDePasse } from "../../comptes/mot-de-passe.server";
import { sansMotsDePasse, verifierNouveauMotDePasse } from "../../comptes/nouveau-mot-de-passe.server";
import { auteurDe, type Compte, compteDe, cookieDeSession } from "../../comptes/session.server";
import { requeteContext, servicesContext } from "../../contexte";
import { confierDossier } from "../../db/avocats.server";
import {
  changerMotDePasse,
  creerSession,
  creerUtilisateur,
  fermerSession,
  fermerSessions,
  InstallationRefusee,
  type RoleMembre,
  rejoindre,
  trouverUtilisateur,
} from "../../db/comptes.server";
import type { Db } from "../../db/database.server";
import { consommerLien, type Lien, lireLien, noterAudit } from "../../db/equipes.server";
import { instant } from "../../instant";
import { valeursNettoyees } from "../../saisie";
import type { Route } from "./+types/invitation";

export const meta: Route.MetaFunction = () => [{ title: "Invitation — Recouvrement" }];

const LIBELLES: Record<string, string> = {
  nom: "Votre nom",
  motDePasse: "Mot de passe",
  confirmation: "Confirmation",
  lien: "Lien",
};

async function lienUtilisable(db: Db, jeton: string): Promise<Lien> {
  const l = await lireLien(db, jeton);
  if (!l) throw data("Ce lien n'existe pas. Vérifiez qu'il a été copié en entier.", { status: 404 });
  if (l.etat === "utilise")
    throw data("Ce lien a déjà servi : chaque lien ne sert qu'une fois. Demandez-en un nouveau.", { status: 410 });
  if (l.etat === "expire")
    throw data(`Ce lien a expiré le ${instant(l.lien.expireLe)}. Demandez-en un nouveau.`, { status: 410 });
  return l.lien;
}

/** What the link gives, in words. */
function objetDuLien(l: Lien): string {
  if (l.nature === "reinitialisation") return "choisir un nouveau mot de passe";
  if (l.nature === "avocat")
    return `recevoir, comme avocat, le dossier ${l.dossierReference ?? ""} de ${l.organisation ?? ""}`;
  return `rejoindre ${l.organisation ?? "l'organisation"} comme ${l.role ?? "membre"} (${DESCRIPTION_ROLE[l.role ?? ""] ?? ""})`;
}

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const s = context.get(servicesContext);
  const l = await lienUtilisable(s.base.db, params.jeton);
  const compte = await compteDe(s, request);
  const existant = l.nature === "reinitialisation" ? null : await trouverUtilisateur(s.base.db, l.email);
  return {
    nature: l.nature,
    objet: objetDuLien(l),
    email: l.email,
    expireLe: instant(l.expireLe),
    /** creer: an account to create; accepter: signed in as the right person; connexion: sign in first. */
    suite:
      l.nature === "reinitialisation"
        ? ("mot-de-passe" as const)
        : !existant
          ? ("creer" as const)
          : compte?.utilisateurId === existant.id
            ? ("accepter" as const)
            : ("connexion" as const),
    connecteComme: compte && compte.email !== l.email ? compte.email : null,
    retour: `/invitation/${params.jeton}`,
  };
}

/**
 * Does what the link allows, in the transaction that uses it up — the account it creates included,
 * so that a link presented twice at once creates nothing twice. Returns the person, or null when
 * the link has just served.
 */
async function accepter(
  db: Db,
  l: Lien,
  jeton: string,
  qui: string | { email: string; nom: string; empreinteMotDePasse: string },
): Promise<string | null> {
  return db.transaction(async (tx) => {
    const x = tx as unknown as Db;
    if (!(await consommerLien(x, jeton))) return null;
    const utilisateurId = typeof qui === "string" ? qui : await creerUtilisateur(x, qui);
    if (l.nature === "invitation" && l.organisationId) {
      await rejoindre(x, utilisateurId, l.organisationId, (l.role ?? "lecteur") as RoleMembre);
    }
    if (l.nature === "avocat" && l.dossierId) await confierDossier(x, l.dossierId, utilisateurId, l.creePar);
    return utilisateurId;
  });
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const s = context.get(servicesContext);
  const db = s.base.db;
  const l = await lienUtilisable(db, params.jeton);
  const { valeurs, erreurs } = valeursNettoyees(await request.formData());
  const refus = (e: ErreurChamp[], statut = 400) =>
    data({ erreurs: e, valeurs: sansMotsDePasse(valeurs) }, { status: statut });
  const dejaServi = () => refus([{ champ: "lien", message: "ce lien vient de servir : demandez-en un nouveau" }], 410);
  const agent = request.headers.get("user-agent");
  const { adresse } = context.get(requeteContext);

  if (l.nature === "reinitialisation") {
    if (!l.utilisateurId) throw data(null, { status: 404 });
    verifierNouveauMotDePasse(valeurs, l.email, erreurs);
    if (erreurs.length) return refus(erreurs);
    const empreinte = await hacherMotDePasse(valeurs.motDePasse ?? "");
    const ok = await db.transaction(async (tx) => {
      const x = tx as unknown as Db;
      if (!(await consommerLien(x, params.jeton))) return false;
      await changerMotDePasse(x, l.utilisateurId as string, empreinte);
      // Every session of the account closes: whoever knew the old password is out.
      await fermerSessions(x, l.utilisateurId as string);
      return true;
    });
    if (!ok) return dejaServi();
    throw redirect("/connexion?reinitialise=1");
  }

  let personne: Parameters<typeof accepter>[3];
  let nom: string;
  const existant = await trouverUtilisateur(db, l.email);
  let compte: Compte | null = null;
  if (existant) {
    compte = await compteDe(s, request);
    if (compte?.utilisateurId !== existant.id)
      throw redirect(`/connexion?retour=${encodeURIComponent(`/invitation/${params.jeton}`)}`);
    personne = existant.id;
    nom = existant.nom;
  } else {
    nom = (valeurs.nom ?? "").trim();
    if (!nom) erreurs.push({ champ: "nom", message: "indiquez votre nom" });
    else if (nom.length > 120) erreurs.push({ champ: "nom", message: "120 caractères au plus" });
    verifierNouveauMotDePasse(valeurs, l.email, erreurs);
    if (erreurs.length) return refus(erreurs);
    personne = { email: l.email, nom, empreinteMotDePasse: await hacherMotDePasse(valeurs.motDePasse ?? "") };
  }
  let utilisateurId: string | null;
  try {
    utilisateurId = await accepter(db, l, params.jeton, personne);
  } catch (e) {
    // The account was created meanwhile (another tab): sign in, then come back to the link.
    if (e instanceof InstallationRefusee) throw redirect(`/invitation/${params.jeton}`);
    throw e;
  }
  if (!utilisateurId) return dejaServi();
  const qui = auteurDe({ utilisateurId, nom }, l.nature === "avocat" ? "avocat" : null, adresse);
  if (l.organisationId) {
    await noterAudit(
      db,
      l.organisationId,
      qui,
      l.nature === "avocat" ? "avocat.accepte" : "membre.arrive",
      l.nature === "avocat" ? `dossier ${l.dossierReference ?? ""}` : `${l.email} → ${l.role ?? ""}`,
    );
  }
  const destination = l.nature === "avocat" && l.dossierId ? `/dossiers/${l.dossierId}` : "/dossiers";
  // A new account signs in at once; an invitation accepted switches the session to that organisation.
  const organisation = l.nature === "invitation" ? l.organisationId : (compte?.organisationId ?? null);
  if (compte) await fermerSession(db, compte.jeton);
  const jeton = await creerSession(db, utilisateurId, organisation, agent);
  throw redirect(destination, { headers: { "Set-Cookie": cookieDeSession(jeton, s.config) } });
}

export default function Invitation({ loaderData: d, actionData }: Route.ComponentProps) {
  const e = actionData?.erreurs;
  const v = (actionData?.valeurs ?? {}) as Record<string, string>;
  const motsDePasse = (
    <>
      <Champ
        nom="motDePasse"
        libelle="Mot de passe"
        aide={AIDE_MOT_DE_PASSE}
        erreur={erreurDe(e, "motDePasse")}
        enfant={(a) => <input {...a} type="password" autoComplete="new-password" />}
      />
      <Champ
        nom="confirmation"
        libelle="Confirmation du mot de passe"
        erreur={erreurDe(e, "confirmation")}
        enfant={(a) => <input {...a} type="password" autoComplete="new-password" />}
      />
    </>
  );
  return (
    <>
      <h1>{d.nature === "reinitialisation" ? "Nouveau mot de passe" : "Invitation"}</h1>
      <p>
        Ce lien, destiné à <strong>{d.email}</strong> et valable une fois jusqu'au {d.expireLe}, permet de {d.objet}.
      </p>
      {d.connecteComme ? (
        <p className="aide">
          Vous êtes connecté comme {d.connecteComme} : ce lien est pour {d.email}.
        </p>
      ) : null}
      {d.suite === "connexion" ? (
        <p>
          Un compte existe pour cette adresse :{" "}
          <a href={`/connexion?retour=${encodeURIComponent(d.retour)}`}>connectez-vous</a> puis revenez sur ce lien.
        </p>
      ) : (
        <Form method="post" className="formulaire" noValidate>
          <ResumeErreurs erreurs={e} libelles={(c) => LIBELLES[c] ?? c} />
          {d.suite === "creer" ? (
            <>
              <Champ
                nom="nom"
                libelle="Votre nom"
                erreur={erreurDe(e, "nom")}
                enfant={(a) => <input {...a} autoComplete="name" defaultValue={v.nom ?? ""} />}
              />
              {motsDePasse}
            </>
          ) : d.suite === "mot-de-passe" ? (
            motsDePasse
          ) : null}
          <button type="submit" className="bouton">
            {d.suite === "mot-de-passe"
              ? "Enregistrer le nouveau mot de passe"
              : d.suite === "creer"
                ? "Créer mon compte et accepter"
                : "Accepter"}
          </button>
        </Form>
      )}
    </>
  );
}
