import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { executer } from "../../cli/principal";
import { attendu, DOSSIER_SCENARIOS, scenarios } from "./scenarios/generer";

const TITRES: Record<string, string> = {
  "01-paye-apres-relance": "payé après la première relance : soldé",
  "02-injonction-sans-opposition":
    "mise en demeure ignorée, injonction signifiée à personne, pas d'opposition : exécution (art. 1411, 1416, 1422 CPC ; décret 2026-96)",
  "03-opposition-tardive":
    "signifiée autrement qu'à personne : opposition tardive recevable après la première mesure d'exécution (art. 1416 al. 2 CPC)",
  "04-litige-puis-assignation":
    "contestée après la mise en demeure, litige résolu, assignation au tribunal de commerce (art. 56, 857 CPC)",
  "05-echeancier-defaillant":
    "échéancier signé puis défaillant : parcours repris, prescription repartie de la signature (art. 2240 C. civ.)",
  "06-procedure-collective":
    "procédure collective : déclaration de créance dans les 2 mois du BODACC, poursuites refusées (L.622-21, R.622-24 C. com.)",
  "07-prescrite-en-attendant":
    "prescrite en attendant : 2 ans envers un consommateur, la mise en demeure n'interrompt rien (L.218-2 C. conso.)",
  "08-instance-non-avenue-apres-paiement":
    "paiement partiel pendant l'instance puis instance non avenue : la créance reste vivante jusqu'au 31 mars 2031 (art. 2240 et 2243 C. civ.)",
  "09-ordonnance-signifiee-a-domicile":
    "ordonnance signifiée autrement qu'à personne : exécutoire un mois après la signification, exécution engagée (art. 1416 et 1422 CPC)",
  "10-opposition-apparemment-tardive":
    "opposition formée après le lundi 2 novembre 2026 : inscrite, signalée tardive, irrecevabilité à soulever (art. 642, 1416 et 1422 CPC)",
  "11-demande-rejetee-au-fond":
    "assignation au fond rejetée, jugement signifié le 15 juin : plus de nouvelle voie, appel jusqu'au 15 juillet 2026 (art. 1355 C. civ. ; art. 480 et 538 CPC)",
  "12-refere-refuse":
    "provision refusée en référé : pas d'autorité au fond, l'assignation reste ouverte, pas de second référé (art. 488 CPC)",
  "13-contestation-avant-la-requete":
    "contestation notée pendant la préparation de la requête : inscrite, injonction déconseillée (art. 1405 et 1416 CPC)",
  "14-jugement-signifie":
    "jugement obtenu puis signifié le 22 juin : exécution, titre exécutoire de 10 ans (art. 503 CPC ; CPCE art. L.111-4)",
};

describe("scénarios de dossiers réels (fixtures committées)", () => {
  it.each(scenarios())("%s", (nom, aujourdhui) => {
    const fichier = path.join(DOSSIER_SCENARIOS, `${nom}.attendu.json`);
    const obtenu = attendu(nom, aujourdhui);
    if (process.env.UPDATE_GOLDEN) writeFileSync(fichier, `${JSON.stringify(obtenu, null, 2)}\n`);
    expect(TITRES[nom], "chaque scénario a un titre qui cite sa règle").toBeDefined();
    expect(obtenu).toEqual(JSON.parse(readFileSync(fichier, "utf8")));
  });

  it.each(scenarios())("`recouvrement parcours` reproduit le scénario %s", async (nom, aujourdhui) => {
    let stdout = "";
    const code = await executer(
      ["parcours", "--input", path.join(DOSSIER_SCENARIOS, `${nom}.dossier.json`), "--aujourdhui", aujourdhui],
      {
        stdin: Object.assign(Readable.from([]), { isTTY: true }),
        stdout: (t) => {
          stdout += t;
        },
        stderr: () => {},
      },
    );
    expect(code).toBe(0);
    const sortie = JSON.parse(stdout);
    const fixe = JSON.parse(readFileSync(path.join(DOSSIER_SCENARIOS, `${nom}.attendu.json`), "utf8"));
    expect({ etape: sortie.etape, etat: sortie.etat }).toEqual({ etape: fixe.etape, etat: fixe.etat });
    expect(sortie.echeances.map((e: { code: string; date: string }) => [e.code, e.date])).toEqual(
      fixe.echeances.map((e: { code: string; date: string }) => [e.code, e.date]),
    );
    expect(sortie.rejets.map((r: { index: number }) => r.index)).toEqual(
      fixe.rejets.map((r: { index: number }) => r.index),
    );
    for (const r of sortie.rejets) expect(r.raison).toMatch(/\S/);
  });
});
