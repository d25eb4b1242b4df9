/**
 * /taches — today's tasks across the organisation's dossiers (issue 14): emails to validate, calls
 * to make, letters to print, mises en demeure to send, messages waiting in the outbox (no SMTP),
 * failed sends. Each done in one click that records the journal event (decision 021).
 */
import { data, Form } from "react-router";
import { dateLongue } from "../../../domain/format/francais";
import { peut } from "../../comptes/permissions";
import { autoriser, exigerCompte } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { tachesDe } from "../../db/relances.server";
import {
  abandonner,
  marquerEnvoye,
  reessayer,
  TacheRefusee,
  terminerTache,
  validerCourriel,
} from "../../services/relances/taches.server";
import type { Route } from "./+types/taches";

export const meta: Route.MetaFunction = () => [{ title: "Tâches du jour — Recouvrement" }];

const LIBELLES: Record<string, string> = {
  "a-valider": "Courriels à valider",
  "a-faire": "À faire",
  "attente-manuelle": "Boîte d'envoi : à envoyer vous-même",
  echec: "Envois en échec",
};

const QUOI: Record<string, string> = {
  "email-a-valider": "Courriel",
  "email-auto": "Courriel",
  confirmation: "Courriel de confirmation de l'appel",
  appel: "Appel téléphonique",
  courrier: "Lettre à imprimer et poster",
  "mise-en-demeure": "Mise en demeure",
};

const MODES = { lrar: true, lre: true, email: true, sommation: true } as const;

