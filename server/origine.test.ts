import { describe, expect, it, vi } from "vitest";
import { refuserRequetesIntersites } from "./origine";

function appel(method: string, entetes: Record<string, string>) {
  const req = { method, get: (n: string) => entetes[n.toLowerCase()] } as never;
  const res = {
    statut: 0,
    status(s: number) {
      this.statut = s;
      return this;
    },
    type() {
      return this;
    },
    send: vi.fn(),
  };
  const next = vi.fn();
  refuserRequetesIntersites(req, res as never, next);
  return { next: next.mock.calls.length > 0, statut: res.statut };
}

describe("protection contre les requêtes intersites", () => {
  it("laisse passer les lectures et les formulaires de l'application", () => {
    expect(appel("GET", { "sec-fetch-site": "cross-site" }).next).toBe(true);
    expect(
      appel("POST", { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000", "sec-fetch-site": "same-origin" }).next,
    ).toBe(true);
    expect(appel("POST", { host: "127.0.0.1:3000" }).next).toBe(true); // curl, CLI
  });

  it("refuse un POST venu d'un autre site", () => {
    expect(appel("POST", { origin: "https://malveillant.example", host: "127.0.0.1:3000" })).toEqual({
      next: false,
      statut: 403,
    });
    expect(appel("POST", { "sec-fetch-site": "cross-site", host: "127.0.0.1:3000" })).toEqual({
      next: false,
      statut: 403,
    });
  });
});
