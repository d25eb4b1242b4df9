/**
 * /creances — the receivables book (issue 15): totals, aged balance with its chart, amounts per
 * stage, what becomes time-barred in the next 90 days, days sales outstanding; debtors filtered,
 * sorted and paginated on the server (works without JavaScript); export of the aged balance as CSV.
 */
import { Form } from "react-router";
import { LIBELLES_TRANCHES, TRANCHES } from "../../../domain/creances/tranches";
import { dateLongue, montant } from "../../../domain/format/francais";
import { Barres } from "../../components/graphiques";
import { exigerCompte } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { grandLivre, type LigneDebiteur } from "../../services/creances.server";
import { ETAPES_LIBELLES } from "../dossiers/liste";
import type { Route } from "./+types/livre";

export const meta: Route.MetaFunction = () => [{ title: "Créances — Recouvrement" }];

const PAR_PAGE = 50;
const TRIS = {
  total: (a: LigneDebiteur, b: LigneDebiteur) => b.totalCents - a.totalCents,
  retard: (a: LigneDebiteur, b: LigneDebiteur) => (a.plusAncienne ?? "9").localeCompare(b.plusAncienne ?? "9"),
  nom: (a: LigneDebiteur, b: LigneDebiteur) => a.nom.localeCompare(b.nom, "fr"),
} as const;

export async function loader({ context, request }: Route.LoaderArgs) {
  const { s } = await exigerCompte(context.get(servicesContext), request);
  const url = new URL(request.url);
  const livre = await grandLivre(s);
  const recherche = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const tri = (url.searchParams.get("tri") ?? "total") as keyof typeof TRIS;
  const filtres = livre.debiteurs
    .filter((d) => !recherche || d.nom.toLocaleLowerCase("fr").includes(recherche.toLocaleLowerCase("fr")))
    .sort(TRIS[tri] ?? TRIS.total);
  const pages = Math.max(1, Math.ceil(filtres.length / PAR_PAGE));
  const page = Math.min(pages, Math.max(1, Number(url.searchParams.get("page")) || 1));
  return {
    ...livre,
    debiteurs: filtres.slice((page - 1) * PAR_PAGE, page * PAR_PAGE),
    nombreDebiteurs: filtres.length,
    recherche,
    tri: tri in TRIS ? tri : "total",
    page,
    pages,
  };
}

export default function Livre({ loaderData: d }: Route.ComponentProps) {
  const lien = (page: number) =>
    `/creances?${new URLSearchParams({ ...(d.recherche ? { q: d.recherche } : {}), tri: d.tri, page: String(page) })}`;
  return (
    <>
      <h1>Créances</h1>
      <p>
        Ce qui vous est dû au {dateLongue(d.aujourdhui)}, en principal (après paiements et avoirs ; factures prescrites
        exclues). <a href="/creances/import">Importer des factures</a> ·{" "}
        <a href="/creances.csv">Exporter la balance âgée (CSV)</a> ·{" "}
        <a href="/creances/paiements">Importer un relevé bancaire</a>.
      </p>
      <dl className="chiffres-cles">
        <div>
          <dt>Total dû</dt>
          <dd>{montant(d.totalCents)}</dd>
        </div>
        <div>
          <dt>Échu depuis plus de 90 jours</dt>
          <dd>{montant(d.tranches["plus-90"])}</dd>
        </div>
        <div>
          <dt>Délai moyen de paiement (DSO)</dt>
          <dd>{d.dso === null ? "—" : `${d.dso} jours`}</dd>
        </div>
        <div>
          <dt>Prescrit dans les 90 jours</dt>
          <dd>{montant(d.prescritesBientot.reduce((n, p) => n + p.resteCents, 0))}</dd>
        </div>
      </dl>
      <div className="graphiques">
        <Barres
          titre="Balance âgée"
          description={TRANCHES.map((t) => `${LIBELLES_TRANCHES[t]} : ${montant(d.tranches[t])}`).join(" ; ")}
          barres={TRANCHES.map((t) => ({
            libelle: LIBELLES_TRANCHES[t],
            cents: d.tranches[t],
            accent: t === "plus-90",
          }))}
        />
        <Barres
          titre="Montants par étape"
          description={d.parEtape
            .map((e) => `${ETAPES_LIBELLES[e.etape] ?? e.etape} : ${montant(e.cents)}`)
            .join(" ; ")}
          barres={d.parEtape.map((e) => ({ libelle: ETAPES_LIBELLES[e.etape] ?? e.etape, cents: e.cents }))}
        />
      </div>
      <p className="aide">
        DSO : créances ÷ montant facturé sur les 90 derniers jours ({montant(d.ventes90Cents)}) × 90.
      </p>

      {d.prescritesBientot.length ? (
        <section aria-labelledby="titre-prescription">
          <h2 id="titre-prescription">Prescrit dans les 90 jours</h2>
          <ul>
            {d.prescritesBientot.map((p) => (
              <li key={p.dossierId}>
                <strong>{dateLongue(p.date)}</strong> — <a href={`/dossiers/${p.dossierId}`}>{p.debiteur}</a> (
                {p.reference}), {montant(p.resteCents)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="titre-debiteurs">
        <h2 id="titre-debiteurs">Par débiteur ({d.nombreDebiteurs})</h2>
        <Form method="get" className="filtre">
          <label htmlFor="q">Débiteur</label> <input id="q" name="q" defaultValue={d.recherche} />{" "}
          <label htmlFor="tri">Trier par</label>{" "}
          <select id="tri" name="tri" defaultValue={d.tri}>
            <option value="total">montant dû</option>
            <option value="retard">plus ancienne échéance</option>
            <option value="nom">nom</option>
          </select>{" "}
          <button type="submit" className="bouton bouton-secondaire">
            Afficher
          </button>
        </Form>
        <div className="tableau-defilant">
          <table className="tableau balance">
            <thead>
              <tr>
                <th scope="col">Débiteur</th>
                {TRANCHES.map((t) => (
                  <th key={t} scope="col" className="montant">
                    {LIBELLES_TRANCHES[t]}
                  </th>
                ))}
                <th scope="col" className="montant">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {d.debiteurs.map((x) => (
                <tr key={x.cle}>
                  <th scope="row">
                    {x.dossiers.length === 1 ? <a href={`/dossiers/${x.dossiers[0]!.id}`}>{x.nom}</a> : x.nom}
                    {x.dossiers.length > 1 ? (
                      <span className="aide">
                        {" "}
                        (
                        {x.dossiers.map((o, i) => (
                          <span key={o.id}>
                            {i ? ", " : ""}
                            <a href={`/dossiers/${o.id}`}>{o.reference}</a>
                          </span>
                        ))}
                        )
                      </span>
                    ) : null}
                  </th>
                  {TRANCHES.map((t) => (
                    <td key={t} className="montant">
                      {x.tranches[t] ? montant(x.tranches[t]) : ""}
                    </td>
                  ))}
                  <td className="montant">
                    <strong>{montant(x.totalCents)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {d.pages > 1 ? (
          <nav aria-label="Pages" className="pagination">
            {d.page > 1 ? <a href={lien(d.page - 1)}>← Précédente</a> : null} Page {d.page} sur {d.pages}{" "}
            {d.page < d.pages ? <a href={lien(d.page + 1)}>Suivante →</a> : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}
