/**
 * The dossier's reminders (issue 14): where its plan stands (or why it is stopped), the steps
 * with their working days, what was decided for each (sent, to validate, failed…), the plan it
 * follows and the pause — the forms only for whom may change the dossier.
 */
import { Form } from "react-router";
import { dateLongue } from "../../../domain/format/francais";

export type VueRelances = {
  actives: boolean;
  raison: string | null;
  pourquoiPasAujourdhui: string | null;
  plan: { id: string | null; nom: string };
  plans: { id: string; nom: string; parDefaut: boolean }[];
  enPause: boolean;
  etapes: { code: string; jour: string; libelle: string; etat: string | null; erreur: string | null }[];
};

export function SectionRelances({
  r,
  modifiable,
  message,
}: {
  r: VueRelances;
  modifiable: boolean;
  message: string | null;
}) {
  return (
    <section aria-labelledby="titre-relances">
      <h2 id="titre-relances">Relances</h2>
      {message ? (
        <p className="succes" role="status">
          {message}
        </p>
      ) : null}
      <p>
        Plan : <strong>{r.plan.nom}</strong>.{" "}
        {r.actives ? (
          r.pourquoiPasAujourdhui ? (
            <span>{r.pourquoiPasAujourdhui}</span>
          ) : (
            "Relances en cours."
          )
        ) : (
          <strong className="relances-arretees">{r.raison}</strong>
        )}{" "}
        <a href="/taches">Tâches du jour</a>
      </p>
      {r.etapes.length ? (
        <ol className="etapes-relance">
          {r.etapes.map((e) => (
            <li key={e.code}>
              {dateLongue(e.jour)} — {e.libelle}
              {e.etat ? <strong> : {e.etat}</strong> : null}
              {e.erreur ? <span className="erreur-champ"> ({e.erreur})</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {modifiable ? (
        <Form method="post" className="en-ligne formulaire-relances">
          <label htmlFor="plan-relance">Plan suivi</label>{" "}
          <select id="plan-relance" name="plan" defaultValue={r.plan.id ?? ""}>
            <option value="">Plan par défaut de l'organisation</option>
            {r.plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.nom}
                {p.parDefaut ? " (par défaut)" : ""}
              </option>
            ))}
          </select>{" "}
          <button type="submit" name="intention" value="plan-relance" className="bouton bouton-secondaire">
            Changer de plan
          </button>{" "}
          <button type="submit" name="intention" value="pause-relances" className="bouton bouton-secondaire">
            {r.enPause ? "Reprendre les relances" : "Mettre les relances en pause"}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
