/**
 * The scheduler inside the server (decision 021): a tick at start and every minute — decide
 * today's steps (every organisation), then send what is ready. Ticks never overlap; a failure is
 * logged in French and the next tick tries again. Several instances on one PostgreSQL each run
 * theirs: decisions are idempotent (unique key) and sending claims rows with SKIP LOCKED.
 */
import type { Services } from "../../contexte";
import { envoyerRelances, fermerTransports } from "./envoi.server";
import { paris } from "./heure";
import { planifierRelances } from "./planificateur.server";

export type Ordonnanceur = { reveiller: () => void; arreter: () => void };

export function demarrerOrdonnanceur(s: Services, periodeMs = 60_000): Ordonnanceur {
  let enCours = false;
  let encore = false;
  const tic = () => {
    if (enCours) {
      encore = true;
      return;
    }
    enCours = true;
    void (async () => {
      try {
        const maintenant = new Date();
        const aujourdhui = s.aujourdhui();
        const decidees = await planifierRelances(s, { aujourdhui });
        const bilan = await envoyerRelances(s, { aujourdhui, heure: paris(maintenant).heure, maintenant });
        if (decidees.length || bilan.envoyes || bilan.echecs || bilan.reessais) {
          console.info(
            `[relances] ${aujourdhui} : ${decidees.length} étape(s) décidée(s), ${bilan.envoyes} courriel(s) envoyé(s), ${bilan.reessais} à réessayer, ${bilan.echecs} en échec.`,
          );
        }
      } catch (e) {
        console.error(`[relances] passage interrompu : ${(e as Error).message} (nouvel essai à la prochaine minute)`);
      } finally {
        enCours = false;
        if (encore) {
          encore = false;
          tic();
        }
      }
    })();
  };
  const minuterie = setInterval(tic, periodeMs);
  minuterie.unref();
  tic();
  return {
    reveiller: tic,
    arreter: () => {
      clearInterval(minuterie);
      fermerTransports();
    },
  };
}
