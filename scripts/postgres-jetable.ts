/**
 * Starts a throwaway PostgreSQL cluster on 127.0.0.1 (Debian's binaries, temporary folder),
 * prints its URL and keeps it running until Ctrl+C, then removes it:
 *   npx tsx scripts/postgres-jetable.ts   →   DATABASE_URL=<url> npm start
 */
import { demarrerPostgres } from "../tests/setup/postgres";

const cluster = await demarrerPostgres();
console.log(cluster.url);
const arreter = async () => {
  await cluster.arreter();
  process.exit(0);
};
process.once("SIGINT", arreter);
process.once("SIGTERM", arreter);
setInterval(() => {}, 60_000);
