/**
 * /taux — the rate tables the interest computations use (taux de l'intérêt légal by category,
 * ECB rate at 1 January / 1 July), the semesters still missing, and a form to add a published
 * rate with its source. Committed rows stay the base; added rows are stored on this instance.
 * Until accounts exist the page is as open as the rest of the application.
 */
import { data, Form } from "react-router";
import { taux as formatTaux } from "../../domain/format/francais";
import { libelleSemestre } from "../../domain/interets/taux";
import type { Semestre } from "../../domain/interets/taux.table";
import type { ErreurChamp } from "../../domain/validation/zod-fr";
import { Champ, erreurDe, ResumeErreurs } from "../components/formulaire";
import { exigerCompte } from "../comptes/session.server";
import { servicesContext } from "../contexte";
import { valeursNettoyees } from "../saisie";
import { ajouterTauxPublie, vueTaux } from "../services/taux.server";
import type { Route } from "./+types/taux";

export const meta: Route.MetaFunction = () => [{ title: "Taux publiés — Recouvrement" }];

export async function loader({ context }: Route.LoaderArgs) {
  const s = context.get(servicesContext);
  return { ...(await vueTaux(s.base.db, s.aujourdhui())), aujourdhui: s.aujourdhui() };
}

export async function action({ context, request }: Route.ActionArgs) {
  // Instance-wide data: only the instance's operator adds a rate.
  const { compte, s } = await exigerCompte(context.get(servicesContext), request);
  if (!compte.operateur) throw data("Réservé à l'exploitant de l'instance.", { status: 403 });
  const { valeurs, erreurs: invisibles } = valeursNettoyees(await request.formData());
  const nature = valeurs.nature === "bce" ? "bce" : "legal";
  if (invisibles.length) return data({ nature, erreurs: invisibles, valeurs, ajoute: null }, { status: 400 });
  const r = await ajouterTauxPublie(s.base.db, valeurs, s.aujourdhui());
  if (!r.ok) return data({ nature, erreurs: r.erreurs, valeurs, ajoute: null }, { status: 400 });
  return { nature, erreurs: [] as ErreurChamp[], valeurs: {}, ajoute: libelleSemestre(r.saisi.semestre) };
}

const LIBELLES: Record<string, string> = {
  semestre: "Semestre",
  particulier: "Taux des particuliers",
  autresCas: "Taux des autres cas",
  tauxPourcent: "Taux de la BCE",
  source: "Source",
  nature: "Taux",
};

function Ajout({
  nature,
  manquants,
  retour,
}: {
  nature: "legal" | "bce";
  manquants: { semestre: Semestre; libelle: string }[];
  retour: { erreurs: ErreurChamp[]; valeurs: Record<string, string> } | undefined;
}) {
  const v = retour?.valeurs ?? {};
  const e = retour?.erreurs;
  return (
    <Form
      method="post"
      className="formulaire"
      noValidate
      aria-label={`Ajouter un ${nature === "legal" ? "taux légal" : "taux de la BCE"}`}
    >
      <input type="hidden" name="nature" value={nature} />
      <ResumeErreurs erreurs={e} libelles={(c) => LIBELLES[c] ?? c} prefixe={nature} />
      <Champ
        nom="semestre"
        prefixe={nature}
        libelle="Semestre (AAAA-S1 ou AAAA-S2)"
        aide={
          manquants.length
            ? `Manquant : ${manquants.map((m) => `${m.libelle} (${m.semestre})`).join(", ")}.`
            : "Aucun semestre ne manque jusqu'à aujourd'hui ; vous pouvez ajouter celui qui vient, dès sa publication."
        }
        erreur={erreurDe(e, "semestre")}
        enfant={(a) => <input {...a} defaultValue={v.semestre ?? manquants[0]?.semestre ?? ""} placeholder="2027-S1" />}
      />
      {nature === "legal" ? (
        <>
          <Champ
            nom="particulier"
            prefixe={nature}
            libelle="Taux pour un créancier personne physique hors besoins professionnels (%)"
            erreur={erreurDe(e, "particulier")}
            enfant={(a) => <input {...a} inputMode="decimal" defaultValue={v.particulier ?? ""} placeholder="6,67" />}
          />
          <Champ
            nom="autresCas"
            prefixe={nature}
            libelle="Taux dans tous les autres cas (%)"
            erreur={erreurDe(e, "autresCas")}
            enfant={(a) => <input {...a} inputMode="decimal" defaultValue={v.autresCas ?? ""} placeholder="3,17" />}
          />
        </>
      ) : (
        <Champ
          nom="tauxPourcent"
          prefixe={nature}
          libelle="Taux des opérations principales de refinancement de la BCE en vigueur au 1er jour du semestre (%)"
          erreur={erreurDe(e, "tauxPourcent")}
          enfant={(a) => <input {...a} inputMode="decimal" defaultValue={v.tauxPourcent ?? ""} placeholder="2,15" />}
        />
      )}
      <Champ
        nom="source"
        prefixe={nature}
        libelle="Source"
        aide={
          nature === "legal"
            ? "L'arrêté publié au Journal officiel, par exemple « Arrêté du 22 décembre 2026 relatif à la fixation du taux de l'intérêt légal »."
            : "Le communiqué de la BCE ou la page de la Banque de France qui donne ce taux."
        }
        erreur={erreurDe(e, "source")}
        enfant={(a) => <input {...a} defaultValue={v.source ?? ""} />}
      />
      <button type="submit" className="bouton bouton-secondaire">
        Ajouter ce taux
      </button>
    </Form>
  );
}

