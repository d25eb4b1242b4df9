/**
 * Compiles a gabarit into a DOCX template (WordprocessingML) for docxtemplater. Each paragraph's
 * text, tags included, is written in a single run, so no tag is ever split; conditions and loops
 * stand in paragraphs of their own (paragraphLoop removes them); table loops wrap one row.
 * Used by scripts/construire-modeles-docx.ts, never at run time.
 */
import PizZip from "pizzip";
import type { Alignement, Bloc, Gabarit } from "./gabarit";

const echapper = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const JUSTIFICATION: Record<Alignement, string> = {
  gauche: "left",
  droite: "right",
  centre: "center",
  justifie: "both",
};

type StyleRun = { gras?: boolean; italique?: boolean; taille?: number };

function run(texte: string, s: StyleRun = {}): string {
  const rpr = [
    s.gras ? "<w:b/>" : "",
    s.italique ? "<w:i/>" : "",
    s.taille ? `<w:sz w:val="${s.taille}"/><w:szCs w:val="${s.taille}"/>` : "",
  ].join("");
  return `<w:r>${rpr ? `<w:rPr>${rpr}</w:rPr>` : ""}<w:t xml:space="preserve">${echapper(texte)}</w:t></w:r>`;
}

function paragraphe(
  texte: string,
  o: StyleRun & { alignement?: Alignement; style?: string; apres?: number; avant?: number; garder?: boolean } = {},
): string {
  const ppr = [
    o.style ? `<w:pStyle w:val="${o.style}"/>` : "",
    o.garder ? "<w:keepNext/>" : "",
    `<w:spacing w:before="${o.avant ?? 0}" w:after="${o.apres ?? 120}"/>`,
    o.alignement ? `<w:jc w:val="${JUSTIFICATION[o.alignement]}"/>` : "",
  ].join("");
  return `<w:p><w:pPr>${ppr}</w:pPr>${texte ? run(texte, o) : ""}</w:p>`;
}

const balise = (t: string) => paragraphe(t, { apres: 0 });

const SANS_BORDURES =
  '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
const BORDURES =
  '<w:tblBorders><w:top w:val="single" w:sz="4" w:color="8A94A3"/><w:left w:val="single" w:sz="4" w:color="8A94A3"/><w:bottom w:val="single" w:sz="4" w:color="8A94A3"/><w:right w:val="single" w:sz="4" w:color="8A94A3"/><w:insideH w:val="single" w:sz="4" w:color="8A94A3"/><w:insideV w:val="single" w:sz="4" w:color="8A94A3"/></w:tblBorders>';

/** Usable width of an A4 page with 2 cm margins, in twentieths of a point. */
const LARGEUR = 9638;

function cellule(contenu: string, largeur: number, fond?: string): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${largeur}" w:type="dxa"/>${fond ? `<w:shd w:val="clear" w:color="auto" w:fill="${fond}"/>` : ""}</w:tcPr>${contenu}</w:tc>`;
}

function tableau(lignes: string[], largeurs: number[], bordures: boolean): string {
  return `<w:tbl><w:tblPr><w:tblW w:w="${LARGEUR}" w:type="dxa"/>${bordures ? BORDURES : SANS_BORDURES}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${largeurs.map((l) => `<w:gridCol w:w="${l}"/>`).join("")}</w:tblGrid>${lignes.join("")}</w:tbl>`;
}

function compilerBlocs(blocs: Bloc[]): string {
  return blocs.map(compilerBloc).join("");
}

