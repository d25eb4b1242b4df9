import { Form } from "react-router";
import { LIBELLES_QUALITE, QUALITES } from "../../../domain/dossier/qualite";
import { dateCourte, dateLongue, montant, taux } from "../../../domain/format/francais";
import { typographie } from "../../../domain/format/saisie";
import { Avertissements, Champ, erreurDe, Fondements, ResumeErreurs } from "../../components/formulaire";
import { servicesContext } from "../../contexte";
import { tauxDeLInstance } from "../../services/taux.server";
import type { Route } from "./+types/interets";
import { pageInterets } from "./interets.server";

export const meta: Route.MetaFunction = () => [
  { title: "Intérêts de retard et indemnités — Recouvrement" },
  {
    name: "description",
    content:
      "Décompte des pénalités de retard (BCE + 10 points), des intérêts au taux légal et de l'indemnité de 40 €, semestre par semestre.",
  },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const { aujourdhui, base } = context.get(servicesContext);
  return pageInterets(new URL(request.url).searchParams, aujourdhui(), await tauxDeLInstance(base.db));
}

const LIBELLES: Record<string, string> = {
  creancier: "Créancier",
  debiteur: "Débiteur",
  tauxContractuel: "Taux contractuel",
  dateMiseEnDemeure: "Date de réception de la mise en demeure",
  au: "Calcul arrêté au",
  fraisJustifies: "Frais de recouvrement justifiés",
};

function libelleChamp(champ: string): string {
  const f = /^factures\[(\d+)\]\.(\w+)$/.exec(champ);
  if (f)
    return `Facture ${Number(f[1]) + 1}, ${f[2] === "numero" ? "numéro" : f[2] === "montant" ? "montant" : "échéance"}`;
  const m = /^mouvements\[(\d+)\]\.(\w+)$/.exec(champ);
  if (m) return `Paiement ou avoir ${Number(m[1]) + 1}, ${m[2]}`;
  return LIBELLES[champ] ?? champ;
}

function SelectQualite({ attributs, valeur }: { attributs: object; valeur: string }) {
  return (
    <select {...attributs} defaultValue={valeur}>
      {QUALITES.map((q) => (
        <option key={q} value={q}>
          {LIBELLES_QUALITE[q]}
        </option>
      ))}
    </select>
  );
}

