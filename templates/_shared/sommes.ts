/**
 * Display-ready amounts shared by the letters, the décompte and the court documents: one line per
 * invoice still claimed, the interest or penalties, the indemnities, the total. Computed by the
 * legal engine (domain/interets) through the dossier's journal adapter; formatted here only.
 */
import { dateCourte, montant, taux } from "../../domain/format/francais";
import type { InteretsResultat } from "../../domain/interets/interets";
import type { ContexteDocument } from "./contexte";

export type LigneFacture = {
  numero: string;
  date: string;
  echeance: string;
  montant: string;
  regle: string;
  reste: string;
};

export type Sommes = {
  professionnel: boolean;
  consommateur: boolean;
  factures: LigneFacture[];
  numeros: string[];
  totalPrincipal: string;
  montantInterets: string;
  montantIndemnites: string;
  nombreIndemnites: number;
  montantFraisComplementaires: string;
  aFraisComplementaires: boolean;
  totalReclame: string;
  totalReclameCents: number;
  libelleTaux: string;
  interets: InteretsResultat | null;
};

export function sommes(c: ContexteDocument): Sommes {
  const i = c.situation.interets;
  const exclues = c.situation.facturesPrescrites;
  const professionnel = i?.regime === "professionnel";
  const factures = c.dossier.factures
    .filter((f) => !exclues.includes(f.numero))
    .map((f) => {
      const s = i?.factures.find((x) => x.numero === f.numero);
      const regle = (s?.paiementsCents ?? 0) + (s?.avoirsCents ?? 0);
      return {
        numero: f.numero,
        date: f.dateEmission ? dateCourte(f.dateEmission) : "—",
        echeance: dateCourte(f.dateEcheance),
        montant: montant(f.montantTtcCents),
        regle: montant(regle),
        reste: montant(s?.principalRestantCents ?? f.montantTtcCents),
        _reste: s?.principalRestantCents ?? f.montantTtcCents,
      };
    })
    .filter((f) => f._reste > 0)
    .map(({ _reste, ...f }) => f);
  const tauxDistincts = [...new Set(i?.lignes.map((l) => l.tauxPourcent) ?? [])];
  const libelleTaux = professionnel
    ? c.dossier.options.tauxContractuelPourcent
      ? `taux contractuel de ${taux(c.dossier.options.tauxContractuelPourcent)}`
      : `taux de refinancement de la Banque centrale européenne majoré de 10 points${tauxDistincts.length ? ` (${tauxDistincts.map(taux).join(" puis ")})` : ""}`
    : "taux de l'intérêt légal";
  return {
    professionnel,
    consommateur: !professionnel,
    factures,
    numeros: factures.map((f) => f.numero),
    totalPrincipal: montant(i?.principalRestantCents ?? 0),
    montantInterets: montant((i?.totalInteretsCents ?? 0) - (i?.interetsPayesCents ?? 0)),
    montantIndemnites: montant(i?.indemnitesForfaitairesCents ?? 0),
    nombreIndemnites: (i?.indemnitesForfaitairesCents ?? 0) / 4000,
    montantFraisComplementaires: montant(i?.fraisRecouvrementComplementairesCents ?? 0),
    aFraisComplementaires: (i?.fraisRecouvrementComplementairesCents ?? 0) > 0,
    totalReclame: montant(i?.totalDuCents ?? 0),
    totalReclameCents: i?.totalDuCents ?? 0,
    libelleTaux,
    interets: i,
  };
}
