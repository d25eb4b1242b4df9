import { describe, expect, it } from "vitest";
import { instantDeParis, paris } from "./heure";

describe("heure de Paris", () => {
  it("9 h à Paris : 8 h UTC en hiver, 7 h UTC en été", () => {
    expect(instantDeParis("2026-12-01", 9).toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(instantDeParis("2026-07-01", 9).toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(paris(new Date("2026-03-29T08:30:00Z"))).toEqual({ jour: "2026-03-29", heure: 10, minute: 30 });
    expect(paris(new Date("2026-12-31T23:30:00Z"))).toEqual({ jour: "2027-01-01", heure: 0, minute: 30 });
  });
});
