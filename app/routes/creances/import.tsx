/**
 * /creances/import — importing invoices (issue 15): the organisation's identity as a creditor first
 * (the seller its e-invoices name, the créancier of the dossiers created), then the files — CSV
 * exports, Factur-X PDFs, CII or UBL XML, several at once — deposited and shown as a dry run on
 * `/creances/import/:id`. The last imports are listed with their outcome.
 */
import { data, Form, redirect } from "react-router";
import { dateCourte } from "../../../domain/format/francais";
import type { ErreurChamp } from "../../../domain/validation/zod-fr";
import { lirePartie, valeursDePartie } from "../../assistant/lecture";
import { libelleChamp } from "../../assistant/libelles";
import { champs } from "../../components/assistant";
import { QuestionsPartie } from "../../components/assistant-sections";
import { ResumeErreurs } from "../../components/formulaire";
import { autoriser, exigerCompte } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { creerLot, enregistrerIdentite, identiteOrganisation, lotsRecents } from "../../db/imports.server";
import { valeursNettoyees } from "../../saisie";
import type { Rapport } from "../../services/import/import.server";
import { CorpsIllisible, lireFormulaireAvecFichiers } from "../../televersement.server";
import type { Route } from "./+types/import";

export const meta: Route.MetaFunction = () => [{ title: "Importer des factures — Recouvrement" }];

const FICHIERS_MAX = 50;
const TAILLE_MAX = 20 * 1024 * 1024;

export async function loader({ context, request }: Route.LoaderArgs) {
  const { s } = await exigerCompte(context.get(servicesContext), request, "dossier.modifier");
  const identite = await identiteOrganisation(s.base.db, s.organisationId);
  const lots = await lotsRecents(s.base.db, s.organisationId);
  return {
    identite: identite.creancier
      ? {
          nom: identite.creancier.denomination ?? identite.creancier.nom ?? "",
          siren: identite.siren,
          tva: identite.tva,
        }
      : null,
    valeurs: { ...valeursDePartie(identite.creancier ?? undefined), tva: identite.tva ?? "" },
    lots: lots.map((l) => ({
      id: l.id,
      statut: l.statut,
      le: l.creeLe.toISOString().slice(0, 10),
      auteur: l.auteurNom,
      compte: (l.rapport as Rapport | null)?.compte ?? null,
    })),
  };
}

type Reponse = { erreurs: ErreurChamp[]; valeurs?: Record<string, string> };

export async function action({ context, request }: Route.ActionArgs) {
  const { compte, s } = await exigerCompte(context.get(servicesContext), request);
  autoriser(compte.role, "dossier.modifier");
  let recu: Awaited<ReturnType<typeof lireFormulaireAvecFichiers>>;
  try {
    recu = await lireFormulaireAvecFichiers(request, TAILLE_MAX, FICHIERS_MAX);
  } catch (e) {
    if (e instanceof CorpsIllisible) throw data("Formulaire illisible.", { status: 400 });
    throw e;
  }
  const intention = String(recu.form.get("intention") ?? "");
  if (intention === "identite") {
    const { valeurs, erreurs: invisibles } = valeursNettoyees(recu.form);
    const r = lirePartie(valeurs);
    const tva = (valeurs.tva ?? "").replace(/\s+/g, "").toUpperCase();
    const erreurs = [...invisibles, ...(r.ok ? [] : r.erreurs)];
    if (tva && !/^[A-Z]{2}[0-9A-Z]{2,13}$/.test(tva))
      erreurs.push({ champ: "tva", message: "un numéro de TVA commence par le code du pays : FR12345678901" });
    if (r.ok && r.donnees.qualite !== "particulier" && !r.donnees.siren && !tva)
      erreurs.push({
        champ: "siren",
        message: "indiquez le SIREN ou le numéro de TVA : il identifie vos factures électroniques",
      });
    if (erreurs.length || !r.ok) return data<Reponse>({ erreurs, valeurs }, { status: 400 });
    await enregistrerIdentite(s.base.db, s.organisationId, r.donnees, tva || null);
    return redirect("/creances/import");
  }
  if (recu.tropDeFichiers)
    return data<Reponse>(
      {
        erreurs: [
          { champ: "fichiers", message: `${FICHIERS_MAX} fichiers au plus par import : déposez les autres ensuite` },
        ],
      },
      { status: 413 },
    );
  const fichiers = recu.tous.filter((f) => f.champ === "fichiers" && (f.nom || f.octets.length));
  if (fichiers.length === 0)
    return data<Reponse>(
      { erreurs: [{ champ: "fichiers", message: "choisissez au moins un fichier (CSV, PDF ou XML)" }] },
      { status: 400 },
    );
  const tropGrands = fichiers.filter((f) => f.tropGrand);
  if (tropGrands.length)
    return data<Reponse>(
      {
        erreurs: [
          {
            champ: "fichiers",
            message: `${tropGrands.map((f) => `« ${f.nom} »`).join(", ")} : fichier trop volumineux (20 Mo au plus)`,
          },
        ],
      },
      { status: 413 },
    );
  const id = await creerLot(
    s.base.db,
    s.organisationId,
    compte.nom,
    fichiers.map((f) => ({ nom: f.nom.slice(0, 255) || "fichier", octets: f.octets })),
  );
  return redirect(`/creances/import/${id}`);
}

