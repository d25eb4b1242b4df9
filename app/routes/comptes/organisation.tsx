/**
 * /organisation — the administrator's page: members and their roles, invitations by single-use
 * link (to copy until the product sends email), password-reset links, operators of the instance,
 * and the organisation's audit log. Every action asks the permission table (decision 018).
 */
import { data, Form } from "react-router";
import type { ErreurChamp } from "../../../domain/validation/zod-fr";
import { z } from "../../../domain/validation/zod-fr";
import { Champ, erreurDe, ResumeErreurs } from "../../components/formulaire";
import { LienACopier } from "../../components/lien-a-copier";
import { DESCRIPTION_ROLE } from "../../comptes/libelles";
import { auteurDe, exigerCompte } from "../../comptes/session.server";
import { requeteContext, servicesContext } from "../../contexte";
import type { RoleMembre } from "../../db/comptes.server";
import {
  type ActionAuditee,
  ChangementRefuse,
  changerRole,
  creerLien,
  invitationsEnAttente,
  LIBELLES_AUDIT,
  lireAudit,
  listerMembres,
  noterAudit,
  rendreOperateur,
  retirerMembre,
} from "../../db/equipes.server";
import { instant } from "../../instant";
import { valeursNettoyees } from "../../saisie";
import { envoyerLienParCourriel } from "../../services/relances/courriel-lien.server";
import type { Route } from "./+types/organisation";

export const meta: Route.MetaFunction = () => [{ title: "Organisation — Recouvrement" }];

const ROLES: RoleMembre[] = ["administrateur", "gestionnaire", "lecteur"];
const InvitationSchema = z.object({
  email: z.email("indiquez une adresse électronique valide, par exemple prenom@entreprise.fr").max(200),
  role: z.enum(ROLES, "choisissez un rôle : administrateur, gestionnaire ou lecteur"),
});

export async function loader({ context, request }: Route.LoaderArgs) {
  const { compte, s } = await exigerCompte(context.get(servicesContext), request, "organisation.membres");
  const [membres, invitations, audit] = await Promise.all([
    listerMembres(s.base.db, s.organisationId),
    invitationsEnAttente(s.base.db, { organisationId: s.organisationId }),
    lireAudit(s.base.db, s.organisationId),
  ]);
  return {
    organisation: compte.organisation,
    moi: compte.utilisateurId,
    operateur: compte.operateur,
    membres: membres.map((m) => ({ ...m, operateur: m.operateur === 1 })),
    invitations: invitations.map((i) => ({ email: i.email, role: i.role, expireLe: instant(i.expireLe) })),
    audit: audit.map((a) => ({
      id: a.id,
      le: instant(a.creeLe),
      qui: a.auteurNom ?? "—",
      action: LIBELLES_AUDIT[a.action as ActionAuditee] ?? a.action,
      objet: a.objet,
      adresse: a.adresse ?? "",
    })),
  };
}

type Retour = {
  erreurs?: ErreurChamp[];
  valeurs?: Record<string, string>;
  lien?: { url: string; pour: string; expireLe: string };
  message?: string;
};

