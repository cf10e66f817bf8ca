/**
 * `npm run ingest` as a process against the shared test Neo4j: killed half-way and run again it gives
 * exactly the graph of a clean run; an unreachable Neo4j is a clear error and a non-zero exit.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import { findFreePort } from "../../../server/embedded/ports.ts";
import { projectRoot } from "../../../server/paths.ts";
import { writeSyntheticCorpus } from "../../../bench/corpus/synthetic-corpus.ts";
import { graphShape } from "../../helpers/_graph.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";

let driver: Driver;
let corpus: string;
const ARTICLES = 1000;

function runIngest(env: Record<string, string>, args: string[]) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(projectRoot, "server/pipeline/cli/ingest.ts"), ...args],
    {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

const testEnv = () => ({
  NEO4J_URI: inject("neo4jUri"),
  NEO4J_USER: inject("neo4jUser"),
  NEO4J_PASSWORD: inject("neo4jPassword"),
});

async function freshGraph(): Promise<void> {
  await resetTestDatabase(driver, inject("neo4jUri"));
  await ensureOfficialRegions(driver, undefined);
}

async function documentCount(): Promise<number> {
  return Number((await driver.executeQuery("MATCH (d:Document) RETURN count(d) AS n")).records[0]?.get("n"));
}

beforeAll(async () => {
  driver = testDriver();
  corpus = mkdtempSync(join(tmpdir(), "jejaring-corpus-"));
  await writeSyntheticCorpus({ articles: ARTICLES, out: corpus, seed: 11 });
});

afterAll(async () => {
  await driver?.close();
  rmSync(corpus, { recursive: true, force: true });
});

describe("npm run ingest", () => {
  it("killed half-way and run again gives exactly the graph of a clean run", async () => {
    await freshGraph();
    const clean = runIngest(testEnv(), ["--batch-size", "50", join(corpus, "articles")]);
    expect(await clean.exited).toBe(0);
    expect(clean.output()).toMatch(new RegExp(`documents added: ${ARTICLES}, already present: 0, failed: 0`));
    const expected = await graphShape(driver);

    await freshGraph();
    const interrupted = runIngest(testEnv(), ["--batch-size", "50", join(corpus, "articles")]);
    for (;;) {
      const done = await documentCount();
      if (done >= 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    interrupted.child.kill("SIGKILL");
    await interrupted.exited;
    const partial = await documentCount();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(ARTICLES);
    expect(partial % 50).toBe(0); // whole batches only: no half-loaded batch

    const resumed = runIngest(testEnv(), ["--batch-size", "50", join(corpus, "articles")]);
    expect(await resumed.exited).toBe(0);
    expect(resumed.output()).toMatch(
      new RegExp(`documents added: ${ARTICLES - partial}, already present: ${partial}, failed: 0`),
    );
    expect(await graphShape(driver)).toEqual(expected);
  });

  it("exits non-zero with a clear message when Neo4j is unreachable", async () => {
    const port = await findFreePort();
    const run = runIngest({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: "whatever-password" }, [
      join(corpus, "articles"),
    ]);
    expect(await run.exited).toBe(3);
    expect(run.output()).toMatch(new RegExp(`Cannot reach the Neo4j at NEO4J_URI=bolt://127.0.0.1:${port}`));
  });

  it("answers a usage error with exit 2", async () => {
    const run = runIngest(testEnv(), []);
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/usage: npm run ingest/);
  });
});