export default function Interets({ loaderData }: Route.ComponentProps) {
  const { valeurs, erreurs, resultat, lignesFactures, lignesMouvements } = loaderData;
  return (
    <>
      <h1>Intérêts de retard et indemnités</h1>
      <p className="chapo">
        Entre professionnels, les pénalités de retard courent dès le lendemain de l'échéance, sans relance, avec 40 €
        par facture. Envers un particulier, seuls les intérêts au taux légal courent, à partir de la mise en demeure.
        L'outil applique le bon régime, semestre par semestre, et détaille chaque ligne.
      </p>
      <ResumeErreurs erreurs={erreurs} libelles={libelleChamp} />
      <Form method="get" className="formulaire" aria-label="Calcul des intérêts de retard">
        <input type="hidden" name="lignesFactures" value={lignesFactures} />
        <input type="hidden" name="lignesMouvements" value={lignesMouvements} />
        <div className="grille-champs">
          <Champ
            nom="creancier"
            libelle="Le créancier (vous) est"
            erreur={erreurDe(erreurs, "creancier")}
            enfant={(a) => <SelectQualite attributs={a} valeur={valeurs.creancier} />}
          />
          <Champ
            nom="debiteur"
            libelle="Le débiteur est"
            aide="Un particulier : intérêts au taux légal seulement."
            erreur={erreurDe(erreurs, "debiteur")}
            enfant={(a) => <SelectQualite attributs={a} valeur={valeurs.debiteur} />}
          />
          <Champ
            nom="au"
            libelle="Calcul arrêté au"
            aide="Date du paiement attendu ou du décompte."
            erreur={erreurDe(erreurs, "au")}
            enfant={(a) => <input {...a} type="date" defaultValue={valeurs.au} required />}
          />
          <Champ
            nom="dateMiseEnDemeure"
            libelle="Réception de la mise en demeure"
            aide="Obligatoire envers un particulier ; à défaut d'avis de réception, la première présentation."
            erreur={erreurDe(erreurs, "dateMiseEnDemeure")}
            enfant={(a) => <input {...a} type="date" defaultValue={valeurs.dateMiseEnDemeure} />}
          />
          <Champ
            nom="tauxContractuel"
            libelle="Taux de pénalité de vos conditions générales (%)"
            aide="Laissez vide pour le taux légal BCE + 10 points."
            erreur={erreurDe(erreurs, "tauxContractuel")}
            enfant={(a) => (
              <input {...a} type="text" inputMode="decimal" defaultValue={valeurs.tauxContractuel} size={6} />
            )}
          />
          <Champ
            nom="imputation"
            libelle="Imputation des paiements"
            erreur={erreurDe(erreurs, "imputation")}
            enfant={(a) => (
              <select {...a} defaultValue={valeurs.imputation}>
                <option value="principal-d-abord">D'abord sur le principal</option>
                <option value="interets-d-abord">D'abord sur les intérêts (art. 1343-1 C. civ.)</option>
              </select>
            )}
          />
          <Champ
            nom="fraisJustifies"
            libelle="Frais de recouvrement justifiés (€, facultatif)"
            aide="Entre professionnels, au-delà des 40 € forfaitaires."
            erreur={erreurDe(erreurs, "fraisJustifies")}
            enfant={(a) => (
              <input {...a} type="text" inputMode="decimal" defaultValue={valeurs.fraisJustifies} size={10} />
            )}
          />
          <div className="champ case">
            <label>
              <input type="checkbox" name="capitalisation" value="oui" defaultChecked={valeurs.capitalisation} />{" "}
              Capitaliser les intérêts dus pour une année entière (art. 1343-2 C. civ.)
            </label>
          </div>
        </div>

        <fieldset className="lignes">
          <legend>Factures impayées</legend>
          {valeurs.factures.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional form fields
            <div className="ligne-formulaire" key={i}>
              <Champ
                nom={`factures[${i}].numero`}
                libelle={`Facture ${i + 1} : numéro`}
                erreur={erreurDe(erreurs, `factures[${i}].numero`)}
                enfant={(a) => <input {...a} type="text" defaultValue={f.numero} />}
              />
              <Champ
                nom={`factures[${i}].montant`}
                libelle="Montant TTC (€)"
                erreur={erreurDe(erreurs, `factures[${i}].montant`)}
                enfant={(a) => <input {...a} type="text" inputMode="decimal" defaultValue={f.montant} />}
              />
              <Champ
                nom={`factures[${i}].dateEcheance`}
                libelle="Échéance"
                erreur={erreurDe(erreurs, `factures[${i}].dateEcheance`)}
                enfant={(a) => <input {...a} type="date" defaultValue={f.dateEcheance} />}
              />
            </div>
          ))}
          <button type="submit" name="ajouter" value="lignesFactures" className="bouton bouton-secondaire">
            Ajouter une facture
          </button>
        </fieldset>

        <fieldset className="lignes">
          <legend>Paiements partiels et avoirs (facultatif)</legend>
          {valeurs.mouvements.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional form fields
            <div className="ligne-formulaire" key={i}>
              <Champ
                nom={`mouvements[${i}].type`}
                libelle={`Ligne ${i + 1}`}
                enfant={(a) => (
                  <select {...a} defaultValue={m.type}>
                    <option value="paiement">Paiement</option>
                    <option value="avoir">Avoir</option>
                  </select>
                )}
              />
              <Champ
                nom={`mouvements[${i}].facture`}
                libelle="N° de facture"
                erreur={erreurDe(erreurs, `mouvements[${i}].facture`)}
                enfant={(a) => <input {...a} type="text" defaultValue={m.facture} />}
              />
              <Champ
                nom={`mouvements[${i}].date`}
                libelle="Date"
                erreur={erreurDe(erreurs, `mouvements[${i}].date`)}
                enfant={(a) => <input {...a} type="date" defaultValue={m.date} />}
              />
              <Champ
                nom={`mouvements[${i}].montant`}
                libelle="Montant (€)"
                erreur={erreurDe(erreurs, `mouvements[${i}].montant`)}
                enfant={(a) => <input {...a} type="text" inputMode="decimal" defaultValue={m.montant} />}
              />
            </div>
          ))}
          <button type="submit" name="ajouter" value="lignesMouvements" className="bouton bouton-secondaire">
            Ajouter un paiement ou un avoir
          </button>
        </fieldset>

        <p>
          <button type="submit" name="calculer" value="1" className="bouton">
            Calculer le décompte
          </button>
        </p>
      </Form>

      {resultat ? (
        <section className="resultat" aria-labelledby="titre-resultat" aria-live="polite">
          <h2 id="titre-resultat">Décompte au {dateLongue(valeurs.au)}</h2>
          <p className="chiffre-cle">Total dû&nbsp;: {montant(resultat.totalDuCents)}</p>
          {resultat.provisoire ? (
            <p className="avertissement">Calcul provisoire&nbsp;: un taux du semestre n'est pas encore connu.</p>
          ) : null}
          <table className="totaux">
            <tbody>
              <tr>
                <th scope="row">Principal restant dû</th>
                <td className="montant">{montant(resultat.principalRestantCents)}</td>
              </tr>
              <tr>
                <th scope="row">
                  {resultat.regime === "professionnel" ? "Pénalités de retard" : "Intérêts au taux légal"}
                </th>
                <td className="montant">{montant(resultat.totalInteretsCents - resultat.interetsPayesCents)}</td>
              </tr>
              {resultat.regime === "professionnel" ? (
                <tr>
                  <th scope="row">Indemnités forfaitaires (40 € par facture)</th>
                  <td className="montant">{montant(resultat.indemnitesForfaitairesCents)}</td>
                </tr>
              ) : null}
              {resultat.fraisRecouvrementComplementairesCents > 0 ? (
                <tr>
                  <th scope="row">Frais de recouvrement complémentaires</th>
                  <td className="montant">{montant(resultat.fraisRecouvrementComplementairesCents)}</td>
                </tr>
              ) : null}
              <tr className="total">
                <th scope="row">Total</th>
                <td className="montant">{montant(resultat.totalDuCents)}</td>
              </tr>
            </tbody>
          </table>

          <h3>Lignes de calcul</h3>
          {resultat.lignes.length === 0 ? (
            <p>Aucun intérêt ne court sur la période.</p>
          ) : (
            <div className="tableau-defilant">
              <table>
                <caption className="visuellement-cache">Intérêts par facture et par période</caption>
                <thead>
                  <tr>
                    <th scope="col">Facture</th>
                    <th scope="col">Du</th>
                    <th scope="col">Au</th>
                    <th scope="col" className="montant">
                      Jours
                    </th>
                    <th scope="col" className="montant">
                      Taux
                    </th>
                    <th scope="col" className="montant">
                      Base
                    </th>
                    <th scope="col" className="montant">
                      Intérêts
                    </th>
                    <th scope="col">Fondement</th>
                  </tr>
                </thead>
                <tbody>
                  {resultat.lignes.map((l) => (
                    <tr key={`${l.facture}-${l.du}`}>
                      <td>{l.facture}</td>
                      <td>{dateCourte(l.du)}</td>
                      <td>{dateCourte(l.au)}</td>
                      <td className="montant">{l.jours}</td>
                      <td className="montant">
                        {taux(l.tauxPourcent)}
                        {l.provisoire ? " *" : ""}
                      </td>
                      <td className="montant">{montant(l.baseCents)}</td>
                      <td className="montant">{montant(l.interetsCents)}</td>
                      <td>{l.fondement}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>Conventions de calcul</h3>
          <ul>
            {resultat.conventions.map((c) => (
              <li key={c}>{typographie(c)}</li>
            ))}
          </ul>
          <Avertissements liste={resultat.avertissements} />
          <Fondements liste={resultat.fondements} />
          <details>
            <summary>Sources des taux appliqués</summary>
            <ul>
              {[...new Set(resultat.lignes.map((l) => l.sourceTaux))].map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </details>
        </section>
      ) : null}
    </>
  );
}
