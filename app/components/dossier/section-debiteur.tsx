/**
 * The debtor as the dossier knows it, and its correction (issue 15): an import may leave the
 * address incomplete or guess the quality (a consumer by prudence) — the page says so, and the
 * same questions as the wizard correct it, version-checked.
 */
import { Form } from "react-router";
import type { ErreurChamp } from "../../../domain/validation/zod-fr";
import { libelleChamp } from "../../assistant/libelles";
import type { Valeurs } from "../../assistant/sections";
import { champs } from "../assistant";
import { QuestionsPartie } from "../assistant-sections";
import { ResumeErreurs } from "../formulaire";

export function SectionDebiteur({
  aCompleter,
  valeurs,
  id,
  version,
  retour,
  enregistre,
}: {
  /** The address lines missing (« adresse », « code postal », « ville »). */
  aCompleter: string[];
  /** The debtor as the form shows it; null: the form is offered by a link (`?corriger=debiteur`). */
  valeurs: Valeurs | null;
  id: string;
  version: number;
  retour: { erreurs: ErreurChamp[]; valeurs: Valeurs } | null;
  enregistre: boolean;
}) {
  const saisie = retour?.valeurs ?? valeurs;
  return (
    <section aria-labelledby="titre-debiteur">
      <h2 id="titre-debiteur">Débiteur</h2>
      {aCompleter.length ? (
        <p className="avertissement" role="note">
          Adresse du débiteur à compléter ({aCompleter.join(", ")}) avant toute lettre, mise en demeure ou requête : les
          documents en ont besoin.
        </p>
      ) : null}
      {enregistre ? (
        <p className="succes" role="status">
          Débiteur enregistré : les documents et les calculs sont à jour.
        </p>
      ) : null}
      {saisie ? (
        <Form method="post" className="formulaire" noValidate key={retour ? "erreur" : `${version}`}>
          <input type="hidden" name="intention" value="debiteur" />
          <input type="hidden" name="version" value={version} />
          <ResumeErreurs erreurs={retour?.erreurs} libelles={libelleChamp} />
          <QuestionsPartie qui="debiteur" c={champs(saisie, retour?.erreurs)} />
          <button type="submit" className="bouton">
            Enregistrer le débiteur
          </button>
        </Form>
      ) : (
        <p>
          <a href={`/dossiers/${id}?corriger=debiteur#titre-debiteur`}>
            Corriger le débiteur (qualité, identité, adresse)
          </a>
        </p>
      )}
    </section>
  );
}
