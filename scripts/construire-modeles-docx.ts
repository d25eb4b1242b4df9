/**
 * Builds templates/<type>/<type>.docx from each gabarit (`npm run modeles:docx`). The .docx files
 * are committed; a test checks they are in step with their gabarit. They open in Word and
 * LibreOffice and can be edited there, but the gabarit stays the source: LibreOffice splits tags
 * when it saves, so regenerate rather than hand-edit.
 */
import { writeFileSync } from "node:fs";
import { compilerDocx } from "../templates/_shared/docx-compilation";
import { cheminModeleDocx } from "../templates/_shared/rendu-docx.server";
import { DOCUMENTS, TYPES_DOCUMENT } from "../templates/registre";

for (const type of TYPES_DOCUMENT) {
  writeFileSync(cheminModeleDocx(type), compilerDocx(DOCUMENTS[type].gabarit));
  console.log(`${cheminModeleDocx(type)} écrit`);
}
