import { data, Form, redirect, useSearchParams } from "react-router";
import { dateLongue, montant } from "../../../domain/format/francais";
import { typographie } from "../../../domain/format/saisie";
import { retirerInvisibles } from "../../../domain/texte/texte";
import { ResumeErreurs } from "../../components/formulaire";
import { peut } from "../../comptes/permissions";
import { exigerCompte } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { compterDossiers, listerDossiers } from "../../db/listes.server";
import { importerDossier } from "../../services/dossiers.server";
import type { Route } from "./+types/liste";

export const meta: Route.MetaFunction = () => [{ title: "Mes dossiers — Recouvrement" }];

export const ETAPES_LIBELLES: Record<string, string> = {
  qualification: "Qualification",
  relance: "Relances",
  "mise-en-demeure": "Mise en demeure",
  "voie-judiciaire": "Voie judiciaire",
  "petites-creances": "Petites créances",
  "injonction-de-payer": "Injonction de payer",
  "refere-provision": "Référé-provision",
  assignation: "Assignation",
  execution: "Exécution",
  echeancier: "Échéancier",
  litige: "Litige",
  "procedure-collective": "Procédure collective",
  solde: "Soldé",
  prescrite: "Prescrite",
  abandon: "Abandonné",
};

const PAR_PAGE = 50;

