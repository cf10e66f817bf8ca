/**
 * `npm run reextract` as a process against the shared test Neo4j. The store is loaded the way an older
 * extractor would have loaded it: the same articles, through the real loader, but with the facts the
 * extractor before issue 21 gave (no hub, every party a mere participant, no term of validity and an
 * agreement dated by its expiry, "Sister City" as a programme, and the last of several events missed), and
 * the documents marked with an older extractor version or none. Re-extraction must then give exactly the
 * graph of a fresh load of the same articles (every node and relationship with its properties), do
 * nothing the second time, and survive SIGKILL half-way.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { writeSyntheticCorpus } from "../../../bench/corpus/synthetic-corpus.ts";
import { findFreePort } from "../../../server/embedded/ports.ts";
import { loadExtractionResources } from "../../../server/pipeline/extract/extract-facts.ts";
import { EXTRACTOR_VERSION } from "../../../server/pipeline/extract/extractor-version.ts";
import type { ExtractedFile } from "../../../server/pipeline/ingest/extracted-files.ts";
import { ingestExtracted } from "../../../server/pipeline/ingest/ingest.ts";
import { prepareFile } from "../../../server/pipeline/ingest/prepare-document.ts";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import type { DocumentInput } from "../../../server/pipeline/load/rows.ts";
import { walkArticleFiles } from "../../../server/pipeline/read/walk-files.ts";
import { storedVersions } from "../../../server/pipeline/reextract/reextract.ts";
import { projectRoot, seedsDir } from "../../../server/paths.ts";
import { FactsSchema, type Event } from "../../../server/schemas/facts.ts";
import { graphContent, graphShape } from "../../helpers/_graph.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";

let driver: Driver;
let corpus: string;
const ARTICLES = 250;

function runReextract(env: Record<string, string>, args: string[] = []) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(projectRoot, "server/pipeline/cli/reextract.ts"), ...args],
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

const paths = () => [seedsDir, join(corpus, "articles"), join(corpus, "republished")];

/**
 * Every seed and every fifth synthetic article again, as another outlet republishes it (one line more):
 * another document reporting the same events, so that events shared by documents are re-extracted too.
 */
function writeRepublished(): void {
  const out = join(corpus, "republished");
  mkdirSync(out);
  const seeds = readdirSync(seedsDir).map((name) => join(seedsDir, name));
  const shard = join(corpus, "articles", "000");
  const synthetic = readdirSync(shard)
    .sort()
    .filter((_, i) => i % 5 === 0)
    .map((name) => join(shard, name));
  [...seeds, ...synthetic].forEach((file, i) => {
    const text = readFileSync(file, "utf8");
    writeFileSync(
      join(out, `${String(i).padStart(4, "0")}.txt`),
      `${text}\n\nDimuat ulang oleh portal mitra.\n`,
    );
  });
}

async function freshGraph(): Promise<void> {
  await resetTestDatabase(driver, inject("neo4jUri"));
  await ensureOfficialRegions(driver, undefined);
}

/** An event as the extractor before issue 21 read it. */
function olderEvent(event: Event): Event {
  const sisterCity =
    event.kind === "sister_city"
      ? [{ id: "sister-city", name: "Sister City", surface: "Sister City", evidence: event.evidence }]
      : [];
  return {
    ...event,
    hub: null,
    partyRoles: event.partyRoles.map((party) => ({ ...party, role: "participant" })),
    date: event.date ?? event.validUntil,
    dateEvidence: event.date ? event.dateEvidence : event.validityEvidence,
    validUntil: null,
    durationYears: null,
    validityEvidence: null,
    programs: [...event.programs, ...sisterCity.map((p) => p.name)],
    programRefs: [...event.programRefs, ...sisterCity],
  };
}

function olderReading(input: DocumentInput): DocumentInput {
  const events = input.facts.events.map(olderEvent);
  const facts = FactsSchema.parse({
    ...input.facts,
    events: events.length > 1 ? events.slice(0, -1) : events,
  });
  return { ...input, facts };
}

/**
 * Every article extracted, in document id order: loaded in one batch in this order, each shared fact gets
 * the first report that re-extraction gives it (documents loaded together are redone in id order).
 */
