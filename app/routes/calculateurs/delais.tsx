import { Form } from "react-router";
import { jourDeLaSemaine } from "../../../domain/dates/jour";
import { dateAvecJour, dateLongue } from "../../../domain/format/francais";
import { typographie } from "../../../domain/format/saisie";
import { Avertissements, Champ, erreurDe, Fondements, ResumeErreurs } from "../../components/formulaire";
import type { Route } from "./+types/delais";
import { pageDelais } from "./delais.server";

export const meta: Route.MetaFunction = () => [
  { title: "Calculer un délai de procédure — Recouvrement" },
  {
    name: "description",
    content:
      "Date limite d'un délai de procédure civile, avec les week-ends, les jours fériés et les délais de distance.",
  },
];

export function loader({ request }: Route.LoaderArgs) {
  return pageDelais(new URL(request.url).searchParams);
}

const LIBELLES: Record<string, string> = {
  depart: "Point de départ",
  "duree.ans": "Années",
  "duree.mois": "Mois",
  "duree.jours": "Jours",
  duree: "Durée",
  sens: "Sens du calcul",
  distance: "Délai de distance",
  codePostal: "Code postal",
};

export default function Delais({ loaderData }: Route.ComponentProps) {
  const { valeurs, erreurs, resultat } = loaderData;
  const erreurDuree = erreurDe(erreurs, "duree");
  return (
    <>
      <h1>Quand expire ce délai&nbsp;?</h1>
      <p className="chapo">
        Délai pour former opposition, pour signifier, pour placer une assignation… Les délais de procédure civile se
        comptent selon les articles 640 à 644 du code de procédure civile&nbsp;: l'outil applique ces règles, les
        week-ends et jours fériés, et explique son calcul.
      </p>
      <ResumeErreurs erreurs={erreurs} libelles={(c) => LIBELLES[c] ?? c} />
      <Form method="get" className="formulaire" aria-label="Calcul d'un délai de procédure">
        <div className="grille-champs">
          <Champ
            nom="depart"
            libelle="Point de départ"
            aide="Date de l'acte, de l'événement ou de la notification qui fait courir le délai (ou date de l'audience, à rebours)."
            erreur={erreurDe(erreurs, "depart")}
            enfant={(a) => <input {...a} type="date" defaultValue={valeurs.depart} required />}
          />
          <Champ
            nom="sens"
            libelle="Sens du calcul"
            erreur={erreurDe(erreurs, "sens")}
            enfant={(a) => (
              <select {...a} defaultValue={valeurs.sens}>
                <option value="apres">Après le point de départ (« dans le délai de… »)</option>
                <option value="avant">Avant le point de départ (« au moins … avant l'audience »)</option>
              </select>
            )}
          />
        </div>
        <fieldset className="lignes">
          <legend>Durée du délai</legend>
          {erreurDuree ? <p className="erreur-champ">{typographie(erreurDuree)}</p> : null}
          <div className="grille-champs">
            {(["ans", "mois", "jours"] as const).map((u) => (
              <Champ
                key={u}
                nom={u}
                libelle={u === "ans" ? "Années" : u === "mois" ? "Mois" : "Jours"}
                erreur={erreurDe(erreurs, `duree.${u}`)}
                enfant={(a) => <input {...a} type="text" inputMode="numeric" defaultValue={valeurs[u]} size={5} />}
              />
            ))}
          </div>
        </fieldset>
        <div className="grille-champs">
          <Champ
            nom="distance"
            libelle="Délai de distance (art. 643 et 644 CPC)"
            aide="La partie qui doit agir demeure-t-elle loin de la juridiction ?"
            erreur={erreurDe(erreurs, "distance")}
            enfant={(a) => (
              <select {...a} defaultValue={valeurs.distance}>
                <option value="aucune">Aucun</option>
                <option value="outre-mer">Outre-mer : + 1 mois</option>
                <option value="etranger">Étranger : + 2 mois</option>
              </select>
            )}
          />
          <Champ
            nom="codePostal"
            libelle="Code postal du tribunal (facultatif)"
            aide="Pour signaler les jours fériés locaux (Alsace-Moselle, outre-mer)."
            erreur={erreurDe(erreurs, "codePostal")}
            enfant={(a) => (
              <input
                {...a}
                type="text"
                inputMode="numeric"
                autoComplete="postal-code"
                defaultValue={valeurs.codePostal}
                size={6}
              />
            )}
          />
        </div>
        <p>
          <button type="submit" name="calculer" value="1" className="bouton">
            Calculer la date limite
          </button>
        </p>
      </Form>

      {resultat ? (
        <section className="resultat" aria-labelledby="titre-resultat" aria-live="polite">
          <h2 id="titre-resultat">Résultat</h2>
          <p className="chiffre-cle">
            Date limite&nbsp;: {dateAvecJour(resultat.dateLimite, jourDeLaSemaine(resultat.dateLimite))}
          </p>
          {resultat.prorogee ? (
            <p>
              Le délai tombait le {dateLongue(resultat.dateNominale)} ; il est{" "}
              {valeurs.sens === "avant" ? "avancé" : "prorogé"} au {dateLongue(resultat.dateLimite)}.
            </p>
          ) : null}
          <h3>Le calcul, pas à pas</h3>
          <ol className="etapes-calcul">
            {resultat.explication.map((e) => (
              <li key={e}>{typographie(e)}</li>
            ))}
          </ol>
          <Avertissements liste={resultat.avertissements} />
          <Fondements liste={resultat.fondements} />
        </section>
      ) : null}
    </>
  );
}
