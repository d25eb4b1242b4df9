/** The code points both weights of the embedded Liberation Sans can print, as sorted ranges. */
import { createRequire } from "node:module";
import { cheminProjet } from "../../lib/racine.server";

type Police = { characterSet: number[]; hasGlyphForCodePoint: (c: number) => boolean };
const fontkit = createRequire(import.meta.url)("fontkit") as { openSync: (chemin: string) => Police };

export function plagesImprimables(): [number, number][] {
  const normale = fontkit.openSync(cheminProjet("templates", "_shared", "polices", "LiberationSans-Regular.ttf"));
  const grasse = fontkit.openSync(cheminProjet("templates", "_shared", "polices", "LiberationSans-Bold.ttf"));
  const codes = normale.characterSet.filter((c) => grasse.hasGlyphForCodePoint(c)).sort((a, b) => a - b);
  const plages: [number, number][] = [];
  for (const c of codes) {
    const derniere = plages.at(-1);
    if (derniere && derniere[1] === c - 1) derniere[1] = c;
    else plages.push([c, c]);
  }
  return plages;
}
