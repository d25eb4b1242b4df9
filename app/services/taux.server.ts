/**
 * The rates page and CLI behind one service: the committed tables and the rows added on this
 * instance, the semesters still missing, and adding a published rate (validated in French). The
 * added rows reach every computation as data (`tauxDeLInstance`).
 */
import { estJourValide, type Jour } from "../../domain/dates/jour";
import { lireTauxSaisi } from "../../domain/format/saisie";
import { fusionnerTables, libelleSemestre, semestresManquants } from "../../domain/interets/taux";
import { TauxSaisiSchema } from "../../domain/interets/taux.schema";
import { erreursTauxAjoute, type TauxSaisi, tablesAjoutees } from "../../domain/interets/taux-ajoutes";
import { type ErreurChamp, erreursChamps } from "../../domain/validation/zod-fr";
import type { Db } from "../db/database.server";
import { ajouterTaux, listerTauxAjoutes, TauxDejaAjoute } from "../db/taux.server";

export type TauxInstance = ReturnType<typeof tablesAjoutees>;

/** The rows added on this instance, as the engine takes them (`tauxPublies` / `taux`). */
export async function tauxDeLInstance(db: Db): Promise<TauxInstance> {
  return tablesAjoutees(await listerTauxAjoutes(db));
}

export async function vueTaux(db: Db, aujourdhui: Jour) {
  const ajoutes = await tauxDeLInstance(db);
  const tables = fusionnerTables(ajoutes);
  return {
    legal: [...tables.legal].reverse(),
    bce: [...tables.bce].reverse(),
    manquants: {
      legal: semestresManquants(tables.legal, aujourdhui).map((s) => ({ semestre: s, libelle: libelleSemestre(s) })),
      bce: semestresManquants(tables.bce, aujourdhui).map((s) => ({ semestre: s, libelle: libelleSemestre(s) })),
    },
  };
}

const taux = (v: string | undefined) => (v ? (lireTauxSaisi(v) ?? v) : "");

/** Reads a rate typed the French way (« 6,20 », « 6,2 % ») and adds it when the law and the tables allow. */
export async function ajouterTauxPublie(
  db: Db,
  valeurs: Record<string, string | undefined>,
  aujourdhui: Jour,
): Promise<{ ok: true; saisi: TauxSaisi } | { ok: false; erreurs: ErreurChamp[] }> {
  const brut =
    valeurs.nature === "bce"
      ? {
          nature: "bce",
          semestre: valeurs.semestre ?? "",
          tauxPourcent: taux(valeurs.tauxPourcent),
          source: valeurs.source ?? "",
        }
      : {
          nature: valeurs.nature ?? "",
          semestre: valeurs.semestre ?? "",
          particulier: taux(valeurs.particulier),
          autresCas: taux(valeurs.autresCas),
          source: valeurs.source ?? "",
        };
  const r = TauxSaisiSchema.safeParse(brut);
  if (!r.success) {
    return {
      ok: false,
      erreurs: erreursChamps(r.error).map((e) =>
        e.champ === "nature" ? { champ: "nature", message: "choisissez le taux légal ou le taux de la BCE" } : e,
      ),
    };
  }
  if (!estJourValide(aujourdhui)) throw new RangeError("date du jour invalide");
  const existants = await listerTauxAjoutes(db);
  const erreurs = erreursTauxAjoute(r.data, aujourdhui, existants);
  if (erreurs.length) return { ok: false, erreurs };
  try {
    await ajouterTaux(db, r.data, aujourdhui);
  } catch (e) {
    if (!(e instanceof TauxDejaAjoute)) throw e;
    return { ok: false, erreurs: [{ champ: "semestre", message: e.message }] };
  }
  return { ok: true, saisi: r.data };
}
