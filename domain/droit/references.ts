/**
 * The one registry of what the product cites: articles of codes, judicial decisions and other texts
 * (laws, decrees, EU regulations), each with a short French title and a link to Légifrance built
 * from what identifies it — a search link, never an invented text identifier. Every `fondements`
 * string the engine produces is read by `analyserFondement` into entries of this registry; a test
 * walks the engine's results and fails on anything absent from it, and another checks that
 * docs/droit/ explains each entry. Pure data: no I/O.
 */

export type Code = "C. civ." | "C. com." | "CPC" | "CPCE" | "CMF" | "C. conso." | "COJ" | "C. trav." | "CGI";

export const CODES: Record<Code, string> = {
  "C. civ.": "Code civil",
  "C. com.": "Code de commerce",
  CPC: "Code de procédure civile",
  CPCE: "Code des procédures civiles d'exécution",
  CMF: "Code monétaire et financier",
  "C. conso.": "Code de la consommation",
  COJ: "Code de l'organisation judiciaire",
  "C. trav.": "Code du travail",
  CGI: "Code général des impôts",
};

/** Articles cited, by code: the article number as written in the code, and what it says in a few words. */
export const ARTICLES: Record<Code, Record<string, string>> = {
  "C. civ.": {
    "1219": "Exception d'inexécution",
    "1231-5": "Clause pénale",
    "1231-6": "Intérêts moratoires au taux légal",
    "1305-4": "Déchéance du terme",
    "1342": "Le paiement",
    "1342-10": "Imputation des paiements",
    "1343-1": "Imputation sur les intérêts d'abord",
    "1343-2": "Capitalisation des intérêts",
    "1343-5": "Délais de grâce",
    "1344": "Mise en demeure du débiteur",
    "1344-1": "Intérêts moratoires à compter de la mise en demeure",
    "1353": "Charge de la preuve",
    "1355": "Autorité de la chose jugée",
    "2224": "Prescription quinquennale des actions personnelles",
    "2228": "Computation de la prescription en jours",
    "2229": "Prescription acquise au dernier jour du terme",
    "2231": "L'interruption fait courir un nouveau délai",
    "2232": "Délai butoir de vingt ans",
    "2233": "Créances à terme : prescription à compter de l'échéance",
    "2238": "Suspension par la médiation, la conciliation, la procédure participative",
    "2240": "Interruption par la reconnaissance du débiteur",
    "2241": "Interruption par la demande en justice",
    "2242": "Effet de l'interruption jusqu'à l'extinction de l'instance",
    "2243": "Interruption non avenue (désistement, péremption, rejet définitif)",
    "2244": "Interruption par un acte d'exécution forcée",
    "2247": "Le juge ne peut suppléer d'office la prescription",
    "2248": "Prescription opposable en tout état de cause",
    "2250": "Renonciation à la prescription acquise",
    "2251": "Renonciation expresse ou tacite",
  },
  "C. com.": {
    "L.110-4": "Prescription de cinq ans entre commerçants",
    "L.123-22": "Conservation des documents comptables (dix ans)",
    "L.133-6": "Prescription d'un an du transport",
    "L.210-1": "Sociétés commerciales par leur forme",
    "L.441-10": "Délais de paiement, pénalités de retard et indemnité forfaitaire",
    "D.441-5": "Indemnité forfaitaire de 40 euros",
    "L.444-1": "Tarifs réglementés (greffiers, commissaires de justice)",
    "L.622-7": "Interdiction de payer les créances antérieures",
    "L.622-21": "Arrêt des poursuites individuelles",
    "L.622-24": "Déclaration des créances",
    "L.622-28": "Arrêt du cours des intérêts",
    "R.622-24": "Délai de déclaration des créances",
    "L.721-3": "Compétence du tribunal de commerce",
    "R.721-6": "Taux du dernier ressort du tribunal de commerce",
    "L.731-1": "Chambre commerciale du tribunal judiciaire (Alsace-Moselle)",
    "L.732-1": "Tribunaux mixtes de commerce (outre-mer)",
  },
  CPC: {
    "42": "Compétence territoriale : lieu où demeure le défendeur",
    "54": "Mentions de la demande initiale",
    "56": "Mentions de l'assignation",
    "57": "Mentions de la requête",
    "455": "Motivation du jugement",
    "480": "Autorité de la chose jugée du jugement",
    "486": "Référé : temps suffisant pour la défense",
    "488": "L'ordonnance de référé n'a pas autorité au principal",
    "503": "Exécution après notification du jugement",
    "528": "Le délai de recours court de la notification",
    "538": "Délai d'appel d'un mois",
    "605": "Pourvoi contre les jugements en dernier ressort",
    "612": "Délai de pourvoi de deux mois",
    "640": "Computation des délais : point de départ",
    "641": "Délais en jours et en mois",
    "642": "Prorogation au premier jour ouvrable",
    "643": "Délais de distance (outre-mer, étranger)",
    "644": "Délais de distance en outre-mer",
    "648": "Mentions des actes d'huissier",
    "750-1": "Tentative préalable de règlement amiable",
    "754": "Remise de l'assignation au greffe",
    "760": "Représentation obligatoire par avocat",
    "761": "Dispenses de représentation par avocat",
    "835": "Pouvoirs du président du tribunal judiciaire en référé",
    "853": "Représentation devant le tribunal de commerce",
    "857": "Assignation devant le tribunal de commerce : délai et remise",
    "873": "Pouvoirs du président du tribunal de commerce en référé",
    "1405": "Conditions de l'injonction de payer",
    "1406": "Juridiction compétente pour l'injonction de payer",
    "1407": "Contenu de la requête en injonction de payer",
    "1408": "Demande de renvoi en cas d'opposition",
    "1409": "Rejet de la requête",
    "1411": "Signification de l'ordonnance dans les six mois",
    "1416": "Délai d'opposition",
    "1418": "Convocation sur opposition",
    "1420": "Jugement sur opposition",
    "1422": "Effets de l'ordonnance sans opposition",
  },
  CPCE: {
    "L.111-2": "Exécution forcée avec un titre exécutoire",
    "L.111-3": "Les titres exécutoires",
    "L.111-4": "Exécution des titres pendant dix ans",
    "L.111-8": "Frais de recouvrement à la charge du créancier",
    "L.125-1": "Procédure simplifiée de recouvrement des petites créances",
    "R.125-1": "Montant des petites créances",
  },
  CMF: {
    "L.313-2": "Taux de l'intérêt légal",
    "L.313-3": "Majoration de cinq points après une condamnation",
    "D.313-1-A": "Catégories du taux de l'intérêt légal",
  },
  "C. conso.": {
    "L.212-1": "Clauses abusives",
    "L.218-2": "Prescription de deux ans envers les consommateurs",
  },
  COJ: {
    "L.211-3": "Compétence générale du tribunal judiciaire",
    "L.213-4-1": "Juge des contentieux de la protection",
    "L.213-4-4": "Juge des contentieux de la protection : baux d'habitation",
    "R.211-3-24": "Taux du dernier ressort du tribunal judiciaire",
  },
  "C. trav.": {
    "L.3134-13": "Jours fériés en Alsace-Moselle",
    "L.3422-2": "Jours fériés outre-mer (abolition de l'esclavage)",
  },
  CGI: {
    "1635 bis Q": "Contribution pour l'aide juridique",
  },
};

