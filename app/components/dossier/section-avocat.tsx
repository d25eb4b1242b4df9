/**
 * « Confier à un avocat »: the lawyers working on the dossier, the invitations waiting, the form
 * that makes a single-use link to copy (until the product sends email), and revocation.
 */
import { Form } from "react-router";
import type { ErreurChamp } from "../../../domain/validation/zod-fr";
import { Champ, erreurDe, ResumeErreurs } from "../formulaire";
import { LienACopier } from "../lien-a-copier";

export function SectionAvocat({
  acces,
  invitations,
  retour,
  lien,
}: {
  acces: { id: string; nom: string; email: string; depuis: string }[];
  invitations: { email: string; expireLe: string }[];
  retour: { erreurs: ErreurChamp[]; email: string } | null;
  lien: { url: string; email: string; expireLe: string; courriel: string | null } | null;
}) {
  return (
    <section aria-labelledby="titre-avocat">
      <h2 id="titre-avocat">Confier à un avocat</h2>
      {acces.length === 0 ? (
        <p>Ce dossier n'est confié à aucun avocat.</p>
      ) : (
        <ul>
          {acces.map((a) => (
            <li key={a.id}>
              {a.nom} ({a.email}), depuis le {a.depuis}{" "}
              <Form method="post" className="en-ligne">
                <input type="hidden" name="intention" value="revoquer-avocat" />
                <input type="hidden" name="acces" value={a.id} />
                <button type="submit" className="bouton-lien">
                  Retirer l'accès<span className="visuellement-cache"> de {a.nom}</span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      {invitations.length ? (
        <p className="aide">
          Invitation en attente : {invitations.map((i) => `${i.email} (jusqu'au ${i.expireLe})`).join(", ")}.
        </p>
      ) : null}
      {lien ? (
        <LienACopier
          texte={`Lien d'invitation pour ${lien.email}, valable une fois jusqu'au ${lien.expireLe}${lien.courriel ? ` — ${lien.courriel}` : " : copiez-le et envoyez-le-lui."}`}
          url={lien.url}
          libelle="Lien d'invitation de l'avocat"
        />
      ) : null}
      <Form method="post" className="formulaire" noValidate>
        <input type="hidden" name="intention" value="confier-avocat" />
        <ResumeErreurs erreurs={retour?.erreurs} libelles={() => "Adresse de l'avocat"} prefixe="avocat" />
        <Champ
          nom="email"
          prefixe="avocat"
          libelle="Adresse électronique de l'avocat"
          aide="L'avocat verra ce dossier seulement : documents, ZIP, pièces ; il pourra ajouter des pièces et des notes et inscrire les étapes de la procédure."
          erreur={erreurDe(retour?.erreurs, "email")}
          enfant={(a) => <input {...a} type="email" defaultValue={retour?.email ?? ""} />}
        />
        <button type="submit" className="bouton bouton-secondaire">
          Créer le lien d'invitation
        </button>
      </Form>
    </section>
  );
}
