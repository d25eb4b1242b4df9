/**
 * /relances — the organisation's relance plans and the sender identity of its emails (issue 14):
 * each step's delay from the due date, kind, tone and editable text, with a live preview on a real
 * dossier of the organisation (the same rendering as the sent message; JavaScript only makes it
 * live, « Prévisualiser » works without). Administrators edit; everyone else reads.
 */
import { useState } from "react";
import { data, Form, redirect } from "react-router";
import { type Plan, planParDefaut } from "../../../domain/relances/plan";
import { LIBELLES_TYPE_ETAPE, TONS, TYPES_ETAPE } from "../../../domain/relances/vocabulaire";
import type { ErreurChamp } from "../../../domain/validation/zod-fr";
import { variablesDuDossier } from "../../../templates/courriel-relance/model";
import { construireCourriel, VARIABLES } from "../../../templates/courriel-relance/rendu";
import { preparerContexte } from "../../../templates/preparer";
import { Champ, erreurDe, ResumeErreurs } from "../../components/formulaire";
import { peut } from "../../comptes/permissions";
import { autoriser, exigerCompte } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { chargerDossier } from "../../db/dossiers.server";
import { listerDossiers } from "../../db/listes.server";
import { enregistrerExpediteur, enregistrerPlan, expediteurDe, planParId, plansDe } from "../../db/relances.server";
import { valeursNettoyees } from "../../saisie";
import { tauxDeLInstance } from "../../services/taux.server";
import type { Route } from "./+types/plans";
import { libelleChampPlan } from "./libelles";
import { ExpediteurSchema, lirePlan } from "./plans.server";

