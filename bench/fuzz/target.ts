/**
 * The app as `npm run fuzz:api` fuzzes it: a fresh embedded Neo4j in a throwaway DATA_DIR on a free port,
 * the schema, the official regions and the seed articles loaded through the real extract → load path, and
 * the real server (every plugin, the write route enabled with a random token) listening on a free
 * 127.0.0.1 port. Every answer is counted by status at the HTTP server, so the run reports how many
 * requests the fuzzer really made, whatever its own report counts.
 *
 * A throwaway store, never the developer's .data/: fuzzing writes through POST /api/documents.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../server/config.ts";
import { applySchema, createDriver } from "../../server/db/neo4j.ts";
import { ensureOfficialRegions } from "../../server/pipeline/load/official-regions.ts";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../server/embedded/neo4j-process.ts";
import { findFreePort } from "../../server/embedded/ports.ts";
import { seedsDir } from "../../server/paths.ts";
import { ingestPaths } from "../../server/pipeline/ingest/ingest.ts";
import { buildServer } from "../../server/server.ts";

export interface FuzzTarget {
  baseUrl: string;
  token: string;
  driver: Driver;
  /** Answers so far, by status code. */
  statuses: Map<number, number>;
  close(): Promise<void>;
}

export async function startFuzzTarget(log: (line: string) => void): Promise<FuzzTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), "jejaring-fuzz-"));
  let neo4j: EmbeddedNeo4j | undefined;
  let driver: Driver | undefined;
  let app: FastifyInstance | undefined;
  const close = async () => {
    await app?.close();
    await driver?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    log(`starting Neo4j in ${dataDir} ...`);
    neo4j = await startEmbeddedNeo4j({
      dataDir,
      port: await findFreePort(),
      heap: "768m",
      pageCache: "128m",
    });
    driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
    await applySchema(driver, undefined);
    await ensureOfficialRegions(driver, undefined);
    const seeds = await ingestPaths(driver, [seedsDir]);
    log(`seed articles loaded: ${seeds.added}`);
    const token = randomBytes(24).toString("base64url");
    const config = loadConfig({
      LOG_LEVEL: "silent",
      DATA_DIR: dataDir,
      API_TOKEN: token,
      // One client makes every request: the per-client budget would turn most of the run into 429s. The
      // tighter limits of writes and unknown URLs still apply, and 429 is a declared answer.
      RATE_LIMIT_PER_MINUTE: "1000000",
      // schemathesis counts any 5xx as a failure, and on a busy two-core machine a read can pass the 5 s
      // default while the JVM compiles or another suite runs. The fuzz run judges the API's answers, not
      // the machine's speed; the time-out itself is tested in tests/integration/api/faults.test.ts.
      QUERY_TIMEOUT_MS: "60000",
    });
    app = await buildServer({
      config,
      neo4j: { driver, database: undefined, kind: "embedded" },
      // The write route's own limit (60 a minute) would leave its logic all but untested.
      writesPerMinute: 100_000,
    });
    const statuses = new Map<number, number>();
    app.server.on("request", (_request, response) => {
      response.once("finish", () =>
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1),
      );
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    return { baseUrl: `http://127.0.0.1:${port}`, token, driver, statuses, close };
  } catch (error) {
    await close();
    throw error;
  }
}
