import { data, Form, redirect, useNavigation, useSearchParams } from "react-router";
import { JuridictionSaisieSchema } from "../../../domain/dossier/dossier.schema";
import { dateCourte, dateLongue, montant } from "../../../domain/format/francais";
import { typographie } from "../../../domain/format/saisie";
import { type ErreurChamp, erreursChamps } from "../../../domain/validation/zod-fr";
import { lireBrouillon, premiereSectionAFaire } from "../../assistant/brouillon";
import { Avertissements, Champ, erreurDe, ListeFondements, ResumeErreurs } from "../../components/formulaire";
import { servicesContext } from "../../contexte";
import {
  ConflitDeVersion,
  chargerBrouillon,
  chargerDossier,
  modifierOptions,
  statutDuDossier,
} from "../../db/dossiers.server";
import { ERREUR_VERSION, lireVersion, type Valeurs, valeursNettoyees } from "../../saisie";
import { vueDossier } from "../../services/dossiers.server";
import { envoyerEvenement } from "../../services/parcours-dossier.server";
import { supprimerDossierEtFichiers, supprimerPiece, televerserPiece } from "../../services/pieces.server";
import { CorpsIllisible, lireFormulaireAvecFichiers } from "../../televersement.server";
import type { Route } from "./+types/detail";
import { lireEvenement } from "./evenement.server";
import { ETAPES_LIBELLES } from "./liste";

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: `${d?.debiteur ?? "Dossier"} — Recouvrement` }];

export async function loader({ context, params }: Route.LoaderArgs) {
  const s = context.get(servicesContext);
  const vue = await vueDossier(s, params.id);
  if (!vue) {
    const brouillon = await chargerBrouillon(s.base.db, params.id);
    if (brouillon)
      throw redirect(`/dossiers/${params.id}/assistant/${premiereSectionAFaire(lireBrouillon(brouillon.brouillon))}`);
    throw data(null, { status: 404 });
  }
  return {
    ...vue,
    tailleMaxMo: Math.round(s.config.pieceTailleMaxOctets / 1_048_576),
  };
}

const RIEN = {
  code: "",
  erreurs: [] as ErreurChamp[],
  raison: null as string | null,
  conflit: null as string | null,
  enregistre: false,
  piece: null as { erreurs: ErreurChamp[]; intitule: string; date: string } | null,
  valeurs: {} as Valeurs,
  juridiction: null as { erreurs: ErreurChamp[]; nom: string; adresseGreffe: string } | null,
  juridictionEnregistree: false,
};

