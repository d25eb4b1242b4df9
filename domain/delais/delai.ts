/**
 * Procedural deadlines (délais de procédure), CPC art. 640 to 644.
 *
 * - 640: the deadline runs from the triggering act or event;
 * - 641: in days, the triggering day does not count; in months or years, the deadline ends on the
 *   day bearing the same number (quantième), or the last day of the month; months before days;
 * - 642: it ends at 24:00 on its last day; a deadline ending on a Saturday, Sunday or public
 *   holiday is extended to the next working day (chained over consecutive days off);
 * - 643-644: délais de distance lengthen the period (+1 month overseas, +2 months abroad).
 *
 * Counted backwards ("au moins 15 jours avant l'audience"), 642 does not apply: a deadline
 * landing on a day off moves to the previous working day, to be safe.
 * The national calendar decides (docs/droit/delais.md): a local holiday (Alsace-Moselle, overseas) is
 * never relied on to gain time; the date it would give is reported with a warning.
 */

import {
  ALSACE_MOSELLE,
  estAlsaceMoselle,
  estOutreMer,
  nomCollectivite,
  OUTRE_MER_CPC,
} from "../calendrier/departement";
import { aDesJoursFeriesLocaux, estChome, estWeekEnd, ferie } from "../calendrier/jours-feries";
import { ajouterJours, ajouterMois, type Jour, jourDeLaSemaine } from "../dates/jour";
import { dateAvecJour, dateLongue, duree as formatDuree } from "../format/francais";

export type Duree = { ans?: number | undefined; mois?: number | undefined; jours?: number | undefined };
export type Distance = "aucune" | "outre-mer" | "etranger";
export type Sens = "apres" | "avant";

export type DelaiEntree = {
  depart: Jour;
  duree: Duree;
  sens?: Sens;
  distance?: Distance;
  /** Département where the act must be done (court, greffe): local holidays are reported. */
  departement?: string | undefined;
};

export type JourSaute = { date: Jour; raison: string };

export type DelaiResultat = {
  dateLimite: Jour;
  dateNominale: Jour;
  prorogee: boolean;
  dateLimiteCalendrierLocal?: Jour;
  joursSautes: JourSaute[];
  explication: string[];
  fondements: string[];
  avertissements: string[];
};

export const MOIS_DISTANCE: Record<Distance, number> = { aucune: 0, "outre-mer": 1, etranger: 2 };

function raisonChomage(jour: Jour, departement?: string): string {
  const nom = ferie(jour, departement);
  if (nom) return `jour férié (${nom})`;
  return jourDeLaSemaine(jour) === 6 ? "samedi" : "dimanche";
}

/** Moves off a Saturday, Sunday or holiday, forward or backward, chained. */
function deplacer(jour: Jour, pas: 1 | -1, departement?: string): { date: Jour; sautes: JourSaute[] } {
  const sautes: JourSaute[] = [];
  let d = jour;
  while (estChome(d, departement)) {
    sautes.push({ date: d, raison: raisonChomage(d, departement) });
    d = ajouterJours(d, pas);
  }
  return { date: d, sautes };
}