export const meta: Route.MetaFunction = () => [{ title: "Plans de relance — Recouvrement" }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const { compte, s } = await exigerCompte(context.get(servicesContext), request);
  const url = new URL(request.url);
  const plans = await plansDe(s.base.db, s.organisationId);
  const choisi = plans.find((p) => p.id === url.searchParams.get("plan")) ?? plans[0]!;
  // The preview uses a real dossier of the organisation (the one asked, else the first open one).
  const dossiers = (await listerDossiers(s.base.db, s.organisationId)).filter((d) => d.statut === "ouvert");
  const dossierId = url.searchParams.get("dossier") ?? dossiers[0]?.id ?? null;
  const d = dossierId && dossiers.some((x) => x.id === dossierId) ? await chargerDossier(s.base.db, dossierId) : null;
  const variables = d
    ? variablesDuDossier(preparerContexte(d.dossier, s.aujourdhui(), await tauxDeLInstance(s.base.db)))
    : null;
  const expediteur = await expediteurDe(s.base.db, s.organisationId);
  return {
    plans: plans.map((p) => ({ id: p.id, nom: p.plan.nom, parDefaut: p.parDefaut })),
    planId: choisi.id,
    parDefaut: choisi.parDefaut,
    plan: choisi.plan,
    dossiers: dossiers.slice(0, 50).map((x) => ({ id: x.id, libelle: `${x.debiteur} (${x.reference})` })),
    dossierId: d ? dossierId : null,
    variables,
    consommateur: Boolean(variables && !variables._professionnel),
    expediteur,
    smtp: Boolean(s.config.smtpUrl),
    smtpExpediteur: s.config.smtpExpediteur ?? null,
    modifiable: peut(compte.role, "organisation.relances"),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const { compte, s } = await exigerCompte(context.get(servicesContext), request);
  autoriser(compte.role, "organisation.relances");
  const { valeurs, erreurs: invisibles } = valeursNettoyees(await request.formData());
  const db = s.base.db;
  const intention = valeurs.intention ?? "";
  if (intention === "expediteur") {
    const lu = ExpediteurSchema.safeParse({
      nom: (valeurs.expediteurNom ?? "").trim(),
      adresse: (valeurs.expediteurAdresse ?? "").trim(),
      reponseA: (valeurs.expediteurReponseA ?? "").trim(),
      signature: (valeurs.expediteurSignature ?? "").trim(),
    });
    if (invisibles.length || !lu.success) {
      const e = invisibles.length ? invisibles : erreursExpediteur(lu.error?.issues ?? []);
      return data({ expediteur: { erreurs: e, valeurs } }, { status: 400 });
    }
    await enregistrerExpediteur(db, s.organisationId, {
      nom: lu.data.nom || null,
      adresse: lu.data.adresse || null,
      reponseA: lu.data.reponseA || null,
      signature: lu.data.signature || null,
    });
    return { expediteurEnregistre: true };
  }
  if (intention === "nouveau") {
    const id = await enregistrerPlan(db, s.organisationId, null, { ...planParDefaut(), nom: "Nouveau plan" });
    throw redirect(`/relances?plan=${id}`);
  }
  const planId = valeurs.planId ?? "";
  const existant = await planParId(db, s.organisationId, planId);
  if (!existant) throw data("Ce plan n'existe pas.", { status: 404 });
  const { plan, erreurs } = lirePlan(valeurs, intention === "ajouter-etape");
  const tout = [...invisibles, ...erreurs];
  if (intention === "apercu" || tout.length) {
    return data({ plan: { erreurs: tout, plan, apercu: intention === "apercu" } }, { status: tout.length ? 400 : 200 });
  }
  await enregistrerPlan(db, s.organisationId, planId, plan);
  return { planEnregistre: true, plan: { erreurs: [] as ErreurChamp[], plan, apercu: false } };
}

function erreursExpediteur(issues: { path: PropertyKey[]; message: string }[]): ErreurChamp[] {
  const champs: Record<string, string> = {
    nom: "expediteurNom",
    adresse: "expediteurAdresse",
    reponseA: "expediteurReponseA",
    signature: "expediteurSignature",
  };
  return issues.map((i) => ({ champ: champs[String(i.path[0])] ?? "expediteurNom", message: i.message }));
}

type Etape = Plan["etapes"][number];

/** The steps as the form holds them now (for the live preview). */
function etapesDuFormulaire(form: HTMLFormElement, avant: Etape[]): Etape[] {
  const f = new FormData(form);
  return avant.map((e, i) => ({
    ...e,
    jours: Number(f.get(`etapes[${i}].jours`) ?? e.jours),
    ton: (f.get(`etapes[${i}].ton`) as Etape["ton"]) ?? e.ton,
    objet: String(f.get(`etapes[${i}].objet`) ?? e.objet),
    corps: String(f.get(`etapes[${i}].corps`) ?? e.corps),
  }));
}

export default function Plans({ loaderData: d, actionData }: Route.ComponentProps) {
  const retour = actionData && "plan" in actionData ? actionData.plan : null;
  const plan = (retour?.plan as Plan | undefined) ?? d.plan;
  const [etapes, setEtapes] = useState<Etape[]>(plan.etapes);
  const exp = actionData && "expediteur" in actionData ? actionData.expediteur : null;
  const e = retour?.erreurs;
  const nomExpediteur = d.expediteur.nom ?? "";
  return (
    <>
      <h1>Plans de relance</h1>
      <p>
        Un plan fixe, par rapport à l'échéance de la plus ancienne facture impayée, quand relancer et comment. Le
        parcours du dossier décide toujours : aucune relance pendant une contestation, un échéancier respecté, une
        procédure collective, après paiement complet ou une fois la procédure engagée ; et quand la prescription
        approche, les relances restantes cèdent la place à la mise en demeure. Les courriels partent les jours ouvrés,
        de 9 h à 18 h (heure de Paris), jamais un jour férié là où demeure le débiteur.{" "}
        <a href="/taches">Tâches du jour</a>.
      </p>
      <nav aria-label="Plans">
        <ul className="en-ligne-liste">
          {d.plans.map((p) => (
            <li key={p.id}>
              {p.id === d.planId ? (
                <strong>{p.nom}</strong>
              ) : (
                <a href={`/relances?plan=${p.id}${d.dossierId ? `&dossier=${d.dossierId}` : ""}`}>{p.nom}</a>
              )}
              {p.parDefaut ? " (par défaut)" : ""}
            </li>
          ))}
        </ul>
      </nav>
      {d.modifiable ? (
        <Form method="post" className="en-ligne">
          <button type="submit" name="intention" value="nouveau" className="bouton bouton-secondaire">
            Nouveau plan
          </button>
        </Form>
      ) : (
        <p className="aide">Seul un administrateur modifie les plans et l'expéditeur.</p>
      )}

      {actionData && "planEnregistre" in actionData ? (
        <p className="succes" role="status">
          Plan enregistré.
        </p>
      ) : null}
      <Form
        method="post"
        className="formulaire plan"
        noValidate
        key={`${d.planId}-${plan.etapes.length}`}
        onChange={(ev) => setEtapes(etapesDuFormulaire(ev.currentTarget, plan.etapes))}
      >
        <input type="hidden" name="planId" value={d.planId} />
        <ResumeErreurs erreurs={e} libelles={libelleChampPlan} />
        <Champ
          nom="nom"
          libelle="Nom du plan"
          erreur={erreurDe(e, "nom")}
          enfant={(a) => <input {...a} defaultValue={plan.nom} readOnly={!d.modifiable} />}
        />
        <Champ
          nom="delaiMinimumJours"
          libelle="Délai minimal entre deux contacts (jours)"
          erreur={erreurDe(e, "delaiMinimumJours")}
          enfant={(a) => (
            <input
              {...a}
              type="number"
              min={0}
              max={60}
              defaultValue={plan.delaiMinimumJours}
              readOnly={!d.modifiable}
            />
          )}
        />
        {plan.etapes.map((etape, i) => {
          const apercu =
            d.variables && etapes[i]
              ? construireCourriel(etapes[i]!, d.variables, { nom: nomExpediteur, signature: d.expediteur.signature })
              : null;
          const courriel = etape.type !== "appel" && etape.type !== "courrier";
          return (
            <fieldset key={etape.code} className="etape-plan">
              <legend>
                Étape {i + 1} : {etape.jours < 0 ? `J${etape.jours}` : `J+${etape.jours}`} —{" "}
                {LIBELLES_TYPE_ETAPE[etape.type]}
              </legend>
              <input type="hidden" name={`etapes[${i}].code`} value={etape.code} />
              <div className="ligne-champs">
                <Champ
                  nom={`etapes[${i}].jours`}
                  libelle="Jours après l'échéance (négatif : avant)"
                  erreur={erreurDe(e, `etapes[${i}].jours`)}
                  enfant={(a) => (
                    <input
                      {...a}
                      type="number"
                      min={-60}
                      max={365}
                      defaultValue={etape.jours}
                      readOnly={!d.modifiable}
                    />
                  )}
                />
                <Champ
                  nom={`etapes[${i}].type`}
                  libelle="Type"
                  erreur={erreurDe(e, `etapes[${i}].type`)}
                  enfant={(a) => (
                    <select {...a} defaultValue={etape.type} disabled={!d.modifiable}>
                      {TYPES_ETAPE.map((t) => (
                        <option key={t} value={t}>
                          {LIBELLES_TYPE_ETAPE[t]}
                        </option>
                      ))}
                    </select>
                  )}
                />
                <Champ
                  nom={`etapes[${i}].ton`}
                  libelle="Ton"
                  erreur={erreurDe(e, `etapes[${i}].ton`)}
                  enfant={(a) => (
                    <select {...a} defaultValue={etape.ton} disabled={!d.modifiable}>
                      {TONS.map((t) => (
                        <option key={t} value={t}>
                          {t}
                        </option>
                      ))}
                    </select>
                  )}
                />
              </div>
              <Champ
                nom={`etapes[${i}].objet`}
                libelle={courriel ? "Objet du courriel" : "Objet du courriel de confirmation"}
                erreur={erreurDe(e, `etapes[${i}].objet`)}
                enfant={(a) => <input {...a} defaultValue={etape.objet} readOnly={!d.modifiable} />}
              />
              <Champ
                nom={`etapes[${i}].corps`}
                libelle="Texte"
                aide="Variables entre accolades, par exemple {laFacture} ou {totalPrincipal} (liste plus bas)."
                erreur={erreurDe(e, `etapes[${i}].corps`)}
                enfant={(a) => <textarea {...a} rows={7} defaultValue={etape.corps} readOnly={!d.modifiable} />}
              />
              {d.modifiable ? (
                <div className="case">
                  <input type="checkbox" id={`retirer-${i}`} name={`etapes[${i}].retirer`} value="oui" />
                  <label htmlFor={`retirer-${i}`}>Retirer cette étape à l'enregistrement</label>
                </div>
              ) : null}
              {apercu ? (
                <details className="apercu" open={retour?.apercu === true}>
                  <summary>
                    Aperçu<span className="visuellement-cache"> de l'étape {i + 1}</span>
                  </summary>
                  <div className="apercu-courriel" aria-live="polite">
                    <p>
                      <strong>Objet :</strong> {apercu.objet}
                    </p>
                    <pre>{apercu.texte}</pre>
                  </div>
                </details>
              ) : null}
            </fieldset>
          );
        })}
        {d.modifiable ? (
          <p className="boutons">
            <button type="submit" name="intention" value="enregistrer" className="bouton">
              Enregistrer le plan
            </button>{" "}
            <button type="submit" name="intention" value="apercu" className="bouton bouton-secondaire">
              Prévisualiser
            </button>{" "}
            <button type="submit" name="intention" value="ajouter-etape" className="bouton bouton-secondaire">
              Ajouter une étape
            </button>
          </p>
        ) : null}
      </Form>

      <section aria-labelledby="titre-apercu">
        <h2 id="titre-apercu">Aperçu sur un dossier</h2>
        {d.dossiers.length ? (
          <Form method="get" className="en-ligne">
            <input type="hidden" name="plan" value={d.planId} />
            <label htmlFor="dossier-apercu">Dossier</label>{" "}
            <select id="dossier-apercu" name="dossier" defaultValue={d.dossierId ?? ""}>
              {d.dossiers.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.libelle}
                </option>
              ))}
            </select>{" "}
            <button type="submit" className="bouton bouton-secondaire">
              Choisir
            </button>
          </Form>
        ) : (
          <p>Aucun dossier ouvert : l'aperçu apparaîtra avec le premier.</p>
        )}
        {d.consommateur ? (
          <p className="aide">
            Débiteur consommateur : ni pénalités ni indemnité forfaitaire, et aucun frais de recouvrement ne lui est
            réclamé (CPCE art. L.111-8) ; les variables {"{penalites}"} et {"{indemnites}"} restent vides.
          </p>
        ) : (
          <p className="aide">
            Entre professionnels, les relances fermes se terminent par les pénalités de retard à ce jour (C. com. art.
            L.441-10) et l'indemnité forfaitaire de 40 € par facture (art. D.441-5), calculées et non modifiables.
          </p>
        )}
        <table className="tableau">
          <caption>Variables</caption>
          <thead>
            <tr>
              <th scope="col">Variable</th>
              <th scope="col">Contenu</th>
              <th scope="col">Pour ce dossier</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(VARIABLES).map(([nom, description]) => (
              <tr key={nom}>
                <td>
                  <code>{`{${nom}}`}</code>
                </td>
                <td>{description}</td>
                <td>{d.variables?.[nom] ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="titre-expediteur">
        <h2 id="titre-expediteur">Expéditeur des courriels</h2>
        <p>
          {d.smtp
            ? `Serveur d'envoi configuré${d.smtpExpediteur ? ` ; adresse par défaut : ${d.smtpExpediteur}` : ""}.`
            : "Aucun serveur d'envoi (SMTP_URL) : les courriels attendent dans la boîte d'envoi des tâches."}
        </p>
        {exp === null && actionData && "expediteurEnregistre" in actionData ? (
          <p className="succes" role="status">
            Expéditeur enregistré.
          </p>
        ) : null}
        <Form method="post" className="formulaire" noValidate>
          <input type="hidden" name="intention" value="expediteur" />
          <ResumeErreurs
            erreurs={exp?.erreurs}
            libelles={(c) =>
              ({
                expediteurNom: "Nom",
                expediteurAdresse: "Adresse d'expédition",
                expediteurReponseA: "Adresse de réponse",
                expediteurSignature: "Signature",
              })[c] ?? c
            }
          />
          {(
            [
              ["expediteurNom", "Nom affiché", d.expediteur.nom, "text"],
              ["expediteurAdresse", "Adresse d'expédition", d.expediteur.adresse, "email"],
              ["expediteurReponseA", "Adresse de réponse (facultatif)", d.expediteur.reponseA, "email"],
            ] as const
          ).map(([nom, libelle, valeur, type]) => (
            <Champ
              key={nom}
              nom={nom}
              libelle={libelle}
              erreur={erreurDe(exp?.erreurs, nom)}
              enfant={(a) => (
                <input {...a} type={type} defaultValue={exp?.valeurs?.[nom] ?? valeur ?? ""} readOnly={!d.modifiable} />
              )}
            />
          ))}
          <Champ
            nom="expediteurSignature"
            libelle="Signature"
            erreur={erreurDe(exp?.erreurs, "expediteurSignature")}
            enfant={(a) => (
              <textarea
                {...a}
                rows={3}
                defaultValue={exp?.valeurs?.expediteurSignature ?? d.expediteur.signature ?? ""}
                readOnly={!d.modifiable}
              />
            )}
          />
          {d.modifiable ? (
            <button type="submit" className="bouton">
              Enregistrer l'expéditeur
            </button>
          ) : null}
        </Form>
      </section>
    </>
  );
}