async function extractedInIdOrder(): Promise<ExtractedFile[]> {
  const resources = await loadExtractionResources();
  const files: ExtractedFile[] = [];
  for await (const file of walkArticleFiles(paths()))
    files.push({ file, prepared: await prepareFile(file, resources) });
  const id = (file: ExtractedFile) => (file.prepared.ok ? file.prepared.input.facts.document.id : "");
  return files.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

async function* iterate(files: readonly ExtractedFile[]): AsyncIterable<ExtractedFile> {
  yield* files;
}

let extracted: ExtractedFile[];

function olderFiles(): AsyncIterable<ExtractedFile> {
  return iterate(
    extracted.map(({ file, prepared }) => ({
      file,
      prepared: prepared.ok ? { ok: true, input: olderReading(prepared.input) } : prepared,
    })),
  );
}

/** The store an older extractor left: its facts, half the documents with an older version, half none. */
async function olderStore(): Promise<void> {
  await freshGraph();
  const loaded = await ingestExtracted(driver, olderFiles(), { batchSize: 10_000 });
  expect(loaded.failed).toBe(0);
  await driver.executeQuery(
    `MATCH (d:Document)
     WITH d ORDER BY d.id
     WITH collect(d) AS documents
     UNWIND range(0, size(documents) - 1) AS i
     WITH documents[i] AS d, i
     CALL (d, i) {
       WITH d, i WHERE i % 2 = 0
       SET d.extractorVersion = $older
     }
     CALL (d, i) {
       WITH d, i WHERE i % 2 = 1
       REMOVE d.extractorVersion
     }`,
    { older: EXTRACTOR_VERSION - 1 },
  );
}

async function documentIds(): Promise<string[]> {
  const result = await driver.executeQuery("MATCH (d:Document) RETURN d.id AS id ORDER BY id");
  return result.records.map((record) => record.get("id") as string);
}

async function graphVersion(): Promise<string> {
  const result = await driver.executeQuery(
    "MATCH (g:GraphState) RETURN g.epoch + ':' + toString(g.version) AS v",
  );
  return String(result.records[0]?.get("v"));
}

let expectedContent: string[];
let expectedShape: Awaited<ReturnType<typeof graphShape>>;
let expectedIds: string[];

beforeAll(async () => {
  driver = testDriver();
  corpus = mkdtempSync(join(tmpdir(), "jejaring-reextract-"));
  await writeSyntheticCorpus({ articles: ARTICLES, out: corpus, seed: 22 });
  writeRepublished();
  await freshGraph();
  extracted = await extractedInIdOrder();
  const fresh = await ingestExtracted(driver, iterate(extracted), { batchSize: 10_000 });
  expect(fresh.failed).toBe(0);
  expectedContent = await graphContent(driver);
  expectedShape = await graphShape(driver);
  expectedIds = await documentIds();
}, 300_000);

afterAll(async () => {
  await driver?.close();
  rmSync(corpus, { recursive: true, force: true });
});

describe("npm run reextract", () => {
  it("turns a store an older extractor made into exactly the graph of a fresh load", async () => {
    await olderStore();
    // The simulation is a real difference: the older store is another graph, with the same documents.
    expect(await graphContent(driver)).not.toEqual(expectedContent);
    expect(await documentIds()).toEqual(expectedIds);
    expect(await storedVersions(driver, undefined)).toMatchObject({
      outdated: expectedIds.length,
      documents: expectedIds.length,
    });

    const run = runReextract(testEnv());
    expect(await run.exited).toBe(0);
    expect(run.output()).toMatch(
      new RegExp(`${expectedIds.length} of ${expectedIds.length} outdated documents re-extracted`),
    );
    expect(await graphShape(driver)).toEqual(expectedShape);
    expect(await graphContent(driver)).toEqual(expectedContent);
    expect((await storedVersions(driver, undefined)).outdated).toBe(0);

    // A second run finds nothing to do and writes nothing: not even the graph's version moves.
    const before = await graphVersion();
    const again = runReextract(testEnv());
    expect(await again.exited).toBe(0);
    expect(again.output()).toMatch(/0 of 0 outdated documents re-extracted .*\(0 transactions/);
    expect(await graphVersion()).toBe(before);
    expect(await graphContent(driver)).toEqual(expectedContent);
  }, 300_000);

  it("killed with SIGKILL half-way loses no document, and run again gives the same graph", async () => {
    await olderStore();
    const interrupted = runReextract(testEnv());
    for (;;) {
      const { outdated } = await storedVersions(driver, undefined);
      if (outdated <= expectedIds.length * 0.7) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    interrupted.child.kill("SIGKILL");
    await interrupted.exited;
    const partial = await storedVersions(driver, undefined);
    expect(partial.outdated).toBeGreaterThan(0);
    expect(partial.outdated).toBeLessThan(expectedIds.length);
    expect(await documentIds()).toEqual(expectedIds);

    const resumed = runReextract(testEnv());
    expect(await resumed.exited).toBe(0);
    expect(resumed.output()).toMatch(
      new RegExp(`${partial.outdated} of ${partial.outdated} outdated documents re-extracted`),
    );
    expect(await graphContent(driver)).toEqual(expectedContent);
  }, 300_000);

  it("with --all redoes every document of a current store and leaves the graph as it was", async () => {
    const before = await graphContent(driver);
    const run = runReextract(testEnv(), ["--all"]);
    expect(await run.exited).toBe(0);
    expect(run.output()).toMatch(
      new RegExp(`${expectedIds.length} of ${expectedIds.length} stored documents re-extracted`),
    );
    expect(await graphContent(driver)).toEqual(before);
  }, 300_000);

  it("answers a usage error with exit 2", async () => {
    const run = runReextract(testEnv(), ["--everything"]);
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/unknown argument --everything\nusage: npm run reextract/);
  });

  it("exits non-zero with a clear message when Neo4j is unreachable", async () => {
    const port = await findFreePort();
    const run = runReextract({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: "whatever-password" });
    expect(await run.exited).toBe(3);
    expect(run.output()).toMatch(new RegExp(`Cannot reach the Neo4j at NEO4J_URI=bolt://127.0.0.1:${port}`));
  });
});
