/**
 * Rate tables: data, one sourced row per semester (docs/droit/interets.md).
 * To add a semester, see docs/taux.md; `npm run check:taux` lists the missing ones.
 * Rates are decimal strings (percent), never floats.
 */

export type Semestre = `${number}-S${1 | 2}`;

export type LigneTauxLegal = {
  semestre: Semestre;
  /** Creditor = natural person not acting for professional needs. */
  particulier: string;
  /** All other cases (including professional creditors). */
  autresCas: string;
  source: string;
  /** Set on a row added on this instance (rates page, CLI), not committed: the day it was added. */
  ajouteLe?: string | undefined;
};

export type LigneTauxBce = {
  semestre: Semestre;
  /** ECB main refinancing operations rate in force on 1 January (S1) or 1 July (S2). */
  tauxPourcent: string;
  source: string;
  /** Set on a row added on this instance (rates page, CLI), not committed: the day it was added. */
  ajouteLe?: string | undefined;
};

const LACLEF = "Tableau laclef.eu « Taux de l'intérêt légal au 1er semestre 2026 »";

export const TAUX_LEGAL: readonly LigneTauxLegal[] = [
  { semestre: "2015-S1", particulier: "4.06", autresCas: "0.93", source: LACLEF },
  { semestre: "2015-S2", particulier: "4.29", autresCas: "0.99", source: `Arrêté du 24 juin 2015 ; ${LACLEF}` },
  { semestre: "2016-S1", particulier: "4.54", autresCas: "1.01", source: `Arrêté du 23 décembre 2015 ; ${LACLEF}` },
  { semestre: "2016-S2", particulier: "4.35", autresCas: "0.93", source: LACLEF },
  { semestre: "2017-S1", particulier: "4.16", autresCas: "0.90", source: LACLEF },
  { semestre: "2017-S2", particulier: "3.94", autresCas: "0.90", source: LACLEF },
  { semestre: "2018-S1", particulier: "3.73", autresCas: "0.89", source: LACLEF },
  { semestre: "2018-S2", particulier: "3.60", autresCas: "0.88", source: `Arrêté du 27 juin 2018 ; ${LACLEF}` },
  { semestre: "2019-S1", particulier: "3.40", autresCas: "0.86", source: LACLEF },
  { semestre: "2019-S2", particulier: "3.26", autresCas: "0.87", source: LACLEF },
  { semestre: "2020-S1", particulier: "3.15", autresCas: "0.87", source: LACLEF },
  { semestre: "2020-S2", particulier: "3.11", autresCas: "0.84", source: LACLEF },
  { semestre: "2021-S1", particulier: "3.14", autresCas: "0.79", source: LACLEF },
  { semestre: "2021-S2", particulier: "3.12", autresCas: "0.76", source: LACLEF },
  { semestre: "2022-S1", particulier: "3.13", autresCas: "0.76", source: LACLEF },
  { semestre: "2022-S2", particulier: "3.15", autresCas: "0.77", source: LACLEF },
  { semestre: "2023-S1", particulier: "4.47", autresCas: "2.06", source: LACLEF },
  {
    semestre: "2023-S2",
    particulier: "6.82",
    autresCas: "4.22",
    source: `Arrêté du 27 juin 2023 (ECOT2317028A) ; ${LACLEF}`,
  },
  { semestre: "2024-S1", particulier: "8.01", autresCas: "5.07", source: LACLEF },
  { semestre: "2024-S2", particulier: "8.16", autresCas: "4.92", source: `Arrêté du 26 juin 2024 ; ${LACLEF}` },
  { semestre: "2025-S1", particulier: "7.21", autresCas: "3.71", source: LACLEF },
  {
    semestre: "2025-S2",
    particulier: "6.65",
    autresCas: "2.76",
    source: `Arrêté du 19 juin 2025 (ECOT2516925A), JO du 24 juin 2025 ; ${LACLEF}`,
  },
  {
    semestre: "2026-S1",
    particulier: "6.67",
    autresCas: "2.62",
    source: "Arrêté du 15 décembre 2025, JORF n° 0302 du 26 décembre 2025",
  },
];

const TABLES_BCE = "Historique des taux BCE (tableaux optimial.fr / retout.fr, Les Echos Publishing)";

function bce(semestre: Semestre, tauxPourcent: string, source = TABLES_BCE): LigneTauxBce {
  return { semestre, tauxPourcent, source };
}

export const TAUX_BCE: readonly LigneTauxBce[] = [
  bce("2015-S1", "0.05", `${TABLES_BCE} : 0,05 % depuis le 10 septembre 2014`),
  bce("2015-S2", "0.05", `${TABLES_BCE} : 0,05 % depuis le 10 septembre 2014`),
  bce("2016-S1", "0.05", `${TABLES_BCE} : 0,05 % depuis le 10 septembre 2014`),
  ...(
    [
      "2016-S2",
      "2017-S1",
      "2017-S2",
      "2018-S1",
      "2018-S2",
      "2019-S1",
      "2019-S2",
      "2020-S1",
      "2020-S2",
      "2021-S1",
      "2021-S2",
      "2022-S1",
      "2022-S2",
    ] as const
  ).map((s) => bce(s, "0.00", `${TABLES_BCE} : 0,00 % de mars 2016 au 27 juillet 2022`)),
  bce("2023-S1", "2.50", `${TABLES_BCE} : 2,50 % depuis le 21 décembre 2022`),
  bce("2023-S2", "4.00", `${TABLES_BCE} : 4,00 % depuis le 21 juin 2023`),
  bce("2024-S1", "4.50", `${TABLES_BCE} : 4,50 % depuis le 20 septembre 2023`),
  bce(
    "2024-S2",
    "4.25",
    `${TABLES_BCE} : 4,25 % depuis le 12 juin 2024 (taux de pénalité 14,25 %, bpifrance-creation)`,
  ),
  bce("2025-S1", "3.15", `${TABLES_BCE} : 3,15 % depuis le 18 décembre 2024`),
  bce("2025-S2", "2.15", `${TABLES_BCE} : 2,15 % depuis le 11 juin 2025`),
  bce("2026-S1", "2.15", "Taux inchangé à la réunion BCE du 18 décembre 2025 (aa.com.tr, econotimes)"),
];
