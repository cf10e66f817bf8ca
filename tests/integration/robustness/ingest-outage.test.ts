/**
 * Neo4j stopped in the middle of `npm run ingest` over 1,000 generated articles: the run ends with a clear
 * message and a non-zero exit, and the same command run again once Neo4j is back leaves exactly the graph of
 * a clean run (counts by label and relationship type, and a checksum of the sorted keys). Uses its own
 * embedded Neo4j, since it kills it. (tests/integration/load/ingest-cli.test.ts kills the ingest instead.)
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema, createDriver } from "../../../server/db/neo4j.ts";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../../server/embedded/neo4j-process.ts";
import { findFreePort } from "../../../server/embedded/ports.ts";
import { projectRoot } from "../../../server/paths.ts";
import { writeSyntheticCorpus } from "../../../bench/corpus/synthetic-corpus.ts";
import { graphShape } from "../../helpers/_graph.ts";

const ARTICLES = 1000;
const BATCH = 100;
// Three ingests of up to 1,000 articles and two Neo4j starts: minutes on a busy machine.
const SLOW = 360_000;

let dataDir: string;
let corpus: string;
let port: number;
let neo4j: EmbeddedNeo4j;
let driver: Driver;

const start = () => startEmbeddedNeo4j({ dataDir, port, heap: "768m", pageCache: "256m" });

function runIngest() {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      join(projectRoot, "server/pipeline/cli/ingest.ts"),
      "--batch-size",
      String(BATCH),
      join(corpus, "articles"),
    ],
    {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { exited, output: () => output };
}

async function documentCount(): Promise<number> {
  return Number((await driver.executeQuery("MATCH (d:Document) RETURN count(d) AS n")).records[0]?.get("n"));
}

async function emptyGraph(): Promise<void> {
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
  await ensureOfficialRegions(driver, undefined);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "jejaring-ingest-outage-"));
  corpus = mkdtempSync(join(tmpdir(), "jejaring-outage-corpus-"));
  await writeSyntheticCorpus({ articles: ARTICLES, out: corpus, seed: 23 });
  port = await findFreePort();
  neo4j = await start();
  driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
  await applySchema(driver, undefined);
  await ensureOfficialRegions(driver, undefined);
});

afterAll(async () => {
  await driver?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
});

describe("Neo4j stopped in the middle of an ingest", () => {
  let partial = 0;

  it(
    "ends the run with a clear message and a non-zero exit",
    async () => {
      const run = runIngest();
      while ((await documentCount()) < 200) await new Promise((resolve) => setTimeout(resolve, 100));
      process.kill(neo4j.pid, "SIGKILL");
      await neo4j.exited;
      const code = await run.exited;
      expect(code, run.output()).toBe(3);
      expect(run.output()).toMatch(/Neo4j is unreachable .*run the same command again once Neo4j is back/);

      neo4j = await start();
      partial = await documentCount();
      expect(partial).toBeGreaterThanOrEqual(200);
      expect(partial).toBeLessThan(ARTICLES);
      expect(partial % BATCH).toBe(0); // whole batches only, even across the crash and Neo4j's recovery
    },
    SLOW,
  );

  it(
    "run again once Neo4j is back, gives exactly the graph of a clean run",
    async () => {
      const resumed = runIngest();
      expect(await resumed.exited, resumed.output()).toBe(0);
      expect(resumed.output()).toMatch(
        new RegExp(`documents added: ${ARTICLES - partial}, already present: ${partial}, failed: 0`),
      );
      const afterOutage = await graphShape(driver);

      await emptyGraph();
      const clean = runIngest();
      expect(await clean.exited, clean.output()).toBe(0);
      expect(clean.output()).toMatch(
        new RegExp(`documents added: ${ARTICLES}, already present: 0, failed: 0`),
      );
      expect(afterOutage).toEqual(await graphShape(driver));
    },
    SLOW,
  );
});
