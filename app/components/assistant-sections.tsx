/**
 * The questions of each wizard step. Every field is named as app/assistant/lecture.ts reads it;
 * rows (invoices, payments, reminders) are numbered and added or removed by submit buttons, so
 * the wizard works the same without JavaScript.
 */
import { type FormEvent, useState } from "react";
import { LIBELLES_QUALITE, QUALITES } from "../../domain/dossier/qualite";
import { nombreDeLignes, PIECES_COURANTES, type Valeurs } from "../assistant/sections";
import { type Champs, Pourquoi } from "./assistant";

const CANAUX: [string, string][] = [
  ["email", "Courriel"],
  ["courrier", "Courrier"],
  ["telephone", "Téléphone"],
  ["sms", "SMS"],
];

function qualites(role: "creancier" | "debiteur"): [string, string][] {
  const particulier =
    role === "debiteur"
      ? "Particulier (un consommateur, hors de toute activité professionnelle)"
      : "Particulier (à titre privé)";
  return [
    ["", "— Choisissez —"],
    ...QUALITES.map((q): [string, string] => [
      q,
      q === "particulier" ? particulier : LIBELLES_QUALITE[q].replace(/^./, (c) => c.toUpperCase()),
    ]),
  ];
}

export function QuestionsPartie({ qui, c }: { qui: "creancier" | "debiteur"; c: Champs }) {
  const debiteur = qui === "debiteur";
  return (
    <>
      {c.liste("qualite", debiteur ? "Qui vous doit de l'argent ?" : "Vous êtes…", qualites(qui), {
        aide: debiteur
          ? "Une société, un commerçant, un artisan, une profession libérale, une association ou un particulier."
          : undefined,
      })}
      {debiteur ? (
        <Pourquoi article="C. com. art. L.441-10 et L.110-4 ; C. consom. art. L.218-2 ; C. civ. art. 1344-1 ; CPC art. 1406">
          La qualité du débiteur décide des règles : entre professionnels, des pénalités de retard et une indemnité
          forfaitaire de 40&nbsp;€ par facture courent dès l'échéance, et la prescription est de 5&nbsp;ans ; envers un
          particulier, seuls les intérêts au taux légal courent, à compter de la mise en demeure, et l'action se
          prescrit en 2&nbsp;ans. Elle décide aussi du tribunal (de commerce entre commerçants, judiciaire sinon).
        </Pourquoi>
      ) : (
        <Pourquoi article="CPC art. 54, 57 et 1407 ; C. com. art. L.441-10">
          Votre identité figure sur chaque lettre et sur la requête au juge, qui doit désigner le demandeur : pour une
          société, sa forme, sa dénomination et son siège. Votre qualité décide si les pénalités entre professionnels
          s'appliquent.
        </Pourquoi>
      )}
      <fieldset className="groupe">
        <legend>S'il s'agit d'une société, d'une association ou d'une entreprise</legend>
        {c.texte("denomination", "Dénomination", { aide: "Le nom inscrit au registre (Kbis, répertoire SIRENE)." })}
        {c.texte("formeJuridique", "Forme juridique", { aide: "SARL, SAS, EURL, association…" })}
        {c.texte("siren", "SIREN", {
          aide: "9 chiffres, sur le Kbis ou les factures. Nous vérifions sa clé de contrôle.",
          inputMode: "numeric",
        })}
        {c.texte("representant", debiteur ? "Représentant (facultatif)" : "Signataire des lettres", {
          aide: "Nom et fonction, par exemple « Marie Dupont, gérante ».",
        })}
      </fieldset>
      <fieldset className="groupe">
        <legend>S'il s'agit d'une personne</legend>
        {c.liste("civilite", "Civilité", [
          ["", "—"],
          ["M.", "Monsieur"],
          ["Mme", "Madame"],
        ])}
        {c.texte("nom", "Nom", { autoComplete: debiteur ? "off" : "family-name" })}
        {c.texte("prenoms", "Prénoms", { autoComplete: debiteur ? "off" : "given-name" })}
        {debiteur ? (
          <>
            {c.texte("profession", "Profession (facultatif)")}
            {c.date("dateNaissance", "Date de naissance (facultatif)")}
            {c.texte("lieuNaissance", "Lieu de naissance (facultatif)")}
            {c.texte("nationalite", "Nationalité (facultatif)")}
            <p className="aide">
              Ces informations ne servent qu'aux actes de justice (assignation, requête), qui doivent désigner la
              personne poursuivie (CPC art. 54 et 648).
            </p>
          </>
        ) : null}
      </fieldset>
      <fieldset className="groupe">
        <legend>{debiteur ? "Adresse du débiteur" : "Votre adresse"}</legend>
        {c.texte("adresse.ligne1", "Numéro et voie", { autoComplete: debiteur ? "off" : "address-line1" })}
        {c.texte("adresse.ligne2", "Complément (facultatif)", { autoComplete: debiteur ? "off" : "address-line2" })}
        {c.texte("adresse.codePostal", "Code postal", { inputMode: "numeric", classe: "court" })}
        {c.texte("adresse.ville", "Ville")}
        {c.texte("adresse.pays", "Pays", {
          aide: "Code à deux lettres : FR pour la France, BE pour la Belgique…",
          classe: "court",
        })}
        {debiteur ? (
          <Pourquoi article="CPC art. 42, 643 et 1406">
            Le tribunal compétent est celui du domicile du débiteur, et les délais sont allongés s'il demeure outre-mer
            ou à l'étranger.
          </Pourquoi>
        ) : null}
      </fieldset>
      <fieldset className="groupe">
        <legend>Contact</legend>
        {c.texte("email", "Courriel (facultatif)", { type: "email", autoComplete: debiteur ? "off" : "email" })}
        {c.texte("telephone", "Téléphone (facultatif)", { type: "tel", autoComplete: debiteur ? "off" : "tel" })}
        {debiteur
          ? null
          : c.texte("iban", "IBAN pour être payé (facultatif)", {
              aide: "Il figurera sur les relances et la mise en demeure.",
            })}
      </fieldset>
    </>
  );
}

