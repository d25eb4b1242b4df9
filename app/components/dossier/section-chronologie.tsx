/** The journal in words, each event with who recorded it, and the dossier's notes. */
import { Form } from "react-router";
import { dateCourte } from "../../../domain/format/francais";
import type { ErreurChamp } from "../../../domain/validation/zod-fr";
import { Champ, erreurDe, ResumeErreurs } from "../formulaire";

export function SectionChronologie({
  journal,
}: {
  journal: { date: string; libelle: string; detail: string; auteur: string | null }[];
}) {
  return (
    <section aria-labelledby="titre-journal">
      <h2 id="titre-journal">Chronologie</h2>
      <ol className="journal">
        {journal.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the journal is ordered and append-only
          <li key={i}>
            <strong>{dateCourte(e.date)}</strong> — {e.libelle}
            {e.detail ? ` : ${e.detail}` : ""}
            {e.auteur ? <span className="auteur"> — inscrit par {e.auteur}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function SectionNotes({
  notes,
  retour,
  ajoutee,
  peutEcrire,
}: {
  notes: { auteurNom: string; texte: string; le: string }[];
  retour: { erreurs: ErreurChamp[]; texte: string } | null;
  ajoutee: boolean;
  peutEcrire: boolean;
}) {
  return (
    <section aria-labelledby="titre-notes">
      <h2 id="titre-notes">Notes</h2>
      {notes.length === 0 ? (
        <p>Aucune note.</p>
      ) : (
        <ul className="notes">
          {notes.map((n) => (
            <li key={`${n.le}-${n.auteurNom}`}>
              <p className="note-entete">
                {n.auteurNom}, le {n.le} (heure de Paris)
              </p>
              <p className="note-texte">{n.texte}</p>
            </li>
          ))}
        </ul>
      )}
      {ajoutee ? (
        <p className="succes" role="status">
          Note ajoutée.
        </p>
      ) : null}
      {peutEcrire ? (
        <Form method="post" className="formulaire" noValidate key={retour ? "erreur" : notes.length}>
          <input type="hidden" name="intention" value="note" />
          <ResumeErreurs erreurs={retour?.erreurs} libelles={() => "Note"} />
          <Champ
            nom="texte"
            libelle="Nouvelle note"
            aide="Visible de l'organisation et des avocats à qui le dossier est confié."
            erreur={erreurDe(retour?.erreurs, "texte")}
            enfant={(a) => <textarea {...a} rows={3} defaultValue={retour?.texte ?? ""} />}
          />
          <button type="submit" className="bouton bouton-secondaire">
            Ajouter la note
          </button>
        </Form>
      ) : null}
    </section>
  );
}
