import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{app,domain,machines,templates,lib,server,cli,scripts}/**/*.test.{ts,tsx}"],
    environment: "node",
    pool: "forks",
    maxWorkers: 2,
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/vitest.setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
