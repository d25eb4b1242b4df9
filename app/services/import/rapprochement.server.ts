/**
 * Matching a bank statement to the open invoices (issue 15, decision 022). An incoming entry whose
 * label names invoices of one dossier and whose amount is exactly what they still owe is recorded
 * as `paiement.recu` — one per invoice, with the entry's reference, so that reminders stop and
 * interest is recomputed at once; an entry already recorded is recognised by that reference and
 * skipped. Partial, ambiguous or unreferenced entries are listed for a person to assign.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Evenement } from "../../../domain/dossier/evenements";
import type { Services } from "../../contexte";
import { ConflitDeVersion, chargerDossier, estIdentifiant } from "../../db/dossiers.server";
import { dossiersOuvertsDuLivre } from "../../db/listes.server";
import * as t from "../../db/schema";
import { completerRestantes } from "../creances.server";
import { envoyerEvenement, envoyerEvenementAJour } from "../parcours-dossier.server";
import type { Ecriture } from "./releve";

export type Candidat = { dossierId: string; reference: string; debiteur: string; facture: string; resteCents: number };

export type Rapprochement = {
  ecriture: Ecriture;
  statut: "enregistre" | "a-affecter" | "deja-enregistre" | "ignore";
  raison: string;
  candidats: Candidat[];
};

/**
 * Whether `libelle` names the invoice `numero`: case and spaces inside the number ignored, and not
 * as part of a longer reference (no letter or digit just before, no digit just after).
 */
function nomme(libelle: string, numero: string): boolean {
  const n = numero.toUpperCase().replace(/\s+/g, "");
  if (n.length < 3) return false;
  const motif = [...n].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s?");
  return new RegExp(`(?<![A-Z0-9])${motif}(?![0-9])`).test(libelle.toUpperCase());
}

export async function rapprocher(
  s: Services,
  ecritures: Ecriture[],
  o: { simuler?: boolean } = {},
): Promise<Rapprochement[]> {
  const db = s.base.db;
  const aujourdhui = s.aujourdhui();
  await completerRestantes(s);
  const ouverts = await dossiersOuvertsDuLivre(db, s.organisationId);
  const factures: Candidat[] = ouverts.flatMap((d) =>
    d.restantes.map((r) => ({
      dossierId: d.id,
      reference: d.reference,
      debiteur: d.debiteur,
      facture: r.numero,
      resteCents: r.resteCents,
    })),
  );
  // Every invoice number of the organisation, to say so when a statement pays one already settled.
  const toutes = await db
    .select({ numero: t.facture.numero })
    .from(t.facture)
    .innerJoin(t.dossier, eq(t.dossier.id, t.facture.dossierId))
    .where(eq(t.dossier.organisationId, s.organisationId));
  // Entries already recorded, in any dossier of the organisation.
  const refs = ecritures.map((e) => e.reference);
  const deja = new Set(
    refs.length
      ? (
          await db
            .select({ r: sql<string>`${t.evenement.donnees} ->> 'releve'` })
            .from(t.evenement)
            .innerJoin(t.dossier, eq(t.dossier.id, t.evenement.dossierId))
            .where(
              and(
                eq(t.dossier.organisationId, s.organisationId),
                eq(t.evenement.type, "paiement.recu"),
                inArray(sql`${t.evenement.donnees} ->> 'releve'`, refs),
              ),
            )
        ).map((x) => x.r)
      : [],
  );
  const resultat: Rapprochement[] = [];
  for (const e of ecritures) {
    const r = (statut: Rapprochement["statut"], raison: string, candidats: Candidat[] = []) =>
      resultat.push({ ecriture: e, statut, raison, candidats });
    if (e.sens === "debit") {
      r("ignore", "débit : pas un paiement reçu");
      continue;
    }
    if (deja.has(e.reference)) {
      r("deja-enregistre", "écriture déjà inscrite au journal");
      continue;
    }
    if (e.date > aujourdhui) {
      r("ignore", `écriture datée du ${e.date}, après aujourd'hui`);
      continue;
    }
    const nommees = factures.filter((f) => nomme(e.libelle, f.facture));
    const dossiers = new Set(nommees.map((f) => f.dossierId));
    const somme = nommees.reduce((n, f) => n + f.resteCents, 0);
    if (nommees.length === 0) {
      const soldee = toutes.find((f) => nomme(e.libelle, f.numero));
      if (soldee) {
        r("a-affecter", `la facture ${soldee.numero} nommée dans le libellé est déjà réglée : rien n'est inscrit`);
        continue;
      }
      const memeMontant = factures.filter((f) => f.resteCents === e.montantCents);
      r(
        "a-affecter",
        memeMontant.length
          ? "aucune facture nommée dans le libellé ; même montant que le reste dû de la ou des factures proposées"
          : "aucune facture nommée dans le libellé, aucun reste dû de ce montant",
        memeMontant,
      );
      continue;
    }
    if (dossiers.size > 1) {
      r("a-affecter", "le libellé nomme des factures de plusieurs dossiers", nommees);
      continue;
    }
    if (somme !== e.montantCents) {
      r(
        "a-affecter",
        e.montantCents < somme
          ? `paiement partiel : ${(e.montantCents / 100).toFixed(2)} € pour ${(somme / 100).toFixed(2)} € restant dus`
          : `montant supérieur au reste dû (${(somme / 100).toFixed(2)} €)`,
        nommees,
      );
      continue;
    }
    if (o.simuler) {
      r("enregistre", "correspondance exacte (simulation : rien n'est inscrit)", nommees);
      continue;
    }
    // Exact: one payment per invoice named, in one write of the journal per invoice.
    for (const f of nommees) {
      const evenement: Evenement = {
        type: "paiement.recu",
        date: e.date,
        montantCents: f.resteCents,
        facture: f.facture,
        releve: e.reference,
      };
      const d = await chargerDossier(db, f.dossierId);
      if (!d) continue;
      const res = await envoyerEvenementAJour(db, d, evenement, aujourdhui);
      if (!res.ok) throw new Error(res.raison);
    }
    r("enregistre", "correspondance exacte : paiement inscrit au journal", nommees);
  }
  return resultat;
}

