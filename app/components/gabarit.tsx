import type { ReactNode } from "react";

/**
 * Page frame: header with navigation, main content, footer with the not-legal-advice notice.
 * `taches`: the signed-in person's open tasks (null when nobody is signed in to an organisation).
 */
export function Gabarit({ children, taches = null }: { children: ReactNode; taches?: number | null }) {
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
              {taches !== null ? (
                <li>
                  <a href="/creances">Créances</a>
                </li>
              ) : null}
              {taches !== null ? (
                <li>
                  <a href="/taches">
                    Tâches
                    {taches > 0 ? (
                      <span className="compteur">
                        {" "}
                        {taches}
                        <span className="visuellement-cache"> à faire</span>
                      </span>
                    ) : null}
                  </a>
                </li>
              ) : null}
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
