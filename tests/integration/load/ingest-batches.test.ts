/**
 * `ingestPaths` over many small batches, with files the extraction thread cannot load spread among them:
 * each bad file is reported once, in walk order, the counts add up, progress only moves forward, and the
 * graph is exactly the one a single batch gives (so the thread's order and flow control change nothing).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import { ingestPaths, type IngestProgress } from "../../../server/pipeline/ingest/ingest.ts";
import { writeSyntheticCorpus } from "../../../bench/corpus/synthetic-corpus.ts";
import { graphShape } from "../../helpers/_graph.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";

const ARTICLES = 40;
let driver: Driver;
let corpus: string;
let articles: string;
let folder: string;

async function freshGraph(): Promise<void> {
  await resetTestDatabase(driver, inject("neo4jUri"));
  await ensureOfficialRegions(driver, undefined);
}

beforeAll(async () => {
  driver = testDriver();
  corpus = mkdtempSync(join(tmpdir(), "jejaring-batches-"));
  await writeSyntheticCorpus({ articles: ARTICLES, out: corpus, seed: 5 });
  articles = join(corpus, "articles");
  // 40 articles fit in the corpus's first folder of 1,000.
  folder = join(articles, readdirSync(articles)[0]!);
  // Bad files early, in the middle and last, so they fall in different batches of 4.
  writeFileSync(join(folder, "000002-binary.txt"), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]));
  writeFileSync(join(folder, "000017-empty.txt"), "   \n");
  writeFileSync(join(folder, "zzz-binary.md"), Buffer.from([0, 0, 0, 9]));
});

afterAll(async () => {
  await driver?.close();
  rmSync(corpus, { recursive: true, force: true });
});

describe("ingest in many batches", () => {
  it("reports each bad file once in walk order, counts every file, and gives the graph of one batch", async () => {
    await freshGraph();
    const progress: IngestProgress[] = [];
    const summary = await ingestPaths(driver, [articles], {
      batchSize: 4,
      onProgress: (p) => progress.push(p),
    });
    expect(summary).toMatchObject({ filesDone: ARTICLES + 3, added: ARTICLES, alreadyPresent: 0, failed: 3 });
    expect(summary.failures).toEqual([
      { file: join(folder, "000002-binary.txt"), error: "binary content, not a text article" },
      { file: join(folder, "000017-empty.txt"), error: "empty: no text to read" },
      { file: join(folder, "zzz-binary.md"), error: "binary content, not a text article" },
    ]);
    const done = progress.map((p) => p.filesDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done).size).toBe(done.length);
    expect(progress.length).toBe(ARTICLES / 4);
    const batched = await graphShape(driver);

    await freshGraph();
    const whole = await ingestPaths(driver, [articles], { batchSize: 1000 });
    expect(whole).toMatchObject({
      added: ARTICLES,
      failed: 3,
      relationshipsCreated: summary.relationshipsCreated,
    });
    expect(await graphShape(driver)).toEqual(batched);
  });
});
