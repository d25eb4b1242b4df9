/**
 * Every document type: its gabarit (layout shared by both renderers), its model schema and
 * builder, its mandatory mentions, and the stages where it is available.
 */
import type { z } from "../domain/validation/zod-fr";
import { ETAPES, type Etape } from "../machines/escalation/escalation.machine";
import type { ContexteDocument } from "./_shared/contexte";
import type { Gabarit } from "./_shared/gabarit";
import { construireRelance, mentionsRelance, RelanceModelSchema } from "./_shared/relance";
import { gabaritAssignation } from "./assignation/gabarit";
import { AssignationModelSchema, construireAssignation, mentionsAssignation } from "./assignation/model";
import { gabaritBordereau } from "./bordereau-pieces/gabarit";
import { BordereauModelSchema, construireBordereau, mentionsBordereau } from "./bordereau-pieces/model";
import { gabaritChronologie } from "./chronologie/gabarit";
import { ChronologieModelSchema, construireChronologie, mentionsChronologie } from "./chronologie/model";
import { gabaritDeclaration } from "./declaration-creance/gabarit";
import { construireDeclaration, DeclarationModelSchema, mentionsDeclaration } from "./declaration-creance/model";
import { gabaritDecompte } from "./decompte/gabarit";
import { construireDecompte, DecompteModelSchema, mentionsDecompte } from "./decompte/model";
import { gabaritEcheancier } from "./echeancier/gabarit";
import { construireEcheancier, EcheancierModelSchema, mentionsEcheancier } from "./echeancier/model";
import { gabaritMiseEnDemeure } from "./mise-en-demeure/gabarit";
import { construireMiseEnDemeure, MiseEnDemeureModelSchema, mentionsMiseEnDemeure } from "./mise-en-demeure/model";
import { gabaritRelanceAmiable } from "./relance-amiable/gabarit";
import { gabaritRelanceFerme } from "./relance-ferme/gabarit";
import { gabaritRequete } from "./requete-injonction-de-payer/gabarit";
import { construireRequete, mentionsRequete, RequeteModelSchema } from "./requete-injonction-de-payer/model";

export type DefinitionDocument = {
  type: string;
  libelle: string;
  gabarit: Gabarit;
  schema: z.ZodObject;
  construire: (c: ContexteDocument) => Record<string, unknown>;
  mentions: (c: ContexteDocument, modele: never) => string[];
  etapes: readonly Etape[];
};

/** Every stage where the claim is still being pursued: all but collective proceedings and the ends. */
const ACTIVES = ETAPES.filter((e) => !["procedure-collective", "solde", "prescrite", "abandon"].includes(e));

export const DOCUMENTS = {
  "relance-amiable": {
    type: "relance-amiable",
    libelle: "Rappel de facture (relance amiable)",
    gabarit: gabaritRelanceAmiable,
    schema: RelanceModelSchema,
    construire: (c: ContexteDocument) => construireRelance(c, false),
    mentions: mentionsRelance as DefinitionDocument["mentions"],
    etapes: ["qualification", "relance"],
  },
  "relance-ferme": {
    type: "relance-ferme",
    libelle: "Relance ferme avant mise en demeure",
    gabarit: gabaritRelanceFerme,
    schema: RelanceModelSchema,
    construire: (c: ContexteDocument) => construireRelance(c, true),
    mentions: mentionsRelance as DefinitionDocument["mentions"],
    etapes: ["qualification", "relance"],
  },
  "mise-en-demeure": {
    type: "mise-en-demeure",
    libelle: "Mise en demeure de payer",
    gabarit: gabaritMiseEnDemeure,
    schema: MiseEnDemeureModelSchema,
    construire: construireMiseEnDemeure,
    mentions: mentionsMiseEnDemeure as DefinitionDocument["mentions"],
    etapes: ["qualification", "relance", "mise-en-demeure", "voie-judiciaire", "echeancier", "litige"],
  },
  decompte: {
    type: "decompte",
    libelle: "Décompte des sommes dues",
    gabarit: gabaritDecompte,
    schema: DecompteModelSchema,
    construire: construireDecompte,
    mentions: mentionsDecompte as DefinitionDocument["mentions"],
    etapes: [...ACTIVES, "procedure-collective"],
  },
  "requete-injonction-de-payer": {
    type: "requete-injonction-de-payer",
    libelle: "Requête en injonction de payer",
    gabarit: gabaritRequete,
    schema: RequeteModelSchema,
    construire: construireRequete,
    mentions: mentionsRequete as DefinitionDocument["mentions"],
    etapes: ["voie-judiciaire", "injonction-de-payer"],
  },
  assignation: {
    type: "assignation",
    libelle: "Assignation (au fond ou en référé-provision)",
    gabarit: gabaritAssignation,
    schema: AssignationModelSchema,
    construire: construireAssignation,
    mentions: mentionsAssignation as DefinitionDocument["mentions"],
    etapes: ["voie-judiciaire", "refere-provision", "assignation", "litige"],
  },
  "bordereau-pieces": {
    type: "bordereau-pieces",
    libelle: "Bordereau des pièces",
    gabarit: gabaritBordereau,
    schema: BordereauModelSchema,
    construire: construireBordereau,
    mentions: mentionsBordereau as DefinitionDocument["mentions"],
    etapes: [
      "voie-judiciaire",
      "petites-creances",
      "injonction-de-payer",
      "refere-provision",
      "assignation",
      "execution",
      "litige",
      "procedure-collective",
    ],
  },
  echeancier: {
    type: "echeancier",
    libelle: "Échéancier de paiement et reconnaissance de dette",
    gabarit: gabaritEcheancier,
    schema: EcheancierModelSchema,
    construire: construireEcheancier,
    mentions: mentionsEcheancier as DefinitionDocument["mentions"],
    etapes: ACTIVES,
  },
  "declaration-creance": {
    type: "declaration-creance",
    libelle: "Déclaration de créance au mandataire judiciaire",
    gabarit: gabaritDeclaration,
    schema: DeclarationModelSchema,
    construire: construireDeclaration,
    mentions: mentionsDeclaration as DefinitionDocument["mentions"],
    etapes: ["procedure-collective"],
  },
  chronologie: {
    type: "chronologie",
    libelle: "Chronologie du dossier",
    gabarit: gabaritChronologie,
    schema: ChronologieModelSchema,
    construire: construireChronologie,
    mentions: mentionsChronologie as DefinitionDocument["mentions"],
    etapes: ETAPES,
  },
} satisfies Record<string, DefinitionDocument>;

export type TypeDocument = keyof typeof DOCUMENTS;
export const TYPES_DOCUMENT = Object.keys(DOCUMENTS) as TypeDocument[];

export function estTypeDocument(t: string): t is TypeDocument {
  return Object.hasOwn(DOCUMENTS, t);
}

/** Document types available at a stage. */
export function documentsDisponibles(etape: Etape): TypeDocument[] {
  return TYPES_DOCUMENT.filter((t) => (DOCUMENTS[t].etapes as readonly Etape[]).includes(etape));
}
