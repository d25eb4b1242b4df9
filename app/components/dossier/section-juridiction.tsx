/** The court the requête or the assignation is addressed to, as the user confirms it. */
import { Form } from "react-router";
import type { ErreurChamp } from "../../../domain/validation/zod-fr";
import { Champ, erreurDe, ResumeErreurs } from "../formulaire";

const ANNUAIRE_DES_JURIDICTIONS = "https://www.annuaires.justice.gouv.fr/";

/**
 * The court the requête or assignation is addressed to, confirmed by the user: until then the
 * documents show « à compléter » where its name goes. A court named without asking (tribunal des
 * activités économiques at the debtor's seat) is offered to confirm.
 */
export function SectionJuridiction({
  juridiction: j,
  version,
  retour,
  enregistree,
  modifiable,
}: {
  juridiction: {
    saisie: { nom: string; adresseGreffe: string } | null;
    suggestion: string | null;
    fonction: string | null;
  };
  version: number;
  retour: { erreurs: ErreurChamp[]; nom: string; adresseGreffe: string } | undefined;
  enregistree: boolean;
  /** False for a reader: the court is shown, not the form (the server would refuse it). */
  modifiable: boolean;
}) {
  const nom =
    retour?.nom ??
    j.saisie?.nom ??
    (j.suggestion ? j.suggestion.replace(/, qui exerce.*$/, "").replace(/^t/, "T") : "");
  const adresse = retour?.adresseGreffe ?? j.saisie?.adresseGreffe ?? "";
  return (
    <section aria-labelledby="titre-juridiction">
      <h2 id="titre-juridiction">Juridiction saisie</h2>
      {j.saisie ? (
        <p>
          Les documents sont adressés au <strong>{j.saisie.nom}</strong> (greffe : {j.saisie.adresseGreffe}).
        </p>
      ) : (
        <p className="avertissement" role="note">
          {j.suggestion
            ? `Le débiteur a son siège dans la commune du ${j.suggestion} : confirmez ce tribunal et indiquez l'adresse de son greffe.`
            : `Indiquez le tribunal compétent (${j.fonction ?? "juridiction"} du lieu où demeure le débiteur) et l'adresse de son greffe : tant qu'ils ne sont pas confirmés, la requête et l'assignation portent « à compléter » à sa place.`}
        </p>
      )}
      {enregistree ? (
        <p className="succes" role="status">
          Juridiction enregistrée : les documents sont à jour.
        </p>
      ) : null}
      {modifiable ? (
        <Form method="post" className="formulaire" noValidate key={retour ? "erreur" : `${version}`}>
          <input type="hidden" name="intention" value="juridiction" />
          <input type="hidden" name="version" value={version} />
          <ResumeErreurs
            erreurs={retour?.erreurs}
            libelles={(c) =>
              ({ juridictionNom: "Nom", juridictionAdresse: "Adresse du greffe", version: "Formulaire" })[c] ?? c
            }
          />
          <Champ
            nom="juridictionNom"
            libelle="Nom de la juridiction"
            aide="Par exemple « Tribunal de commerce de Bordeaux »."
            erreur={erreurDe(retour?.erreurs, "juridictionNom")}
            enfant={(a) => <input {...a} defaultValue={nom} />}
          />
          <Champ
            nom="juridictionAdresse"
            libelle="Adresse du greffe"
            aide="Telle qu'elle figure dans l'annuaire officiel des juridictions."
            erreur={erreurDe(retour?.erreurs, "juridictionAdresse")}
            enfant={(a) => <textarea {...a} rows={2} defaultValue={adresse} />}
          />
          <p className="aide">
            <a href={ANNUAIRE_DES_JURIDICTIONS} rel="noopener noreferrer" target="_blank">
              Annuaire officiel des juridictions (ministère de la Justice)
            </a>{" "}
            : cherchez la commune du débiteur.
          </p>
          <button type="submit" className="bouton bouton-secondaire">
            {j.saisie ? "Modifier la juridiction" : "Confirmer la juridiction"}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
