/**
 * End-to-end tests: the production build, started with NODE_ENV=test on its own temporary
 * DATA_DIR, driven in Debian's Chromium (/usr/bin/chromium or CHROMIUM_PATH). No browser is
 * downloaded. One worker: the machine has 2 cores and the server needs one.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { COMPTE_DE_TEST } from "./tests/e2e/comptes-outils";
import { ARGUMENTS_CHROMIUM, cheminChromium, PORT_E2E } from "./tests/e2e/environnement";

const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), "recouvrement-e2e-"));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT_E2E}`,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    launchOptions: { executablePath: cheminChromium(), args: ARGUMENTS_CHROMIUM },
    trace: "off",
  },
  webServer: {
    // The account a scripted deployment would create, then the server.
    command: `node bin/recouvrement.mjs utilisateur creer --email ${COMPTE_DE_TEST.email} --nom "${COMPTE_DE_TEST.nom}" --organisation "${COMPTE_DE_TEST.organisation}" --operateur; node --import tsx server/index.ts`,
    url: `http://127.0.0.1:${PORT_E2E}/healthz`,
    reuseExistingServer: false,
    timeout: 90_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "test",
      PORT: String(PORT_E2E),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      RECOUVREMENT_MOT_DE_PASSE: COMPTE_DE_TEST.motDePasse,
    },
  },
});
