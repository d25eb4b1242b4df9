import { Form, useNavigation } from "react-router";
import { LIBELLES_QUALITE, QUALITES } from "../../../domain/dossier/qualite";
import { dateLongue } from "../../../domain/format/francais";
import { typographie } from "../../../domain/format/saisie";
import type { EtapeChronologie } from "../../../domain/prescription/prescription";
import {
  DUREES,
  LIBELLES_EVENEMENT_PRESCRIPTION,
  NATURES,
  TYPES_EVENEMENT_PRESCRIPTION,
} from "../../../domain/prescription/vocabulaire";
import {
  Avertissements,
  Champ,
  erreurDe,
  Fondements,
  ListeFondements,
  ResumeErreurs,
} from "../../components/formulaire";
import { servicesContext } from "../../contexte";
import type { Route } from "./+types/prescription";
import { pagePrescription } from "./prescription.server";

export const meta: Route.MetaFunction = () => [
  { title: "Ma créance est-elle prescrite ? — Recouvrement" },
  {
    name: "description",
    content:
      "Calculez le dernier jour pour agir en paiement d'une facture impayée, avec les interruptions et suspensions.",
  },
];

export function loader({ request, context }: Route.LoaderArgs) {
  const { aujourdhui } = context.get(servicesContext);
  return pagePrescription(new URL(request.url).searchParams, aujourdhui());
}

const EFFETS: Record<EtapeChronologie["effet"], string> = {
  depart: "Point de départ",
  interruption: "Interrompt",
  "interruption-instance": "Interrompt (instance)",
  "fin-instance": "Fin d'instance",
  "non-avenue": "Interruption effacée",
  suspension: "Suspend",
  reprise: "Reprise",
  aucun: "Sans effet",
  "trop-tard": "Trop tard",
  ignore: "Ignoré",
  expiration: "Prescription acquise",
};

const LIBELLES_CHAMPS: Record<string, string> = {
  nature: "Nature de la créance",
  pointDeDepart: "Point de départ",
  aujourdhui: "Date de référence",
  qualiteDebiteur: "Qualité du débiteur",
};

function libelleChamp(champ: string): string {
  const m = /^evenements\[(\d+)\]\.(\w+)$/.exec(champ);
  if (m) return `Événement ${Number(m[1]) + 1}, ${m[2] === "date" ? "date" : "type"}`;
  return LIBELLES_CHAMPS[champ] ?? champ;
}

