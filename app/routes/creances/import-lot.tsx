/**
 * /creances/import/:id — one import (issue 15): for each CSV, the columns recognised and a mapping
 * screen with a preview of the first lines (the choice is remembered for the organisation); the
 * dry run, line by line (created, added, changed, payment, unchanged, rejected with the French
 * reason naming the column); then the import, run by the server in the background with a progress
 * bar that survives a reload (read from the database; refreshed without JavaScript too); then its
 * report.
 */
import { useEffect } from "react";
import { data, Form, redirect, useRevalidator } from "react-router";
import { auteurDe, autoriser, exigerCompte } from "../../comptes/session.server";
import { requeteContext, servicesContext } from "../../contexte";
import { noterAudit } from "../../db/equipes.server";
import { identiteOrganisation, lireLot, reprendreLotInterrompu } from "../../db/imports.server";
import { valeursNettoyees } from "../../saisie";
import { CHAMPS, type Champ, LIBELLES_CHAMPS } from "../../services/import/champs";
import type { Action, LigneRapport, Rapport } from "../../services/import/import.server";
import {
  choisirColonnes,
  lancerImport,
  libellePhase,
  lireFichiersDuLot,
  planDuLot,
} from "../../services/import/lots.server";
import type { Route } from "./+types/import-lot";

export const meta: Route.MetaFunction = () => [{ title: "Import de factures — Recouvrement" }];

const LIGNES_MONTREES = 500;

const ACTIONS: Record<Action, string> = {
  creer: "Créée",
  ajouter: "Ajoutée",
  modifier: "Modifiée",
  paiement: "Paiement",
  inchangee: "Inchangée",
  ignoree: "Ignorée",
  rejetee: "Rejetée",
};

