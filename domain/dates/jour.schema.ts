import { z } from "../validation/zod-fr";
import { estJourValide } from "./jour";

/** zod schema of a calendar date, with a French message. */
export const JourSchema = z
  .string({ error: "doit être une date au format AAAA-MM-JJ" })
  .refine(estJourValide, { message: "doit être une date valide au format AAAA-MM-JJ (par exemple 2026-03-15)" });