const STATUTS: Record<string, string> = {
  analyse: "à vérifier",
  "en-cours": "en cours",
  termine: "importé",
  echec: "échec",
};

const LIBELLES: Record<string, string> = { tva: "N° de TVA", fichiers: "Fichiers" };

export default function Import({ loaderData: d, actionData: a }: Route.ComponentProps) {
  const erreurs = a?.erreurs;
  const valeurs = a?.valeurs ?? d.valeurs;
  const c = champs(valeurs, erreurs);
  return (
    <>
      <p className="fil">
        <a href="/creances">Créances</a> › Importer des factures
      </p>
      <h1>Importer des factures</h1>
      <ResumeErreurs erreurs={erreurs} libelles={(champ) => LIBELLES[champ] ?? libelleChamp(champ)} />
      {d.identite ? (
        <p>
          Les factures sont importées pour <strong>{d.identite.nom}</strong>
          {d.identite.siren ? ` (SIREN ${d.identite.siren})` : ""}
          {d.identite.tva ? `, TVA ${d.identite.tva}` : ""} : une facture électronique dont le vendeur est une autre
          entreprise est refusée. <a href="#identite">Modifier l'identité</a>
        </p>
      ) : (
        <p className="avertissement">
          Indiquez d'abord l'identité de votre entreprise : elle est le créancier des dossiers créés et le vendeur que
          vos factures électroniques doivent nommer.
        </p>
      )}
      {d.identite ? (
        <Form method="post" encType="multipart/form-data" className="formulaire">
          <input type="hidden" name="intention" value="deposer" />
          <div className="champ">
            <label htmlFor="fichiers">Fichiers</label>
            <span className="aide" id="fichiers-aide">
              Export CSV de votre comptabilité ou de votre logiciel de facturation (ou balance âgée), factures Factur-X
              (PDF), CII ou UBL (XML) ; jusqu'à {FICHIERS_MAX} fichiers de 20 Mo. Rien n'est écrit avant que vous ayez
              vu ce que l'import fera.
            </span>
            <input
              id="fichiers"
              name="fichiers"
              type="file"
              multiple
              aria-describedby="fichiers-aide"
              accept=".csv,.txt,.pdf,.xml,text/csv,application/pdf,application/xml,text/xml"
            />
          </div>
          <button type="submit" className="bouton">
            Lire les fichiers
          </button>
        </Form>
      ) : null}
      <details id="identite" open={!d.identite || Boolean(erreurs?.some((e) => e.champ !== "fichiers"))}>
        <summary>Identité de votre entreprise (créancier)</summary>
        <Form method="post" className="formulaire" noValidate>
          <input type="hidden" name="intention" value="identite" />
          <QuestionsPartie qui="creancier" c={c} />
          {c.texte("tva", "N° de TVA intracommunautaire", {
            aide: "Facultatif si le SIREN est indiqué ; sert à reconnaître vos factures électroniques.",
          })}
          <button type="submit" className="bouton">
            Enregistrer l'identité
          </button>
        </Form>
      </details>
      {d.lots.length ? (
        <table className="tableau">
          <caption>Derniers imports</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Par</th>
              <th scope="col">État</th>
              <th scope="col">Résultat</th>
            </tr>
          </thead>
          <tbody>
            {d.lots.map((l) => (
              <tr key={l.id}>
                <td>
                  <a href={`/creances/import/${l.id}`}>{dateCourte(l.le)}</a>
                </td>
                <td>{l.auteur ?? "—"}</td>
                <td>{STATUTS[l.statut] ?? l.statut}</td>
                <td>
                  {l.compte
                    ? `${l.compte.dossiersCrees} dossier(s) créé(s), ${l.compte.ajouter + l.compte.modifier + l.compte.paiement} modification(s), ${l.compte.rejetee} rejet(s)`
                    : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