export async function action({ context, request }: Route.ActionArgs): Promise<Retour | ReturnType<typeof data>> {
  const { compte, s } = await exigerCompte(context.get(servicesContext), request, "organisation.membres");
  const { valeurs, erreurs } = valeursNettoyees(await request.formData());
  const qui = auteurDe(compte, compte.role, context.get(requeteContext).adresse);
  const db = s.base.db;
  const membres = await listerMembres(db, s.organisationId);
  const cible = membres.find((m) => m.utilisateurId === valeurs.membre);
  const refus = (e: ErreurChamp[]) => data({ erreurs: e, valeurs } satisfies Retour, { status: 400 });
  if (erreurs.length) return refus(erreurs);
  switch (valeurs.intention) {
    case "inviter": {
      const lu = InvitationSchema.safeParse({ email: (valeurs.email ?? "").trim(), role: valeurs.role });
      if (!lu.success)
        return refus(lu.error.issues.map((i) => ({ champ: String(i.path[0] ?? "email"), message: i.message })));
      const email = lu.data.email.toLowerCase();
      if (membres.some((m) => m.email === email))
        return refus([{ champ: "email", message: `${email} est déjà membre de l'organisation` }]);
      const { jeton, expireLe } = await creerLien(db, {
        nature: "invitation",
        email,
        organisationId: s.organisationId,
        role: lu.data.role,
        creePar: compte.utilisateurId,
      });
      await noterAudit(db, s.organisationId, qui, "membre.invite", `${email} → ${lu.data.role}`);
      const lien = { url: `${s.config.origine}/invitation/${jeton}`, pour: email, expireLe: instant(expireLe) };
      const courriel = await envoyerLienParCourriel(s, {
        nature: "invitation",
        a: email,
        url: lien.url,
        expireLe: lien.expireLe,
        qui: compte.nom,
        organisation: compte.organisation ?? "",
        detail: `rôle ${lu.data.role}`,
      });
      return { lien, ...(courriel ? { message: courriel } : {}) };
    }
    case "role":
    case "retirer":
    case "reinitialiser":
    case "operateur": {
      if (!cible) throw data("Cette personne n'est pas membre de l'organisation.", { status: 404 });
      try {
        if (valeurs.intention === "role") {
          const role = valeurs.role as RoleMembre;
          if (!ROLES.includes(role)) return refus([{ champ: "role", message: "rôle inconnu" }]);
          await changerRole(db, s.organisationId, cible.utilisateurId, role);
          await noterAudit(db, s.organisationId, qui, "membre.role", `${cible.email} → ${role}`);
          return { message: `${cible.nom} est maintenant ${role}.` };
        }
        if (valeurs.intention === "retirer") {
          await retirerMembre(db, s.organisationId, cible.utilisateurId);
          await noterAudit(db, s.organisationId, qui, "membre.retire", cible.email);
          return { message: `${cible.nom} ne fait plus partie de l'organisation.` };
        }
        if (valeurs.intention === "operateur") {
          // Instance-wide: only an operator makes another.
          if (!compte.operateur)
            throw data("Seul un opérateur de l'instance peut en nommer un autre.", { status: 403 });
          await rendreOperateur(db, cible.utilisateurId);
          await noterAudit(db, s.organisationId, qui, "membre.operateur", cible.email);
          return { message: `${cible.nom} est maintenant opérateur de l'instance.` };
        }
        const { jeton, expireLe } = await creerLien(db, {
          nature: "reinitialisation",
          email: cible.email,
          utilisateurId: cible.utilisateurId,
          creePar: compte.utilisateurId,
        });
        await noterAudit(db, s.organisationId, qui, "membre.reinitialisation", cible.email);
        const lien = { url: `${s.config.origine}/invitation/${jeton}`, pour: cible.email, expireLe: instant(expireLe) };
        const courriel = await envoyerLienParCourriel(s, {
          nature: "reinitialisation",
          a: cible.email,
          url: lien.url,
          expireLe: lien.expireLe,
          qui: compte.nom,
          organisation: compte.organisation ?? "",
        });
        return { lien, ...(courriel ? { message: courriel } : {}) };
      } catch (e) {
        if (e instanceof ChangementRefuse) return refus([{ champ: "membre", message: e.message }]);
        throw e;
      }
    }
    default:
      throw data("Formulaire inconnu.", { status: 400 });
  }
}

const LIBELLES: Record<string, string> = { email: "Adresse électronique", role: "Rôle", membre: "Membre" };

