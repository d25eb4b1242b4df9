import { z } from "../validation/zod-fr";
import { QUALITES } from "./qualite";

export const QualiteSchema = z.enum(QUALITES);
