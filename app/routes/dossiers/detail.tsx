import { data, Form, useNavigation } from "react-router";
import { dateCourte, dateLongue, montant } from "../../../domain/format/francais";
import { typographie } from "../../../domain/format/saisie";
import { Avertissements } from "../../components/formulaire";
import { servicesContext } from "../../contexte";
import { ConflitDeVersion, chargerDossier } from "../../db/dossiers.server";
import { vueDossier } from "../../services/dossiers.server";
import { envoyerEvenement } from "../../services/parcours-dossier.server";
import type { Route } from "./+types/detail";
import { lireEvenement } from "./evenement.server";
import { ETAPES_LIBELLES } from "./liste";

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: `${d?.debiteur ?? "Dossier"} — Recouvrement` }];

export async function loader({ context, params }: Route.LoaderArgs) {
  const vue = await vueDossier(context.get(servicesContext), params.id);
  if (!vue) throw data(null, { status: 404 });
  return vue;
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const s = context.get(servicesContext);
  const form = await request.formData();
  const code = String(form.get("type") ?? "");
  const lu = lireEvenement(form);
  if ("erreurs" in lu)
    return data({ code, erreurs: lu.erreurs, raison: null, conflit: null, enregistre: false }, { status: 400 });
  const d = await chargerDossier(s.base.db, params.id);
  if (!d) throw data(null, { status: 404 });
  try {
    const r = await envoyerEvenement(s.base.db, d, Number(form.get("version")), lu.evenement, s.aujourdhui());
    if (!r.ok) return data({ code, erreurs: [], raison: r.raison, conflit: null, enregistre: false }, { status: 409 });
    return { code, erreurs: [], raison: null, conflit: null, enregistre: true };
  } catch (e) {
    if (e instanceof ConflitDeVersion) {
      return data(
        {
          code,
          erreurs: [],
          raison: null,
          conflit: `${e.message} Rechargez la page : la liste des actions possibles a pu changer.`,
          enregistre: false,
        },
        { status: 409 },
      );
    }
    throw e;
  }
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

function ChampsEvenement({ code, factures, aujourdhui }: { code: string; factures: string[]; aujourdhui: string }) {
  const id = (n: string) => `${code}-${n}`.replace(/[^a-zA-Z0-9-]/g, "-");
  const champ = (n: string, libelle: string, entree: React.ReactNode) => (
    <div className="champ" key={n}>
      <label htmlFor={id(n)}>{libelle}</label>
      {entree}
    </div>
  );
  const extra: React.ReactNode[] = [];
  if (code === "relance.envoyee") {
    extra.push(
      champ(
        "canal",
        "Canal",
        <select id={id("canal")} name="canal" defaultValue="courrier">
          <option value="courrier">Courrier</option>
          <option value="email">Courriel</option>
          <option value="telephone">Téléphone</option>
          <option value="sms">SMS</option>
        </select>,
      ),
    );
  }
  if (code === "med.envoyee") {
    extra.push(
      champ(
        "mode",
        "Mode d'envoi",
        <select id={id("mode")} name="mode" defaultValue="lrar">
          <option value="lrar">Lettre recommandée avec avis de réception</option>
          <option value="lre">Lettre recommandée électronique</option>
          <option value="email">Courriel</option>
          <option value="sommation">Sommation par commissaire de justice</option>
        </select>,
      ),
      champ(
        "numeroRecommande",
        "N° de recommandé (facultatif)",
        <input id={id("numeroRecommande")} name="numeroRecommande" />,
      ),
    );
  }
  if (code === "paiement.recu" || code === "echeance.payee") {
    extra.push(
      champ("montant", "Montant (€)", <input id={id("montant")} name="montant" inputMode="decimal" required />),
    );
    if (code === "paiement.recu") {
      extra.push(
        champ(
          "facture",
          "Facture",
          <select id={id("facture")} name="facture" defaultValue="">
            <option value="">La plus ancienne impayée</option>
            {factures.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>,
        ),
      );
    }
  }
  if (code === "debiteur.conteste")
    extra.push(champ("motif", "Motif de la contestation", <input id={id("motif")} name="motif" required />));
  if (code === "ordonnance.signifiee") {
    extra.push(
      champ(
        "aPersonne",
        "Signifiée à la personne du débiteur ?",
        <select id={id("aPersonne")} name="aPersonne" defaultValue="oui">
          <option value="oui">Oui, à personne</option>
          <option value="non">Non (à domicile, à étude…)</option>
        </select>,
      ),
    );
  }
  if (code === "decision.rendue") {
    extra.push(
      champ(
        "titreObtenu",
        "Issue",
        <select id={id("titreObtenu")} name="titreObtenu" defaultValue="oui">
          <option value="oui">Condamnation : titre exécutoire obtenu</option>
          <option value="non">Demande rejetée</option>
        </select>,
      ),
    );
  }
  if (code === "audience.fixee")
    extra.push(
      champ(
        "dateAudience",
        "Date de l'audience",
        <input id={id("dateAudience")} name="dateAudience" type="date" required />,
      ),
    );
  if (code === "procedure-collective.ouverte") {
    extra.push(
      champ(
        "datePublicationBodacc",
        "Publication au BODACC",
        <input id={id("datePublicationBodacc")} name="datePublicationBodacc" type="date" required />,
      ),
    );
  }
  if (code === "echeancier.signe") {
    extra.push(
      champ(
        "versements",
        "Versements (une ligne : AAAA-MM-JJ ; montant)",
        <textarea id={id("versements")} name="versements" rows={3} required placeholder="2026-06-30 ; 500,00" />,
      ),
    );
  }
  return (
    <>
      {champ("date", "Date", <input id={id("date")} name="date" type="date" defaultValue={aujourdhui} required />)}
      {extra}
    </>
  );
}

export default function Detail({ loaderData: d, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  const actuel = CHEMIN.includes(d.etape as never) ? d.etape : (PROCHE[d.etape] ?? null);
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
                <span className="fondements">({e.fondements.join(" ; ")})</span>
              </li>
            ))}
          </ul>
        )}
        <Avertissements liste={d.avertissements} />
      </section>

      <section aria-labelledby="titre-actions">
        <h2 id="titre-actions">Prochaines actions</h2>
        {d.prochainesActions.map((a) => (
          <details
            key={`${a.code}-${JSON.stringify(a.donnees ?? {})}`}
            className="action"
            open={actionData?.code === a.code && (actionData.erreurs?.length ?? 0) > 0}
          >
            <summary>
              {typographie(a.libelle)}
              {a.avant ? <span className="avant"> — avant le {dateLongue(a.avant)}</span> : null}
            </summary>
            {a.documents.length ? (
              <p className="aide">
                Documents :{" "}
                {a.documents.map((t, j) => (
                  <span key={t}>
                    {j > 0 ? ", " : ""}
                    {t} (<a href={`/dossiers/${d.id}/documents/${t}.pdf`}>PDF</a>,{" "}
                    <a href={`/dossiers/${d.id}/documents/${t}.docx`}>Word</a>)
                  </span>
                ))}
              </p>
            ) : null}
            <Form method="post" className="formulaire-action" aria-label={a.libelle}>
              <input type="hidden" name="type" value={a.code} />
              <input type="hidden" name="version" value={d.version} />
              {Object.entries(a.donnees ?? {}).map(([k, v]) => (
                <input key={k} type="hidden" name={k} value={String(v)} />
              ))}
              <ChampsEvenement code={a.code} factures={d.factures} aujourdhui={d.aujourdhui} />
              {actionData?.code === a.code && actionData.erreurs?.length ? (
                <ul className="erreur-champ">
                  {actionData.erreurs.map((e) => (
                    <li key={e.champ + e.message}>
                      {e.champ} : {typographie(e.message)}
                    </li>
                  ))}
                </ul>
              ) : null}
              <button type="submit" className="bouton" disabled={navigation.state === "submitting"}>
                Enregistrer
              </button>
            </Form>
          </details>
        ))}
      </section>

      <section aria-labelledby="titre-documents">
        <h2 id="titre-documents">Documents de cette étape</h2>
        <ul>
          {d.documents.map((doc) => (
            <li key={doc.type}>
              {doc.libelle} : <a href={`/dossiers/${d.id}/documents/${doc.type}.pdf`}>PDF</a> ·{" "}
              <a href={`/dossiers/${d.id}/documents/${doc.type}.docx`}>Word</a>
            </li>
          ))}
        </ul>
        <p>
          <a className="bouton bouton-secondaire" href={`/dossiers/${d.id}/dossier-avocat.zip`}>
            Télécharger le dossier pour l'avocat (ZIP)
          </a>
        </p>
      </section>

      <section aria-labelledby="titre-journal">
        <h2 id="titre-journal">Chronologie</h2>
        <ol className="journal">
          {d.journal.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the journal is ordered and append-only
            <li key={i}>
              <strong>{dateCourte(e.date)}</strong> — {e.libelle}
              {e.detail ? ` : ${e.detail}` : ""}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