export class AffectationRefusee extends Error {
  override name = "AffectationRefusee";
}

/**
 * A person assigns a listed entry to one invoice (one click on the statement page): a partial
 * payment is allowed, never more than the invoice still owes, never the same entry twice.
 */
export async function affecter(
  s: Services,
  e: { reference: string; date: string; montantCents: number },
  dossierId: string,
  facture: string,
): Promise<string> {
  const db = s.base.db;
  if (!estIdentifiant(dossierId)) throw new AffectationRefusee("Dossier inconnu.");
  if (e.date > s.aujourdhui()) throw new AffectationRefusee("Écriture datée après aujourd'hui : rien n'est inscrit.");
  if (!Number.isInteger(e.montantCents) || e.montantCents <= 0) throw new AffectationRefusee("Montant illisible.");
  await completerRestantes(s);
  const ouverts = await dossiersOuvertsDuLivre(db, s.organisationId);
  const d = ouverts.find((x) => x.id === dossierId);
  const r = d?.restantes.find((x) => x.numero === facture);
  // Only a dossier of this organisation is looked into (another's answers like a closed invoice).
  const deja = d ? await chargerDossier(db, dossierId) : null;
  if (deja?.dossier.evenements.some((x) => x.type === "paiement.recu" && x.releve === e.reference))
    return "Écriture déjà inscrite au journal.";
  if (!d || !r) throw new AffectationRefusee("Cette facture n'est plus ouverte : rechargez le relevé.");
  if (e.montantCents > r.resteCents)
    throw new AffectationRefusee(
      `Le virement (${(e.montantCents / 100).toFixed(2)} €) dépasse ce que la facture ${facture} doit encore (${(r.resteCents / 100).toFixed(2)} €).`,
    );
  for (let essai = 0; ; essai++) {
    const enr = await chargerDossier(db, dossierId);
    if (!enr) throw new AffectationRefusee("Dossier inconnu.");
    if (enr.dossier.evenements.some((x) => x.type === "paiement.recu" && x.releve === e.reference))
      return "Écriture déjà inscrite au journal.";
    try {
      const res = await envoyerEvenement(
        db,
        enr,
        enr.version,
        { type: "paiement.recu", date: e.date, montantCents: e.montantCents, facture, releve: e.reference },
        s.aujourdhui(),
      );
      if (!res.ok) throw new AffectationRefusee(res.raison);
      return `Paiement de ${(e.montantCents / 100).toFixed(2).replace(".", ",")} € inscrit sur la facture ${facture} (${d.debiteur}).`;
    } catch (err) {
      if (!(err instanceof ConflitDeVersion) || essai >= 3) throw err;
    }
  }
}