function BoutonLigne({ intention, children }: { intention: string; children: React.ReactNode }) {
  return (
    <button type="submit" name="intention" value={intention} className="bouton bouton-secondaire bouton-petit">
      {children}
    </button>
  );
}

/** The invoice numbers typed in the step's form, in order, each once. */
function numerosSaisis(lire: (i: number) => string | undefined, n: number): string[] {
  const numeros: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = lire(i)?.trim();
    if (x && !numeros.includes(x)) numeros.push(x);
  }
  return numeros;
}

export function QuestionsFactures({
  c,
  valeurs,
  consommateur = false,
}: {
  c: Champs;
  valeurs: Valeurs;
  consommateur?: boolean;
}) {
  const nf = nombreDeLignes(valeurs, "factures");
  const np = nombreDeLignes(valeurs, "paiements", 0);
  // Without JavaScript the server offers the numbers it received; with it, the list of each
  // payment follows the numbers as they are typed.
  const [numeros, setNumeros] = useState(() => numerosSaisis((i) => valeurs[`factures[${i}].numero`], nf));
  const suivre = (e: FormEvent<HTMLDivElement>) => {
    const cible = e.target as HTMLInputElement;
    if (!/^factures\[\d+\]\.numero$/.test(cible.name ?? "")) return;
    const form = e.currentTarget;
    setNumeros(
      numerosSaisis((i) => form.querySelector<HTMLInputElement>(`input[name="factures[${i}].numero"]`)?.value, nf),
    );
  };
  return (
    <div onInput={suivre}>
      <input type="hidden" name="nb.factures" value={nf} />
      <input type="hidden" name="nb.paiements" value={np} />
      {c.liste("objet", "De quoi s'agit-il ?", [
        ["facture", "Factures de biens ou de services"],
        ["loyer-habitation", "Loyers d'un logement (bail d'habitation)"],
        ["credit-consommation", "Un crédit à la consommation"],
      ])}
      <Pourquoi article="COJ art. L.213-4-4 ; loi n° 89-462 art. 7-1">
        Les loyers d'habitation et les crédits à la consommation relèvent du juge des contentieux de la protection, et
        les loyers se prescrivent par 3&nbsp;ans.
      </Pourquoi>
      {Array.from({ length: nf }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are numbered by the form itself
        <fieldset className="groupe ligne" key={`f${i}`}>
          <legend>Facture {i + 1}</legend>
          {c.texte(`factures[${i}].numero`, "Numéro")}
          {c.date(`factures[${i}].dateEmission`, "Date d'émission (facultatif)")}
          {c.date(`factures[${i}].dateEcheance`, "Date d'échéance", {
            aide: "La date limite de paiement écrite sur la facture.",
          })}
          {c.date(`factures[${i}].dateExecution`, "Date de livraison ou de fin de la prestation (facultatif)", {
            aide: consommateur
              ? "Contre un particulier, la prescription de 2 ans part de cette date : indiquez-la si vous la connaissez (à défaut, nous comptons depuis la date de la facture, par prudence)."
              : undefined,
          })}
          {c.montant(`factures[${i}].montant`, "Montant TTC")}
          <details className="avoir" open={Boolean(valeurs[`factures[${i}].avoirMontant`])}>
            <summary>Un avoir a été émis sur cette facture</summary>
            {c.texte(`factures[${i}].avoirNumero`, "Numéro de l'avoir")}
            {c.date(`factures[${i}].avoirDate`, "Date de l'avoir")}
            {c.montant(`factures[${i}].avoirMontant`, "Montant de l'avoir")}
          </details>
          {nf > 1 ? <BoutonLigne intention={`retirer:factures:${i}`}>Retirer la facture {i + 1}</BoutonLigne> : null}
        </fieldset>
      ))}
      <p>
        <BoutonLigne intention="ajouter:factures">Ajouter une facture</BoutonLigne>
      </p>
      <Pourquoi article="C. com. art. L.441-10 ; C. civ. art. 2224 ; Cass. com. 26 févr. 2020, n° 18-25.036">
        L'échéance fait courir les pénalités entre professionnels. La date de livraison ou de fin de prestation peut
        faire partir la prescription plus tôt que l'échéance : quand elle est connue, nous retenons la date la plus
        prudente.
      </Pourquoi>

      <h2>Paiements déjà reçus</h2>
      <p className="aide">Laissez vide si rien n'a été payé. Chaque paiement est inscrit au journal du dossier.</p>
      {Array.from({ length: np }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are numbered by the form itself
        <fieldset className="groupe ligne" key={`p${i}`}>
          <legend>Paiement {i + 1}</legend>
          {c.liste(
            `paiements[${i}].facture`,
            "Facture payée",
            numeros.length > 0 ? numeros.map((n) => [n, n]) : [["", "— saisissez d'abord une facture —"]],
          )}
          {c.date(`paiements[${i}].date`, "Date du paiement")}
          {c.montant(`paiements[${i}].montant`, "Montant reçu")}
          <BoutonLigne intention={`retirer:paiements:${i}`}>Retirer le paiement {i + 1}</BoutonLigne>
        </fieldset>
      ))}
      <p>
        <BoutonLigne intention="ajouter:paiements">Ajouter un paiement</BoutonLigne>
      </p>
      <Pourquoi article="C. civ. art. 1342-10">
        Un paiement partiel s'impute d'abord sur la facture que le débiteur désigne ; sinon sur la plus ancienne échue.
        Le montant réclamé en tient compte.
      </Pourquoi>
    </div>
  );
}

