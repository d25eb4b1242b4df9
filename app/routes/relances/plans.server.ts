/** Reading the plan editor's form (etapes[i].champ) and the sender identity, checked as they enter. */
import { type Plan, PlanSchema } from "../../../domain/relances/plan";
import { texteLibre } from "../../../domain/validation/texte.schema";
import { type ErreurChamp, erreursChamps, z } from "../../../domain/validation/zod-fr";
import { variablesInconnues } from "../../../templates/courriel-relance/rendu";
import type { Valeurs } from "../../saisie";

export function lirePlan(v: Valeurs, ajouterUneEtape: boolean): { plan: Plan; erreurs: ErreurChamp[]; brut: unknown } {
  const indices = [
    ...new Set(
      Object.keys(v)
        .map((k) => /^etapes\[(\d+)\]\./.exec(k)?.[1])
        .filter((x): x is string => x !== undefined)
        .map(Number),
    ),
  ].sort((a, b) => a - b);
  const etapes = indices
    .filter((i) => v[`etapes[${i}].retirer`] !== "oui")
    .map((i) => ({
      code: (v[`etapes[${i}].code`] ?? "").trim(),
      jours: Number((v[`etapes[${i}].jours`] ?? "").replace(/^\+/, "").trim()),
      type: v[`etapes[${i}].type`] ?? "",
      ton: v[`etapes[${i}].ton`] ?? "",
      objet: (v[`etapes[${i}].objet`] ?? "").trim(),
      corps: (v[`etapes[${i}].corps`] ?? "").trim(),
    }));
  if (ajouterUneEtape) {
    const dernier = Math.max(0, ...etapes.map((e) => (Number.isFinite(e.jours) ? e.jours : 0)));
    etapes.push({
      code: `etape-${etapes.length + 1}`,
      jours: dernier + 7,
      type: "email-a-valider",
      ton: "ferme",
      objet: "Relance : {factures}",
      corps:
        "{appel}\n\nNous n'avons toujours pas reçu le règlement de {laFacture}, soit {totalPrincipal}.\n\n{paiement}",
    });
  }
  const brut = { nom: (v.nom ?? "").trim(), delaiMinimumJours: Number(v.delaiMinimumJours ?? ""), etapes };
  const r = PlanSchema.safeParse(brut);
  const erreurs = r.success ? [] : erreursChamps(r.error);
  etapes.forEach((e, i) => {
    for (const champ of ["objet", "corps"] as const) {
      const inconnues = variablesInconnues(e[champ]);
      if (inconnues.length)
        erreurs.push({
          champ: `etapes[${i}].${champ}`,
          message: `variable${inconnues.length > 1 ? "s" : ""} inconnue${inconnues.length > 1 ? "s" : ""} : ${inconnues.map((n) => `{${n}}`).join(", ")}`,
        });
    }
  });
  return { plan: (r.success ? r.data : brut) as Plan, erreurs, brut };
}

export const ExpediteurSchema = z.object({
  nom: texteLibre(120),
  adresse: z.union([z.literal(""), z.email("adresse électronique invalide (par exemple relances@exemple.fr)")]),
  reponseA: z.union([z.literal(""), z.email("adresse électronique invalide")]),
  signature: texteLibre(1000),
});