/** One rate table: a row per semester, newest first, each with its source and, when added here, the day. */
function TableTaux({
  legende,
  colonnes,
  lignes,
}: {
  legende: string;
  colonnes: string[];
  lignes: { semestre: Semestre; valeurs: string[]; source: string; ajouteLe?: string | undefined }[];
}) {
  return (
    <div className="tableau-defilant">
      <table>
        <caption className="visuellement-cache">{legende}</caption>
        <thead>
          <tr>
            <th scope="col">Semestre</th>
            {colonnes.map((c) => (
              <th key={c} scope="col" className="montant">
                {c}
              </th>
            ))}
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {lignes.map((l) => (
            <tr key={l.semestre}>
              <th scope="row">{libelleSemestre(l.semestre)}</th>
              {l.valeurs.map((v, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                <td key={i} className="montant">
                  {formatTaux(v)}
                </td>
              ))}
              <td>
                {l.source}
                {l.ajouteLe ? <strong> — ajouté sur cette instance le {l.ajouteLe}</strong> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function Taux({ loaderData: d, actionData }: Route.ComponentProps) {
  const retour = (n: "legal" | "bce") =>
    actionData && actionData.nature === n && actionData.erreurs.length
      ? { erreurs: actionData.erreurs, valeurs: actionData.valeurs as Record<string, string> }
      : undefined;
  return (
    <>
      <h1>Taux publiés</h1>
      <p>
        Les intérêts de retard se calculent semestre par semestre : au taux de l'intérêt légal (CMF art. L.313-2, fixé
        chaque semestre par arrêté) ou, entre professionnels, au taux de refinancement de la BCE en vigueur au 1er
        janvier ou au 1er juillet, majoré de 10 points (C. com. art. L.441-10). Tant qu'un semestre manque, le dernier
        taux connu est appliqué et le calcul est marqué « provisoire ». Ajoutez ici le taux publié : il sert aussitôt à
        tous les calculs et aux documents, qui le signalent comme ajouté.
      </p>
      {actionData?.ajoute ? (
        <p className="succes" role="status">
          Taux du {actionData.ajoute} ajouté : les calculs l'utilisent dès maintenant.
        </p>
      ) : null}

      <section aria-labelledby="titre-legal">
        <h2 id="titre-legal">Taux de l'intérêt légal</h2>
        <Ajout nature="legal" manquants={d.manquants.legal} retour={retour("legal")} />
        <TableTaux
          legende="Taux de l'intérêt légal par semestre"
          colonnes={["Particuliers", "Autres cas"]}
          lignes={d.legal.map((l) => ({ ...l, valeurs: [l.particulier, l.autresCas] }))}
        />
      </section>

      <section aria-labelledby="titre-bce">
        <h2 id="titre-bce">Taux de la BCE (opérations principales de refinancement)</h2>
        <Ajout nature="bce" manquants={d.manquants.bce} retour={retour("bce")} />
        <TableTaux
          legende="Taux de la BCE au premier jour de chaque semestre"
          colonnes={["Taux"]}
          lignes={d.bce.map((l) => ({ ...l, valeurs: [l.tauxPourcent] }))}
        />
      </section>
    </>
  );
}