/** Judicial decisions cited: the citation as the product writes it, and what the decision holds. */
export const DECISIONS: Record<string, { juridiction: string; date: string; numero: string; portee: string }> = {
  "Cass. com. 26 févr. 2020, n° 18-25.036": {
    juridiction: "Cour de cassation, chambre commerciale",
    date: "2020-02-26",
    numero: "18-25.036",
    portee: "La prescription d'une facture peut courir dès l'achèvement de la prestation",
  },
  "Cass. com. 14 juin 2023, n° 21-14.841": {
    juridiction: "Cour de cassation, chambre commerciale",
    date: "2023-06-14",
    numero: "21-14.841",
    portee: "Entre professionnels, la prescription d'une facture court de son échéance",
  },
  "Cass. 1re civ. 19 mai 2021, n° 20-12.520": {
    juridiction: "Cour de cassation, première chambre civile",
    date: "2021-05-19",
    numero: "20-12.520",
    portee: "Contre un consommateur, la prescription court de l'exécution de la prestation",
  },
  "Cass. 1re civ. 12 déc. 2018, n° 17-25.697": {
    juridiction: "Cour de cassation, première chambre civile",
    date: "2018-12-12",
    numero: "17-25.697",
    portee: "La mise en demeure n'interrompt pas la prescription",
  },
  "Cass. com. 18 mai 2022, n° 20-23.204": {
    juridiction: "Cour de cassation, chambre commerciale",
    date: "2022-05-18",
    numero: "20-23.204",
    portee: "Effet interruptif de la signification de l'ordonnance d'injonction de payer",
  },
  "Cass. 2e civ. 7 avr. 2016, n° 15-12.960": {
    juridiction: "Cour de cassation, deuxième chambre civile",
    date: "2016-04-07",
    numero: "15-12.960",
    portee: "La requête en injonction de payer n'interrompt pas la prescription tant qu'elle n'est pas signifiée",
  },
  "Cass. 10 juil. 1990, n° 89-13.345": {
    juridiction: "Cour de cassation",
    date: "1990-07-10",
    numero: "89-13.345",
    portee: "Computation des délais",
  },
  "Cass. 2e civ., avis du 25 sept. 2025, n° 25-70.013": {
    juridiction: "Cour de cassation, deuxième chambre civile (avis)",
    date: "2025-09-25",
    numero: "25-70.013",
    portee: "La tentative amiable de l'art. 750-1 CPC n'est pas exigée avant une requête en injonction de payer",
  },
};

