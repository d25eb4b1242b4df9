/**
 * Generates machines/escalation/README.md from the machine definition itself (states, events,
 * targets), so the diagram cannot drift: `npx tsx machines/escalation/diagramme.ts`.
 * A test compares the committed README with a fresh generation.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { AnyStateNode } from "xstate";
import { ETATS, type Etape, escalationMachine, VERSION_MACHINE } from "./escalation.machine";

const SENS: Record<Etape, string> = {
  qualification:
    "La créance est-elle certaine, liquide et exigible ? B2B ou B2C selon la qualité des parties, contestée, débiteur en procédure collective ou à l'étranger, déjà prescrite. Le premier acte (relance, mise en demeure, choix d'une voie) la confirme.",
  relance:
    "Prévenance avant l'échéance, relance amiable puis ferme (entre professionnels : pénalités L.441-10 et 40 € D.441-5 déjà dus). Chaque relance est datée, avec son canal ; un appel se confirme par écrit. Aucune relance n'interrompt la prescription.",
  "mise-en-demeure":
    "Interpellation suffisante (art. 1344 C. civ.) : envoyée (LRAR, LRE, courriel, sommation), reçue ; fait courir les intérêts au taux légal (art. 1231-6, 1344-1). Délai = le plus tardif de « date de la lettre + N jours » et « réception + N jours ». N'interrompt pas la prescription (Cass. com. 18 mai 2022).",
  "voie-judiciaire":
    "Choix de la voie : petites créances (≤ 5 000 €, accord du débiteur, L.125-1 CPCE), injonction de payer (créance contractuelle déterminée, art. 1405 CPC), référé-provision (obligation non sérieusement contestable, art. 835/873 CPC), assignation au fond (créance contestée).",
  "petites-creances":
    "Procédure simplifiée devant un commissaire de justice : l'accord du débiteur suspend la prescription (art. 2238) ; l'accord sur le montant et les modalités donne un titre exécutoire (L.111-3 5° CPCE).",
  "injonction-de-payer":
    "Requête (art. 1407) → ordonnance rendue ou rejetée (1409) → signifiée dans les 6 mois, 3 mois pour les ordonnances depuis le 1er septembre 2026 (1411) → opposition dans le mois (1416) ou exécution. La signification interrompt la prescription ; la requête non.",
  "refere-provision":
    "Assignation en référé-provision : date d'audience (art. 56), signification par commissaire de justice, remise au greffe, ordonnance exécutoire par provision.",
  assignation:
    "Assignation au fond : date d'audience dans l'acte (art. 56), signification (interrompt la prescription, art. 2241), placement au greffe (TJ : 15 jours avant l'audience, art. 754 ; TC : signifiée 15 jours et placée 8 jours avant, art. 857), jugement.",
  execution:
    "Titre exécutoire obtenu : exécution forcée par un commissaire de justice (interrompt la prescription, art. 2244 ; 10 ans pour exécuter, L.111-4 CPCE). Signifiée autrement qu'à personne, l'ordonnance reste exposée à une opposition (art. 1416 al. 2).",
  echeancier:
    "Plan de paiement signé : reconnaissance de dette (art. 2240, la prescription repart pour les factures visées), versements suivis, déchéance du terme ; en cas de défaillance le parcours reprend où il s'était arrêté (envers un consommateur, par une mise en demeure).",
  litige:
    "Contestation du débiteur : l'escalade est suspendue jusqu'à sa résolution ; l'assignation au fond reste ouverte.",
  "procedure-collective":
    "Sauvegarde, redressement ou liquidation : poursuites individuelles arrêtées (L.622-21 C. com.) ; déclarer la créance au mandataire judiciaire dans les 2 mois de la publication au BODACC (R.622-24).",
  solde: "Créance entièrement payée : fin du dossier.",
  prescrite:
    "Toutes les factures impayées sont prescrites : plus d'action en justice (règle du produit) ; un paiement volontaire reste noté.",
  abandon: "Le créancier renonce au recouvrement ; un paiement reçu reste noté.",
};

const ETAPE_DE = Object.fromEntries(Object.entries(ETATS).map(([e, s]) => [s, e])) as Record<string, Etape>;

function nomMermaid(n: AnyStateNode): string {
  return n.path.join("_") || "escalation";
}

function transitions(n: AnyStateNode): string[] {
  const lignes: string[] = [];
  for (const [evenement, defs] of n.transitions) {
    for (const t of defs) {
      for (const cible of t.target ?? []) {
        const c = cible.type === "history" ? cible.parent! : cible;
        const garde = t.guard
          ? ` [${typeof t.guard === "string" ? t.guard : ((t.guard as { type?: string }).type ?? "garde")}]`
          : "";
        lignes.push(`  ${nomMermaid(n)} --> ${nomMermaid(c)} : ${evenement}${garde}`);
      }
    }
  }
  return lignes;
}

function etats(n: AnyStateNode, retrait: string): string[] {
  const lignes: string[] = [];
  for (const enfant of Object.values(n.states) as AnyStateNode[]) {
    if (enfant.type === "history") continue;
    const enfants = Object.values(enfant.states).filter((x) => (x as AnyStateNode).type !== "history");
    if (enfants.length > 0) {
      lignes.push(`${retrait}state ${nomMermaid(enfant)} {`);
      lignes.push(`${retrait}  [*] --> ${nomMermaid(enfant.initial.target[0]!)}`);
      lignes.push(...etats(enfant, `${retrait}  `));
      lignes.push(`${retrait}}`);
    } else {
      lignes.push(`${retrait}${nomMermaid(enfant)} : ${enfant.key}`);
    }
  }
  return lignes;
}

function toutesTransitions(n: AnyStateNode): string[] {
  return [
    ...(n.parent ? transitions(n) : []),
    ...(Object.values(n.states) as AnyStateNode[]).flatMap((e) => toutesTransitions(e)),
  ];
}

export function genererReadme(): string {
  const racine = escalationMachine.root;
  const globales = [...racine.transitions.keys()].join(", ");
  const mermaid = [
    "stateDiagram-v2",
    `  [*] --> ${nomMermaid(racine.initial.target[0]!)}`,
    ...etats(racine, "  "),
    ...[...new Set(toutesTransitions(racine))],
    "  solde --> [*]",
  ].join("\n");
  const tableau = (Object.values(racine.states) as AnyStateNode[])
    .map((n) => `| \`${ETAPE_DE[n.key]}\` | \`${n.key}\` | ${SENS[ETAPE_DE[n.key]!]} |`)
    .join("\n");
  return `# Le statechart d'escalade (${VERSION_MACHINE})

Ce fichier est **généré** depuis la définition de la machine (\`npx tsx machines/escalation/diagramme.ts\`) ; un test
échoue s'il ne correspond plus à \`escalation.machine.ts\`.

- \`escalation.machine.ts\` : la machine (XState v5, \`setup({ types, guards, actions })\`) ; gardes = fonctions de \`domain/\` ;
  effet (\`signalerEtape\`) fournis par le serveur avec \`.provide()\`.
- \`echeances.ts\` : les délais, calculés par \`domain/\` à partir du journal (aucune minuterie).
- \`parcours.ts\` : démarrer, envoyer (avec la raison d'un refus), avancer le temps (\`delai.expire\`), rejouer, prochaines actions.
- \`scenarios/\` : dossiers réels et résultats attendus (\`recouvrement parcours\` les reproduit).
- \`persisted/\` : instantanés persistés de chaque version publiée ; ils doivent toujours se réhydrater.

Événements acceptés à presque toutes les étapes (transitions de la racine) : ${globales}.

\`\`\`mermaid
${mermaid}
\`\`\`

## Sens juridique de chaque étape

| étape (\`etape\`) | état XState | sens |
| --- | --- | --- |
${tableau}
`;
}

if (process.argv[1]?.endsWith("diagramme.ts")) {
  writeFileSync(path.resolve("machines/escalation/README.md"), genererReadme());
  console.log("machines/escalation/README.md généré");
}
