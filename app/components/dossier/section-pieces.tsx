/** The dossier's exhibits: the list (with « Retirer » for who may remove) and the upload form. */
import { Form } from "react-router";
import { dateCourte } from "../../../domain/format/francais";
import type { ErreurChamp } from "../../../domain/validation/zod-fr";
import { Champ, erreurDe, ResumeErreurs } from "../formulaire";

type Piece = {
  id: string;
  intitule: string;
  date: string | null;
  fichier: boolean;
  typeMime: string | null;
  octets: number | null;
};

export function SectionPieces({
  dossierId,
  pieces,
  tailleMaxMo,
  retour,
  ajoutee,
  peutAjouter,
  peutRetirer,
}: {
  dossierId: string;
  pieces: Piece[];
  tailleMaxMo: number;
  retour: { erreurs: ErreurChamp[]; intitule: string; date: string } | null;
  ajoutee: string | null;
  peutAjouter: boolean;
  peutRetirer: boolean;
}) {
  return (
    <section aria-labelledby="titre-pieces">
      <h2 id="titre-pieces">Pièces</h2>
      {pieces.length === 0 ? (
        <p>Aucune pièce pour l'instant.</p>
      ) : (
        <ul className="pieces">
          {pieces.map((p) => (
            <li key={p.id}>
              {p.fichier ? <a href={`/dossiers/${dossierId}/pieces/${p.id}`}>{p.intitule}</a> : p.intitule}
              {p.date ? ` (${dateCourte(p.date)})` : ""}
              {p.fichier
                ? ` — ${p.typeMime === "application/pdf" ? "PDF" : "image"}, ${Math.max(1, Math.round((p.octets ?? 0) / 1024))} Ko`
                : " — décrite, sans fichier"}{" "}
              {peutRetirer ? (
                <Form method="post" className="en-ligne">
                  <input type="hidden" name="intention" value="retirer-piece" />
                  <input type="hidden" name="piece" value={p.id} />
                  <button type="submit" className="bouton-lien">
                    Retirer<span className="visuellement-cache"> la pièce {p.intitule}</span>
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {ajoutee ? (
        <p className="succes" role="status">
          Pièce ajoutée : {ajoutee}.
        </p>
      ) : null}
      {peutAjouter ? (
        <Form
          method="post"
          encType="multipart/form-data"
          noValidate
          className="formulaire"
          key={retour ? "erreur" : pieces.length}
        >
          <input type="hidden" name="intention" value="piece" />
          <ResumeErreurs
            erreurs={retour?.erreurs}
            libelles={(c) => ({ fichier: "Fichier", intitule: "Intitulé", datePiece: "Date de la pièce" })[c] ?? c}
          />
          <Champ
            nom="intitule"
            libelle="Intitulé de la pièce"
            aide="Par exemple « Facture F-2026-014 » ou « Avis de réception signé »."
            erreur={erreurDe(retour?.erreurs, "intitule")}
            enfant={(a) => <input {...a} defaultValue={retour?.intitule ?? ""} />}
          />
          <Champ
            nom="datePiece"
            libelle="Date de la pièce (facultatif)"
            erreur={erreurDe(retour?.erreurs, "datePiece")}
            enfant={(a) => <input {...a} type="date" defaultValue={retour?.date ?? ""} />}
          />
          <Champ
            nom="fichier"
            libelle="Fichier"
            aide={`PDF, PNG ou JPEG, ${tailleMaxMo} Mo au plus.`}
            erreur={erreurDe(retour?.erreurs, "fichier")}
            enfant={(a) => <input {...a} type="file" accept="application/pdf,image/png,image/jpeg" />}
          />
          <button type="submit" className="bouton bouton-secondaire">
            Ajouter la pièce
          </button>
        </Form>
      ) : null}
    </section>
  );
}
