/**
 * Form building blocks: every field has a label, its help text and its error tied to it with
 * aria-describedby; the error summary links to each faulty field.
 */
import type { ReactNode } from "react";
import { analyserFondement } from "../../domain/droit/references";
import { typographie } from "../../domain/format/saisie";
import type { ErreurChamp } from "../../domain/validation/zod-fr";

export function idChamp(nom: string): string {
  return `champ-${nom.replace(/[^a-zA-Z0-9]+/g, "-").replace(/-$/, "")}`;
}

export function erreurDe(erreurs: ErreurChamp[] | undefined, nom: string): string | undefined {
  return erreurs?.find((e) => e.champ === nom)?.message;
}

type ProprietesChamp = {
  nom: string;
  libelle: ReactNode;
  aide?: ReactNode;
  erreur?: string | undefined;
  enfant: (attributs: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
  classe?: string;
  /** Distinguishes the fields of two forms of one page that share a name. */
  prefixe?: string;
};

export function Champ({ nom, libelle, aide, erreur, enfant, classe, prefixe }: ProprietesChamp) {
  const id = idChamp(prefixe ? `${prefixe}-${nom}` : nom);
  const decrit = [aide ? `${id}-aide` : null, erreur ? `${id}-erreur` : null].filter(Boolean).join(" ");
  return (
    <div className={`champ${classe ? ` ${classe}` : ""}`}>
      <label htmlFor={id}>{libelle}</label>
      {aide ? (
        <span className="aide" id={`${id}-aide`}>
          {aide}
        </span>
      ) : null}
      {enfant({
        id,
        name: nom,
        ...(erreur ? { "aria-invalid": true as const } : {}),
        ...(decrit ? { "aria-describedby": decrit } : {}),
      })}
      {erreur ? (
        <span className="erreur-champ" id={`${id}-erreur`}>
          {typographie(erreur)}
        </span>
      ) : null}
    </div>
  );
}

export function ResumeErreurs({
  erreurs,
  libelles,
  prefixe,
}: {
  erreurs: ErreurChamp[] | undefined;
  libelles?: (champ: string) => string;
  prefixe?: string;
}) {
  if (!erreurs || erreurs.length === 0) return null;
  return (
    <div className="resume-erreurs" role="alert" tabIndex={-1} id="resume-erreurs">
      <h2>Le formulaire contient {erreurs.length > 1 ? `${erreurs.length} erreurs` : "une erreur"}</h2>
      <ul>
        {erreurs.map((e) => (
          <li key={`${e.champ}-${e.message}`}>
            <a href={`#${idChamp(prefixe ? `${prefixe}-${e.champ}` : e.champ)}`}>
              {libelles ? libelles(e.champ) : e.champ}&nbsp;: {typographie(e.message)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Avertissements({ liste }: { liste: string[] }) {
  if (liste.length === 0) return null;
  return (
    <div className="avertissement" role="note">
      <h3>À savoir</h3>
      <ul>
        {liste.map((a) => (
          <li key={a}>{typographie(a)}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Legal bases as links to Légifrance: each `fondements` string is read by the registry of
 * references (domain/droit/references.ts); what it names links to its search on Légifrance, the
 * rest of the text (an explanation in brackets) stays as written.
 */
export function ListeFondements({ liste }: { liste: string[] }) {
  const parties = liste.flatMap((f) => f.split(/\s*;\s*/));
  return (
    <>
      {parties.map((partie, i) => {
        const { references } = analyserFondement(partie);
        const explication = /\s*\(([^)]*)\)\s*$/.exec(partie);
        const texte = explication ? partie.slice(0, explication.index) : partie;
        const lien = (r: (typeof references)[number], libelle: string) => (
          <a key={r.citation} href={r.lien} title={r.titre} rel="noopener noreferrer" target="_blank">
            {libelle}
          </a>
        );
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same basis may be cited twice in a list
          <span key={i}>
            {i > 0 ? " ; " : ""}
            {references.length === 0
              ? texte
              : references.length === 1
                ? lien(references[0]!, texte)
                : references.map((r, j) => (
                    <span key={r.citation}>
                      {j > 0 ? ", " : ""}
                      {lien(r, r.citation)}
                    </span>
                  ))}
            {explication ? ` (${explication[1]})` : ""}
          </span>
        );
      })}
    </>
  );
}

export function Fondements({ liste }: { liste: string[] }) {
  if (liste.length === 0) return null;
  return (
    <p className="fondements">
      <strong>Fondements&nbsp;:</strong> <ListeFondements liste={liste} />.
    </p>
  );
}
