/**
 * A document's layout, described once (docs/decisions/009-un-gabarit-deux-rendus.md): blocks of
 * text with `{tags}`, conditions, loops and tables. The DOCX template is compiled from it by a
 * committed script (scripts/construire-modeles-docx.ts), and the PDF renderer walks the same
 * blocks with the same model. Tags follow docxtemplater's syntax: `{champ}`, `{#liste}…{/liste}`,
 * `{#condition}…{/condition}`, `{^condition}…{/condition}`.
 */

export type Alignement = "gauche" | "droite" | "centre" | "justifie";

export type Bloc =
  /** Letterhead, sender and window-envelope address, place and date, object line. */
  | { type: "entete-lettre" }
  | { type: "titre"; texte: string }
  | { type: "sous-titre"; texte: string }
  | {
      type: "paragraphe";
      texte: string;
      gras?: boolean;
      italique?: boolean;
      petit?: boolean;
      alignement?: Alignement;
    }
  | { type: "si"; condition: string; blocs: Bloc[]; inverse?: boolean }
  | { type: "pour"; liste: string; blocs: Bloc[] }
  | {
      type: "tableau";
      colonnes: { entete: string; largeur: number; alignement?: "gauche" | "droite" }[];
      liste: string;
      cellules: string[];
      /** Rows after the loop (totals); their cells are texts with tags of the model. */
      pied?: { cellules: string[]; gras?: boolean }[];
    }
  | { type: "signature"; texte: string }
  | { type: "espace" };

export type Gabarit = { type: string; titre: string; blocs: Bloc[] };

/** The tags of a text, in order. */
export function balises(texte: string): string[] {
  return [...texte.matchAll(/\{([#^/]?)([^{}]+)\}/g)].map((m) => m[2]!.trim());
}

/** Fields of the letterhead block, the same for every letter. */
export const CHAMPS_ENTETE = ["expediteur", "destinataire", "lieuEtDate", "objet", "reference"] as const;

/** Tag tree of a gabarit (as docxtemplater's InspectModule reports it: loops nest their fields). */
export type ArbreBalises = { [nom: string]: ArbreBalises };

export function arbreBalises(gabarit: Gabarit): ArbreBalises {
  const racine: ArbreBalises = {};
  const ajouter = (noeud: ArbreBalises, nom: string) => {
    noeud[nom] ??= {};
    return noeud[nom];
  };
  const parcourir = (blocs: Bloc[], noeud: ArbreBalises) => {
    for (const b of blocs) {
      switch (b.type) {
        case "entete-lettre":
          for (const c of CHAMPS_ENTETE) ajouter(noeud, c);
          break;
        case "titre":
        case "sous-titre":
        case "paragraphe":
        case "signature":
          for (const t of balises(b.texte)) ajouter(noeud, t);
          break;
        case "si":
          parcourir(b.blocs, ajouter(noeud, b.condition));
          break;
        case "pour":
          parcourir(b.blocs, ajouter(noeud, b.liste));
          break;
        case "tableau": {
          const boucle = ajouter(noeud, b.liste);
          for (const c of b.cellules) for (const t of balises(c)) ajouter(boucle, t);
          for (const p of b.pied ?? []) for (const c of p.cellules) for (const t of balises(c)) ajouter(noeud, t);
          for (const col of b.colonnes) for (const t of balises(col.entete)) ajouter(noeud, t);
          break;
        }
        case "espace":
          break;
      }
    }
  };
  parcourir(gabarit.blocs, racine);
  return racine;
}

/** The table of unpaid invoices of the letters (model fields `factures` and `totalPrincipal`). */
export const TABLEAU_FACTURES: Bloc = {
  type: "tableau",
  colonnes: [
    { entete: "Facture n°", largeur: 20 },
    { entete: "Émise le", largeur: 14 },
    { entete: "Échéance", largeur: 14 },
    { entete: "Montant TTC", largeur: 17, alignement: "droite" },
    { entete: "Déjà réglé", largeur: 17, alignement: "droite" },
    { entete: "Reste dû", largeur: 18, alignement: "droite" },
  ],
  liste: "factures",
  cellules: ["{numero}", "{date}", "{echeance}", "{montant}", "{regle}", "{reste}"],
  pied: [{ cellules: ["Total restant dû", "", "", "", "", "{totalPrincipal}"], gras: true }],
};
