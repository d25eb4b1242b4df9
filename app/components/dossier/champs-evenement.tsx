import type { Valeurs } from "../../saisie";

export const LIBELLES_EVENEMENT: Record<string, string> = {
  date: "Date",
  canal: "Canal",
  mode: "Mode d'envoi",
  numeroRecommande: "N° de recommandé",
  montant: "Montant",
  facture: "Facture",
  motif: "Motif de la contestation",
  aPersonne: "Signification à personne",
  titreObtenu: "Issue",
  dateAudience: "Date de l'audience",
  datePublicationBodacc: "Publication au BODACC",
  versements: "Versements",
  version: "Formulaire",
  type: "Action",
};

/**
 * The fields of one event form. `saisie` holds what was typed when the form comes back refused:
 * every field shows it again (with and without JavaScript), the date included.
 */
export function ChampsEvenement({
  code,
  factures,
  aujourdhui,
  saisie,
}: {
  code: string;
  factures: string[];
  aujourdhui: string;
  saisie: Valeurs | undefined;
}) {
  const val = (n: string, defaut = "") => saisie?.[n] ?? defaut;
  const id = (n: string) => `${code}-${n}`.replace(/[^a-zA-Z0-9-]/g, "-");
  const champ = (n: string, libelle: string, entree: React.ReactNode) => (
    <div className="champ" key={n}>
      <label htmlFor={id(n)}>{libelle}</label>
      {entree}
    </div>
  );
  const extra: React.ReactNode[] = [];
  if (code === "relance.envoyee") {
    extra.push(
      champ(
        "canal",
        "Canal",
        <select id={id("canal")} name="canal" defaultValue={val("canal", "courrier")}>
          <option value="courrier">Courrier</option>
          <option value="email">Courriel</option>
          <option value="telephone">Téléphone</option>
          <option value="sms">SMS</option>
        </select>,
      ),
    );
  }
  if (code === "med.envoyee") {
    extra.push(
      champ(
        "mode",
        "Mode d'envoi",
        <select id={id("mode")} name="mode" defaultValue={val("mode", "lrar")}>
          <option value="lrar">Lettre recommandée avec avis de réception</option>
          <option value="lre">Lettre recommandée électronique</option>
          <option value="email">Courriel</option>
          <option value="sommation">Sommation par commissaire de justice</option>
        </select>,
      ),
      champ(
        "numeroRecommande",
        "N° de recommandé (facultatif)",
        <input id={id("numeroRecommande")} name="numeroRecommande" defaultValue={val("numeroRecommande")} />,
      ),
    );
  }
  if (code === "paiement.recu" || code === "echeance.payee") {
    extra.push(
      champ(
        "montant",
        "Montant (€)",
        <input id={id("montant")} name="montant" inputMode="decimal" required defaultValue={val("montant")} />,
      ),
    );
    if (code === "paiement.recu") {
      extra.push(
        champ(
          "facture",
          "Facture",
          <select id={id("facture")} name="facture" defaultValue={val("facture")}>
            <option value="">La plus ancienne impayée</option>
            {factures.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>,
        ),
      );
    }
  }
  if (code === "debiteur.conteste")
    extra.push(
      champ(
        "motif",
        "Motif de la contestation",
        <input id={id("motif")} name="motif" required defaultValue={val("motif")} />,
      ),
    );
  if (code === "ordonnance.signifiee" || code === "decision.signifiee") {
    extra.push(
      champ(
        "aPersonne",
        "Signifiée à la personne du débiteur ?",
        <select id={id("aPersonne")} name="aPersonne" defaultValue={val("aPersonne", "oui")}>
          <option value="oui">Oui, à personne</option>
          <option value="non">Non (à domicile, à étude…)</option>
        </select>,
      ),
    );
  }
  if (code === "decision.rendue") {
    extra.push(
      champ(
        "titreObtenu",
        "Issue",
        <select id={id("titreObtenu")} name="titreObtenu" defaultValue={val("titreObtenu", "oui")}>
          <option value="oui">Condamnation : titre exécutoire obtenu</option>
          <option value="non">Demande rejetée</option>
        </select>,
      ),
    );
  }
  if (code === "audience.fixee")
    extra.push(
      champ(
        "dateAudience",
        "Date de l'audience",
        <input id={id("dateAudience")} name="dateAudience" type="date" required defaultValue={val("dateAudience")} />,
      ),
    );
  if (code === "procedure-collective.ouverte") {
    extra.push(
      champ(
        "datePublicationBodacc",
        "Publication au BODACC",
        <input
          id={id("datePublicationBodacc")}
          name="datePublicationBodacc"
          type="date"
          required
          defaultValue={val("datePublicationBodacc")}
        />,
      ),
    );
  }
  if (code === "echeancier.signe") {
    extra.push(
      champ(
        "versements",
        "Versements (une ligne : AAAA-MM-JJ ; montant)",
        <textarea
          id={id("versements")}
          name="versements"
          rows={3}
          required
          placeholder="2026-06-30 ; 500,00"
          defaultValue={val("versements")}
        />,
      ),
    );
  }
  return (
    <>
      {champ(
        "date",
        "Date",
        <input id={id("date")} name="date" type="date" defaultValue={val("date", aujourdhui)} required />,
      )}
      {extra}
    </>
  );
}
