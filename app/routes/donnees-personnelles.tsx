import type { Route } from "./+types/donnees-personnelles";

export const meta: Route.MetaFunction = () => [{ title: "Données personnelles — Recouvrement" }];

export default function DonneesPersonnelles() {
  return (
    <>
      <h1>Données personnelles</h1>
      <p>
        Recouvrement conserve ce que vous saisissez pour préparer vos documents, et rien d'autre. Cette page dit quoi,
        où, combien de temps, et comment l'exporter ou l'effacer.
      </p>
      <h2>Ce que nous conservons</h2>
      <ul>
        <li>
          <strong>Vous, le créancier</strong> : dénomination ou nom, SIREN, adresse, représentant, courriel, téléphone
          et IBAN, pour les faire figurer sur vos lettres.
        </li>
        <li>
          <strong>Votre débiteur</strong> : son identité et son adresse, et, seulement si vous les indiquez pour un acte
          de justice, sa profession, sa date et son lieu de naissance et sa nationalité (CPC art. 54 et 648).
        </li>
        <li>
          <strong>La créance</strong> : factures, avoirs, paiements, relances, contestation, échéancier et les étapes de
          la procédure, dans un journal daté.
        </li>
        <li>
          <strong>Les pièces</strong> que vous téléversez (PDF, PNG ou JPEG) : factures, devis, bons de livraison, avis
          de réception.
        </li>
        <li>
          <strong>Les comptes</strong> : nom, adresse électronique, empreinte du mot de passe (jamais le mot de passe),
          clés publiques des clés d'accès, sessions ouvertes (date, navigateur), notes écrites sur les dossiers et, pour
          chaque événement du journal, qui l'a inscrit.
        </li>
        <li>
          <strong>Le journal d'audit</strong> de chaque organisation : connexions, téléchargements, suppressions et
          changements de membres ou d'accès, avec le nom de la personne et son adresse IP, visible de ses
          administrateurs.
        </li>
      </ul>
      <p>
        Les calculateurs publics (prescription, délais, intérêts) ne conservent rien : le calcul est fait à la demande
        et n'est pas enregistré. Aucun cookie de suivi, aucun outil de mesure d'audience, aucun service tiers.
      </p>
      <h2>Où</h2>
      <p>
        Sur le serveur qui fait fonctionner Recouvrement : dans sa base de données (le dossier <code>data</code> de
        l'installation, ou la base PostgreSQL configurée par <code>DATABASE_URL</code>), et, pour les pièces, dans le
        dossier <code>data/pieces</code> de la base intégrée ou dans la base PostgreSQL elle-même, hors de la partie
        publique du site : une pièce n'est servie que depuis la page de son dossier. Les documents PDF et Word sont
        produits à la demande et ne sont pas conservés.
      </p>
      <h2>Combien de temps</h2>
      <p>
        Tant que vous ne supprimez pas le dossier. Nous vous conseillons de le supprimer une fois la créance payée ou
        abandonnée et le délai de conservation de vos pièces comptables écoulé : dix ans pour les pièces justificatives
        d'un commerçant (C. com. art. L.123-22), que ce soit ici ou dans votre comptabilité. Une session se ferme après
        quatorze jours sans activité ; les tentatives de connexion s'effacent après vingt-quatre heures ; le journal
        d'audit dure autant que l'organisation.
      </p>
      <h2>Exporter ou supprimer</h2>
      <ul>
        <li>
          <strong>Exporter</strong> : sur la page de chaque dossier, « Exporter ce dossier (JSON) » donne tout ce qui
          est conservé (parties, factures, journal, liste des pièces), dans un format que Recouvrement peut réimporter.
        </li>
        <li>
          <strong>Supprimer</strong> : sur la page de chaque dossier, « Supprimer le dossier » efface définitivement le
          dossier, son journal et ses pièces (les fichiers compris).
        </li>
      </ul>
      <p>
        Vous traitez les données de vos débiteurs pour recouvrer vos créances : c'est un intérêt légitime (RGPD, art.
        6.1 f). Votre débiteur peut vous demander l'accès à ces données ou leur rectification ; l'export et la
        modification du dossier vous permettent d'y répondre.
      </p>
    </>
  );
}
