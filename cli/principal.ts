import { COMMANDES } from "./commandes";
import { ErreurEntree, type Flux, SORTIE_ENTREE_INVALIDE, SORTIE_ERREUR, SORTIE_OK } from "./contrat";

function aide(): string {
  const largeur = Math.max(...COMMANDES.map((c) => c.nom.length));
  return [
    "recouvrement — assistant de recouvrement de créances (droit français)",
    "",
    "Usage : recouvrement <commande> [options]",
    "",
    "Commandes :",
    ...COMMANDES.map((c) => `  ${c.nom.padEnd(largeur)}  ${c.resume}`),
    "",
    "Options communes :",
    "  --json '<json>'        entrée JSON en ligne (un dossier est toujours passé tel quel)",
    "  --input FICHIER        entrée JSON depuis un fichier (sinon : l'entrée standard)",
    "  --aujourdhui AAAA-MM-JJ  date de référence (par défaut : aujourd'hui à Paris)",
    "  --help                 aide d'une commande",
    "",
    "Sortie : JSON sur la sortie standard. Codes de sortie : 0 succès, 2 entrée invalide, 3 succès partiel, 1 erreur interne.",
    "",
  ].join("\n");
}

export async function executer(args: string[], flux: Flux): Promise<number> {
  const [nom, ...reste] = args;
  if (nom === undefined || nom === "--help" || nom === "-h" || nom === "aide") {
    flux.stdout(aide());
    return nom === undefined ? SORTIE_ENTREE_INVALIDE : SORTIE_OK;
  }
  const commande = COMMANDES.find((c) => c.nom === nom);
  if (!commande) {
    flux.stderr(
      `Erreur : commande inconnue « ${nom} ». Commandes disponibles : ${COMMANDES.map((c) => c.nom).join(", ")}.\n`,
    );
    return SORTIE_ENTREE_INVALIDE;
  }
  if (reste.includes("--help") || reste.includes("-h")) {
    flux.stdout(`${commande.usage}\n`);
    return SORTIE_OK;
  }
  try {
    return await commande.executer(reste, flux);
  } catch (e) {
    if (e instanceof ErreurEntree) {
      flux.stderr(`Erreur (${nom}) : ${e.message}\n`);
      return e.code;
    }
    flux.stderr(`Erreur interne (${nom}) : ${(e as Error).message}\n`);
    if (process.env.RECOUVREMENT_DEBUG) flux.stderr(`${(e as Error).stack}\n`);
    return SORTIE_ERREUR;
  }
}

export { SORTIE_ENTREE_INVALIDE };
