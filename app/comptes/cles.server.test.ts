import { describe, expect, it } from "vitest";
import { lireConfig } from "../config.server";
import { partieDeConfiance } from "./cles.server";

const requete = (url: string) => new Request(url);

describe("partie de confiance des clés d'accès", () => {
  it("localhost avec son port, jamais une adresse IP (WebAuthn les refuse)", () => {
    const config = lireConfig({ PORT: "3000" });
    expect(partieDeConfiance(config, requete("http://localhost:3000/cles/connexion"))).toEqual({
      rpID: "localhost",
      origine: "http://localhost:3000",
    });
    expect(partieDeConfiance(config, requete("http://127.0.0.1:3000/cles/connexion"))).toBeNull();
    expect(partieDeConfiance(config, requete("http://[::1]:3000/cles/connexion"))).toBeNull();
  });

  it("derrière un mandataire : le nom de ORIGINE_PUBLIQUE et son origine, pas celle de la requête interne", () => {
    const config = lireConfig({ PORT: "3000", ORIGINE_PUBLIQUE: "https://recouvrement.exemple.fr" });
    expect(partieDeConfiance(config, requete("https://recouvrement.exemple.fr/cles/connexion"))).toEqual({
      rpID: "recouvrement.exemple.fr",
      origine: "https://recouvrement.exemple.fr",
    });
    // A request reaching the proxy's upstream over plain http keeps the public origin.
    expect(partieDeConfiance(config, requete("http://recouvrement.exemple.fr/cles/connexion"))?.origine).toBe(
      "https://recouvrement.exemple.fr",
    );
  });
});
