/**
 * Neo4j going away under a running app: health turns 503 "down" with Retry-After, and the app serves again
 * once Neo4j returns, without a restart. Uses its own embedded instance, since it stops it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../server/config.ts";
import { createDriver } from "../../../server/db/neo4j.ts";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../../server/embedded/neo4j-process.ts";
import { findFreePort } from "../../../server/embedded/ports.ts";
import { buildServer } from "../../../server/server.ts";

let dataDir: string;
let port: number;
let neo4j: EmbeddedNeo4j;
let driver: Driver;
let app: FastifyInstance;

const start = () => startEmbeddedNeo4j({ dataDir, port, heap: "512m", pageCache: "128m" });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "jejaring-outage-"));
  port = await findFreePort();
  neo4j = await start();
  driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
  app = await buildServer({
    config: loadConfig({ LOG_LEVEL: "silent" }),
    neo4j: { driver, database: undefined, kind: "embedded" },
    logger: false,
  });
});

afterAll(async () => {
  await app?.close();
  await driver?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitFor(predicate: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await predicate()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

describe("when Neo4j goes away and comes back", () => {
  it("health is 200 while Neo4j is up", async () => {
    expect((await app.inject({ url: "/api/health" })).statusCode).toBe(200);
  });

  it("answers 503 with Retry-After and neo4j: down while it is gone", async () => {
    process.kill(neo4j.pid, "SIGKILL");
    await neo4j.exited;
    const health = await app.inject({ url: "/api/health" });
    expect(health.statusCode).toBe(503);
    expect(health.headers["retry-after"]).toBe("5");
    expect(health.json()).toMatchObject({ status: "degraded", neo4j: "down", neo4jVersion: null });

    // Routes that need Neo4j are shed at once (after the 1 s watch notices) with the common error body.
    await waitFor(async () => (await app.inject({ url: "/api/anything" })).statusCode === 503, 5_000);
    const shed = await app.inject({ url: "/api/anything" });
    expect(shed.headers["retry-after"]).toBe("5");
    expect(shed.json()).toMatchObject({ statusCode: 503, code: "JJ_NEO4J_UNAVAILABLE" });
  });

  it("serves again within 10 s of Neo4j's return, without an app restart", async () => {
    neo4j = await start();
    const took = await waitFor(
      async () => (await app.inject({ url: "/api/health" })).statusCode === 200,
      10_000,
    );
    expect(took).toBeLessThan(10_000);
    await waitFor(async () => (await app.inject({ url: "/api/anything" })).statusCode === 404, 5_000);
  });
});
