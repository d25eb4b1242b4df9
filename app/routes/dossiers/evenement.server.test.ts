import { describe, expect, it } from "vitest";
import { lireEvenement } from "./evenement.server";

describe("lecture d'un événement saisi sur la page du dossier", () => {
  it("un paiement saisi à la française est lu en centimes", () => {
    expect(lireEvenement({ type: "paiement.recu", date: "2026-04-20", montant: "1 234,56" }, "2026-04-30")).toEqual({
      evenement: { type: "paiement.recu", date: "2026-04-20", montantCents: 123456 },
    });
  });

  it("les événements qu'écrit l'import (facture ajoutée, facture modifiée) ne se saisissent pas à la main", () => {
    for (const type of ["facture.ajoutee", "facture.modifiee"])
      expect(
        lireEvenement(
          { type, date: "2026-04-20", facture: "F-1", montant: "10,00", source: "à la main" },
          "2026-04-30",
        ),
      ).toEqual({
        erreurs: [{ champ: "type", message: "cet événement est inscrit par l'import des factures, pas à la main" }],
      });
  });
});