export function calculerDelai(entree: DelaiEntree): DelaiResultat {
  const sens = entree.sens ?? "apres";
  const distance = entree.distance ?? "aucune";
  const signe = sens === "apres" ? 1 : -1;
  const { ans = 0, mois = 0, jours = 0 } = entree.duree;
  const moisDistance = MOIS_DISTANCE[distance];
  const moisTotal = ans * 12 + mois + moisDistance;

  const fondements = ["CPC art. 640", "CPC art. 641"];
  const avertissements: string[] = [];
  const explication: string[] = [];

  const libelleDuree = formatDuree(entree.duree);
  explication.push(
    sens === "apres"
      ? `Le délai de ${libelleDuree} court à partir du ${dateLongue(entree.depart)} (art. 640 CPC).`
      : `Le délai de ${libelleDuree} se compte à rebours depuis le ${dateLongue(entree.depart)}.`,
  );
  if (moisDistance > 0) {
    fondements.push("CPC art. 643", "CPC art. 644");
    explication.push(
      `Il est augmenté de ${moisDistance} mois au titre du délai de distance (${distance === "outre-mer" ? "partie demeurant outre-mer" : "partie demeurant à l'étranger"}, art. 643-644 CPC) : ${formatDuree({ ans, mois: mois + moisDistance, jours })} en tout.`,
    );
  }

  let nominale = ajouterMois(entree.depart, signe * moisTotal);
  if (moisTotal > 0) {
    explication.push(
      `Les mois se comptent de quantième à quantième ; à défaut de quantième identique, le délai expire le dernier jour du mois (art. 641 al. 2 CPC) : ${dateLongue(nominale)}.`,
    );
  }
  if (jours > 0) {
    nominale = ajouterJours(nominale, signe * jours);
    explication.push(
      moisTotal > 0
        ? `Les jours s'ajoutent après les mois (art. 641 al. 3 CPC) : ${dateLongue(nominale)}.`
        : `Le jour de l'événement ne compte pas (art. 641 al. 1 CPC) : le délai expire le ${dateLongue(nominale)}.`,
    );
  }

  const { date: dateLimite, sautes } = deplacer(nominale, sens === "apres" ? 1 : -1);
  const prorogee = dateLimite !== nominale;
  if (sens === "apres") {
    fondements.push("CPC art. 642");
    if (prorogee) {
      const jours = sautes.map((s) => `le ${dateLongue(s.date)} est un ${s.raison}`).join(", ");
      explication.push(
        `${jours.charAt(0).toUpperCase()}${jours.slice(1)} : le délai est prorogé au premier jour ouvrable suivant (art. 642 al. 2 CPC).`,
      );
    }
    explication.push(
      `Dernier jour pour agir : ${dateAvecJour(dateLimite, jourDeLaSemaine(dateLimite))}, à 24 heures (art. 642 al. 1 CPC).`,
    );
  } else {
    if (prorogee) {
      explication.push(
        `Le ${dateLongue(nominale)} n'étant pas un jour ouvrable, la date est avancée au jour ouvrable précédent, par prudence : un délai compté à rebours n'est pas prorogé par l'art. 642 CPC.`,
      );
    }
    explication.push(`Dernier jour pour agir : ${dateAvecJour(dateLimite, jourDeLaSemaine(dateLimite))}.`);
  }

  const resultat: DelaiResultat = {
    dateLimite,
    dateNominale: nominale,
    prorogee,
    joursSautes: sautes,
    explication,
    fondements,
    avertissements,
  };

  const dep = entree.departement;
  if (dep && aDesJoursFeriesLocaux(dep)) {
    const local = deplacer(nominale, sens === "apres" ? 1 : -1, dep);
    if (local.date !== dateLimite) {
      resultat.dateLimiteCalendrierLocal = local.date;
      const region = estAlsaceMoselle(dep) ? "d'Alsace-Moselle" : `de ${nomCollectivite(dep)}`;
      avertissements.push(
        sens === "apres"
          ? `Avec les jours fériés locaux ${region}, le délai irait jusqu'au ${dateLongue(local.date)}. Aucun texte ne dit quel calendrier s'applique : ne comptez pas sur ce jour férié local, agissez au plus tard le ${dateLongue(dateLimite)}.`
          : `Avec les jours fériés locaux ${region}, la date serait avancée au ${dateLongue(local.date)} : par prudence, agissez au plus tard ce jour-là.`,
      );
      fondements.push(estAlsaceMoselle(dep) ? "C. trav. art. L.3134-13" : "C. trav. art. L.3422-2");
    }
  } else if (dep === "975") {
    avertissements.push(
      "Les jours fériés propres à Saint-Pierre-et-Miquelon ne sont pas connus de l'outil : seul le calendrier national est appliqué.",
    );
  }
  if (sens === "apres" && estWeekEnd(entree.depart) && jours > 0 && moisTotal === 0) {
    // Nothing changes legally, but users often wonder.
    explication.push("Un délai peut commencer à courir un jour non ouvrable : seul son dernier jour est prorogé.");
  }
  return resultat;
}

export type Residence = { pays?: string | undefined; departement?: string | undefined };

/**
 * Délai de distance of a party (CPC 643-644) given the département of the court and the
 * party's residence.
 */
export function distancePour(
  departementJuridiction: string,
  residence: Residence,
): { distance: Distance; fondements: string[]; avertissements: string[] } {
  const pays = (residence.pays ?? "FR").toUpperCase();
  const avertissements: string[] = [];
  if (pays !== "FR") return { distance: "etranger", fondements: ["CPC art. 643", "CPC art. 644"], avertissements };
  const dep = residence.departement;
  if (departementJuridiction in OUTRE_MER_CPC) {
    // art. 644: court overseas; no extension within the same collectivity.
    if (dep === departementJuridiction) return { distance: "aucune", fondements: ["CPC art. 644"], avertissements };
    if (!dep) {
      avertissements.push(
        "Le lieu de résidence de la partie n'est pas connu : aucun délai de distance n'est ajouté, par prudence.",
      );
      return { distance: "aucune", fondements: ["CPC art. 644"], avertissements };
    }
    return { distance: "outre-mer", fondements: ["CPC art. 644"], avertissements };
  }
  if (estOutreMer(departementJuridiction)) {
    avertissements.push(
      `Devant une juridiction de ${nomCollectivite(departementJuridiction)}, les délais suivent une procédure locale : vérifiez-les auprès d'un professionnel.`,
    );
    return { distance: "aucune", fondements: [], avertissements };
  }
  // art. 643: court in metropolitan France.
  if (dep && estOutreMer(dep)) return { distance: "outre-mer", fondements: ["CPC art. 643"], avertissements };
  return { distance: "aucune", fondements: ["CPC art. 643"], avertissements };
}

export { ALSACE_MOSELLE };
