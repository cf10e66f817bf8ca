/**
 * Laws of the loader on the real Neo4j, over random valid sets of facts (fast-check): loading a set twice
 * gives exactly the graph of loading it once (counts by label and type, checksum of sorted keys), and the
 * second load writes nothing; and loading a part first and then the whole set gives the graph of loading the
 * whole set at once, so an interrupted and resumed ingest is a clean one.
 *
 * The facts are valid by construction: random articles (the synthetic generator, at random seeds, mixed
 * with the seed articles) through the real extractor and its zod validation, in a random order.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import { seedsDir } from "../../../server/paths.ts";
import {
  loadExtractionResources,
  type ExtractionResources,
} from "../../../server/pipeline/extract/extract-facts.ts";
import { loadGazetteer } from "../../../server/pipeline/extract/gazetteer.ts";
import { syntheticArticles } from "../../../bench/corpus/synthetic-articles.ts";
import { IdentityCache, writeBatch } from "../../../server/pipeline/load/graph-writer.ts";
import { prepareText } from "../../../server/pipeline/ingest/prepare-document.ts";
import type { DocumentInput } from "../../../server/pipeline/load/rows.ts";
import { graphShape } from "../../helpers/_graph.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";

let driver: Driver;
let resources: ExtractionResources;
let seeds: string[];
let gazetteer: Awaited<ReturnType<typeof loadGazetteer>>;
const database = () => inject("neo4jDatabase");

/** Random valid loader input: synthetic articles at a random seed, some seed articles, shuffled. */
const factSets = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    synthetic: fc.integer({ min: 1, max: 6 }),
    real: fc.subarray([0, 1, 2, 3, 4]),
    order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
  })
  .map(({ seed, synthetic, real, order }) => {
    const texts = [
      ...Array.from(
        syntheticArticles(gazetteer, { count: synthetic, seed, minChars: 800, maxChars: 2500 }),
        (a) => a.text,
      ),
      ...real.map((i) => seeds[i]!),
    ];
    const shuffled = texts
      .map((text, i) => ({ text, key: order[i % order.length]! * 100 + i }))
      .sort((a, b) => a.key - b.key)
      .map((entry) => entry.text);
    return shuffled.flatMap((text): DocumentInput[] => {
      const prepared = prepareText(text, {}, resources);
      return prepared.ok ? [prepared.input] : [];
    });
  });

async function emptyGraph(): Promise<void> {
  await resetTestDatabase(driver, inject("neo4jUri"));
  await ensureOfficialRegions(driver, database());
}

beforeAll(async () => {
  driver = testDriver();
  resources = await loadExtractionResources();
  gazetteer = await loadGazetteer();
  seeds = readdirSync(seedsDir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => readFileSync(join(seedsDir, file), "utf8"));
});

afterAll(async () => {
  await driver?.close();
});

describe("loading random valid facts", () => {
  it("twice gives the graph of loading them once, and the second load writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(factSets, async (inputs) => {
        await emptyGraph();
        const first = await writeBatch(driver, database(), inputs, new IdentityCache());
        expect(first.added).toBe(new Set(inputs.map((i) => i.facts.document.id)).size);
        const once = await graphShape(driver);
        // A second run is a new process: a fresh identity cache, identity read back from Neo4j.
        const second = await writeBatch(driver, database(), inputs, new IdentityCache());
        expect(second).toMatchObject({ added: 0, nodesCreated: 0, relationshipsCreated: 0 });
        expect(await graphShape(driver)).toEqual(once);
      }),
      { numRuns: 6 },
    );
  });

  it("a part first and then the whole set gives the graph of the whole set at once", async () => {
    await fc.assert(
      fc.asyncProperty(factSets, fc.double({ min: 0, max: 1, noNaN: true }), async (inputs, share) => {
        await emptyGraph();
        await writeBatch(driver, database(), inputs, new IdentityCache());
        const atOnce = await graphShape(driver);
        await emptyGraph();
        const part = inputs.slice(0, Math.floor(inputs.length * share));
        await writeBatch(driver, database(), part, new IdentityCache());
        await writeBatch(driver, database(), inputs, new IdentityCache());
        expect(await graphShape(driver)).toEqual(atOnce);
      }),
      { numRuns: 5 },
    );
  });
});