export default function Prescription({ loaderData }: Route.ComponentProps) {
  const { valeurs, erreurs, resultat, lignes } = loaderData;
  const navigation = useNavigation();
  const enCours = navigation.state !== "idle" && navigation.location?.pathname === "/prescription";
  return (
    <>
      <h1>Ma créance est-elle prescrite&nbsp;?</h1>
      <p className="chapo">
        Après un certain délai, le débiteur peut refuser de payer en invoquant la prescription. Indiquez la nature de la
        créance, son point de départ et ce qui s'est passé depuis&nbsp;: l'outil donne le dernier jour pour agir et
        explique chaque étape. Rien n'est enregistré.
      </p>

      <ResumeErreurs erreurs={erreurs} libelles={libelleChamp} />

      <Form method="get" className="formulaire" aria-label="Calcul de la prescription" preventScrollReset>
        <input type="hidden" name="lignes" value={lignes} />
        <div className="grille-champs">
          <Champ
            nom="nature"
            libelle="Nature de la créance"
            aide="Entre professionnels : commerciale. Envers un particulier : consommateur."
            erreur={erreurDe(erreurs, "nature")}
            enfant={(a) => (
              <select {...a} defaultValue={valeurs.nature}>
                {NATURES.map((n) => (
                  <option key={n} value={n}>
                    {DUREES[n].libelle} — {DUREES[n].ans} {DUREES[n].ans > 1 ? "ans" : "an"} ({DUREES[n].fondement})
                  </option>
                ))}
              </select>
            )}
          />
          <Champ
            nom="pointDeDepart"
            libelle="Point de départ"
            aide="Échéance de la facture, ou date d'exécution de la prestation si elle est antérieure."
            erreur={erreurDe(erreurs, "pointDeDepart")}
            enfant={(a) => <input {...a} type="date" defaultValue={valeurs.pointDeDepart} required />}
          />
          <Champ
            nom="qualiteDebiteur"
            libelle="Qualité du débiteur (facultatif)"
            aide="Pour une association ou une société civile, le délai est discuté."
            erreur={erreurDe(erreurs, "qualiteDebiteur")}
            enfant={(a) => (
              <select {...a} defaultValue={valeurs.qualiteDebiteur}>
                <option value="">Non précisée</option>
                {QUALITES.map((q) => (
                  <option key={q} value={q}>
                    {LIBELLES_QUALITE[q]}
                  </option>
                ))}
              </select>
            )}
          />
          <Champ
            nom="aujourdhui"
            libelle="À la date du"
            aide="Aujourd'hui par défaut."
            erreur={erreurDe(erreurs, "aujourdhui")}
            enfant={(a) => <input {...a} type="date" defaultValue={valeurs.aujourdhui} required />}
          />
        </div>

        <fieldset className="lignes">
          <legend>Ce qui s'est passé depuis (facultatif)</legend>
          <p className="aide">
            Relances, mise en demeure, paiements partiels, reconnaissance de dette, procédures… Seuls certains actes
            interrompent ou suspendent la prescription&nbsp;: l'outil vous dit lesquels.
          </p>
          {valeurs.evenements.map((ev, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional form fields
            <div className="ligne-formulaire" key={i}>
              <Champ
                nom={`evenements[${i}].type`}
                libelle={`Événement ${i + 1}`}
                erreur={erreurDe(erreurs, `evenements[${i}].type`)}
                enfant={(a) => (
                  <select {...a} defaultValue={ev.type}>
                    <option value="">—</option>
                    {TYPES_EVENEMENT_PRESCRIPTION.map((t) => (
                      <option key={t} value={t}>
                        {LIBELLES_EVENEMENT_PRESCRIPTION[t]}
                      </option>
                    ))}
                  </select>
                )}
              />
              <Champ
                nom={`evenements[${i}].date`}
                libelle="Date"
                erreur={erreurDe(erreurs, `evenements[${i}].date`)}
                enfant={(a) => <input {...a} type="date" defaultValue={ev.date} />}
              />
              <Champ
                nom={`evenements[${i}].titreObtenu`}
                libelle="Fin d'instance : titre obtenu ?"
                enfant={(a) => (
                  <select {...a} defaultValue={ev.titreObtenu || "non"}>
                    <option value="non">Non / sans objet</option>
                    <option value="oui">Oui (jugement ou ordonnance exécutoire)</option>
                  </select>
                )}
              />
            </div>
          ))}
          <button type="submit" name="ajouter" value="lignes" className="bouton bouton-secondaire">
            Ajouter un événement
          </button>
        </fieldset>

        <p>
          <button type="submit" name="calculer" value="1" className="bouton">
            {enCours ? "Calcul en cours…" : "Calculer la prescription"}
          </button>
        </p>
      </Form>

      {resultat ? (
        <section className="resultat" aria-labelledby="titre-resultat" aria-live="polite">
          <h2 id="titre-resultat">Résultat</h2>
          {resultat.statut === "acquise" ? (
            <p className="chiffre-cle statut-acquise">
              Prescription acquise depuis le {dateLongue(resultat.acquiseLe ?? "")}
            </p>
          ) : resultat.statut === "en-cours" ? (
            <>
              <p className="chiffre-cle">Dernier jour pour agir&nbsp;: {dateLongue(resultat.dernierJour ?? "")}</p>
              <p>
                Il reste <strong>{resultat.joursRestants}</strong> jour{(resultat.joursRestants ?? 0) > 1 ? "s" : ""} à
                la date du {dateLongue(valeurs.aujourdhui)} (délai de {resultat.duree.ans} ans). Ne comptez pas sur un
                report au lundi&nbsp;: la prescription n'est jamais prorogée.
              </p>
            </>
          ) : resultat.statut === "interrompue" ? (
            <p className="chiffre-cle">Prescription interrompue&nbsp;: une instance est en cours</p>
          ) : (
            <p className="chiffre-cle">Prescription suspendue</p>
          )}

          <h3>Chronologie</h3>
          <ol className="chronologie">
            {resultat.chronologie.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the timeline is computed, in order
              <li key={i} className={`effet-${c.effet}`}>
                <span className="chronologie-date">{dateLongue(c.date)}</span>{" "}
                <span className="badge">{EFFETS[c.effet]}</span>
                <p>{typographie(c.explication)}</p>
                {c.fondements.length > 0 ? (
                  <p className="fondements">
                    <ListeFondements liste={c.fondements} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          <Avertissements liste={resultat.avertissements} />
          <Fondements liste={resultat.fondements} />
        </section>
      ) : null}
    </>
  );
}
