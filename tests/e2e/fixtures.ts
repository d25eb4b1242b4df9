/**
 * The `test` every e2e spec uses: any console error or uncaught exception in the page fails it.
 */
import { test as base, expect } from "@playwright/test";
import { connecter } from "./comptes-outils";

export const test = base.extend<{ erreursConsole: string[]; connecte: undefined }>({
  /** Every page starts signed in to the spec's server with the test account (tests/e2e/comptes-outils.ts). */
  connecte: [
    async ({ page, baseURL }, use) => {
      if (baseURL) await connecter(page.request, baseURL);
      await use(undefined);
    },
    { auto: true },
  ],
  /** The API requests of a test share the page's cookies, so they are signed in too. */
  request: async ({ page }, use) => {
    await use(page.request);
  },
  erreursConsole: [
    async ({ page }, use) => {
      const erreurs: string[] = [];
      page.on("console", (m) => {
        if (m.type() !== "error") return;
        // The browser reports the main document's own 4xx status (a 404 page tested on purpose).
        const documentPrincipal = m.location().url === page.url() && /^Failed to load resource/.test(m.text());
        // A form refused on purpose (invalid input 400, conflict 409, too large 413) answers the
        // enhanced submission (React Router's « .data » request) with that status: not an error.
        const refusAttendu = /\.data(\?|$)/.test(m.location().url) && /status of (400|409|413) /.test(m.text());
        if (!documentPrincipal && !refusAttendu) erreurs.push(`console : ${m.text()} (${m.location().url})`);
      });
      page.on("pageerror", (e) => erreurs.push(`exception : ${e.message}`));
      await use(erreurs);
      expect(erreurs, "aucune erreur dans la console du navigateur").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
