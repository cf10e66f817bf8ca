/**
 * The API on the real test Neo4j with the five seed articles loaded through the real extract → load path,
 * for the API's integration tests. Each test file calls it once: it wipes the shared test database first,
 * since files run one at a time against it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Driver } from "neo4j-driver";
import { expect, inject } from "vitest";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import { seedsDir } from "../../../server/paths.ts";
import { ingestPaths } from "../../../server/pipeline/ingest/ingest.ts";
import { writeSyntheticCorpus } from "../../../bench/corpus/synthetic-corpus.ts";
import type { StructureName } from "../../../server/plugins/app/freshness/structures.ts";
import { buildTestApp } from "../../helpers/build-app.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";

export interface SeededApp {
  app: FastifyInstance;
  driver: Driver;
  close(): Promise<void>;
}

export async function seededApp(
  env: Record<string, string> = {},
  options: Parameters<typeof buildTestApp>[2] = {},
): Promise<SeededApp> {
  const driver = testDriver();
  await resetTestDatabase(driver, inject("neo4jUri"));
  await ensureOfficialRegions(driver, inject("neo4jDatabase"));
  const summary = await ingestPaths(driver, [seedsDir]);
  expect(summary).toMatchObject({ added: 5, failed: 0 });
  const app = await buildTestApp(driver, env, options);
  return {
    app,
    driver,
    close: async () => {
      await app.close();
      await driver.close();
    },
  };
}

/**
 * Adds synthetic articles (the benchmarks' generator, deterministic for `seed`) to the seeded graph through
 * the real ingest path: hubs with dozens of partners and officials with many events, which the five seeds
 * do not have.
 */
export async function addSyntheticArticles(driver: Driver, articles: number, seed: number): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "jejaring-synthetic-"));
  try {
    await writeSyntheticCorpus({ articles, out: folder, seed });
    const summary = await ingestPaths(driver, [join(folder, "articles")], {
      database: inject("neo4jDatabase"),
    });
    expect(summary.failed).toBe(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The parsed body of a response that must have the given status; shows the body when it has not. */
export function bodyOf<T = Record<string, unknown>>(response: LightMyRequestResponse, status = 200): T {
  expect(response.statusCode, response.body).toBe(status);
  return response.json<T>();
}

/**
 * Waits until a structure kept in memory (the search index by default) is the one built from the graph as
 * it is now, so that the questions it answers go to it (health says so).
 */
export async function indexCurrent(
  app: FastifyInstance,
  index: StructureName = "searchIndex",
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = (await app.inject({ url: "/api/health" })).json<Record<string, string | undefined>>();
    if (health[index] === "current") return;
    if (Date.now() > deadline) throw new Error(`${index} still ${health[index]} after ${timeoutMs} ms`);
    // Asking health starts a build when one is due (the first starts when the app is ready).
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
