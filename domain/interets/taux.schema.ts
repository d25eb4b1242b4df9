/** zod types of rates and semesters (CLI, API, rates page), kept apart from the browser modules. */
import { texteLibre } from "../validation/texte.schema";
import { z } from "../validation/zod-fr";
import type { Semestre } from "./taux.table";

export const TauxPourcentSchema = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,4})?$/, 'doit être un pourcentage décimal écrit avec un point, par exemple "12.50"');

export const SemestreSchema = z
  .string()
  .regex(/^\d{4}-S[12]$/, 'doit être un semestre au format "2026-S2"')
  .transform((s) => s as Semestre);

const source = texteLibre(300).min(1, "indiquez la source du taux (arrêté, Journal officiel, communiqué de la BCE…)");

/** A published rate typed on the rates page or given to `recouvrement taux ajouter`. */
export const TauxSaisiSchema = z.discriminatedUnion("nature", [
  z.object({
    nature: z.literal("legal"),
    semestre: SemestreSchema,
    particulier: TauxPourcentSchema,
    autresCas: TauxPourcentSchema,
    source,
  }),
  z.object({ nature: z.literal("bce"), semestre: SemestreSchema, tauxPourcent: TauxPourcentSchema, source }),
]);
