import { describe, expect, it } from "vitest";
import { lireConfig } from "./config.server";

describe("configuration", () => {
  it("donne les valeurs par défaut : boucle locale, port 3000, production", () => {
    const c = lireConfig({});
    expect(c).toMatchObject({ host: "127.0.0.1", port: 3000, nodeEnv: "production", databaseUrl: undefined });
    expect(c.dataDir).toMatch(/data$/);
  });

  it("nomme la variable fautive en français", () => {
    expect(() => lireConfig({ PORT: "abc" })).toThrow(/la variable PORT doit être un nombre entier \(reçu « abc »\)/);
    expect(() => lireConfig({ PORT: "70000" })).toThrow(/PORT doit être compris entre 1 et 65535/);
    expect(() => lireConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL doit être une URL PostgreSQL/);
  });

  it("refuse AUJOURDHUI hors des tests", () => {
    expect(() => lireConfig({ AUJOURDHUI: "2026-03-20", NODE_ENV: "production" })).toThrow(
      /AUJOURDHUI n'est accepté qu'avec NODE_ENV=test/,
    );
    expect(lireConfig({ AUJOURDHUI: "2026-03-20", NODE_ENV: "test" }).aujourdhuiForce).toBe("2026-03-20");
    expect(() => lireConfig({ AUJOURDHUI: "2026-02-30", NODE_ENV: "test" })).toThrow(
      /AUJOURDHUI doit être une date valide/,
    );
  });
});
