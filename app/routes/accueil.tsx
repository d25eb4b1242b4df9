import type { Route } from "./+types/accueil";

export const meta: Route.MetaFunction = () => [
  { title: "Recouvrement — faire payer une facture impayée, étape par étape" },
  {
    name: "description",
    content:
      "Relances, mise en demeure, injonction de payer : Recouvrement vous guide, calcule les délais et prépare les documents.",
  },
];

const ETAPES = [
  ["Relances", "amiable puis ferme, chaque envoi daté et noté"],
  ["Mise en demeure", "le montant exact, son détail et la date limite de paiement"],
  ["Voie judiciaire", "petites créances, injonction de payer, référé ou assignation"],
  ["Exécution", "par un commissaire de justice, une fois le titre obtenu"],
] as const;

export default function Accueil() {
  return (
    <>
      <section className="bandeau" aria-labelledby="titre-accueil">
        <h1 id="titre-accueil">Une facture impayée ? Faites-vous payer, étape par étape.</h1>
        <p className="chapo">
          Recouvrement vous accompagne des premières relances jusqu'au tribunal : il sait où en est chaque dossier, ce
          que vous pouvez faire ensuite, avant quelle date et en vertu de quel article, et il rédige pour vous les
          lettres et les formulaires, en Word et en PDF.
        </p>
      </section>

      <section aria-labelledby="titre-entrees" className="entrees">
        <h2 id="titre-entrees" className="visuellement-cache">
          Par où commencer
        </h2>
        <article className="carte">
          <h3>Démarrer un dossier</h3>
          <p>Quelques questions simples, et votre mise en demeure est prête, avec le décompte des sommes dues.</p>
          <a className="bouton" href="/dossiers/nouveau">
            Démarrer un dossier
          </a>
        </article>
        <article className="carte">
          <h3>Ma créance est-elle prescrite ?</h3>
          <p>Vérifiez jusqu'à quelle date vous pouvez encore agir, sans compte et sans rien enregistrer.</p>
          <a className="bouton bouton-secondaire" href="/prescription">
            Vérifier une prescription
          </a>
        </article>
        <article className="carte">
          <h3>Retrouver un dossier</h3>
          <p>Vos dossiers en cours, classés par urgence, avec leurs prochaines échéances.</p>
          <a className="bouton bouton-secondaire" href="/dossiers">
            Voir mes dossiers
          </a>
        </article>
      </section>

      <section aria-labelledby="titre-parcours">
        <h2 id="titre-parcours">Le parcours</h2>
        <ol className="parcours">
          {ETAPES.map(([titre, texte]) => (
            <li key={titre}>
              <strong>{titre}</strong> — {texte}
            </li>
          ))}
        </ol>
        <p className="avertissement" role="note">
          Recouvrement est un outil de préparation de documents et de calcul de délais. Il ne remplace pas le conseil
          d'un avocat ou d'un commissaire de justice.
        </p>
      </section>
    </>
  );
}
