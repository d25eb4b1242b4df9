/**
 * The receivables book (/creances, issue 15): what is owed and by whom — totals, aged balance per
 * debtor (not yet due, 1-30, 31-60, 61-90, over 90 days past due), amounts per stage of the path,
 * what becomes time-barred in the next 90 days, days sales outstanding. Read from the columns the
 * journal keeps current (`restantes`, `etape`, `echeances`): no legal computation per request.
 */
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { TRANCHES, type Tranche, tranche } from "../../domain/creances/tranches";
import { ajouterJours, type Jour } from "../../domain/dates/jour";
import { situation } from "../../domain/dossier/analyse";
import { avancer, dossierStatique } from "../../machines/escalation/parcours";
import type { Services } from "../contexte";
import { chargerDossier } from "../db/dossiers.server";
import { dossiersOuvertsDuLivre } from "../db/listes.server";
import * as t from "../db/schema";
import { cleDebiteur } from "./import/lecture";
import { etatDuDossier, restantesDe } from "./parcours-dossier.server";
import { tauxDeLInstance } from "./taux.server";

export { LIBELLES_TRANCHES, TRANCHES, type Tranche, tranche } from "../../domain/creances/tranches";

const zero = (): Record<Tranche, number> => ({ "non-echu": 0, "1-30": 0, "31-60": 0, "61-90": 0, "plus-90": 0 });

export type LigneDebiteur = {
  cle: string;
  nom: string;
  dossiers: { id: string; reference: string }[];
  totalCents: number;
  tranches: Record<Tranche, number>;
  plusAncienne: Jour | null;
};

/** Fills `restantes` for the dossiers written before the book existed (once each). */
export async function completerRestantes(s: Services) {
  const db = s.base.db;
  const manquants = await db
    .select({ id: t.dossier.id })
    .from(t.dossier)
    .where(
      and(eq(t.dossier.organisationId, s.organisationId), eq(t.dossier.statut, "ouvert"), isNull(t.dossier.restantes)),
    );
  if (manquants.length === 0) return;
  const aujourdhui = s.aujourdhui();
  const taux = await tauxDeLInstance(db);
  for (const { id } of manquants) {
    const d = await chargerDossier(db, id);
    if (!d) continue;
    const snapshot = avancer(etatDuDossier(d), aujourdhui).snapshot;
    const sit = situation(dossierStatique({ ...d.dossier, tauxPublies: taux }), snapshot.context.journal, aujourdhui);
    await db
      .update(t.dossier)
      .set({ restantes: restantesDe(snapshot, sit) })
      .where(eq(t.dossier.id, id));
  }
}

/**
 * The book of an organisation, computed once per state of its dossiers: the key is the day, the
 * number of open dossiers and the latest write among them (every journal write bumps it), so a
 * page view costs one small query while nothing changed (each instance keeps its own copy).
 */
const cache = new Map<string, { cle: string; livre: Promise<Calcul> }>();
type Calcul = Awaited<ReturnType<typeof calculer>>;

export async function grandLivre(s: Services): Promise<Calcul> {
  await completerRestantes(s);
  const [etat] = await s.base.db
    .select({
      n: sql<number>`count(*)::int`,
      dernier: sql<string>`coalesce(max(${t.dossier.modifieLe})::text, '')`,
    })
    .from(t.dossier)
    .where(and(eq(t.dossier.organisationId, s.organisationId), eq(t.dossier.statut, "ouvert")));
  const cle = `${s.aujourdhui()}|${etat?.n}|${etat?.dernier}`;
  const connu = cache.get(s.organisationId);
  if (connu?.cle === cle) return connu.livre;
  const livre = calculer(s);
  cache.set(s.organisationId, { cle, livre });
  livre.catch(() => cache.delete(s.organisationId));
  return livre;
}

async function calculer(s: Services) {
  const db = s.base.db;
  const aujourdhui = s.aujourdhui();
  const lignes = await dossiersOuvertsDuLivre(db, s.organisationId);
  const totaux = zero();
  const parEtape = new Map<string, { cents: number; nombre: number }>();
  const debiteurs = new Map<string, LigneDebiteur>();
  const prescritesBientot: {
    dossierId: string;
    reference: string;
    debiteur: string;
    date: Jour;
    resteCents: number;
  }[] = [];
  const limite = ajouterJours(aujourdhui, 90);
  for (const l of lignes) {
    const restantes = l.restantes;
    const du = restantes.reduce((n, r) => n + r.resteCents, 0);
    if (du === 0) continue;
    const nom = l.debiteur;
    const cle = cleDebiteur({ nom, siren: l.siren, codePostal: l.codePostal });
    const d: LigneDebiteur = debiteurs.get(cle) ?? {
      cle,
      nom,
      dossiers: [],
      totalCents: 0,
      tranches: zero(),
      plusAncienne: null,
    };
    d.dossiers.push({ id: l.id, reference: l.reference });
    for (const r of restantes) {
      const tr = tranche(r.echeance, aujourdhui);
      d.tranches[tr] += r.resteCents;
      totaux[tr] += r.resteCents;
      if (!d.plusAncienne || r.echeance < d.plusAncienne) d.plusAncienne = r.echeance;
    }
    d.totalCents += du;
    debiteurs.set(cle, d);
    const e = parEtape.get(l.etape) ?? { cents: 0, nombre: 0 };
    parEtape.set(l.etape, { cents: e.cents + du, nombre: e.nombre + 1 });
    const prescription = l.prescription;
    if (prescription && prescription >= aujourdhui && prescription <= limite) {
      prescritesBientot.push({
        dossierId: l.id,
        reference: l.reference,
        debiteur: nom,
        date: prescription,
        resteCents: du,
      });
    }
  }
  const total = TRANCHES.reduce((n, tr) => n + totaux[tr], 0);
  // Days sales outstanding: receivables ÷ invoiced over the last 90 days × 90.
  const [ventes] = await db
    .select({ cents: sql<number>`coalesce(sum(${t.facture.montantTtcCents}), 0)::bigint` })
    .from(t.facture)
    .innerJoin(t.dossier, eq(t.dossier.id, t.facture.dossierId))
    .where(
      and(
        eq(t.dossier.organisationId, s.organisationId),
        gt(t.facture.dateEmission, ajouterJours(aujourdhui, -90)),
        sql`${t.facture.dateEmission} <= ${aujourdhui}`,
      ),
    );
  const ventes90 = Number(ventes?.cents ?? 0);
  return {
    aujourdhui,
    totalCents: total,
    tranches: totaux,
    parEtape: [...parEtape].map(([etape, v]) => ({ etape, ...v })).sort((a, b) => b.cents - a.cents),
    prescritesBientot: prescritesBientot.sort((a, b) => a.date.localeCompare(b.date)),
    dso: ventes90 > 0 ? Math.round((total / ventes90) * 90) : null,
    ventes90Cents: ventes90,
    debiteurs: [...debiteurs.values()],
  };
}

export type GrandLivre = Calcul;

/** A CSV cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with « ' ». */
export function celluleSure(v: string): string {
  const texte = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[;"\n\r]/.test(texte) ? `"${texte.replace(/"/g, '""')}"` : texte;
}