function compilerBloc(b: Bloc): string {
  switch (b.type) {
    case "entete-lettre": {
      const gauche = Math.round(LARGEUR * 0.52);
      const droite = LARGEUR - gauche;
      const adresses = tableau(
        [
          `<w:tr>${cellule(paragraphe("{expediteur}", { apres: 0 }), gauche)}${cellule(
            paragraphe("", { apres: 1400 }) + paragraphe("{destinataire}", { apres: 0 }),
            droite,
          )}</w:tr>`,
        ],
        [gauche, droite],
        false,
      );
      return [
        adresses,
        paragraphe("{lieuEtDate}", { alignement: "droite", avant: 360, apres: 240 }),
        paragraphe("Objet : {objet}", { gras: true, apres: 60 }),
        paragraphe("Référence : {reference}", { apres: 240, taille: 18 }),
      ].join("");
    }
    case "titre":
      return paragraphe(b.texte, {
        style: "Titre1",
        gras: true,
        taille: 28,
        alignement: "centre",
        apres: 240,
        garder: true,
      });
    case "sous-titre":
      return paragraphe(b.texte, { style: "Titre2", gras: true, taille: 22, avant: 200, apres: 100, garder: true });
    case "paragraphe":
      return paragraphe(b.texte, {
        gras: b.gras,
        italique: b.italique,
        taille: b.petit ? 17 : undefined,
        alignement: b.alignement ?? "justifie",
      });
    case "si":
      return `${balise(`{${b.inverse ? "^" : "#"}${b.condition}}`)}${compilerBlocs(b.blocs)}${balise(`{/${b.condition}}`)}`;
    case "pour":
      return `${balise(`{#${b.liste}}`)}${compilerBlocs(b.blocs)}${balise(`{/${b.liste}}`)}`;
    case "tableau": {
      const total = b.colonnes.reduce((s, c) => s + c.largeur, 0);
      const largeurs = b.colonnes.map((c) => Math.round((c.largeur / total) * LARGEUR));
      const aligne = (i: number) => (b.colonnes[i]?.alignement === "droite" ? "droite" : "gauche");
      const entete = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${b.colonnes
        .map((c, i) =>
          cellule(
            paragraphe(c.entete, { gras: true, taille: 17, apres: 0, alignement: aligne(i) }),
            largeurs[i]!,
            "E7ECF3",
          ),
        )
        .join("")}</w:tr>`;
      const derniere = b.cellules.length - 1;
      const ligne = `<w:tr><w:trPr><w:cantSplit/></w:trPr>${b.cellules
        .map((c, i) =>
          cellule(
            paragraphe(`${i === 0 ? `{#${b.liste}}` : ""}${c}${i === derniere ? `{/${b.liste}}` : ""}`, {
              taille: 17,
              apres: 0,
              alignement: aligne(i),
            }),
            largeurs[i]!,
          ),
        )
        .join("")}</w:tr>`;
      const pieds = (b.pied ?? []).map(
        (p) =>
          `<w:tr>${p.cellules
            .map((c, i) =>
              cellule(paragraphe(c, { taille: 17, apres: 0, gras: p.gras, alignement: aligne(i) }), largeurs[i]!),
            )
            .join("")}</w:tr>`,
      );
      return tableau([entete, ligne, ...pieds], largeurs, true) + paragraphe("", { apres: 120 });
    }
    case "signature":
      return paragraphe(b.texte, { alignement: "droite", avant: 360, apres: 0 });
    case "espace":
      return paragraphe("", { apres: 120 });
  }
}

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function champ(code: string): string {
  return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:cs="Liberation Sans" w:eastAsia="Liberation Sans"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="152A45"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="152A45"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="PiedDePage"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/><w:color w:val="4A5565"/></w:rPr></w:style></w:styles>`;

/** Builds the .docx of a gabarit. */
export function compilerDocx(gabarit: Gabarit): Buffer {
  const zip = new PizZip();
  // Fixed dates: the same gabarit always compiles to the same bytes (no churn in git).
  const fichier = zip.file.bind(zip);
  zip.file = ((nom: string, contenu: string) =>
    fichier(nom, contenu, { date: new Date("2026-01-01T00:00:00Z") })) as typeof zip.file;
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  zip.file(
    "docProps/core.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${echapper(gabarit.titre)}</dc:title><dc:creator>Recouvrement</dc:creator><dc:language>fr-FR</dc:language></cp:coreProperties>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`,
  );
  zip.file(
    "word/settings.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings ${NS}><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/></w:settings>`,
  );
  zip.file("word/styles.xml", STYLES);
  zip.file(
    "word/footer1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ${NS}><w:p><w:pPr><w:pStyle w:val="PiedDePage"/><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Page </w:t></w:r>${champ("PAGE")}<w:r><w:t xml:space="preserve"> sur </w:t></w:r>${champ("NUMPAGES")}</w:p></w:ftr>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${NS}><w:body>${compilerBlocs(gabarit.blocs)}<w:sectPr><w:footerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  );
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}