export default function Organisation({ loaderData: d, actionData }: Route.ComponentProps) {
  const r = (actionData ?? {}) as Retour;
  return (
    <>
      <h1>Organisation : {d.organisation}</h1>
      <ResumeErreurs erreurs={r.erreurs} libelles={(c) => LIBELLES[c] ?? c} />
      {r.message ? (
        <p className="succes" role="status">
          {r.message}
        </p>
      ) : null}
      {r.lien ? (
        <LienACopier
          texte={`Lien pour ${r.lien.pour}, valable une fois jusqu'au ${r.lien.expireLe} : copiez-le et envoyez-le à la personne.`}
          url={r.lien.url}
          libelle={`Lien pour ${r.lien.pour}`}
        />
      ) : null}

      <section aria-labelledby="titre-membres">
        <h2 id="titre-membres">Membres</h2>
        <table className="tableau">
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Adresse</th>
              <th scope="col">Rôle</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {d.membres.map((m) => (
              <tr key={m.utilisateurId}>
                <td>
                  {m.nom}
                  {m.operateur ? " (opérateur)" : ""}
                </td>
                <td>{m.email}</td>
                <td>
                  <Form method="post" className="en-ligne">
                    <input type="hidden" name="intention" value="role" />
                    <input type="hidden" name="membre" value={m.utilisateurId} />
                    <label className="visuellement-cache" htmlFor={`role-${m.utilisateurId}`}>
                      Rôle de {m.nom}
                    </label>
                    <select id={`role-${m.utilisateurId}`} name="role" defaultValue={m.role}>
                      {ROLES.map((x) => (
                        <option key={x} value={x}>
                          {x}
                        </option>
                      ))}
                    </select>{" "}
                    <button type="submit" className="bouton-lien">
                      Changer<span className="visuellement-cache"> le rôle de {m.nom}</span>
                    </button>
                  </Form>
                </td>
                <td>
                  <Form method="post" className="en-ligne">
                    <input type="hidden" name="membre" value={m.utilisateurId} />
                    <button type="submit" name="intention" value="reinitialiser" className="bouton-lien">
                      Lien de nouveau mot de passe<span className="visuellement-cache"> pour {m.nom}</span>
                    </button>
                    {m.utilisateurId !== d.moi ? (
                      <>
                        {" · "}
                        <button type="submit" name="intention" value="retirer" className="bouton-lien">
                          Retirer<span className="visuellement-cache"> {m.nom}</span>
                        </button>
                      </>
                    ) : null}
                    {d.operateur && !m.operateur ? (
                      <>
                        {" · "}
                        <button type="submit" name="intention" value="operateur" className="bouton-lien">
                          Rendre opérateur<span className="visuellement-cache"> {m.nom}</span>
                        </button>
                      </>
                    ) : null}
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {d.invitations.length ? (
          <p className="aide">
            Invitations en attente :{" "}
            {d.invitations.map((i) => `${i.email} (${i.role}, jusqu'au ${i.expireLe})`).join(", ")}.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="titre-inviter">
        <h2 id="titre-inviter">Inviter une personne</h2>
        <Form method="post" className="formulaire" noValidate key={r.lien?.url ?? "invitation"}>
          <input type="hidden" name="intention" value="inviter" />
          <Champ
            nom="email"
            libelle="Adresse électronique"
            erreur={erreurDe(r.erreurs, "email")}
            enfant={(a) => <input {...a} type="email" defaultValue={r.valeurs?.email ?? ""} />}
          />
          <Champ
            nom="role"
            libelle="Rôle"
            erreur={erreurDe(r.erreurs, "role")}
            enfant={(a) => (
              <select {...a} defaultValue={r.valeurs?.role ?? "gestionnaire"}>
                {ROLES.map((x) => (
                  <option key={x} value={x}>
                    {x} — {DESCRIPTION_ROLE[x]}
                  </option>
                ))}
              </select>
            )}
          />
          <button type="submit" className="bouton">
            Créer le lien d'invitation
          </button>
        </Form>
      </section>

      <section aria-labelledby="titre-audit">
        <h2 id="titre-audit">Journal d'audit</h2>
        <p className="aide">
          Connexions, téléchargements du ZIP et des exports, suppressions, changements de membres et d'accès (les 200
          derniers).
        </p>
        {d.audit.length === 0 ? (
          <p>Rien pour l'instant.</p>
        ) : (
          <table className="tableau">
            <thead>
              <tr>
                <th scope="col">Quand</th>
                <th scope="col">Qui</th>
                <th scope="col">Quoi</th>
                <th scope="col">Objet</th>
                <th scope="col">Adresse IP</th>
              </tr>
            </thead>
            <tbody>
              {d.audit.map((a) => (
                <tr key={a.id}>
                  <td>{a.le}</td>
                  <td>{a.qui}</td>
                  <td>{a.action}</td>
                  <td>{a.objet}</td>
                  <td>{a.adresse}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
