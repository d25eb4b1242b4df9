/**
 * The coverage table of the documents (docs/couverture-documents.md): for each test dossier, its
 * stage and the document types available there. Every type is rendered in both formats for every
 * dossier by templates/documents.test.ts; ✓ marks the dossiers whose stage offers the type.
 * Regenerate: `npx tsx templates/couverture.ts`; a test checks the file is current.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { dossiersDeTest } from "../tests/fixtures/dossiers";
import { preparerContexte } from "./preparer";
import { DOCUMENTS, documentsDisponibles, TYPES_DOCUMENT } from "./registre";

export function tableauCouverture(): string {
  const lignes = dossiersDeTest().map(({ nom, dossier, aujourdhui }) => {
    const c = preparerContexte(dossier, aujourdhui);
    const dispo = documentsDisponibles(c.etape);
    return `| \`${nom}\` | ${c.etape} | ${TYPES_DOCUMENT.map((t) => (dispo.includes(t) ? "✓" : "·")).join(" | ")} |`;
  });
  return [
    "# Couverture des documents",
    "",
    "Généré par `npx tsx templates/couverture.ts` (un test vérifie qu'il est à jour). Chaque type est rendu en Word **et** en",
    "PDF pour chaque dossier de test par `templates/documents.test.ts` (balises, mentions obligatoires, texte de référence),",
    "puis ouvert par LibreOffice (`templates/libreoffice.test.ts`). ✓ : le type est disponible à l'étape du dossier ;",
    "· : rendu et vérifié, mais non proposé à cette étape.",
    "",
    `| dossier (tests/fixtures/dossiers) | étape | ${TYPES_DOCUMENT.join(" | ")} |`,
    `| --- | --- | ${TYPES_DOCUMENT.map(() => ":-:").join(" | ")} |`,
    ...lignes,
    "",
    `Types : ${TYPES_DOCUMENT.map((t) => `\`${t}\` (${DOCUMENTS[t].libelle})`).join(", ")}.`,
    "",
  ].join("\n");
}

if (process.argv[1]?.endsWith("couverture.ts")) {
  writeFileSync(path.resolve("docs/couverture-documents.md"), tableauCouverture());
  console.log("docs/couverture-documents.md écrit");
}
