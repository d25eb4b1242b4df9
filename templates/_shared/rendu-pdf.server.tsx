/**
 * PDF rendering with @react-pdf/renderer: walks the same gabarit as the DOCX template, with the
 * same model, so both say the same thing. Helvetica (standard font, nothing embedded) when every
 * character allows it, else the vendored Liberation Sans, metric-compatible (police-pdf.ts).
 * No hyphenation (addresses, IBAN and SIREN never get a stray "-").
 */
import { Canvas, Document, Font, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { isValidElement, type ReactNode } from "react";
import { cheminProjet } from "../../lib/racine.server";
import type { Alignement, Bloc, Gabarit } from "./gabarit";
import { POLICE_EMBARQUEE, POLICE_STANDARD, policeDuDocument } from "./police-pdf";

let policesEnregistrees = false;
function enregistrerPolices() {
  if (policesEnregistrees) return;
  const police = (f: string) => cheminProjet("templates", "_shared", "polices", f);
  Font.register({
    family: POLICE_EMBARQUEE,
    fonts: [
      { src: police("LiberationSans-Regular.ttf") },
      { src: police("LiberationSans-Bold.ttf"), fontWeight: "bold" },
      { src: police("LiberationSans-Italic.ttf"), fontStyle: "italic" },
      { src: police("LiberationSans-BoldItalic.ttf"), fontWeight: "bold", fontStyle: "italic" },
    ],
  });
  Font.registerHyphenationCallback((mot) => [mot]);
  policesEnregistrees = true;
}

const MARINE = "#152a45";
const styles = StyleSheet.create({
  // No lineHeight anywhere: on the Page it hid the fixed `render` footer, on a View it is
  // mis-scaled or crashes the layout (react-pdf 4.9). Paragraph margins give the air instead.
  page: {
    fontSize: 10,
    paddingTop: 57,
    paddingBottom: 60,
    paddingHorizontal: 57,
    color: "#1b2330",
  },
  entete: { flexDirection: "row", marginBottom: 8 },
  expediteur: { width: "52%", fontSize: 9.5 },
  destinataire: { width: "48%", paddingTop: 71, fontSize: 10.5 },
  lieuDate: { textAlign: "right", marginTop: 18, marginBottom: 12 },
  objet: { fontWeight: "bold", marginBottom: 3 },
  reference: { fontSize: 9, marginBottom: 12 },
  titre: { fontSize: 14, fontWeight: "bold", textAlign: "center", color: MARINE, marginBottom: 12 },
  sousTitre: { fontSize: 11, fontWeight: "bold", color: MARINE, marginTop: 10, marginBottom: 5 },
  paragraphe: { marginBottom: 7 },
  tableau: { borderWidth: 0.75, borderColor: "#8a94a3", marginBottom: 8 },
  ligne: { flexDirection: "row", borderBottomWidth: 0.75, borderColor: "#8a94a3" },
  derniereLigne: { flexDirection: "row" },
  cellule: {
    paddingVertical: 2.5,
    paddingHorizontal: 3,
    fontSize: 8.5,
    borderRightWidth: 0.75,
    borderColor: "#8a94a3",
  },
  enteteTableau: { backgroundColor: "#e7ecf3", fontWeight: "bold" },
  signature: { textAlign: "right", marginTop: 20 },
  pied: { position: "absolute", bottom: 28, left: 57, right: 57, height: 10 },
});

const ALIGN: Record<Alignement, "left" | "right" | "center" | "justify"> = {
  gauche: "left",
  droite: "right",
  centre: "center",
  justifie: "justify",
};

type Portee = Record<string, unknown>[];

function valeur(portee: Portee, nom: string): unknown {
  for (let i = portee.length - 1; i >= 0; i--) {
    const p = portee[i]!;
    if (Object.hasOwn(p, nom) && p[nom] !== undefined && p[nom] !== null) return p[nom];
  }
  throw new Error(`Champ manquant dans le modèle : « ${nom} »`);
}

function remplir(texte: string, portee: Portee): string {
  return texte.replace(/\{([^{}#^/][^{}]*)\}/g, (_, nom: string) => String(valeur(portee, nom.trim())));
}

function blocs(liste: Bloc[], portee: Portee, prefixe = "b"): ReactNode[] {
  return liste.flatMap((b, i) => bloc(b, portee, `${prefixe}.${i}`));
}

function bloc(b: Bloc, portee: Portee, cle: string): ReactNode[] {
  switch (b.type) {
    case "entete-lettre":
      return [
        <View key={`e${cle}`} style={styles.entete}>
          <Text style={styles.expediteur}>{remplir("{expediteur}", portee)}</Text>
          <Text style={styles.destinataire}>{remplir("{destinataire}", portee)}</Text>
        </View>,
        <Text key={`d${cle}`} style={styles.lieuDate}>
          {remplir("{lieuEtDate}", portee)}
        </Text>,
        <Text key={`o${cle}`} style={styles.objet}>
          {remplir("Objet : {objet}", portee)}
        </Text>,
        <Text key={`r${cle}`} style={styles.reference}>
          {remplir("Référence : {reference}", portee)}
        </Text>,
      ];
    case "titre":
      return [
        <Text key={cle} style={styles.titre} minPresenceAhead={40}>
          {remplir(b.texte, portee)}
        </Text>,
      ];
    case "sous-titre":
      return [
        <Text key={cle} style={styles.sousTitre} minPresenceAhead={30}>
          {remplir(b.texte, portee)}
        </Text>,
      ];
    case "paragraphe":
      return [
        <Text
          key={cle}
          style={[
            styles.paragraphe,
            { textAlign: ALIGN[b.alignement ?? "justifie"] },
            b.gras ? { fontWeight: "bold" } : {},
            b.italique ? { fontStyle: "italic" } : {},
            b.petit ? { fontSize: 8.5 } : {},
          ]}
        >
          {remplir(b.texte, portee)}
        </Text>,
      ];
    case "si": {
      const v = valeur(portee, b.condition);
      const vrai = Array.isArray(v) ? v.length > 0 : Boolean(v);
      return vrai !== Boolean(b.inverse) ? blocs(b.blocs, portee, cle) : [];
    }
    case "pour": {
      const liste = valeur(portee, b.liste) as Record<string, unknown>[];
      return liste.flatMap((element, i) => blocs(b.blocs, [...portee, element], `${cle}.${i}`));
    }
    case "tableau": {
      const total = b.colonnes.reduce((s, c) => s + c.largeur, 0);
      const largeur = (i: number) => `${(b.colonnes[i]!.largeur / total) * 100}%`;
      const aligne = (i: number) => ({
        textAlign: b.colonnes[i]?.alignement === "droite" ? ("right" as const) : ("left" as const),
      });
      const liste = valeur(portee, b.liste) as Record<string, unknown>[];
      const lignes = [
        ...liste.map((element) => ({ cellules: b.cellules.map((c) => remplir(c, [...portee, element])), gras: false })),
        ...(b.pied ?? []).map((p) => ({ cellules: p.cellules.map((c) => remplir(c, portee)), gras: p.gras ?? false })),
      ];
      return [
        <View key={cle} style={styles.tableau}>
          <View style={styles.ligne} fixed>
            {b.colonnes.map((c, i) => (
              <Text key={c.entete} style={[styles.cellule, styles.enteteTableau, { width: largeur(i) }, aligne(i)]}>
                {remplir(c.entete, portee)}
              </Text>
            ))}
          </View>
          {lignes.map((l, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
            <View key={n} style={n === lignes.length - 1 ? styles.derniereLigne : styles.ligne} wrap={false}>
              {l.cellules.map((c, i) => (
                <Text
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  key={i}
                  style={[styles.cellule, { width: largeur(i) }, aligne(i), l.gras ? { fontWeight: "bold" } : {}]}
                >
                  {c}
                </Text>
              ))}
            </View>
          ))}
        </View>,
      ];
    }
    case "signature":
      return [
        <Text key={cle} style={styles.signature}>
          {remplir(b.texte, portee)}
        </Text>,
      ];
    case "espace":
      return [<View key={cle} style={{ height: 8 }} />];
  }
}

/** Every string the tree prints (Text children), to choose the font. */
function* textes(noeud: ReactNode): Generator<string> {
  if (typeof noeud === "string") yield noeud;
  else if (Array.isArray(noeud)) for (const n of noeud) yield* textes(n);
  else if (isValidElement<{ children?: ReactNode }>(noeud)) yield* textes(noeud.props.children);
}

/** The part of pdfkit a Canvas `paint` callback receives (react-pdf's painter) that the footer uses. */
type Pinceau = {
  font(nom: string): Pinceau;
  fontSize(taille: number): Pinceau;
  fillColor(couleur: string): Pinceau;
  text(texte: string, x: number, y: number, options: { width: number; align: "center"; lineBreak: false }): Pinceau;
};

/** Last page count of each gabarit: the first guess of the footer's total. */
const pagesDuGabarit = new WeakMap<Gabarit, number>();

/**
 * « Page X sur Y » is painted on a fixed Canvas: a `render` footer would make react-pdf lay every
 * page out twice more (about a fifth of the rendering time). The painter knows its page (the
 * Canvas is painted once per page, in order) but not the total, so the total is guessed (the
 * gabarit's last count, else 1) and checked: when the document has another number of pages, it is
 * rendered again with the right total. The footer takes no room in the flow, so the pages do not
 * depend on the guess and the second rendering is the last. The footer is in Helvetica whatever
 * the document's font: « Page 12 sur 13 » is plain ASCII.
 */
export async function rendrePdf(gabarit: Gabarit, modele: Record<string, unknown>, date: Date): Promise<Buffer> {
  enregistrerPolices();
  const contenu = blocs(gabarit.blocs, [modele]);
  const police = policeDuDocument(textes(contenu));
  let total = pagesDuGabarit.get(gabarit) ?? 1;
  for (let essai = 0; essai < 3; essai++) {
    let page = 0;
    const pdf = await rendreUneFois(gabarit, contenu, police, date, (pinceau, largeur) => {
      page += 1;
      pinceau
        .font(POLICE_STANDARD)
        .fontSize(8)
        .fillColor("#4a5565")
        .text(`Page ${page} sur ${total}`, 0, 0, { width: largeur, align: "center", lineBreak: false });
    });
    if (page === total) {
      pagesDuGabarit.set(gabarit, total);
      return pdf;
    }
    total = page;
  }
  throw new Error(`Pagination instable du document « ${gabarit.titre} »`);
}

function rendreUneFois(
  gabarit: Gabarit,
  contenu: ReactNode,
  police: string,
  date: Date,
  peindrePied: (pinceau: Pinceau, largeur: number) => void,
): Promise<Buffer> {
  return renderToBuffer(
    <Document
      title={gabarit.titre}
      author="Recouvrement"
      language="fr-FR"
      creator="Recouvrement"
      producer="Recouvrement"
      creationDate={date}
    >
      <Page size="A4" style={[styles.page, { fontFamily: police }]}>
        {contenu}
        <Canvas
          style={styles.pied}
          fixed
          paint={(pinceau, largeur) => {
            peindrePied(pinceau as Pinceau, largeur);
            return null;
          }}
        />
      </Page>
    </Document>,
  );
}
