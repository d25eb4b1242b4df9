/** Names of the plan editor's fields, for the error summary (client and server). */
/** « Étape 2, objet » for « etapes[1].objet ». */
export function libelleChampPlan(champ: string): string {
  const m = /^etapes\[(\d+)\]\.(\w+)$/.exec(champ);
  const noms: Record<string, string> = {
    code: "code",
    jours: "jours par rapport à l'échéance",
    type: "type",
    ton: "ton",
    objet: "objet",
    corps: "texte",
  };
  if (m) return `Étape ${Number(m[1]) + 1}, ${noms[m[2]!] ?? m[2]}`;
  return (
    { nom: "Nom du plan", delaiMinimumJours: "Délai minimal entre deux contacts", etapes: "Étapes" }[champ] ?? champ
  );
}
