import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { VERSION_MACHINE } from "../../machines/escalation/escalation.machine";
import { etatDe, rejouer } from "../../machines/escalation/parcours";
import { dossierExemple } from "../../tests/fixtures/dossiers";
import { MOTEURS, ouvrirBaseDeTest } from "../../tests/setup/bases";
import type { Base } from "../db/database.server";
import { assurerOrganisationParDefaut, ConflitDeVersion, chargerDossier, creerDossier } from "../db/dossiers.server";
import { avancerDossier, envoyerEvenement, etatDuDossier } from "./parcours-dossier.server";

const exemple = dossierExemple();

describe.each(MOTEURS)("parcours d'un dossier enregistré (%s)", (moteur) => {
  let base: Base;
  let org: string;
  beforeAll(async () => {
    base = await ouvrirBaseDeTest(moteur);
    org = await assurerOrganisationParDefaut(base.db);
  });
  afterAll(async () => {
    await base?.fermer();
  });

  it("un événement accepté est ajouté au journal avec l'instantané et sa version de machine, dans la même écriture", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const { id } = await creerDossier(base.db, org, exemple, { aujourdhui: "2026-03-01" });
    const d = (await chargerDossier(base.db, id))!;
    const r = await envoyerEvenement(
      base.db,
      d,
      d.version,
      { type: "med.envoyee", date: "2026-03-02", mode: "lrar" },
      "2026-03-02",
    );
    expect(r).toMatchObject({ ok: true, version: 2 });
    const apres = (await chargerDossier(base.db, id))!;
    expect(apres.dossier.evenements.map((e) => e.type)).toEqual(["relance.envoyee", "paiement.recu", "med.envoyee"]);
    expect(apres.etape).toBe("mise-en-demeure");
    expect(apres.prochaineEcheance).toBe("2026-03-10");
    const etat = (await chargerDossier(base.db, id))?.etat;
    expect(etat).toMatchObject({ machineVersion: VERSION_MACHINE, derniereSequence: 3 });
    expect(info).toHaveBeenCalledWith(expect.stringContaining("étape mise-en-demeure"));
    info.mockRestore();
  });

  it("un événement refusé ne change rien et donne sa raison", async () => {
    const { id } = await creerDossier(base.db, org, exemple, { aujourdhui: "2026-03-01" });
    const d = (await chargerDossier(base.db, id))!;
    const r = await envoyerEvenement(
      base.db,
      d,
      d.version,
      { type: "ordonnance.signifiee", date: "2026-03-02", aPersonne: true },
      "2026-03-02",
    );
    expect(r).toEqual({ ok: false, raison: expect.stringMatching(/n'est pas possible/) });
    expect((await chargerDossier(base.db, id))?.version).toBe(1);
  });

  it("une version périmée est refusée et rien n'est écrit", async () => {
    const { id } = await creerDossier(base.db, org, exemple, { aujourdhui: "2026-03-01" });
    const d = (await chargerDossier(base.db, id))!;
    await envoyerEvenement(base.db, d, 1, { type: "med.envoyee", date: "2026-03-02", mode: "lrar" }, "2026-03-02");
    await expect(
      envoyerEvenement(base.db, d, 1, { type: "debiteur.conteste", date: "2026-03-03", motif: "x" }, "2026-03-03"),
    ).rejects.toBeInstanceOf(ConflitDeVersion);
    expect((await chargerDossier(base.db, id))?.dossier.evenements).toHaveLength(3);
  });

  it("avancer au jour du chargement inscrit les délais échus au journal ; le rejeu redonne le même état", async () => {
    const { id } = await creerDossier(base.db, org, exemple, { aujourdhui: "2026-03-01" });
    let d = (await chargerDossier(base.db, id))!;
    await envoyerEvenement(
      base.db,
      d,
      d.version,
      { type: "med.envoyee", date: "2026-03-02", mode: "lrar" },
      "2026-03-02",
    );
    d = (await chargerDossier(base.db, id))!;
    const { snapshot } = await avancerDossier(base.db, d, "2026-03-20");
    expect(etatDe(snapshot)).toBe("voieJudiciaire");
    d = (await chargerDossier(base.db, id))!;
    expect(d.dossier.evenements.at(-1)).toEqual({
      type: "delai.expire",
      date: "2026-03-11",
      echeance: "delai-mise-en-demeure",
    });
    expect(d.etape).toBe("voie-judiciaire");
    const rejoue = rejouer(d.dossier, "2026-03-20");
    expect(rejoue.snapshot.value).toEqual(snapshot.value);
    expect(rejoue.snapshot.context.journal).toEqual(snapshot.context.journal);
    const rehydrate = await etatDuDossier(d);
    expect(rehydrate.value).toEqual(snapshot.value);
    // Nothing new to write the second time.
    expect((await avancerDossier(base.db, d, "2026-03-20")).version).toBe(d.version);
  });

  it("deux ouvertures simultanées : la seconde relit ce que la première a écrit, sans erreur", async () => {
    const { id } = await creerDossier(base.db, org, exemple, { aujourdhui: "2026-03-01" });
    let d = (await chargerDossier(base.db, id))!;
    await envoyerEvenement(
      base.db,
      d,
      d.version,
      { type: "med.envoyee", date: "2026-03-02", mode: "lrar" },
      "2026-03-02",
    );
    d = (await chargerDossier(base.db, id))!;
    const [a, b] = await Promise.all([
      avancerDossier(base.db, d, "2026-03-20"),
      avancerDossier(base.db, d, "2026-03-20"),
    ]);
    expect(etatDe(a.snapshot)).toBe("voieJudiciaire");
    expect(etatDe(b.snapshot)).toBe("voieJudiciaire");
    const expires = (await chargerDossier(base.db, id))!.dossier.evenements.filter((e) => e.type === "delai.expire");
    expect(expires).toHaveLength(1);
  });
});
