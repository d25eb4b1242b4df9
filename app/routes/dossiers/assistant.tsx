import { data, Form, redirect, type ShouldRevalidateFunctionArgs, useNavigation } from "react-router";
import { estConsommateur, LIBELLES_QUALITE } from "../../../domain/dossier/qualite";
import { dateLongue, montant } from "../../../domain/format/francais";
import { typographie } from "../../../domain/format/saisie";
import { nomPartie } from "../../../templates/_shared/lettre";
import { libelleChamp } from "../../assistant/libelles";
import { estSection, PIECES_COURANTES, SECTIONS, type Section, TITRES_SECTIONS } from "../../assistant/sections";
import { champs, Progression } from "../../components/assistant";
import {
  QuestionsFactures,
  QuestionsHistorique,
  QuestionsPartie,
  QuestionsVerifications,
} from "../../components/assistant-sections";
import { Avertissements, Fondements, ListeFondements, ResumeErreurs } from "../../components/formulaire";
import { exigerDossier } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { etapeAssistant, revue, soumettreEtape } from "../../services/assistant.server";
import { tauxDeLInstance } from "../../services/taux.server";
import type { Route } from "./+types/assistant";

export const meta: Route.MetaFunction = ({ params }) => [
  {
    title: `${estSection(params.section) ? TITRES_SECTIONS[params.section] : "Assistant"} — Nouveau dossier — Recouvrement`,
  },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  if (!estSection(params.section)) throw data(null, { status: 404 });
  const { s } = await exigerDossier(context.get(servicesContext), request, params.id);
  const r = await etapeAssistant(s, params.id, params.section);
  if (!r) throw data(null, { status: 404 });
  if ("redirection" in r) throw redirect(r.redirection);
  const { brouillon, ...vue } = r.vue;
  return {
    ...vue,
    paysDebiteur: brouillon.debiteur?.adresse.pays,
    debiteurConsommateur: brouillon.debiteur ? estConsommateur(brouillon.debiteur.qualite) : false,
    recapitulatif:
      params.section === "revue"
        ? recapitulatif(brouillon, s.aujourdhui(), vue.reference, await tauxDeLInstance(s.base.db))
        : null,
  };
}

function recapitulatif(
  b: Parameters<typeof revue>[0],
  aujourdhui: string,
  reference: string,
  tauxPublies: Parameters<typeof revue>[3],
) {
  const r = revue(b, reference, aujourdhui, tauxPublies);
  return {
    aujourdhui,
    calcul: r,
    creancier: b.creancier ? `${nomPartie(b.creancier)}, ${LIBELLES_QUALITE[b.creancier.qualite]}` : "",
    debiteur: b.debiteur
      ? `${nomPartie(b.debiteur)}, ${LIBELLES_QUALITE[b.debiteur.qualite]}, ${b.debiteur.adresse.codePostal} ${b.debiteur.adresse.ville}`
      : "",
    factures: (b.factures?.factures ?? []).map((f) => ({
      numero: f.numero,
      echeance: f.dateEcheance,
      montantCents: f.montantTtcCents,
      avoirsCents: f.avoirs.reduce((a, x) => a + x.montantCents, 0),
    })),
    paiements: b.factures?.paiements ?? [],
    relances: b.historique?.relances ?? [],
    conteste: b.historique?.contestation ?? null,
    echeancier: b.historique?.echeancier ?? null,
    pieces: (b.verifications?.pieces ?? []).map((p) => PIECES_COURANTES[p]),
    delai: b.verifications?.delaiMiseEnDemeureJours ?? 8,
  };
}

/**
 * Adding or removing a row saves nothing: the page's data is not reloaded after it, so that a second
 * render cannot reset what the person starts typing in the new row.
 */
