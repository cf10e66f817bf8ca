/**
 * The two engines of "Belajar dari" give the same answers: on the seeds plus 400 synthetic articles (hubs,
 * study visits and audiences hosted, hub events with many parties), for every programme and sector, cut at
 * one, three, twenty and a hundred regions, the in-memory index read once (learn-from-index.ts) and the
 * per-request ranking in Neo4j (find-learn-from.cypher) list the same regions in the same order with the
 * same counts and evidence. Both answer hostile ids alike, and the API answers the same from memory as with
 * LEARN_FROM_INDEX=off.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createCypherReader, type CypherReader } from "../../../server/plugins/external/cypher.ts";
import { readLearnFromIndex } from "../../../server/plugins/app/learn-from/learn-from-index.ts";
import {
  cypherLearnFrom,
  type LearnFromFinder,
  type TopicType,
} from "../../../server/plugins/app/learn-from/learn-from-ranking.ts";
import type { Health } from "../../../server/schemas/health.ts";
import type { LearnFrom } from "../../../server/schemas/learn-from.ts";
import { buildTestApp } from "../../helpers/build-app.ts";
import { addSyntheticArticles, bodyOf, indexCurrent, seededApp, type SeededApp } from "./_seeded-app.ts";

let seeded: SeededApp;
let cypher: CypherReader;
let inMemory: LearnFromFinder;
let inNeo4j: LearnFromFinder;

beforeAll(async () => {
  seeded = await seededApp();
  await addSyntheticArticles(seeded.driver, 400, 17);
  cypher = createCypherReader(seeded.driver, inject("neo4jDatabase"), 60_000);
  inMemory = await readLearnFromIndex(cypher);
  inNeo4j = cypherLearnFrom(cypher);
}, 180_000);

afterAll(async () => {
  await seeded?.close();
});

describe("the two Belajar dari engines", () => {
  it("list the same regions, counts and evidence for every programme and sector, at every cut", async () => {
    const topics = await cypher.read<{ type: TopicType; id: string }>("read/get-learn-from-topics");
    expect(topics.filter((t) => t.type === "program").length).toBeGreaterThan(5);
    expect(topics.filter((t) => t.type === "sector").length).toBeGreaterThan(5);
    const seen = { hosted: 0, led: 0, truncated: 0, party: 0 };
    for (const { type, id } of topics) {
      for (const limit of [1, 3, 20, 100]) {
        const expected = await inNeo4j.learnFrom(type, id, limit);
        const actual = await inMemory.learnFrom(type, id, limit);
        expect(actual, `${type}:${id} cut at ${limit}`).toEqual(expected);
        const answer = expected as LearnFrom;
        if (answer.truncated) seen.truncated += 1;
        if (answer.regions.some((r) => r.hosted > 0)) seen.hosted += 1;
        if (answer.regions.some((r) => r.led > 0)) seen.led += 1;
        if (answer.regions.some((r) => r.evidence.some((e) => e.party))) seen.party += 1;
      }
    }
    // The comparisons must reach every rule of the ranking and both sentences of the evidence.
    expect(seen.hosted).toBeGreaterThan(10);
    expect(seen.led).toBeGreaterThan(10);
    expect(seen.truncated).toBeGreaterThan(10);
    expect(seen.party).toBeGreaterThan(10);
  }, 300_000);

  it("answer null for an unknown topic, whatever it looks like; memory leaves a cut over 100 to Neo4j", async () => {
    for (const id of [
      "no-such-programme",
      "' OR 1=1 //",
      "__proto__",
      "x".repeat(160),
      "stbm'}) RETURN 1 //",
    ]) {
      for (const type of ["program", "sector"] as const) {
        expect(await inMemory.learnFrom(type, id, 20), `${type} ${id}`).toBeNull();
        expect(await inNeo4j.learnFrom(type, id, 20), `${type} ${id}`).toBeNull();
      }
    }
    // A sector's id is not a programme's.
    expect(await inMemory.learnFrom("sector", "stbm", 20)).toBeNull();
    expect(await inMemory.learnFrom("program", "stbm", 101)).toBeUndefined();
  });

  it("serve the routes: from memory once it is current, from Neo4j with LEARN_FROM_INDEX=off", async () => {
    // Apps made after the synthetic articles were written, with only this structure kept in memory.
    const others = { SEARCH_INDEX: "off", PATH_INDEX: "off", PARTNER_INDEX: "off", PEER_INDEX: "off" };
    const memoryApp = await buildTestApp(seeded.driver, { ...others, RESPONSE_CACHE_MB: "0" });
    const neo4jApp = await buildTestApp(seeded.driver, { ...others, LEARN_FROM_INDEX: "off" });
    try {
      await indexCurrent(memoryApp, "learnFromIndex", 120_000);
      const health = async (app: FastifyInstance) => bodyOf<Health>(await app.inject({ url: "/api/health" }));
      expect((await health(neo4jApp)).learnFromIndex).toBe("off");
      for (const url of [
        "/api/programs/smart-city/learn-from?limit=7",
        "/api/programs/program%3Astbm/learn-from",
        "/api/sectors/kesehatan/learn-from?limit=100",
      ]) {
        const fromMemory = bodyOf<LearnFrom>(await memoryApp.inject({ url }));
        expect(fromMemory, url).toEqual(bodyOf<LearnFrom>(await neo4jApp.inject({ url })));
      }
      for (const app of [memoryApp, neo4jApp]) {
        const unknown = await app.inject({
          url: `/api/sectors/${encodeURIComponent("' OR 1=1 //")}/learn-from`,
        });
        expect(unknown.statusCode).toBe(404);
        expect(unknown.json<{ message: string }>().message).toBe("Sector ' OR 1=1 // was not found.");
      }
      expect((await health(memoryApp)).learnFromIndex).toBe("current");
    } finally {
      await memoryApp.close();
      await neo4jApp.close();
    }
  }, 180_000);
});
