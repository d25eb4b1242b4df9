/**
 * The wizard's building blocks: the progress indicator, the « Pourquoi cette question ? »
 * explanations, and fields bound to the values typed (so that a re-rendered form shows exactly
 * what the person typed) and to their French errors.
 */
import type { ReactNode } from "react";
import { typographie } from "../../domain/format/saisie";
import type { ErreurChamp } from "../../domain/validation/zod-fr";
import { SECTIONS, type Section, TITRES_SECTIONS, type Valeurs } from "../assistant/sections";
import { Champ, erreurDe, idChamp } from "./formulaire";

export function Progression({ id, section, faites }: { id: string; section: Section; faites: Section[] }) {
  const accessible = (s: Section) =>
    faites.includes(s) ||
    s === section ||
    SECTIONS.indexOf(s) <= faites.length ||
    (s === "revue" && faites.length === 5);
  return (
    <nav aria-label="Étapes de l'assistant">
      <p className="progression-texte">
        Étape {SECTIONS.indexOf(section) + 1} sur {SECTIONS.length}
      </p>
      <ol className="progression">
        {SECTIONS.map((s) => (
          <li
            key={s}
            className={
              [s === section ? "actuelle" : "", faites.includes(s) ? "faite" : ""].join(" ").trim() || undefined
            }
            aria-current={s === section ? "step" : undefined}
          >
            {s !== section && accessible(s) ? (
              <a href={`/dossiers/${id}/assistant/${s}`}>{TITRES_SECTIONS[s]}</a>
            ) : (
              <span>{TITRES_SECTIONS[s]}</span>
            )}
            {faites.includes(s) ? <span className="visuellement-cache"> (remplie)</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** A short plain-French explanation of a legal notion, with its article. */
export function Pourquoi({ children, article }: { children: ReactNode; article: string }) {
  return (
    <details className="pourquoi">
      <summary>Pourquoi cette question&nbsp;?</summary>
      <p>
        {children} <span className="fondements">({article})</span>
      </p>
    </details>
  );
}

type Options = {
  aide?: ReactNode;
  type?: string;
  autoComplete?: string;
  inputMode?: "text" | "decimal" | "numeric" | "email" | "tel";
  classe?: string;
};

/** Fields reading their value from what was typed and their error from the server's answer. */
export function champs(valeurs: Valeurs, erreurs: ErreurChamp[] | undefined) {
  const texte = (nom: string, libelle: ReactNode, o: Options = {}) => (
    <Champ
      nom={nom}
      libelle={libelle}
      aide={o.aide}
      erreur={erreurDe(erreurs, nom)}
      classe={o.classe}
      enfant={(a) => (
        <input
          {...a}
          type={o.type ?? "text"}
          defaultValue={valeurs[nom] ?? ""}
          autoComplete={o.autoComplete}
          inputMode={o.inputMode}
        />
      )}
    />
  );
  const date = (nom: string, libelle: ReactNode, o: Options = {}) => texte(nom, libelle, { ...o, type: "date" });
  const montant = (nom: string, libelle: ReactNode, o: Options = {}) =>
    texte(nom, libelle, { ...o, inputMode: "decimal", aide: o.aide ?? "en euros, par exemple 1 234,56" });
  const liste = (nom: string, libelle: ReactNode, options: [string, string][], o: Options = {}) => (
    <Champ
      nom={nom}
      libelle={libelle}
      aide={o.aide}
      erreur={erreurDe(erreurs, nom)}
      classe={o.classe}
      enfant={(a) => (
        <select {...a} defaultValue={valeurs[nom] ?? ""}>
          {options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      )}
    />
  );
  const zone = (nom: string, libelle: ReactNode, o: Options = {}) => (
    <Champ
      nom={nom}
      libelle={libelle}
      aide={o.aide}
      erreur={erreurDe(erreurs, nom)}
      enfant={(a) => <textarea {...a} rows={3} defaultValue={valeurs[nom] ?? ""} />}
    />
  );
  const ouiNon = (nom: string, question: ReactNode, aide?: ReactNode) => {
    const id = idChamp(nom);
    const erreur = erreurDe(erreurs, nom);
    return (
      <fieldset
        className="champ oui-non"
        aria-describedby={[aide ? `${id}-aide` : "", erreur ? `${id}-erreur` : ""].join(" ").trim() || undefined}
      >
        <legend>{question}</legend>
        {aide ? (
          <span className="aide" id={`${id}-aide`}>
            {aide}
          </span>
        ) : null}
        <span className="choix">
          <input type="radio" id={id} name={nom} value="oui" defaultChecked={valeurs[nom] === "oui"} />
          <label htmlFor={id}>Oui</label>
          <input type="radio" id={`${id}-non`} name={nom} value="non" defaultChecked={valeurs[nom] === "non"} />
          <label htmlFor={`${id}-non`}>Non</label>
        </span>
        {erreur ? (
          <span className="erreur-champ" id={`${id}-erreur`}>
            {typographie(erreur)}
          </span>
        ) : null}
      </fieldset>
    );
  };
  const caseACocher = (nom: string, libelle: ReactNode) => (
    <div className="case">
      <input type="checkbox" id={idChamp(nom)} name={nom} value="oui" defaultChecked={valeurs[nom] === "oui"} />
      <label htmlFor={idChamp(nom)}>{libelle}</label>
    </div>
  );
  return { texte, date, montant, liste, zone, ouiNon, caseACocher };
}

export type Champs = ReturnType<typeof champs>;
