import { describe, expect, it } from "vitest";
import { libelleCheminDossier } from "./libelles";

describe("noms français des champs d'un dossier importé", () => {
  it("nomme l'événement par son rang et son type, et le champ en français", () => {
    const brut = { evenements: [{ type: "relance.envoyee", canal: "pigeon" }] };
    expect(libelleCheminDossier("evenements[0].canal", brut)).toBe("Événement 1 (relance.envoyee), canal");
    expect(libelleCheminDossier("debiteur.adresse.codePostal")).toBe("Débiteur, adresse, code postal");
    expect(libelleCheminDossier("factures[1].avoirs[0].montantCents")).toBe("Facture 2, avoir 1, montant (centimes)");
    expect(libelleCheminDossier("(document)")).toBe("(document)");
  });
});
