import { DossierSchema, jsonSchemaDossier } from "../domain/dossier/dossier.schema";
import {
  type Commande,
  ErreurEntree,
  ecrireJson,
  lireEntreeJson,
  lireOptions,
  OPTIONS_ENTREE,
  valider,
} from "./contrat";

const SCHEMAS: Record<string, () => unknown> = { dossier: jsonSchemaDossier };

const schema: Commande = {
  nom: "schema",
  resume: "imprime le JSON Schema d'une entrée (schema dossier)",
  usage: "recouvrement schema dossier\n  Imprime le JSON Schema du dossier accepté par toutes les commandes.",
  async executer(args, flux) {
    const { positionals } = lireOptions(args, {});
    const [quoi] = positionals;
    const fabrique = quoi ? SCHEMAS[quoi] : undefined;
    if (!fabrique) {
      throw new ErreurEntree(
        `${quoi ? `schéma inconnu « ${quoi} »` : "précisez le schéma"} : schémas disponibles : ${Object.keys(SCHEMAS).join(", ")}`,
      );
    }
    ecrireJson(flux, fabrique());
    return 0;
  },
};

const validerCommande: Commande = {
  nom: "valider",
  resume: "vérifie un dossier JSON contre son schéma",
  usage:
    "recouvrement valider (--input dossier.json | --json '<dossier>' | < dossier.json)\n  Vérifie le dossier ; en cas d'erreur, nomme chaque champ fautif (code de sortie 2).",
  async executer(args, flux) {
    const { values } = lireOptions(args, OPTIONS_ENTREE);
    const dossier = valider(DossierSchema, await lireEntreeJson(values, flux), "dossier");
    ecrireJson(flux, {
      valide: true,
      factures: dossier.factures.length,
      evenements: dossier.evenements.length,
      pieces: dossier.pieces.length,
    });
    return 0;
  },
};

export const COMMANDES: Commande[] = [schema, validerCommande];
