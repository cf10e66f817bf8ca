/**
 * Test projects. `unit` runs in parallel and needs nothing. `integration` shares one real Neo4j started by
 * tests/helpers/global-setup.ts (embedded on free ports in a temporary DATA_DIR, or NEO4J_TEST_URI) and runs
 * its files one at a time, because Community edition has a single database to share. `e2e` drives Debian's
 * headless Chromium (playwright-core) against the real app that tests/e2e/_global-setup.ts starts with the seeds.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/_global-setup.ts"],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
