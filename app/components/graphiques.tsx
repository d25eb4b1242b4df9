/**
 * Server-rendered SVG bar charts (no chart library, readable without JavaScript): each bar has its
 * label and amount written, and the chart a title and a description for screen readers.
 */
import { montant } from "../../domain/format/francais";

export function Barres({
  titre,
  description,
  barres,
}: {
  titre: string;
  description: string;
  barres: { libelle: string; cents: number; accent?: boolean }[];
}) {
  const max = Math.max(1, ...barres.map((b) => b.cents));
  const hauteurBarre = 26;
  const ecart = 10;
  const largeurLibelle = 170;
  const largeurBarres = 330;
  const hauteur = barres.length * (hauteurBarre + ecart) + ecart;
  const id = titre.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return (
    <figure className="graphique">
      <svg
        viewBox={`0 0 ${largeurLibelle + largeurBarres + 130} ${hauteur}`}
        role="img"
        aria-labelledby={`${id}-titre ${id}-desc`}
        width="100%"
      >
        <title id={`${id}-titre`}>{titre}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {barres.map((b, i) => {
          const y = ecart + i * (hauteurBarre + ecart);
          const w = Math.round((b.cents / max) * largeurBarres);
          return (
            <g key={b.libelle}>
              <text x={largeurLibelle - 8} y={y + hauteurBarre / 2 + 5} textAnchor="end" className="graphique-libelle">
                {b.libelle}
              </text>
              <rect
                x={largeurLibelle}
                y={y}
                width={Math.max(w, b.cents > 0 ? 2 : 0)}
                height={hauteurBarre}
                rx="3"
                className={b.accent ? "barre barre-accent" : "barre"}
              />
              <text x={largeurLibelle + w + 8} y={y + hauteurBarre / 2 + 5} className="graphique-valeur">
                {montant(b.cents)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{titre}</figcaption>
    </figure>
  );
}