/** Other texts cited: laws, decrees, EU regulations. */
export const TEXTES: Record<string, { titre: string; recherche: string }> = {
  "Loi n° 2023-1059 du 20 novembre 2023, art. 26-27": {
    titre:
      "Loi d'orientation et de programmation du ministère de la justice 2023-2027 : tribunaux des activités économiques",
    recherche: "LOI n° 2023-1059 du 20 novembre 2023",
  },
  "Loi n° 89-462 du 6 juillet 1989, art. 7-1": {
    titre: "Baux d'habitation : prescription de trois ans",
    recherche: "Loi n° 89-462 du 6 juillet 1989 article 7-1",
  },
  "Décret n° 2026-96 du 16 février 2026": {
    titre: "Injonction de payer : exécution sans opposition notifiée dans les deux mois",
    recherche: "Décret n° 2026-96 du 16 février 2026",
  },
  "Règlement (CE) n° 1896/2006": {
    titre: "Procédure européenne d'injonction de payer",
    recherche: "Règlement (CE) n° 1896/2006",
  },
};

export type Reference =
  | { type: "article"; code: Code; article: string; titre: string; citation: string; lien: string }
  | { type: "decision"; citation: string; titre: string; lien: string }
  | { type: "texte"; citation: string; titre: string; lien: string };

const LEGIFRANCE = "https://www.legifrance.gouv.fr";

/** A Légifrance search for the article in its code (never a guessed LEGIARTI identifier). */
export function lienArticle(code: Code, article: string): string {
  return `${LEGIFRANCE}/search/code?tab_selection=code&searchField=ALL&query=${encodeURIComponent(`${CODES[code]} article ${article}`)}`;
}

export function lienDecision(numero: string): string {
  return `${LEGIFRANCE}/search/juri?tab_selection=juri&searchField=ALL&query=${encodeURIComponent(numero)}`;
}

export function lienTexte(recherche: string): string {
  return `${LEGIFRANCE}/search/all?tab_selection=all&searchField=ALL&query=${encodeURIComponent(recherche)}`;
}

const ALIAS_CODES: Record<string, Code> = { "C. consom.": "C. conso." };

/** « L.441-10 II », « 835 al. 2 », « L.111-3 5° », « L.213-4-1 et s. » → the article itself. */
function articleDeBase(texte: string): string {
  return texte
    .replace(/\s+et s\.$/, "")
    .replace(/\s+al\.\s*\d+$/, "")
    .replace(/\s+\d+°$/, "")
    .replace(/\s+(I|II|III|IV)$/, "")
    .trim();
}

function referenceArticle(code: Code, article: string): Reference | null {
  const base = articleDeBase(article);
  const titre = ARTICLES[code][base];
  if (!titre) return null;
  return {
    type: "article",
    code,
    article: base,
    titre,
    citation: `${code} art. ${base}`,
    lien: lienArticle(code, base),
  };
}

/**
 * Reads a `fondements` string into registry entries: « C. com. art. L.441-10 II (taux BCE + 10
 * points) », « CPC art. 54, 57 et 1407 ; C. com. art. L.441-10 », « C. civ. art. 2240 à 2244 »…
 * `inconnus`: the parts that name nothing of the registry (a test keeps it empty).
 */
export function analyserFondement(fondement: string): { references: Reference[]; inconnus: string[] } {
  const references: Reference[] = [];
  const inconnus: string[] = [];
  for (const brut of fondement.split(/\s*;\s*/)) {
    const partie = brut.replace(/\s*\([^)]*\)\s*$/, "").trim();
    if (!partie) continue;
    const decision = DECISIONS[partie];
    if (decision) {
      references.push({
        type: "decision",
        citation: partie,
        titre: decision.portee,
        lien: lienDecision(decision.numero),
      });
      continue;
    }
    const texte = TEXTES[partie];
    if (texte) {
      references.push({ type: "texte", citation: partie, titre: texte.titre, lien: lienTexte(texte.recherche) });
      continue;
    }
    const m = /^(C\. civ\.|C\. com\.|CPC|CPCE|CMF|C\. conso\.|C\. consom\.|COJ|C\. trav\.|CGI) art\. (.+)$/.exec(
      partie,
    );
    if (!m) {
      inconnus.push(partie);
      continue;
    }
    const code = (ALIAS_CODES[m[1]!] ?? m[1]) as Code;
    // « 54, 57 et 1407 », « L.441-10 et L.110-4 », « 2240 à 2244 », « L.721-3 1° et L.210-1 ».
    const articles = m[2]!.split(/\s*,\s*|\s+et\s+(?!s\.)|\s+à\s+/).filter(Boolean);
    for (const a of articles) {
      const r = referenceArticle(code, a);
      if (r) references.push(r);
      else inconnus.push(`${code} art. ${a}`);
    }
  }
  return { references, inconnus };
}

/** Every entry of the registry, for docs/droit/ and its test. */
export function toutesLesReferences(): Reference[] {
  return [
    ...(Object.keys(ARTICLES) as Code[]).flatMap((code) =>
      Object.keys(ARTICLES[code]).map((article) => referenceArticle(code, article) as Reference),
    ),
    ...Object.entries(DECISIONS).map(
      ([citation, d]): Reference => ({ type: "decision", citation, titre: d.portee, lien: lienDecision(d.numero) }),
    ),
    ...Object.entries(TEXTES).map(
      ([citation, t]): Reference => ({ type: "texte", citation, titre: t.titre, lien: lienTexte(t.recherche) }),
    ),
  ];
}