export async function action({ context, params, request }: Route.ActionArgs) {
  const s = context.get(servicesContext);
  const max = s.config.pieceTailleMaxOctets;
  if (Number(request.headers.get("content-length") ?? 0) > 4 * max + 1_048_576) {
    // Far beyond any exhibit: refused before reading (the file input is the only large field).
    return data(
      {
        ...RIEN,
        piece: {
          erreurs: [{ champ: "fichier", message: `le fichier dépasse la limite de ${Math.round(max / 1_048_576)} Mo` }],
          intitule: "",
          date: "",
        },
      },
      { status: 413 },
    );
  }
  let recu: Awaited<ReturnType<typeof lireFormulaireAvecFichiers>>;
  try {
    recu = await lireFormulaireAvecFichiers(request, max);
  } catch (e) {
    if (e instanceof CorpsIllisible) throw data("Formulaire illisible.", { status: 400 });
    throw e;
  }
  const { form, fichiers } = recu;
  const { valeurs, erreurs: invisibles } = valeursNettoyees(form, ["version"]);
  const intention = valeurs.intention ?? "evenement";
  if (intention === "supprimer-dossier") {
    if ((await statutDuDossier(s.base.db, params.id)) === null) throw data(null, { status: 404 });
    if (valeurs.confirmer !== "oui")
      return data(
        { ...RIEN, suppression: "Cochez la case pour confirmer la suppression définitive." },
        { status: 400 },
      );
    await supprimerDossierEtFichiers(s, params.id);
    throw redirect("/dossiers?supprime=1");
  }
  if (intention === "piece") {
    const intitule = valeurs.intitule ?? "";
    const date = valeurs.datePiece ?? "";
    if (!(await chargerDossier(s.base.db, params.id))) throw data(null, { status: 404 });
    if (invisibles.length) return data({ ...RIEN, piece: { erreurs: invisibles, intitule, date } }, { status: 400 });
    const r = await televerserPiece(s, params.id, {
      intitule,
      date,
      fichier: fichiers.get("fichier"),
      aujourdhui: s.aujourdhui(),
    });
    if (!r.ok) {
      const tropGrand = fichiers.get("fichier")?.tropGrand === true;
      return data({ ...RIEN, piece: { erreurs: r.erreurs, intitule, date } }, { status: tropGrand ? 413 : 400 });
    }
    return { ...RIEN, pieceAjoutee: intitule };
  }
  if (intention === "juridiction") {
    const saisie = { nom: valeurs.juridictionNom ?? "", adresseGreffe: valeurs.juridictionAdresse ?? "" };
    const refusJuridiction = (statut: number, erreurs: ErreurChamp[]) =>
      data({ ...RIEN, juridiction: { erreurs, ...saisie } }, { status: statut });
    if (invisibles.length) return refusJuridiction(400, invisibles);
    const version = lireVersion(form.get("version"));
    if (version === null) return refusJuridiction(400, [ERREUR_VERSION]);
    const lu = JuridictionSaisieSchema.safeParse(saisie);
    if (!lu.success)
      return refusJuridiction(
        400,
        erreursChamps(lu.error).map((e) => ({
          champ: e.champ === "nom" ? "juridictionNom" : "juridictionAdresse",
          message: e.message,
        })),
      );
    const d = await chargerDossier(s.base.db, params.id);
    if (!d) throw data(null, { status: 404 });
    try {
      await modifierOptions(s.base.db, params.id, version, { ...d.dossier.options, juridictionSaisie: lu.data });
    } catch (e) {
      if (!(e instanceof ConflitDeVersion)) throw e;
      return refusJuridiction(409, [
        { champ: "version", message: `${e.message} Rechargez la page ; votre saisie est conservée ci-dessous.` },
      ]);
    }
    return { ...RIEN, juridictionEnregistree: true };
  }
  if (intention === "retirer-piece") {
    await supprimerPiece(s, params.id, valeurs.piece ?? "");
    return RIEN;
  }
  const code = valeurs.type ?? "";
  const refus = (statut: number, champs: Partial<typeof RIEN>) =>
    data({ ...RIEN, code, valeurs, ...champs }, { status: statut });
  if (invisibles.length) return refus(400, { erreurs: invisibles });
  const version = lireVersion(form.get("version"));
  if (version === null) return refus(400, { erreurs: [ERREUR_VERSION] });
  const lu = lireEvenement(valeurs, s.aujourdhui());
  if ("erreurs" in lu) return refus(400, { erreurs: lu.erreurs });
  const d = await chargerDossier(s.base.db, params.id);
  if (!d) throw data(null, { status: 404 });
  try {
    const r = await envoyerEvenement(s.base.db, d, version, lu.evenement, s.aujourdhui());
    if (!r.ok) return refus(409, { raison: r.raison });
    return { ...RIEN, code, enregistre: true };
  } catch (e) {
    if (e instanceof ConflitDeVersion) {
      return refus(409, { conflit: `${e.message} Rechargez la page : la liste des actions possibles a pu changer.` });
    }
    throw e;
  }
}

const CHEMIN = [
  "relance",
  "mise-en-demeure",
  "voie-judiciaire",
  "injonction-de-payer",
  "assignation",
  "execution",
] as const;
const PROCHE: Record<string, (typeof CHEMIN)[number]> = {
  qualification: "relance",
  "petites-creances": "voie-judiciaire",
  "refere-provision": "assignation",
  echeancier: "mise-en-demeure",
  litige: "voie-judiciaire",
};

