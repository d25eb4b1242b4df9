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
  version,
  retour,
  enregistre,
}: {
  /** The address lines missing (« adresse », « code postal », « ville »). */
  aCompleter: string[];
  valeurs: Valeurs;
  version: number;
  retour: { erreurs: ErreurChamp[]; valeurs: Valeurs } | null;
  enregistre: boolean;
}) {
  const c = champs(retour?.valeurs ?? valeurs, retour?.erreurs);
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
      <details open={Boolean(retour) || aCompleter.length > 0}>
        <summary>Corriger le débiteur (qualité, identité, adresse)</summary>
        <Form method="post" className="formulaire" noValidate key={retour ? "erreur" : `${version}`}>
          <input type="hidden" name="intention" value="debiteur" />
          <input type="hidden" name="version" value={version} />
          <ResumeErreurs erreurs={retour?.erreurs} libelles={libelleChamp} />
          <QuestionsPartie qui="debiteur" c={c} />
          <button type="submit" className="bouton">
            Enregistrer le débiteur
          </button>
        </Form>
      </details>
    </section>
  );
}