export async function loader({ context, request }: Route.LoaderArgs) {
  const { compte, s } = await exigerCompte(context.get(servicesContext), request);
  const lignes = await tachesDe(s.base.db, s.organisationId);
  const aujourdhui = s.aujourdhui();
  return {
    aujourdhui,
    peutAgir: peut(compte.role, "dossier.modifier"),
    smtp: Boolean(s.config.smtpUrl),
    taches: lignes.map(({ relance: r, reference, denomination, nom, prenoms, telephone }) => ({
      id: r.id,
      dossierId: r.dossierId,
      reference,
      debiteur: denomination ?? [prenoms, nom].filter(Boolean).join(" "),
      statut: r.statut,
      type: r.type,
      quoi: QUOI[r.type] ?? r.type,
      jour: r.jour,
      enRetard: r.jour < aujourdhui,
      destinataire: r.destinataire,
      telephone: r.type === "appel" ? telephone : null,
      objet: r.objet,
      texte: r.texte,
      erreur: r.erreur,
      document:
        r.type === "mise-en-demeure"
          ? "mise-en-demeure"
          : r.type === "courrier"
            ? r.niveau === "ferme"
              ? "relance-ferme"
              : "relance-amiable"
            : null,
    })),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const { compte, s } = await exigerCompte(context.get(servicesContext), request);
  autoriser(compte.role, "dossier.modifier");
  const form = await request.formData();
  const id = String(form.get("tache") ?? "");
  const qui = { utilisateurId: compte.utilisateurId, nom: compte.nom };
  const aujourdhui = s.aujourdhui();
  try {
    let message: string;
    switch (String(form.get("intention") ?? "")) {
      case "valider":
        message = await validerCourriel(s, id, qui);
        s.reveillerRelances?.();
        break;
      case "fait": {
        const mode = String(form.get("mode") ?? "lrar");
        if (!(mode in MODES)) return data({ erreur: "Mode d'envoi inconnu.", tache: id }, { status: 400 });
        message = await terminerTache(s, id, qui, aujourdhui, mode as keyof typeof MODES);
        break;
      }
      case "envoye":
        message = await marquerEnvoye(s, id, qui, aujourdhui);
        break;
      case "reessayer":
        message = await reessayer(s, id);
        s.reveillerRelances?.();
        break;
      case "ecarter":
        message = await abandonner(s, id, qui);
        break;
      default:
        return data({ erreur: "Formulaire inconnu.", tache: id }, { status: 400 });
    }
    return { message, tache: id };
  } catch (e) {
    if (e instanceof TacheRefusee) return data({ erreur: e.message, tache: id }, { status: 409 });
    throw e;
  }
}

export default function Taches({ loaderData: d, actionData }: Route.ComponentProps) {
  const groupes = ["a-valider", "a-faire", "attente-manuelle", "echec"] as const;
  return (
    <>
      <h1>Tâches du jour</h1>
      <p>
        Ce que les plans de relance demandent aujourd'hui ({dateLongue(d.aujourdhui)}) et ce qui est en retard, pour
        tous les dossiers. <a href="/relances">Plans de relance et expéditeur</a>.
      </p>
      {!d.smtp ? (
        <p className="aide">
          Aucun serveur d'envoi (SMTP) n'est configuré : les courriels attendent dans la boîte d'envoi ; téléchargez-les
          (.eml), envoyez-les depuis votre messagerie, puis marquez-les envoyés.
        </p>
      ) : null}
      {actionData && "message" in actionData ? (
        <p className="succes" role="status">
          {actionData.message}
        </p>
      ) : null}
      {actionData && "erreur" in actionData ? (
        <p className="resume-erreurs" role="alert">
          {actionData.erreur}
        </p>
      ) : null}
      {d.taches.length === 0 ? <p>Rien à faire aujourd'hui.</p> : null}
      {groupes.map((g) => {
        const liste = d.taches.filter((t) => t.statut === g);
        if (liste.length === 0) return null;
        return (
          <section key={g} aria-labelledby={`titre-${g}`}>
            <h2 id={`titre-${g}`}>
              {LIBELLES[g]} ({liste.length})
            </h2>
            <ul className="taches">
              {liste.map((t) => (
                <li key={t.id} className="tache">
                  <p>
                    <strong>{t.quoi}</strong> — <a href={`/dossiers/${t.dossierId}`}>{t.debiteur}</a> ({t.reference}),
                    prévu le {dateLongue(t.jour)}
                    {t.enRetard ? <span className="en-retard"> — en retard</span> : null}
                  </p>
                  {t.objet && !t.document && t.type !== "appel" ? (
                    <details>
                      <summary>
                        « {t.objet} » à {t.destinataire ?? "—"}
                      </summary>
                      <pre className="apercu-courriel">{t.texte}</pre>
                    </details>
                  ) : null}
                  {t.type === "appel" ? (
                    <p>
                      {t.telephone ? (
                        <>
                          Téléphone : <a href={`tel:${t.telephone.replace(/\s+/g, "")}`}>{t.telephone}</a>.{" "}
                        </>
                      ) : (
                        "Pas de numéro de téléphone dans le dossier. "
                      )}
                      Une fois l'appel passé, un courriel de confirmation vous est proposé (un appel se confirme par
                      écrit).
                    </p>
                  ) : null}
                  {t.erreur ? <p className="erreur-champ">{t.erreur}</p> : null}
                  {t.document ? (
                    <p>
                      <a href={`/dossiers/${t.dossierId}/documents/${t.document}.pdf`}>Lettre à imprimer (PDF)</a>
                    </p>
                  ) : null}
                  {d.peutAgir ? (
                    <Form method="post" className="actions-tache" aria-label={`${t.quoi} — ${t.debiteur}`}>
                      <input type="hidden" name="tache" value={t.id} />
                      {g === "a-valider" ? (
                        <button type="submit" name="intention" value="valider" className="bouton">
                          Valider et envoyer
                        </button>
                      ) : null}
                      {g === "a-faire" && t.type === "mise-en-demeure" ? (
                        <>
                          <label htmlFor={`mode-${t.id}`}>Envoyée par</label>{" "}
                          <select id={`mode-${t.id}`} name="mode" defaultValue="lrar">
                            <option value="lrar">lettre recommandée avec avis de réception</option>
                            <option value="lre">lettre recommandée électronique</option>
                            <option value="sommation">commissaire de justice (sommation)</option>
                          </select>{" "}
                        </>
                      ) : null}
                      {g === "a-faire" ? (
                        <button type="submit" name="intention" value="fait" className="bouton">
                          {t.type === "appel"
                            ? "Appel passé"
                            : t.type === "mise-en-demeure"
                              ? "Mise en demeure envoyée"
                              : "Lettre envoyée"}
                        </button>
                      ) : null}
                      {g === "attente-manuelle" || g === "echec" ? (
                        <>
                          <a className="bouton bouton-secondaire" href={`/taches/${t.id}/message.eml`}>
                            Télécharger le message (.eml)
                          </a>{" "}
                          <button type="submit" name="intention" value="envoye" className="bouton">
                            Marquer comme envoyé
                          </button>
                        </>
                      ) : null}
                      {g === "echec" && d.smtp ? (
                        <button type="submit" name="intention" value="reessayer" className="bouton bouton-secondaire">
                          Réessayer
                        </button>
                      ) : null}{" "}
                      <button type="submit" name="intention" value="ecarter" className="bouton-lien">
                        Écarter
                      </button>
                    </Form>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
