import { describe, expect, it } from "vitest";
import { dateCalendaireParis } from "./horloge";

describe("dateCalendaireParis", () => {
  it.each([
    ["2026-02-28T23:30:00Z", "2026-03-01"], // hiver : UTC+1
    ["2026-02-28T22:59:59Z", "2026-02-28"],
    ["2026-07-14T22:00:00Z", "2026-07-15"], // été : UTC+2
    ["2026-07-14T21:59:59Z", "2026-07-14"],
    ["2026-12-31T23:00:00Z", "2027-01-01"],
  ])("l'instant %s est le %s à Paris", (instant, attendu) => {
    expect(dateCalendaireParis(new Date(instant))).toBe(attendu);
  });
});