export function shouldRevalidate({ formData, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  const intention = formData?.get("intention");
  if (typeof intention === "string" && /^(ajouter|retirer):/.test(intention)) return false;
  return defaultShouldRevalidate;
}

export async function action({ context, params, request }: Route.ActionArgs) {
  if (!estSection(params.section)) throw data(null, { status: 404 });
  const { s } = await exigerDossier(context.get(servicesContext), request, params.id, "dossier.modifier");
  const form = await request.formData();

  const r = await soumettreEtape(s, params.id, params.section, form);
  if (!r) throw data(null, { status: 404 });
  if (r.type === "redirection") {
    // A dossier just opened gets its reminder plan at once.
    if (/^\/dossiers\/[0-9a-f-]{36}\?ouvert=/.test(r.vers)) s.reveillerRelances?.();
    throw redirect(r.vers);
  }
  const statut = r.conflit ? 409 : r.erreurs.length ? 400 : 200;
  // A fresh key re-mounts the form so that it shows exactly the values returned.
  return data({ ...r, cle: crypto.randomUUID() }, { status: statut });
}

function Recapitulatif({ r, id }: { r: NonNullable<Route.ComponentProps["loaderData"]["recapitulatif"]>; id: string }) {
  const modifier = (s: Section) => (
    <a href={`/dossiers/${id}/assistant/${s}`} className="modifier">
      Modifier<span className="visuellement-cache"> : {TITRES_SECTIONS[s]}</span>
    </a>
  );
  const c = r.calcul;
  return (
    <>
      <dl className="recapitulatif">
        <dt>Créancier {modifier("creancier")}</dt>
        <dd>{r.creancier}</dd>
        <dt>Débiteur {modifier("debiteur")}</dt>
        <dd>{r.debiteur}</dd>
        <dt>Factures {modifier("factures")}</dt>
        <dd>
          <ul>
            {r.factures.map((f) => (
              <li key={f.numero}>
                {f.numero} : {montant(f.montantCents)} TTC, échue le {dateLongue(f.echeance)}
                {f.avoirsCents ? `, avoir de ${montant(f.avoirsCents)}` : ""}
              </li>
            ))}
            {r.paiements.map((p) => (
              <li key={`${p.facture}-${p.date}-${p.montantCents}`}>
                Paiement de {montant(p.montantCents)} le {dateLongue(p.date)} sur {p.facture}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Déjà fait {modifier("historique")}</dt>
        <dd>
          {r.relances.length === 0
            ? "Aucune relance. "
            : `${r.relances.length} ${r.relances.length > 1 ? "relances" : "relance"}, la dernière le ${dateLongue(r.relances.at(-1)?.date ?? "")}. `}
          {r.conteste
            ? `Contestation le ${dateLongue(r.conteste.date)} : ${r.conteste.motif}. `
            : "Pas de contestation. "}
          {r.echeancier ? `Échéancier signé le ${dateLongue(r.echeancier.date)}.` : ""}
        </dd>
        <dt>Vérifications {modifier("verifications")}</dt>
        <dd>
          Délai de la mise en demeure : {r.delai} jours. Pièces :{" "}
          {r.pieces.length ? r.pieces.join(", ") : "aucune indiquée"}.
        </dd>
      </dl>
      {c.ok ? (
        <>
          {c.procedureCollective ? (
            <div className="alerte" role="alert">
              <h2>Le débiteur est en procédure collective : ne le relancez plus</h2>
              <p>
                Toute poursuite est suspendue (C. com. art. L.622-21). Déclarez votre créance au mandataire judiciaire
                avant la date indiquée ci-dessous ; le dossier vous prépare la déclaration de créance.
              </p>
            </div>
          ) : null}
          {!c.prestationRealisee ? (
            <div className="alerte" role="note">
              <p>
                Vous indiquez que la prestation n'est pas entièrement réalisée : la créance n'est pas encore certaine et
                exigible (CPC art. 1405). Réclamez seulement ce qui correspond au travail fait.
              </p>
            </div>
          ) : null}
          {c.chiffres ? (
            <section aria-labelledby="titre-chiffres">
              <h2 id="titre-chiffres">Sommes dues au {dateLongue(r.aujourdhui)}</h2>
              <table className="totaux">
                <tbody>
                  <tr>
                    <th scope="row">Principal restant dû</th>
                    <td className="montant">{montant(c.chiffres.principalCents)}</td>
                  </tr>
                  <tr>
                    <th scope="row">
                      {c.chiffres.regime === "professionnel" ? "Pénalités de retard" : "Intérêts au taux légal"}
                    </th>
                    <td className="montant">{montant(c.chiffres.interetsCents)}</td>
                  </tr>
                  {c.chiffres.regime === "professionnel" ? (
                    <tr>
                      <th scope="row">Indemnités forfaitaires (40 € par facture)</th>
                      <td className="montant">{montant(c.chiffres.indemnitesCents)}</td>
                    </tr>
                  ) : null}
                  <tr className="total">
                    <th scope="row">Total</th>
                    <td className="montant">{montant(c.chiffres.totalCents)}</td>
                  </tr>
                </tbody>
              </table>
              <Fondements liste={c.chiffres.fondements} />
            </section>
          ) : null}
          <section aria-labelledby="titre-prescription">
            <h2 id="titre-prescription">Prescription</h2>
            <p>
              {c.prescription ? (
                <>
                  Dernier jour sûr pour agir en justice : <strong>{dateLongue(c.prescription)}</strong>.
                  {c.prescriptionSelonEcheance ? (
                    <>
                      {" "}
                      Compté depuis l'échéance des factures, ce serait le {dateLongue(c.prescriptionSelonEcheance)} ;
                      mais
                      {c.debiteurConsommateur
                        ? " contre un consommateur, le délai court de la livraison ou de l'exécution de la prestation, en principe achevée au plus tard à la date de la facture"
                        : " le délai a pu courir dès l'achèvement de la prestation, antérieur à l'échéance"}
                      : la date la plus proche est la seule sûre. Indiquez la date de livraison ou d'achèvement pour un
                      calcul exact.
                    </>
                  ) : null}
                </>
              ) : (
                "Aucune prescription en cours pour les factures impayées."
              )}
            </p>
            <Fondements liste={c.fondementsPrescription} />
          </section>
          {c.echeances.length ? (
            <section aria-labelledby="titre-echeances">
              <h2 id="titre-echeances">Échéances</h2>
              <ul className="echeances">
                {c.echeances.map((e) => (
                  <li key={`${e.code}-${e.date}`}>
                    <strong>{dateLongue(e.date)}</strong> — {typographie(e.libelle)}{" "}
                    <span className="fondements">
                      (<ListeFondements liste={e.fondements} />)
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="titre-docs">
            <h2 id="titre-docs">Documents disponibles dès l'ouverture du dossier</h2>
            <ul>
              {c.documents.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </section>
          <Avertissements liste={c.avertissements} />
        </>
      ) : (
        <ResumeErreurs erreurs={c.erreurs} libelles={libelleChamp} />
      )}
    </>
  );
}

export default function Assistant({ loaderData: d, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  const valeurs = actionData?.valeurs && d.section !== "revue" ? actionData.valeurs : d.valeurs;
  const erreurs = actionData?.erreurs;
  const c = champs(valeurs, erreurs);
  const version = actionData?.conflit?.version ?? d.version;
  const premiere = d.section === SECTIONS[0];
  return (
    <>
      <p className="fil">
        <a href="/dossiers">Mes dossiers</a> › Nouveau dossier {d.reference}
      </p>
      <h1>{TITRES_SECTIONS[d.section]}</h1>
      <Progression id={d.id} section={d.section} faites={d.faites} />
      {d.saisieNonValidee ? (
        <p className="avertissement" role="note">
          Voici ce que vous aviez saisi : cette étape n'est pas encore validée.
        </p>
      ) : null}
      {actionData?.conflit ? (
        <div className="resume-erreurs" role="alert">
          <h2>Modifié ailleurs entre-temps</h2>
          <p>{typographie(actionData.conflit.message)}</p>
          {actionData.conflit.changements.length ? (
            <ul>
              {actionData.conflit.changements.map((x) => (
                <li key={x}>{typographie(x)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {d.section !== "revue" ? <ResumeErreurs erreurs={erreurs} libelles={libelleChamp} /> : null}
      {d.section === "revue" && d.recapitulatif ? <Recapitulatif r={d.recapitulatif} id={d.id} /> : null}
      <Form
        method="post"
        noValidate
        className="formulaire assistant"
        key={actionData?.cle ?? `${d.section}-${d.version}`}
      >
        <input type="hidden" name="version" value={version} />
        {d.section === "creancier" ? <QuestionsPartie qui="creancier" c={c} /> : null}
        {d.section === "debiteur" ? <QuestionsPartie qui="debiteur" c={c} /> : null}
        {d.section === "factures" ? (
          <QuestionsFactures c={c} valeurs={valeurs} consommateur={d.debiteurConsommateur} />
        ) : null}
        {d.section === "historique" ? <QuestionsHistorique c={c} valeurs={valeurs} /> : null}
        {d.section === "verifications" ? <QuestionsVerifications c={c} paysDebiteur={d.paysDebiteur} /> : null}
        <div className="boutons-assistant">
          {d.section === "revue" ? (
            <button
              type="submit"
              name="intention"
              value="ouvrir"
              className="bouton"
              disabled={navigation.state === "submitting" || !d.recapitulatif?.calcul.ok}
            >
              Ouvrir le dossier et préparer les documents
            </button>
          ) : (
            <button
              type="submit"
              name="intention"
              value="suivant"
              className="bouton"
              disabled={navigation.state === "submitting"}
            >
              Enregistrer et continuer
            </button>
          )}
          {premiere ? null : d.section === "revue" ? (
            <a className="bouton bouton-secondaire" href={`/dossiers/${d.id}/assistant/verifications`}>
              Précédent
            </a>
          ) : (
            <button type="submit" name="intention" value="precedent" className="bouton bouton-secondaire">
              Précédent
            </button>
          )}
        </div>
        <p className="aide">
          Chaque étape est enregistrée dès que vous la validez : vous pouvez reprendre plus tard depuis « Mes dossiers
          ».
        </p>
      </Form>
    </>
  );
}
