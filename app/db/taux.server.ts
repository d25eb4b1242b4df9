/** Published rates added on this instance (table taux_publie): listed, added once per semester. */
import { asc } from "drizzle-orm";
import type { Semestre } from "../../domain/interets/taux.table";
import type { TauxAjoute, TauxSaisi } from "../../domain/interets/taux-ajoutes";
import type { Db } from "./database.server";
import * as t from "./schema";

export async function listerTauxAjoutes(db: Db): Promise<TauxAjoute[]> {
  const lignes = await db.select().from(t.tauxPublie).orderBy(asc(t.tauxPublie.nature), asc(t.tauxPublie.semestre));
  return lignes.map(
    (l): TauxAjoute =>
      l.nature === "legal"
        ? {
            nature: "legal",
            semestre: l.semestre as Semestre,
            particulier: l.particulier ?? "0",
            autresCas: l.autresCas ?? "0",
            source: l.source,
            ajouteLe: l.ajouteLe,
          }
        : {
            nature: "bce",
            semestre: l.semestre as Semestre,
            tauxPourcent: l.taux ?? "0",
            source: l.source,
            ajouteLe: l.ajouteLe,
          },
  );
}

export class TauxDejaAjoute extends Error {
  override name = "TauxDejaAjoute";
}

/** Adds a row; a row for the same nature and semester already there (even from a concurrent request) throws TauxDejaAjoute. */
export async function ajouterTaux(db: Db, taux: TauxSaisi, ajouteLe: string): Promise<void> {
  const r = await db
    .insert(t.tauxPublie)
    .values({
      nature: taux.nature,
      semestre: taux.semestre,
      particulier: taux.nature === "legal" ? taux.particulier : null,
      autresCas: taux.nature === "legal" ? taux.autresCas : null,
      taux: taux.nature === "bce" ? taux.tauxPourcent : null,
      source: taux.source,
      ajouteLe,
    })
    .onConflictDoNothing()
    .returning({ id: t.tauxPublie.id });
  if (r.length === 0) throw new TauxDejaAjoute(`un taux a déjà été ajouté pour ce semestre`);
}
