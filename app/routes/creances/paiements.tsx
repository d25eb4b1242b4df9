/**
 * /creances/paiements — importing a bank statement (camt.053 or the bank's CSV) in the application
 * (issue 15): exact matches are recorded at once, the others are listed with their candidate
 * invoices, each assigned in one click (a partial payment allowed). Decision 022.
 */
import { data, Form } from "react-router";
import { dateCourte, montant } from "../../../domain/format/francais";
import { autoriser, exigerCompte } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { FichierRefuse } from "../../services/import/efacture";
import { AffectationRefusee, affecter, rapprocher } from "../../services/import/rapprochement.server";
import { lireReleve } from "../../services/import/releve";
import { CorpsIllisible, lireFormulaireAvecFichiers } from "../../televersement.server";
import type { Route } from "./+types/paiements";

export const meta: Route.MetaFunction = () => [{ title: "Relevé bancaire — Recouvrement" }];

const STATUTS: Record<string, string> = {
  enregistre: "Inscrit au journal",
  "a-affecter": "À affecter",
  "deja-enregistre": "Déjà inscrit",
  ignore: "Ignoré",
};

export async function loader({ context, request }: Route.LoaderArgs) {
  await exigerCompte(context.get(servicesContext), request, "dossier.modifier");
  return null;
}

export async function action({ context, request }: Route.ActionArgs) {
  const { compte, s } = await exigerCompte(context.get(servicesContext), request);
  autoriser(compte.role, "dossier.modifier");
  let recu: Awaited<ReturnType<typeof lireFormulaireAvecFichiers>>;
  try {
    recu = await lireFormulaireAvecFichiers(request, 20 * 1024 * 1024);
  } catch (e) {
    if (e instanceof CorpsIllisible) throw data("Formulaire illisible.", { status: 400 });
    throw e;
  }
  const { form, fichiers } = recu;
  const intention = String(form.get("intention") ?? "");
  if (intention === "affecter") {
    try {
      const message = await affecter(
        s,
        {
          reference: String(form.get("releve") ?? ""),
          date: String(form.get("date") ?? ""),
          montantCents: Number(form.get("montantCents")),
        },
        String(form.get("dossier") ?? ""),
        String(form.get("facture") ?? ""),
      );
      return { message, resultats: null, erreur: null };
    } catch (e) {
      if (e instanceof AffectationRefusee)
        return data({ message: null, resultats: null, erreur: e.message }, { status: 409 });
      throw e;
    }
  }
  const f = fichiers.get("releve");
  if (!f || f.octets.length === 0)
    return data(
      { message: null, resultats: null, erreur: "Relevé : choisissez un fichier (camt.053 ou CSV)." },
      { status: 400 },
    );
  if (f.tropGrand)
    return data(
      { message: null, resultats: null, erreur: "Relevé : fichier trop volumineux (20 Mo au plus)." },
      { status: 413 },
    );
  try {
    const r = await rapprocher(s, lireReleve(f.nom, f.octets));
    return { message: null, erreur: null, resultats: r };
  } catch (e) {
    if (e instanceof FichierRefuse)
      return data({ message: null, resultats: null, erreur: `Relevé : ${e.message}` }, { status: 400 });
    throw e;
  }
}

export default function Paiements({ actionData: a }: Route.ComponentProps) {
  return (
    <>
      <p className="fil">
        <a href="/creances">Créances</a> › Relevé bancaire
      </p>
      <h1>Importer un relevé bancaire</h1>
      <p>
        Relevé camt.053 (XML) ou export CSV de votre banque. Un virement qui nomme ses factures et en paie exactement le
        reste dû est inscrit au journal du dossier (les relances s'arrêtent, les intérêts sont recalculés) ; les autres
        vous sont proposés ci-dessous. Une écriture n'est jamais inscrite deux fois.
      </p>
      {a?.erreur ? (
        <p className="resume-erreurs" role="alert">
          {a.erreur}
        </p>
      ) : null}
      {a?.message ? (
        <p className="succes" role="status">
          {a.message}
        </p>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="formulaire">
        <div className="champ">
          <label htmlFor="releve">Relevé</label>
          <input id="releve" name="releve" type="file" accept=".xml,.csv,text/csv,application/xml,text/xml" />
        </div>
        <button type="submit" className="bouton">
          Rapprocher
        </button>
      </Form>
      {a?.resultats ? (
        <table className="tableau">
          <caption>Écritures du relevé</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Libellé</th>
              <th scope="col" className="montant">
                Montant
              </th>
              <th scope="col">Résultat</th>
            </tr>
          </thead>
          <tbody>
            {a.resultats.map((r) => (
              <tr key={r.ecriture.reference}>
                <td>{dateCourte(r.ecriture.date)}</td>
                <td>
                  {r.ecriture.libelle}
                  {r.ecriture.payeur ? ` — ${r.ecriture.payeur}` : ""}
                </td>
                <td className="montant">
                  {r.ecriture.sens === "debit" ? "−" : ""}
                  {montant(r.ecriture.montantCents)}
                </td>
                <td>
                  <strong>{STATUTS[r.statut]}</strong> : {r.raison}
                  {r.statut === "a-affecter"
                    ? r.candidats.map((c) => (
                        <Form method="post" key={`${c.dossierId}-${c.facture}`} className="en-ligne">
                          <input type="hidden" name="intention" value="affecter" />
                          <input type="hidden" name="releve" value={r.ecriture.reference} />
                          <input type="hidden" name="date" value={r.ecriture.date} />
                          <input type="hidden" name="montantCents" value={r.ecriture.montantCents} />
                          <input type="hidden" name="dossier" value={c.dossierId} />
                          <input type="hidden" name="facture" value={c.facture} />{" "}
                          <button type="submit" className="bouton-lien">
                            Affecter à {c.facture} ({c.debiteur}, reste {montant(c.resteCents)})
                          </button>
                        </Form>
                      ))
                    : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