export function QuestionsHistorique({ c, valeurs }: { c: Champs; valeurs: Valeurs }) {
  const nr = nombreDeLignes(valeurs, "relances", 0);
  return (
    <>
      <input type="hidden" name="nb.relances" value={nr} />
      <h2>Relances déjà envoyées</h2>
      <p className="aide">Laissez vide si vous n'avez pas encore relancé.</p>
      {Array.from({ length: nr }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are numbered by the form itself
        <fieldset className="groupe ligne" key={`r${i}`}>
          <legend>Relance {i + 1}</legend>
          {c.date(`relances[${i}].date`, "Date")}
          {c.liste(`relances[${i}].canal`, "Moyen", CANAUX)}
          <BoutonLigne intention={`retirer:relances:${i}`}>Retirer la relance {i + 1}</BoutonLigne>
        </fieldset>
      ))}
      <p>
        <BoutonLigne intention="ajouter:relances">Ajouter une relance</BoutonLigne>
      </p>
      <Pourquoi article="Cass. com. 18 mai 2022, n° 20-23.204 ; C. civ. art. 2240">
        Les relances prouvent vos demandes, ce que le juge attend. Attention : ni une relance ni une mise en demeure
        n'interrompent la prescription ; seule la reconnaissance de la dette par le débiteur, une action en justice ou
        un acte d'exécution le font.
      </Pourquoi>
      {c.ouiNon("conteste", "Le débiteur a-t-il contesté la facture (qualité, quantité, prix) ?")}
      <fieldset className="groupe">
        <legend>Si oui</legend>
        {c.date("contestation.date", "Date de la contestation")}
        {c.texte("contestation.motif", "Ce qu'il reproche")}
      </fieldset>
      <Pourquoi article="CPC art. 1405 ; C. civ. art. 1353">
        L'injonction de payer suppose une créance certaine : une contestation sérieuse oriente plutôt vers un accord ou
        un procès au fond, avec vos preuves.
      </Pourquoi>
      {c.ouiNon("echeancier", "Un échéancier de paiement a-t-il été signé ?")}
      <fieldset className="groupe">
        <legend>Si oui</legend>
        {c.date("echeancier.date", "Date de signature")}
        {c.zone("echeancier.versements", "Versements prévus", {
          aide: "Une ligne par versement : AAAA-MM-JJ ; montant (par exemple 2026-05-31 ; 500,00).",
        })}
      </fieldset>
      <Pourquoi article="C. civ. art. 2240">
        Un échéancier signé par le débiteur vaut reconnaissance de la dette : il interrompt la prescription, qui repart
        pour la même durée.
      </Pourquoi>
    </>
  );
}

