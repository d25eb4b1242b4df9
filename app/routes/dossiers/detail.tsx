import { data, Form, redirect, useNavigation, useSearchParams } from "react-router";
import { adresseIncomplete } from "../../../domain/dossier/dossier.schema";
import { dateLongue, montant } from "../../../domain/format/francais";
import { typographie } from "../../../domain/format/saisie";
import { lireBrouillon, premiereSectionAFaire } from "../../assistant/brouillon";
import { valeursDePartie } from "../../assistant/lecture";
import { ChampsEvenement, LIBELLES_EVENEMENT } from "../../components/dossier/champs-evenement";
import { SectionAvocat } from "../../components/dossier/section-avocat";
import { SectionChronologie, SectionNotes } from "../../components/dossier/section-chronologie";
import { SectionDebiteur } from "../../components/dossier/section-debiteur";
import { SectionJuridiction } from "../../components/dossier/section-juridiction";
import { SectionPieces } from "../../components/dossier/section-pieces";
import { SectionRelances } from "../../components/dossier/section-relances";
import { Avertissements, ListeFondements } from "../../components/formulaire";
import { permissionDeLEvenement, peut } from "../../comptes/permissions";
import { exigerDossier } from "../../comptes/session.server";
import { requeteContext, servicesContext } from "../../contexte";
import { avocatsDuDossier, notesDuDossier } from "../../db/avocats.server";
import { chargerBrouillon } from "../../db/brouillons.server";
import { instant } from "../../instant";
import { vueDossier } from "../../services/dossiers.server";
import { vueRelances } from "../../services/relances/vue.server";
import type { Route } from "./+types/detail";
import { actionDuDossier } from "./detail.server";
import { ETAPES_LIBELLES } from "./liste";

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: `${d?.debiteur ?? "Dossier"} — Recouvrement` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { role, s } = await exigerDossier(context.get(servicesContext), request, params.id);
  const vueComplete = await vueDossier(s, params.id);
  if (!vueComplete) {
    const brouillon = await chargerBrouillon(s.base.db, params.id);
    if (brouillon)
      throw redirect(`/dossiers/${params.id}/assistant/${premiereSectionAFaire(lireBrouillon(brouillon.brouillon))}`);
    throw data(null, { status: 404 });
  }
  const { enregistre, calcul, ...vue } = vueComplete;
  const peutConfier = peut(role, "dossier.confier");
  const avocats = peutConfier ? await avocatsDuDossier(s.base.db, params.id) : null;
  return {
    ...vue,
    // The lawyer is offered the judicial steps only: the others are the creditor's (decision 019);
    // a reader sees every step, without a form.
    prochainesActions: vue.prochainesActions
      .map((a) => ({ ...a, permise: peut(role, permissionDeLEvenement(a.code)) }))
      .filter((a) => a.permise || role !== "avocat"),
    notes: (await notesDuDossier(s.base.db, params.id)).map((n) => ({
      auteurNom: n.auteurNom,
      texte: n.texte,
      le: instant(n.creeLe),
    })),
    avocats: avocats && {
      acces: avocats.acces.map((a) => ({ ...a, depuis: instant(a.depuis) })),
      invitations: avocats.invitations.map((i) => ({ email: i.email, expireLe: instant(i.expireLe) })),
    },
    // The lawyer sees the judicial route, not the creditor's reminders.
    relances: role === "avocat" ? null : await vueRelances(s, enregistre, calcul),
    // The correction form is rendered when it is needed (an incomplete address) or asked for: not
    // on every view of the page (it is as long as the wizard's step).
    debiteurAModifier: peut(role, "dossier.modifier")
      ? (() => {
          const aCompleter = adresseIncomplete(enregistre.dossier.debiteur.adresse);
          const formulaire = aCompleter.length > 0 || new URL(request.url).searchParams.get("corriger") === "debiteur";
          return { aCompleter, valeurs: formulaire ? valeursDePartie(enregistre.dossier.debiteur) : null };
        })()
      : null,
    role,
    tailleMaxMo: Math.round(s.config.pieceTailleMaxOctets / 1_048_576),
    // The forms are only shown to whom the server would accept them from (decision 018).
    peutModifier: peut(role, "dossier.modifier"),
    peutJudiciaire: peut(role, "dossier.judiciaire"),
    peutPiece: peut(role, "dossier.piece"),
    peutNote: peut(role, "dossier.note"),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  // Reading is enough to reach the form; each intention asks its own permission (detail.server.ts).
  const { compte, role, s } = await exigerDossier(context.get(servicesContext), request, params.id);
  return actionDuDossier(s, params.id, request, { compte, role, adresse: context.get(requeteContext).adresse });
}

const CHEMIN = [
  "relance",
  "mise-en-demeure",
  "voie-judiciaire",
  "injonction-de-payer",
  "assignation",
  "execution",
] as const;
const PROCHE: Record<string, (typeof CHEMIN)[number]> = {
  qualification: "relance",
  "petites-creances": "voie-judiciaire",
  "refere-provision": "assignation",
  echeancier: "mise-en-demeure",
  litige: "voie-judiciaire",
};

