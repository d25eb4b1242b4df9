import type { ReactNode } from "react";

/** Page frame: header with navigation, main content, footer with the not-legal-advice notice. */
export function Gabarit({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="lien-evitement" href="#contenu">
        Aller au contenu
      </a>
      <header className="entete">
        <div className="conteneur entete-interieur">
          <a className="marque" href="/">
            <span className="marque-logo" aria-hidden="true">
              R
            </span>
            Recouvrement
          </a>
          <nav aria-label="Navigation principale">
            <ul className="nav">
              <li>
                <a href="/dossiers">Mes dossiers</a>
              </li>
              <li>
                <a href="/prescription">Prescription</a>
              </li>
              <li>
                <a href="/delais">Délais</a>
              </li>
              <li>
                <a href="/interets">Intérêts de retard</a>
              </li>
              <li>
                <a href="/compte">Mon compte</a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="contenu" className="conteneur principal">
        {children}
      </main>
      <footer className="pied">
        <div className="conteneur">
          <p>
            <strong>
              Recouvrement prépare des documents et calcule des délais ; ce n'est pas un conseil juridique.
            </strong>{" "}
            Pour une situation particulière, consultez un avocat ou un commissaire de justice.
          </p>
          <p>
            <a href="/donnees-personnelles">Données personnelles</a> · <a href="/taux">Taux publiés</a>
          </p>
        </div>
      </footer>
    </>
  );
}