export async function loader({ context, request }: Route.LoaderArgs) {
  const { compte, s } = await exigerCompte(context.get(servicesContext), request);
  const url = new URL(request.url);
  const etape = url.searchParams.get("etape") ?? "";
  const recherche = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  // Paged in the database: the page stays fast with thousands of dossiers.
  const filtre = { etape, recherche };
  const total = await compterDossiers(s.base.db, s.organisationId, filtre);
  const pages = Math.max(1, Math.ceil(total / PAR_PAGE));
  const page = Math.min(pages, Math.max(1, Number(url.searchParams.get("page")) || 1));
  const dossiers = await listerDossiers(s.base.db, s.organisationId, {
    ...filtre,
    limite: PAR_PAGE,
    decalage: (page - 1) * PAR_PAGE,
  });
  return {
    dossiers,
    total,
    page,
    pages,
    recherche,
    etape,
    aujourdhui: s.aujourdhui(),
    // The forms are only shown to whom the server would accept them from (decision 018).
    peutModifier: peut(compte.role, "dossier.modifier"),
    organisation: compte.organisation,
    administrateur: compte.role === "administrateur",
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const { s } = await exigerCompte(context.get(servicesContext), request, "dossier.modifier");
  const form = await request.formData();
  const fichier = form.get("fichier");
  const texte = fichier instanceof File && fichier.size > 0 ? await fichier.text() : String(form.get("json") ?? "");
  if (!texte.trim())
    return data(
      { erreurs: [{ champ: "json", message: "collez le JSON du dossier ou choisissez un fichier" }], json: "" },
      { status: 400 },
    );
  const r = await importerDossier(s, texte);
  if (!r.ok) return data({ erreurs: r.erreurs, json: retirerInvisibles(texte.slice(0, 200_000)) }, { status: 400 });
  // A new dossier gets its reminder plan at once, not at the next minute.
  s.reveillerRelances?.();
  throw redirect(`/dossiers/${r.id}${r.rejets ? `?rejets=${r.rejets}` : ""}`);
}

export default function Liste({ loaderData, actionData }: Route.ComponentProps) {
  const { dossiers, etape } = loaderData;
  const [params] = useSearchParams();
  const lienPage = (page: number) => {
    const p = new URLSearchParams(params);
    p.set("page", String(page));
    return `/dossiers?${p}`;
  };
  return (
    <>
      <h1>Mes dossiers</h1>
      <p className="aide">
        Organisation : {loaderData.organisation}
        {loaderData.administrateur ? (
          <>
            {" "}
            — <a href="/organisation">membres et journal d'audit</a>
          </>
        ) : null}
      </p>
      {params.get("supprime") ? (
        <p className="succes" role="status">
          Le dossier, son journal et ses pièces ont été supprimés.
        </p>
      ) : null}
      {loaderData.peutModifier ? (
        <p>
          <a className="bouton" href="/dossiers/nouveau">
            Démarrer un dossier
          </a>
        </p>
      ) : (
        <p className="aide">
          Votre rôle (lecteur) permet de consulter les dossiers, pas d'en créer ni de les modifier.
        </p>
      )}
      <p>
        Classés par urgence : la prochaine échéance d'abord. Toutes les échéances dans votre agenda : créez votre
        adresse d'abonnement iCalendar personnelle dans <a href="/compte">Mon compte</a>.
      </p>
      <Form method="get" className="filtre" aria-label="Filtrer les dossiers">
        <label htmlFor="recherche">Débiteur ou référence</label>{" "}
        <input id="recherche" name="q" type="search" defaultValue={loaderData.recherche} />{" "}
        <label htmlFor="filtre-etape">Étape</label>{" "}
        <select id="filtre-etape" name="etape" defaultValue={params.get("etape") ?? ""}>
          <option value="">Toutes</option>
          <option value="brouillon">Assistant en cours</option>
          {Object.entries(ETAPES_LIBELLES).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>{" "}
        <button type="submit" className="bouton bouton-secondaire">
          Filtrer
        </button>
      </Form>
      {loaderData.pages > 1 || loaderData.recherche ? (
        <p className="aide">
          {loaderData.total} dossier{loaderData.total > 1 ? "s" : ""}
          {loaderData.pages > 1 ? ` — page ${loaderData.page} sur ${loaderData.pages}` : ""}.
        </p>
      ) : null}
      {dossiers.length === 0 ? (
        <p className="vide">{etape ? "Aucun dossier à cette étape." : "Aucun dossier pour l'instant."}</p>
      ) : (
        <table className="tableau-dossiers">
          <caption className="visuellement-cache">Dossiers, du plus urgent au moins urgent</caption>
          <thead>
            <tr>
              <th scope="col">Débiteur</th>
              <th scope="col">Référence</th>
              <th scope="col" className="montant">
                Principal restant dû
              </th>
              <th scope="col">Étape</th>
              <th scope="col">Prochaine échéance</th>
            </tr>
          </thead>
          <tbody>
            {dossiers.map((d) => (
              <tr key={d.id}>
                <th scope="row" className="debiteur">
                  <a href={`/dossiers/${d.id}`}>
                    {d.debiteur ||
                      (d.statut === "brouillon" ? "Nouveau dossier (débiteur à renseigner)" : "Débiteur sans nom")}
                  </a>
                </th>
                <td data-libelle="Référence">{d.reference}</td>
                <td data-libelle="Principal restant dû" className="montant">
                  {d.resteDuCents === null ? "—" : montant(d.resteDuCents)}
                  {d.statut === "brouillon" && d.resteDuCents !== null ? (
                    <span className="aide"> (selon l'assistant)</span>
                  ) : null}
                </td>
                <td data-libelle="Étape">
                  {d.statut === "brouillon" ? (
                    <a href={`/dossiers/${d.id}`}>Reprendre l'assistant</a>
                  ) : (
                    (ETAPES_LIBELLES[d.etape] ?? d.etape)
                  )}
                </td>
                <td data-libelle="Prochaine échéance">{d.prochaineEcheance ? dateLongue(d.prochaineEcheance) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {loaderData.pages > 1 ? (
        <nav aria-label="Pages" className="pagination">
          {loaderData.page > 1 ? <a href={lienPage(loaderData.page - 1)}>← Précédente</a> : null} Page {loaderData.page}{" "}
          sur {loaderData.pages}{" "}
          {loaderData.page < loaderData.pages ? <a href={lienPage(loaderData.page + 1)}>Suivante →</a> : null}
        </nav>
      ) : null}

      {loaderData.peutModifier ? (
        <section aria-labelledby="titre-import" className="formulaire import">
          <h2 id="titre-import">Importer un dossier (JSON)</h2>
          <p>
            Vos factures impayées en nombre (export CSV de votre comptabilité, factures Factur-X, CII ou UBL) :{" "}
            <a href="/creances/import">importer des factures</a>, un dossier par débiteur.
          </p>
          <p className="aide">
            Un dossier exporté depuis Recouvrement (lien « Exporter ce dossier (JSON) » de la page d'un dossier), ou
            préparé au même format par votre logiciel : parties, factures et journal des événements.
          </p>
          <ResumeErreurs erreurs={actionData?.erreurs} libelles={() => "Dossier JSON"} />
          <Form method="post" encType="multipart/form-data">
            <div className="champ">
              <label htmlFor="champ-fichier">Fichier JSON</label>
              <input id="champ-fichier" type="file" name="fichier" accept="application/json,.json" />
            </div>
            <div className="champ">
              <label htmlFor="champ-json">Ou collez le JSON</label>
              <textarea
                id="champ-json"
                name="json"
                rows={6}
                defaultValue={actionData?.json ?? ""}
                aria-invalid={actionData?.erreurs ? true : undefined}
              />
              {actionData?.erreurs?.[0] ? (
                <span className="erreur-champ">{typographie(actionData.erreurs[0].message)}</span>
              ) : null}
            </div>
            <button type="submit" className="bouton">
              Importer
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