const LIBELLES_EVENEMENT: Record<string, string> = {
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
function ChampsEvenement({
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

const ANNUAIRE_DES_JURIDICTIONS = "https://www.annuaires.justice.gouv.fr/";

/**
 * The court the requête or assignation is addressed to, confirmed by the user: until then the
 * documents show « à compléter » where its name goes. A court named without asking (tribunal des
 * activités économiques at the debtor's seat) is offered to confirm.
 */
function SectionJuridiction({
  juridiction: j,
  version,
  retour,
  enregistree,
}: {
  juridiction: {
    saisie: { nom: string; adresseGreffe: string } | null;
    suggestion: string | null;
    fonction: string | null;
  };
  version: number;
  retour: { erreurs: ErreurChamp[]; nom: string; adresseGreffe: string } | undefined;
  enregistree: boolean;
}) {
  const nom =
    retour?.nom ??
    j.saisie?.nom ??
    (j.suggestion ? j.suggestion.replace(/, qui exerce.*$/, "").replace(/^t/, "T") : "");
  const adresse = retour?.adresseGreffe ?? j.saisie?.adresseGreffe ?? "";
  return (
    <section aria-labelledby="titre-juridiction">
      <h2 id="titre-juridiction">Juridiction saisie</h2>
      {j.saisie ? (
        <p>
          Les documents sont adressés au <strong>{j.saisie.nom}</strong> (greffe : {j.saisie.adresseGreffe}).
        </p>
      ) : (
        <p className="avertissement" role="note">
          {j.suggestion
            ? `Le débiteur a son siège dans la commune du ${j.suggestion} : confirmez ce tribunal et indiquez l'adresse de son greffe.`
            : `Indiquez le tribunal compétent (${j.fonction ?? "juridiction"} du lieu où demeure le débiteur) et l'adresse de son greffe : tant qu'ils ne sont pas confirmés, la requête et l'assignation portent « à compléter » à sa place.`}
        </p>
      )}
      {enregistree ? (
        <p className="succes" role="status">
          Juridiction enregistrée : les documents sont à jour.
        </p>
      ) : null}
      <Form method="post" className="formulaire" noValidate key={retour ? "erreur" : `${version}`}>
        <input type="hidden" name="intention" value="juridiction" />
        <input type="hidden" name="version" value={version} />
        <ResumeErreurs
          erreurs={retour?.erreurs}
          libelles={(c) =>
            ({ juridictionNom: "Nom", juridictionAdresse: "Adresse du greffe", version: "Formulaire" })[c] ?? c
          }
        />
        <Champ
          nom="juridictionNom"
          libelle="Nom de la juridiction"
          aide="Par exemple « Tribunal de commerce de Bordeaux »."
          erreur={erreurDe(retour?.erreurs, "juridictionNom")}
          enfant={(a) => <input {...a} defaultValue={nom} />}
        />
        <Champ
          nom="juridictionAdresse"
          libelle="Adresse du greffe"
          aide="Telle qu'elle figure dans l'annuaire officiel des juridictions."
          erreur={erreurDe(retour?.erreurs, "juridictionAdresse")}
          enfant={(a) => <textarea {...a} rows={2} defaultValue={adresse} />}
        />
        <p className="aide">
          <a href={ANNUAIRE_DES_JURIDICTIONS} rel="noopener noreferrer" target="_blank">
            Annuaire officiel des juridictions (ministère de la Justice)
          </a>{" "}
          : cherchez la commune du débiteur.
        </p>
        <button type="submit" className="bouton bouton-secondaire">
          {j.saisie ? "Modifier la juridiction" : "Confirmer la juridiction"}
        </button>
      </Form>
    </section>
  );
}

export default function Detail({ loaderData: d, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const piece = actionData?.piece ?? null;
  const actuel = CHEMIN.includes(d.etape as never) ? d.etape : (PROCHE[d.etape] ?? null);
  const prescription = d.echeances.find((e) => e.code === "prescription")?.date;
  return (
    <>
      <p className="fil">
        <a href="/dossiers">Mes dossiers</a> › {d.reference}
      </p>
      <h1>{d.debiteur}</h1>
      <p>
        Créancier : {d.creancier} — étape : <strong>{ETAPES_LIBELLES[d.etape] ?? d.etape}</strong>
      </p>
      <nav aria-label="Parcours du recouvrement">
        <ol className="chemin">
          {CHEMIN.map((e) => (
            <li
              key={e}
              aria-current={e === actuel ? "step" : undefined}
              className={e === actuel ? "actuelle" : undefined}
            >
              {ETAPES_LIBELLES[e]}
            </li>
          ))}
        </ol>
      </nav>
      {params.get("ouvert") ? (
        <p className="succes" role="status">
          Dossier ouvert. Les documents de l'étape actuelle sont prêts ci-dessous.
        </p>
      ) : null}
      {actionData?.enregistre ? (
        <p className="succes" role="status">
          Événement enregistré au journal.
        </p>
      ) : null}
      {actionData?.raison ? (
        <p className="resume-erreurs" role="alert">
          Refusé : {typographie(actionData.raison)}
        </p>
      ) : null}
      {actionData?.conflit ? (
        <p className="resume-erreurs" role="alert">
          {typographie(actionData.conflit)}
        </p>
      ) : null}

      {d.interets ? (
        <section aria-labelledby="titre-sommes">
          <h2 id="titre-sommes">Sommes dues au {dateLongue(d.aujourdhui)}</h2>
          <table className="totaux">
            <tbody>
              <tr>
                <th scope="row">Principal restant dû</th>
                <td className="montant">{montant(d.interets.principalRestantCents)}</td>
              </tr>
              <tr>
                <th scope="row">
                  {d.interets.regime === "professionnel" ? "Pénalités de retard" : "Intérêts au taux légal"}
                </th>
                <td className="montant">{montant(d.interets.interetsCents)}</td>
              </tr>
              {d.interets.regime === "professionnel" ? (
                <tr>
                  <th scope="row">Indemnités forfaitaires</th>
                  <td className="montant">{montant(d.interets.indemnitesCents)}</td>
                </tr>
              ) : null}
              <tr className="total">
                <th scope="row">Total</th>
                <td className="montant">{montant(d.interets.totalDuCents)}</td>
              </tr>
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby="titre-echeances">
        <h2 id="titre-echeances">Échéances</h2>
        {d.echeances.length === 0 ? (
          <p>Aucune échéance en cours.</p>
        ) : (
          <ul className="echeances">
            {d.echeances.map((e) => (
              <li key={`${e.code}-${e.date}`}>
                <strong>{dateLongue(e.date)}</strong> — {typographie(e.libelle)}{" "}
                <span className="fondements">
                  (<ListeFondements liste={e.fondements} />)
                </span>
              </li>
            ))}
          </ul>
        )}
        <Avertissements liste={d.avertissements} />
      </section>

      <section aria-labelledby="titre-actions">
        <h2 id="titre-actions">Prochaines actions</h2>
        {d.prochainesActions.map((a) => (
          <details
            key={`${a.code}-${JSON.stringify(a.donnees ?? {})}`}
            className="action"
            open={actionData?.code === a.code && ((actionData.erreurs?.length ?? 0) > 0 || !!actionData.raison)}
          >
            <summary>
              {typographie(a.libelle)}
              {a.avant ? (
                <span className="avant">
                  {" "}
                  — avant le {dateLongue(a.avant)}
                  {a.avant === prescription ? " (prescription)" : ""}
                </span>
              ) : null}
            </summary>
            {a.documents.length ? (
              <p className="aide">
                Documents :{" "}
                {a.documents.map((t, j) => (
                  <span key={t}>
                    {j > 0 ? ", " : ""}
                    {d.nomsDocuments[t] ?? t} (<a href={`/dossiers/${d.id}/documents/${t}.pdf`}>PDF</a>,{" "}
                    <a href={`/dossiers/${d.id}/documents/${t}.docx`}>Word</a>)
                  </span>
                ))}
              </p>
            ) : null}
            <Form method="post" className="formulaire-action" aria-label={a.libelle}>
              <input type="hidden" name="type" value={a.code} />
              <input type="hidden" name="version" value={d.version} />
              {Object.entries(a.donnees ?? {}).map(([k, v]) => (
                <input key={k} type="hidden" name={k} value={String(v)} />
              ))}
              <ChampsEvenement
                code={a.code}
                factures={d.factures}
                aujourdhui={d.aujourdhui}
                saisie={actionData?.code === a.code ? actionData.valeurs : undefined}
              />
              {actionData?.code === a.code && actionData.erreurs?.length ? (
                <ul className="erreur-champ" role="alert">
                  {actionData.erreurs.map((e) => (
                    <li key={e.champ + e.message}>
                      {LIBELLES_EVENEMENT[e.champ] ?? e.champ} : {typographie(e.message)}
                    </li>
                  ))}
                </ul>
              ) : null}
              <button type="submit" className="bouton" disabled={navigation.state === "submitting"}>
                Enregistrer
              </button>
            </Form>
          </details>
        ))}
      </section>

      {d.juridiction ? (
        <SectionJuridiction
          juridiction={d.juridiction}
          version={d.version}
          retour={actionData?.juridiction ?? undefined}
          enregistree={actionData?.juridictionEnregistree === true}
        />
      ) : null}

      <section aria-labelledby="titre-documents">
        <h2 id="titre-documents">Documents de cette étape</h2>
        <ul>
          {d.documents.map((doc) => (
            <li key={doc.type}>
              {doc.libelle} : <a href={`/dossiers/${d.id}/documents/${doc.type}.pdf`}>PDF</a> ·{" "}
              <a href={`/dossiers/${d.id}/documents/${doc.type}.docx`}>Word</a>
              <details className="apercu">
                <summary>
                  Aperçu<span className="visuellement-cache"> : {doc.libelle}</span>
                </summary>
                <iframe
                  src={`/dossiers/${d.id}/documents/${doc.type}.pdf`}
                  title={`Aperçu : ${doc.libelle}`}
                  loading="lazy"
                />
              </details>
            </li>
          ))}
        </ul>
        <p>
          <a className="bouton bouton-secondaire" href={`/dossiers/${d.id}/dossier-avocat.zip`}>
            Télécharger le dossier pour l'avocat (ZIP)
          </a>
        </p>
      </section>

      <section aria-labelledby="titre-pieces">
        <h2 id="titre-pieces">Pièces</h2>
        {d.pieces.length === 0 ? (
          <p>Aucune pièce pour l'instant.</p>
        ) : (
          <ul className="pieces">
            {d.pieces.map((p) => (
              <li key={p.id}>
                {p.fichier ? <a href={`/dossiers/${d.id}/pieces/${p.id}`}>{p.intitule}</a> : p.intitule}
                {p.date ? ` (${dateCourte(p.date)})` : ""}
                {p.fichier
                  ? ` — ${p.typeMime === "application/pdf" ? "PDF" : "image"}, ${Math.max(1, Math.round((p.octets ?? 0) / 1024))} Ko`
                  : " — décrite, sans fichier"}{" "}
                <Form method="post" className="en-ligne">
                  <input type="hidden" name="intention" value="retirer-piece" />
                  <input type="hidden" name="piece" value={p.id} />
                  <button type="submit" className="bouton-lien">
                    Retirer<span className="visuellement-cache"> la pièce {p.intitule}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
        {actionData && "pieceAjoutee" in actionData ? (
          <p className="succes" role="status">
            Pièce ajoutée : {String(actionData.pieceAjoutee)}.
          </p>
        ) : null}
        <Form
          method="post"
          encType="multipart/form-data"
          noValidate
          className="formulaire"
          key={piece ? "erreur" : d.pieces.length}
        >
          <input type="hidden" name="intention" value="piece" />
          <ResumeErreurs
            erreurs={piece?.erreurs}
            libelles={(c) => ({ fichier: "Fichier", intitule: "Intitulé", datePiece: "Date de la pièce" })[c] ?? c}
          />
          <Champ
            nom="intitule"
            libelle="Intitulé de la pièce"
            aide="Par exemple « Facture F-2026-014 » ou « Avis de réception signé »."
            erreur={erreurDe(piece?.erreurs, "intitule")}
            enfant={(a) => <input {...a} defaultValue={piece?.intitule ?? ""} />}
          />
          <Champ
            nom="datePiece"
            libelle="Date de la pièce (facultatif)"
            erreur={erreurDe(piece?.erreurs, "datePiece")}
            enfant={(a) => <input {...a} type="date" defaultValue={piece?.date ?? ""} />}
          />
          <Champ
            nom="fichier"
            libelle="Fichier"
            aide={`PDF, PNG ou JPEG, ${d.tailleMaxMo} Mo au plus.`}
            erreur={erreurDe(piece?.erreurs, "fichier")}
            enfant={(a) => <input {...a} type="file" accept="application/pdf,image/png,image/jpeg" />}
          />
          <button type="submit" className="bouton bouton-secondaire">
            Ajouter la pièce
          </button>
        </Form>
      </section>

      <section aria-labelledby="titre-journal">
        <h2 id="titre-journal">Chronologie</h2>
        <ol className="journal">
          {d.journal.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the journal is ordered and append-only
            <li key={i}>
              <strong>{dateCourte(e.date)}</strong> — {e.libelle}
              {e.detail ? ` : ${e.detail}` : ""}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="titre-donnees">
        <h2 id="titre-donnees">Vos données</h2>
        <p>
          <a href={`/dossiers/${d.id}/export.json`}>Exporter ce dossier (JSON)</a> : parties, factures, journal et liste
          des pièces, réimportable depuis « Mes dossiers ». <a href="/donnees-personnelles">Ce que nous conservons</a>.
        </p>
        <Form method="post" className="formulaire suppression">
          <input type="hidden" name="intention" value="supprimer-dossier" />
          <div className="case">
            <input type="checkbox" id="champ-confirmer" name="confirmer" value="oui" />
            <label htmlFor="champ-confirmer">
              Je veux supprimer définitivement ce dossier, son journal et ses pièces
            </label>
          </div>
          {actionData && "suppression" in actionData ? (
            <p className="erreur-champ" role="alert">
              {String(actionData.suppression)}
            </p>
          ) : null}
          <button type="submit" className="bouton bouton-danger">
            Supprimer le dossier
          </button>
        </Form>
      </section>
    </>
  );
}
