/**
 * The commands that read or write the instance's data (`taux`, `utilisateur`, `relances`): the same database as
 * the server — DATABASE_URL, else the embedded one in DATA_DIR. The embedded database serves one
 * process at a time: while a server holds its lock, the command stops with a French message (exit 2)
 * that names, when there is one, the page of the application doing the same thing.
 */
import { type Config, ConfigurationInvalide, lireConfig } from "../app/config.server";
import { type Base, ouvrirBase } from "../app/db/database.server";
import { VerrouPris, verrouSiIntegre } from "../server/verrou";
import { ErreurEntree } from "./contrat";

export async function avecBase<T>(
  travail: (base: Base, config: Config) => Promise<T>,
  pageEquivalente?: string,
): Promise<T> {
  let config: ReturnType<typeof lireConfig>;
  try {
    // Only the database matters here: the listening options are not checked.
    config = lireConfig({ ...process.env, HOST: "127.0.0.1", EXPOSER_SANS_COMPTES: undefined });
  } catch (e) {
    if (e instanceof ConfigurationInvalide) throw new ErreurEntree(e.message);
    throw e;
  }
  let verrou: ReturnType<typeof verrouSiIntegre>;
  try {
    verrou = verrouSiIntegre(config);
  } catch (e) {
    if (e instanceof VerrouPris) {
      const ailleurs = pageEquivalente
        ? `, ou faites la même opération depuis l'application (page « ${pageEquivalente} »)`
        : "";
      throw new ErreurEntree(
        `la base intégrée de ${config.dataDir} est ouverte par un serveur Recouvrement en marche : arrêtez-le le temps de la commande${ailleurs}.`,
      );
    }
    throw e;
  }
  let base: Base | undefined;
  try {
    base = await ouvrirBase(config);
    await base.migrer();
    return await travail(base, config);
  } finally {
    await base?.fermer().catch(() => undefined);
    verrou?.liberer();
  }
}
