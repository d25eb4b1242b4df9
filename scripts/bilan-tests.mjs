// Sums vitest's and Playwright's JSON reports into one closing line: "Tests: N passed, N failed".
import { existsSync, readFileSync } from "node:fs";

let passes = 0;
let echecs = 0;
let ignores = 0;
const vitest = ".tmp/rapports/vitest.json";
if (existsSync(vitest)) {
  const r = JSON.parse(readFileSync(vitest, "utf8"));
  passes += r.numPassedTests;
  echecs += r.numFailedTests;
  ignores += r.numPendingTests + r.numTodoTests;
}
const playwright = ".tmp/rapports/playwright.json";
if (existsSync(playwright)) {
  const s = JSON.parse(readFileSync(playwright, "utf8")).stats;
  passes += s.expected + s.flaky;
  echecs += s.unexpected;
  ignores += s.skipped;
}
console.log(`Tests: ${passes} passed, ${echecs} failed${ignores ? `, ${ignores} skipped` : ""}`);
process.exitCode = echecs > 0 || passes === 0 ? 1 : 0;