export function QuestionsVerifications({ c, paysDebiteur }: { c: Champs; paysDebiteur: string | undefined }) {
  return (
    <>
      {c.ouiNon(
        "prestationRealisee",
        "La marchandise a-t-elle été livrée, ou la prestation entièrement réalisée ?",
        "Une créance réclamée en justice doit être certaine, liquide et exigible.",
      )}
      <Pourquoi article="CPC art. 1405 ; C. civ. art. 1219">
        Si la prestation n'est pas terminée, le débiteur peut refuser de payer et le juge de l'injonction rejettera la
        requête : terminez-la ou réclamez seulement ce qui est dû.
      </Pourquoi>
      {c.ouiNon(
        "procedureCollective",
        "Le débiteur fait-il l'objet d'une sauvegarde, d'un redressement ou d'une liquidation judiciaire ?",
        "Vérifiez sur bodacc.fr avec son nom ou son SIREN.",
      )}
      <fieldset className="groupe">
        <legend>Si oui</legend>
        {c.date("procedureCollective.dateJugement", "Date du jugement d'ouverture")}
        {c.date("procedureCollective.datePublicationBodacc", "Date de publication au BODACC")}
      </fieldset>
      <Pourquoi article="C. com. art. L.622-21, L.622-24 et R.622-24">
        Après le jugement d'ouverture, toute poursuite individuelle est interdite : pas de mise en demeure ni
        d'injonction de payer. Il faut déclarer la créance au mandataire judiciaire dans les 2&nbsp;mois de la
        publication au BODACC (4&nbsp;mois si vous êtes à l'étranger) ; nous préparons la déclaration.
      </Pourquoi>
      {paysDebiteur && paysDebiteur !== "FR" ? (
        <div className="avertissement" role="note">
          <h3>Débiteur à l'étranger ({paysDebiteur})</h3>
          <p>
            Les délais de procédure sont allongés de deux mois (CPC art. 643) et l'injonction de payer française vise un
            débiteur établi en France : dans l'Union européenne, l'injonction de payer européenne (règlement (CE) n°
            1896/2006) est la voie prévue. Nous le signalons dans chaque document.
          </p>
        </div>
      ) : null}
      <fieldset className="groupe">
        <legend>Pièces en votre possession</legend>
        <p className="aide">
          Elles seront listées au bordereau de pièces ; vous pourrez téléverser les fichiers ensuite.
        </p>
        {Object.entries(PIECES_COURANTES).map(([cle, libelle]) => (
          <span key={cle}>{c.caseACocher(`piece.${cle}`, libelle)}</span>
        ))}
      </fieldset>
      {c.texte("delaiMiseEnDemeureJours", "Délai laissé au débiteur par la mise en demeure (jours)", {
        inputMode: "numeric",
        classe: "court",
        aide: "8 jours est l'usage ; le délai doit être raisonnable.",
      })}
      {c.texte("tauxContractuelPourcent", "Taux de pénalités prévu par vos conditions générales (facultatif)", {
        inputMode: "decimal",
        classe: "court",
        aide: "En %, par exemple 12,5. Vide : entre professionnels, le taux de la BCE majoré de 10 points (C. com. art. L.441-10) ; envers un particulier, le taux légal.",
      })}
      <Pourquoi article="C. com. art. L.441-10 II">
        Entre professionnels, le taux des pénalités est celui des conditions générales, sans pouvoir être inférieur à
        trois fois le taux d'intérêt légal ; à défaut, le taux de la BCE majoré de 10 points.
      </Pourquoi>
    </>
  );
}
