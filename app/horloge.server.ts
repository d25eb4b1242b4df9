import { dateCalendaireParis } from "../lib/horloge";
import type { Config } from "./config.server";

/**
 * "Today" as a legal calendar date in Europe/Paris. In tests (NODE_ENV=test only, checked
 * by the configuration) AUJOURDHUI moves the date; e2e tests restart the server to change it.
 */
export function creerHorloge(config: Pick<Config, "aujourdhuiForce">): () => string {
  const force = config.aujourdhuiForce;
  return force ? () => force : () => dateCalendaireParis(new Date());
}