/** The rejected lines first (what needs the user), then the others, up to LIGNES_MONTREES. */
function lignesMontrees(r: Rapport): { lignes: (LigneRapport & { cle: string })[]; cachees: number } {
  const ordonnees = [
    ...r.lignes.filter((l) => l.action === "rejetee"),
    ...r.lignes.filter((l) => l.action !== "rejetee"),
  ];
  return {
    lignes: ordonnees.slice(0, LIGNES_MONTREES).map((l, i) => ({ ...l, cle: `${i}` })),
    cachees: Math.max(0, ordonnees.length - LIGNES_MONTREES),
  };
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { s } = await exigerCompte(context.get(servicesContext), request, "dossier.modifier");
  let lot = await lireLot(s.base.db, s.organisationId, params.id);
  if (lot?.statut === "en-cours" && (await reprendreLotInterrompu(s.base.db, lot.id)))
    lot = await lireLot(s.base.db, s.organisationId, params.id);
  if (!lot) throw data("Import introuvable.", { status: 404 });
  const base = {
    id: lot.id,
    statut: lot.statut,
    fait: lot.fait,
    total: lot.total,
    phase: libellePhase(lot.phase),
    erreur: lot.erreur,
  };
  if (lot.statut !== "analyse") {
    const rapport = lot.rapport as Rapport | null;
    return {
      ...base,
      identite: true,
      fichiers: [],
      rapport: rapport ? { ...rapport, ...lignesMontrees(rapport) } : null,
    };
  }
  const { fichiers, plan, identite } = await planDuLot(s, lot);
  return {
    ...base,
    identite: Boolean(identite.creancier),
    fichiers: fichiers.map((f) => ({
      ordre: f.ordre,
      nom: f.fichier,
      format: f.format,
      refus: f.refus,
      csv: f.csv
        ? {
            encodage: f.csv.encodage,
            separateur: f.csv.separateur === "\t" ? "tabulation" : `« ${f.csv.separateur} »`,
            entetes: f.csv.entetes,
            colonnes: f.csv.entetes.map((nom, i) => ({ id: `c${i}`, nom })),
            apercu: f.csv.apercu.map((l, i) => ({
              id: `l${i}`,
              cellules: f.csv?.entetes.map((_, j) => ({ id: `c${j}`, v: l[j] ?? "" })) ?? [],
            })),
            choix: Object.fromEntries(
              CHAMPS.map((c) => [
                c,
                f.csv?.correspondance[c] !== undefined ? (f.csv.entetes[f.csv.correspondance[c]!] ?? "") : "",
              ]),
            ) as Record<Champ, string>,
          }
        : null,
    })),
    rapport: { ...plan.rapport, ...lignesMontrees(plan.rapport) },
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { compte, s } = await exigerCompte(context.get(servicesContext), request);
  autoriser(compte.role, "dossier.modifier");
  const lot = await lireLot(s.base.db, s.organisationId, params.id);
  if (!lot) throw data("Import introuvable.", { status: 404 });
  const { valeurs } = valeursNettoyees(await request.formData());
  if (lot.statut !== "analyse")
    return data({ erreur: "Cet import a déjà été lancé : rien n'est importé deux fois." }, { status: 409 });
  if (valeurs.intention === "colonnes") {
    const ordre = Number(valeurs.ordre);
    const f = (await lireFichiersDuLot(s, lot)).find((x) => x.ordre === ordre);
    if (!f?.csv) return data({ erreur: "Fichier : ce n'est pas un CSV de cet import." }, { status: 400 });
    const choix: Partial<Record<Champ, string>> = {};
    for (const c of CHAMPS) {
      const v = valeurs[`colonne-${c}`] ?? "";
      if (v !== "" && !f.csv.entetes.includes(v))
        return data(
          { erreur: `Colonne « ${LIBELLES_CHAMPS[c]} » : « ${v} » n'est pas une colonne du fichier.` },
          { status: 400 },
        );
      choix[c] = v;
    }
    await choisirColonnes(s, lot, ordre, f.csv.entetes, choix);
    return redirect(`/creances/import/${lot.id}#apercu`);
  }
  if (valeurs.intention === "importer") {
    const identite = await identiteOrganisation(s.base.db, s.organisationId);
    if (!identite.creancier)
      return data(
        { erreur: "Indiquez d'abord l'identité de votre entreprise (page Importer des factures)." },
        { status: 400 },
      );
    if (await lancerImport(s, lot.id))
      await noterAudit(
        s.base.db,
        s.organisationId,
        auteurDe(compte, compte.role, context.get(requeteContext).adresse),
        "import.factures",
        `${lot.id}`,
      );
    return redirect(`/creances/import/${lot.id}`);
  }
  return data({ erreur: "Action inconnue." }, { status: 400 });
}

function Progression({ fait, total, phase }: { fait: number; total: number; phase: string }) {
  const revalidateur = useRevalidator();
  useEffect(() => {
    const minuterie = setInterval(() => {
      if (revalidateur.state === "idle") void revalidateur.revalidate();
    }, 1000);
    return () => clearInterval(minuterie);
  }, [revalidateur]);
  return (
    <div role="status" aria-live="polite">
      <noscript>
        <meta httpEquiv="refresh" content="2" />
      </noscript>
      <p>
        Import en cours — {phase || "préparation"} : {fait} / {total || "…"} dossier(s). Vous pouvez quitter cette page
        : l'import continue et elle retrouvera son état.
      </p>
      <progress
        className="avancement"
        max={Math.max(1, total)}
        value={Math.min(fait, Math.max(1, total))}
        aria-label="Avancement de l'import"
      >
        {total ? Math.round((100 * fait) / total) : 0} %
      </progress>
    </div>
  );
}

export default function ImportLot({ loaderData: d, actionData: a }: Route.ComponentProps) {
  const r = d.rapport;
  // Refusals not already shown beside their file (a seller that is not the organisation).
  const autresRefus = r?.fichiersRefuses.filter((f) => !d.fichiers.some((x) => x.nom === f.fichier && x.refus)) ?? [];
  return (
    <>
      <p className="fil">
        <a href="/creances">Créances</a> › <a href="/creances/import">Importer des factures</a> › Import
      </p>
      <h1>
        {d.statut === "termine" ? "Import terminé" : d.statut === "analyse" ? "Vérifier avant d'importer" : "Import"}
      </h1>
      {a && "erreur" in a ? (
        <p className="resume-erreurs" role="alert">
          {a.erreur}
        </p>
      ) : null}
      {d.statut === "en-cours" ? <Progression fait={d.fait} total={d.total} phase={d.phase} /> : null}
      {d.statut === "echec" ? (
        <p className="resume-erreurs" role="alert">
          Import échoué : {d.erreur}
        </p>
      ) : null}
      {d.statut === "analyse" && d.erreur ? (
        <p className="avertissement" role="alert">
          Pas encore importé : {d.erreur}
        </p>
      ) : null}
      {d.fichiers.map((f) =>
        f.csv ? (
          <section key={f.ordre} className="carte" aria-labelledby={`fichier-${f.ordre}`}>
            <h2 id={`fichier-${f.ordre}`}>
              {f.nom}{" "}
              <small>
                (CSV, {f.csv.encodage}, séparateur {f.csv.separateur})
              </small>
            </h2>
            {f.refus ? <p className="avertissement">{f.refus}</p> : null}
            <div className="defilement">
              <table className="tableau" id="apercu">
                <caption>Premières lignes du fichier</caption>
                <thead>
                  <tr>
                    {f.csv.colonnes.map((c) => (
                      <th scope="col" key={c.id}>
                        {c.nom}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {f.csv.apercu.map((l) => (
                    <tr key={l.id}>
                      {l.cellules.map((c) => (
                        <td key={c.id}>{c.v}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Form method="post" className="formulaire grille-colonnes">
              <input type="hidden" name="intention" value="colonnes" />
              <input type="hidden" name="ordre" value={f.ordre} />
              <fieldset>
                <legend className="legende-colonnes">Correspondance des colonnes</legend>
                {CHAMPS.map((c) => (
                  <div className="champ" key={c}>
                    <label htmlFor={`colonne-${f.ordre}-${c}`}>{LIBELLES_CHAMPS[c]}</label>
                    <select id={`colonne-${f.ordre}-${c}`} name={`colonne-${c}`} defaultValue={f.csv?.choix[c] ?? ""}>
                      <option value="">— aucune —</option>
                      {f.csv?.colonnes.map((e) => (
                        <option key={e.id} value={e.nom}>
                          {e.nom}
                        </option>
                      ))}
                    </select>
                  </div>
                ))}
              </fieldset>
              <button type="submit" className="bouton">
                Appliquer ces colonnes
              </button>
            </Form>
          </section>
        ) : f.refus ? (
          <p key={f.ordre} className="avertissement">
            <strong>{f.nom}</strong> refusé : {f.refus}
          </p>
        ) : null,
      )}
      {r ? (
        <>
          {autresRefus.length ? (
            <ul className="avertissement" aria-label="Fichiers refusés">
              {autresRefus.map((f) => (
                <li key={f.fichier}>
                  <strong>{f.fichier}</strong> refusé : {f.raison}
                </li>
              ))}
            </ul>
          ) : null}
          <p role={d.statut === "termine" ? "status" : undefined}>
            {d.statut === "termine" ? "Importé : " : "L'import fera : "}
            <strong>{r.compte.dossiersCrees}</strong> dossier(s) créé(s), <strong>{r.compte.dossiersModifies}</strong>{" "}
            dossier(s) complété(s) — {r.compte.creer + r.compte.ajouter} facture(s) nouvelle(s), {r.compte.modifier}{" "}
            modifiée(s), {r.compte.paiement} paiement(s), {r.compte.inchangee} inchangée(s), {r.compte.ignoree}{" "}
            ignorée(s), <strong>{r.compte.rejetee}</strong> rejetée(s).
          </p>
          {d.statut === "analyse" ? (
            <Form method="post">
              <input type="hidden" name="intention" value="importer" />
              {d.identite ? null : (
                <p className="avertissement">
                  <a href="/creances/import#identite">Indiquez d'abord l'identité de votre entreprise.</a>
                </p>
              )}
              <button
                type="submit"
                className="bouton"
                disabled={
                  !d.identite || r.compte.creer + r.compte.ajouter + r.compte.modifier + r.compte.paiement === 0
                }
              >
                Importer
              </button>
            </Form>
          ) : null}
          {d.statut === "termine" ? (
            <p>
              <a href="/creances">Voir les créances</a> · <a href="/dossiers">Voir les dossiers</a>
            </p>
          ) : null}
          {r.lignes.length === 0 ? null : (
            <table className="tableau">
              <caption>
                {d.statut === "termine" ? "Ce que l'import a fait" : "Ce que l'import fera, ligne par ligne"}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Fichier</th>
                  <th scope="col">Ligne</th>
                  <th scope="col">Facture</th>
                  <th scope="col">Débiteur</th>
                  <th scope="col">Résultat</th>
                  <th scope="col">Dossier</th>
                  <th scope="col">Détail</th>
                </tr>
              </thead>
              <tbody>
                {r.lignes.map((l) => (
                  <tr key={l.cle} className={l.action === "rejetee" ? "ligne-rejetee" : undefined}>
                    <td>{l.fichier}</td>
                    <td>{l.ligne ?? "—"}</td>
                    <td>{l.numero ?? "—"}</td>
                    <td>{l.debiteur ?? "—"}</td>
                    <td>{ACTIONS[l.action]}</td>
                    <td>{l.dossier ?? "—"}</td>
                    <td>{l.detail}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {r.cachees ? <p>… et {r.cachees} autre(s) ligne(s), non montrées.</p> : null}
        </>
      ) : null}
    </>
  );
}