export default function Detail({ loaderData: d, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const piece = actionData?.piece ?? null;
  const actuel = CHEMIN.includes(d.etape as never) ? d.etape : (PROCHE[d.etape] ?? null);
  const prescription = d.echeances.find((e) => e.code === "prescription")?.date;
  return (
    <>
      <p className="fil">
        <a href="/dossiers">Mes dossiers</a> › {d.reference}
      </p>
      <h1>{d.debiteur}</h1>
      <p>
        Créancier : {d.creancier} — étape : <strong>{ETAPES_LIBELLES[d.etape] ?? d.etape}</strong>
      </p>
      <nav aria-label="Parcours du recouvrement">
        <ol className="chemin">
          {CHEMIN.map((e) => (
            <li
              key={e}
              aria-current={e === actuel ? "step" : undefined}
              className={e === actuel ? "actuelle" : undefined}
            >
              {ETAPES_LIBELLES[e]}
            </li>
          ))}
        </ol>
      </nav>
      {params.get("ouvert") ? (
        <p className="succes" role="status">
          Dossier ouvert. Les documents de l'étape actuelle sont prêts ci-dessous.
        </p>
      ) : null}
      {actionData?.enregistre ? (
        <p className="succes" role="status">
          Événement enregistré au journal.
        </p>
      ) : null}
      {actionData?.raison ? (
        <p className="resume-erreurs" role="alert">
          Refusé : {typographie(actionData.raison)}
        </p>
      ) : null}
      {actionData?.conflit ? (
        <p className="resume-erreurs" role="alert">
          {typographie(actionData.conflit)}
        </p>
      ) : null}

      {d.interets ? (
        <section aria-labelledby="titre-sommes">
          <h2 id="titre-sommes">Sommes dues au {dateLongue(d.aujourdhui)}</h2>
          <table className="totaux">
            <tbody>
              <tr>
                <th scope="row">Principal restant dû</th>
                <td className="montant">{montant(d.interets.principalRestantCents)}</td>
              </tr>
              <tr>
                <th scope="row">
                  {d.interets.regime === "professionnel" ? "Pénalités de retard" : "Intérêts au taux légal"}
                </th>
                <td className="montant">{montant(d.interets.interetsCents)}</td>
              </tr>
              {d.interets.regime === "professionnel" ? (
                <tr>
                  <th scope="row">Indemnités forfaitaires</th>
                  <td className="montant">{montant(d.interets.indemnitesCents)}</td>
                </tr>
              ) : null}
              <tr className="total">
                <th scope="row">Total</th>
                <td className="montant">{montant(d.interets.totalDuCents)}</td>
              </tr>
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby="titre-echeances">
        <h2 id="titre-echeances">Échéances</h2>
        {d.echeances.length === 0 ? (
          <p>Aucune échéance en cours.</p>
        ) : (
          <ul className="echeances">
            {d.echeances.map((e) => (
              <li key={`${e.code}-${e.date}`}>
                <strong>{dateLongue(e.date)}</strong> — {typographie(e.libelle)}{" "}
                <span className="fondements">
                  (<ListeFondements liste={e.fondements} />)
                </span>
              </li>
            ))}
          </ul>
        )}
        <Avertissements liste={d.avertissements} />
      </section>

      {d.debiteurAModifier ? (
        <SectionDebiteur
          aCompleter={d.debiteurAModifier.aCompleter}
          valeurs={d.debiteurAModifier.valeurs}
          id={d.id}
          version={d.version}
          retour={actionData?.debiteur ?? null}
          enregistre={actionData?.debiteurEnregistre ?? false}
        />
      ) : null}

      {d.relances ? (
        <SectionRelances r={d.relances} modifiable={d.peutModifier} message={actionData?.relances ?? null} />
      ) : null}

      <section aria-labelledby="titre-actions">
        <h2 id="titre-actions">Prochaines actions</h2>
        {d.role === "lecteur" ? (
          <p className="aide">
            Votre rôle (lecteur) permet de consulter ce dossier et d'en télécharger les documents : les événements sont
            inscrits par un gestionnaire ou un administrateur.
          </p>
        ) : d.role === "avocat" ? (
          <p className="aide">
            Ce dossier vous est confié : vous inscrivez les étapes de la procédure judiciaire ; les relances, paiements
            et accords restent inscrits par le créancier.
          </p>
        ) : null}
        {d.prochainesActions.map((a) => (
          <details
            key={`${a.code}-${JSON.stringify(a.donnees ?? {})}`}
            className="action"
            open={actionData?.code === a.code && ((actionData.erreurs?.length ?? 0) > 0 || !!actionData.raison)}
          >
            <summary>
              {typographie(a.libelle)}
              {a.avant ? (
                <span className="avant">
                  {" "}
                  — avant le {dateLongue(a.avant)}
                  {a.avant === prescription ? " (prescription)" : ""}
                </span>
              ) : null}
            </summary>
            {a.documents.length ? (
              <p className="aide">
                Documents :{" "}
                {a.documents.map((t, j) => (
                  <span key={t}>
                    {j > 0 ? ", " : ""}
                    {d.nomsDocuments[t] ?? t} (<a href={`/dossiers/${d.id}/documents/${t}.pdf`}>PDF</a>,{" "}
                    <a href={`/dossiers/${d.id}/documents/${t}.docx`}>Word</a>)
                  </span>
                ))}
              </p>
            ) : null}
            {a.permise ? (
              <Form method="post" className="formulaire-action" aria-label={a.libelle}>
                <input type="hidden" name="type" value={a.code} />
                <input type="hidden" name="version" value={d.version} />
                {Object.entries(a.donnees ?? {}).map(([k, v]) => (
                  <input key={k} type="hidden" name={k} value={String(v)} />
                ))}
                <ChampsEvenement
                  code={a.code}
                  factures={d.factures}
                  aujourdhui={d.aujourdhui}
                  saisie={actionData?.code === a.code ? actionData.valeurs : undefined}
                />
                {actionData?.code === a.code && actionData.erreurs?.length ? (
                  <ul className="erreur-champ" role="alert">
                    {actionData.erreurs.map((e) => (
                      <li key={e.champ + e.message}>
                        {LIBELLES_EVENEMENT[e.champ] ?? e.champ} : {typographie(e.message)}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <button type="submit" className="bouton" disabled={navigation.state === "submitting"}>
                  Enregistrer
                </button>
              </Form>
            ) : null}
          </details>
        ))}
      </section>

      {d.juridiction ? (
        <SectionJuridiction
          juridiction={d.juridiction}
          version={d.version}
          retour={actionData?.juridiction ?? undefined}
          enregistree={actionData?.juridictionEnregistree === true}
          modifiable={d.peutJudiciaire}
        />
      ) : null}

      <section aria-labelledby="titre-documents">
        <h2 id="titre-documents">Documents de cette étape</h2>
        <ul>
          {d.documents.map((doc) => (
            <li key={doc.type}>
              {doc.libelle} : <a href={`/dossiers/${d.id}/documents/${doc.type}.pdf`}>PDF</a> ·{" "}
              <a href={`/dossiers/${d.id}/documents/${doc.type}.docx`}>Word</a>
              <details className="apercu">
                <summary>
                  Aperçu<span className="visuellement-cache"> : {doc.libelle}</span>
                </summary>
                <iframe
                  src={`/dossiers/${d.id}/documents/${doc.type}.pdf`}
                  title={`Aperçu : ${doc.libelle}`}
                  loading="lazy"
                />
              </details>
            </li>
          ))}
        </ul>
        <p>
          <a className="bouton bouton-secondaire" href={`/dossiers/${d.id}/dossier-avocat.zip`}>
            Télécharger le dossier pour l'avocat (ZIP)
          </a>
        </p>
      </section>

      {d.avocats ? (
        <SectionAvocat
          acces={d.avocats.acces}
          invitations={d.avocats.invitations}
          retour={actionData?.avocat ?? null}
          lien={actionData?.lienAvocat ?? null}
        />
      ) : null}

      <SectionPieces
        dossierId={d.id}
        pieces={d.pieces}
        tailleMaxMo={d.tailleMaxMo}
        retour={piece}
        ajoutee={actionData && "pieceAjoutee" in actionData ? String(actionData.pieceAjoutee) : null}
        peutAjouter={d.peutPiece}
        peutRetirer={d.peutModifier}
      />

      <SectionNotes
        notes={d.notes}
        retour={actionData?.note ?? null}
        ajoutee={actionData?.noteAjoutee === true}
        peutEcrire={d.peutNote}
      />

      <SectionChronologie journal={d.journal} />
      <section aria-labelledby="titre-donnees">
        <h2 id="titre-donnees">Vos données</h2>
        <p>
          <a href={`/dossiers/${d.id}/export.json`}>Exporter ce dossier (JSON)</a> : parties, factures, journal et liste
          des pièces, réimportable depuis « Mes dossiers ». <a href="/donnees-personnelles">Ce que nous conservons</a>.
        </p>
        {d.peutModifier ? (
          <Form method="post" className="formulaire suppression">
            <input type="hidden" name="intention" value="supprimer-dossier" />
            <div className="case">
              <input type="checkbox" id="champ-confirmer" name="confirmer" value="oui" />
              <label htmlFor="champ-confirmer">
                Je veux supprimer définitivement ce dossier, son journal et ses pièces
              </label>
            </div>
            {actionData && "suppression" in actionData ? (
              <p className="erreur-champ" role="alert">
                {String(actionData.suppression)}
              </p>
            ) : null}
            <button type="submit" className="bouton bouton-danger">
              Supprimer le dossier
            </button>
          </Form>
        ) : null}
      </section>
    </>
  );
}
