/** A link (invitation, reset, calendar feed) shown once for the person to copy and pass on. */
export function LienACopier({ texte, url, libelle }: { texte: string; url: string; libelle: string }) {
  return (
    <div className="succes" role="status">
      <p>{texte}</p>
      <p>
        <input className="lien-a-copier" readOnly value={url} aria-label={libelle} />
      </p>
    </div>
  );
}
