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

describe("exposition et noms d'hôte", () => {
  it("écoute sur toutes les interfaces sans confirmation : les comptes protègent les dossiers ; EXPOSER_SANS_COMPTES est ignorée", () => {
    expect(lireConfig({ HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
    expect(lireConfig({ HOST: "0.0.0.0", EXPOSER_SANS_COMPTES: "oui" }).exposerSansComptesIgnore).toBe(true);
    expect(lireConfig({}).exposerSansComptesIgnore).toBe(false);
  });

  it("accepte les noms de la boucle locale avec le port, l'adresse d'écoute et l'origine publique", () => {
    expect(lireConfig({ PORT: "3005" }).hotesAcceptes).toEqual(["localhost:3005", "127.0.0.1:3005", "[::1]:3005"]);
    const c = lireConfig({
      HOST: "192.0.2.10",
      EXPOSER_SANS_COMPTES: "oui",
      ORIGINE_PUBLIQUE: "https://recouvrement.exemple.fr/",
    });
    expect(c.hotesAcceptes).toEqual([
      "localhost:3000",
      "127.0.0.1:3000",
      "[::1]:3000",
      "192.0.2.10:3000",
      "recouvrement.exemple.fr",
    ]);
    expect(c.origine).toBe("https://recouvrement.exemple.fr");
    expect(lireConfig({ HOST: "::1" }).origine).toBe("http://[::1]:3000");
    expect(lireConfig({}).origine).toBe("http://127.0.0.1:3000");
  });

  it("ajoute les noms de HOTES_AUTORISES et lit TRUST_PROXY", () => {
    const c = lireConfig({ HOTES_AUTORISES: "recouvrement.interne:8080, Autre.Exemple" });
    expect(c.hotesAcceptes).toEqual(expect.arrayContaining(["recouvrement.interne:8080", "autre.exemple"]));
    expect(() => lireConfig({ HOTES_AUTORISES: "https://x.fr/app" })).toThrow(/HOTES_AUTORISES doit être une liste/);
    expect(lireConfig({}).trustProxy).toBe(false);
    expect(lireConfig({ TRUST_PROXY: "oui" }).trustProxy).toBe(true);
    expect(lireConfig({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(lireConfig({ TRUST_PROXY: "10.0.0.1, 10.0.0.2" }).trustProxy).toBe("10.0.0.1, 10.0.0.2");
    expect(() => lireConfig({ TRUST_PROXY: "peut-être" })).toThrow(/TRUST_PROXY doit valoir/);
  });

  it("refuse une origine publique qui n'en est pas une", () => {
    expect(() => lireConfig({ ORIGINE_PUBLIQUE: "recouvrement.exemple.fr" })).toThrow(
      /ORIGINE_PUBLIQUE doit être une origine/,
    );
    expect(() => lireConfig({ ORIGINE_PUBLIQUE: "https://exemple.fr/app" })).toThrow(/sans chemin/);
  });
});

describe("courriels", () => {
  it("SMTP_URL et SMTP_EXPEDITEUR sont vérifiés au démarrage, avec un message qui nomme la variable", () => {
    expect(lireConfig({}).smtpUrl).toBeUndefined();
    expect(lireConfig({ SMTP_URL: "smtps://u:p@smtp.exemple.fr:465" }).smtpUrl).toBe("smtps://u:p@smtp.exemple.fr:465");
    expect(() => lireConfig({ SMTP_URL: "http://smtp.exemple.fr" })).toThrow(
      /la variable SMTP_URL doit être une URL smtp:\/\/ ou smtps:\/\//,
    );
    expect(() => lireConfig({ SMTP_URL: "smtp:" })).toThrow(/SMTP_URL/);
    expect(() => lireConfig({ SMTP_EXPEDITEUR: "relances" })).toThrow(
      /la variable SMTP_EXPEDITEUR doit être une adresse électronique/,
    );
  });
});
