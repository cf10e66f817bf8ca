/**
 * The two engines of region timelines and pair stories (event-finders.ts) give the same answers: on the
 * seeds plus 400 synthetic articles, for every region with events, unfiltered and with each filter (kinds, sectors, a date range, all together)
 * and a small limit, the event index read whole into memory and the per-request reads of
 * find-region-events.cypher and get-event-items.cypher list the same events in the same order, with the same
 * items, totals and truncation; for the party pairs of every event (partners, co-signers of one hub, and
 * the same region twice) they tell the same pair story. A region with no event is left to Cypher.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createCypherReader } from "../../../server/plugins/external/cypher.ts";
import { cypherEvents, readEventIndex } from "../../../server/plugins/app/regions/event-finders.ts";
import { TimelineQuerySchema } from "../../../server/schemas/region.ts";
import { addSyntheticArticles, seededApp, type SeededApp } from "./_seeded-app.ts";

let seeded: SeededApp;

beforeAll(async () => {
  seeded = await seededApp();
  await addSyntheticArticles(seeded.driver, 400, 17);
}, 180_000);

afterAll(async () => {
  await seeded?.close();
});

describe("the two engines of timelines and pairs", () => {
  it("list the same events, items and totals for every region and filter", async () => {
    const cypher = createCypherReader(seeded.driver, inject("neo4jDatabase"), 60_000);
    const inMemory = await readEventIndex(cypher, 60_000);
    const inNeo4j = cypherEvents(cypher);
    const { records } = await seeded.driver.executeQuery(
      `MATCH (r:Region) WHERE EXISTS { (r)<-[:PARTY]-() } RETURN r.code AS code ORDER BY code`,
      {},
      { database: inject("neo4jDatabase") },
    );
    const codes = records.map((record) => String(record.get("code")));
    expect(codes.length).toBeGreaterThan(100);
    const queries = [
      {},
      { limit: "3" },
      { kinds: "agreement,audience" },
      { sectors: "kesehatan,pendidikan" },
      { from: "2019", to: "2024-06" },
      { from: "2021-03-15" },
      { kinds: "sister_city", from: "2020", limit: "1" },
    ].map((q) => TimelineQuerySchema.parse(q));
    let compared = 0;
    let listed = 0;
    for (const code of codes) {
      for (const query of queries) {
        const expected = await inNeo4j.timeline(code, query);
        const actual = await inMemory.timeline(code, query);
        expect(actual, `${code} ${JSON.stringify(query)}`).toEqual(expected);
        compared += 1;
        listed += expected?.events.length ?? 0;
      }
    }
    // The comparisons must have events to compare: more than one a question on average.
    expect(listed).toBeGreaterThan(compared);
  }, 300_000);

  it("tell the same pair story for the parties of every event", async () => {
    const cypher = createCypherReader(seeded.driver, inject("neo4jDatabase"), 60_000);
    const inMemory = await readEventIndex(cypher, 60_000);
    const inNeo4j = cypherEvents(cypher);
    const { records } = await seeded.driver.executeQuery(
      `MATCH (e:Event) WITH e ORDER BY e.id
       WITH [(e)-[:PARTY]->(r:Region) | r.code] AS codes WHERE size(codes) >= 2
       RETURN DISTINCT codes[0] AS a, codes[1] AS b, codes[size(codes) - 1] AS c`,
      {},
      { database: inject("neo4jDatabase") },
    );
    let partnerships = 0;
    let shared = 0;
    for (const record of records) {
      const [a, b, c] = ["a", "b", "c"].map((k) => String(record.get(k)));
      for (const [x, y] of [
        [a!, b!],
        [b!, c!],
        [a!, a!],
      ] as const) {
        const expected = await inNeo4j.pair(x, y);
        expect(await inMemory.pair(x, y), `${x} ${y}`).toEqual(expected);
        if (expected?.found) {
          partnerships += expected.pair.partnerships.length;
          shared += expected.pair.sharedEvents.length;
        }
      }
    }
    // Both kinds of event must be among those compared.
    expect(partnerships).toBeGreaterThan(records.length / 2);
    expect(shared).toBeGreaterThan(10);
  }, 300_000);

  it("leaves a region with no event, and an unknown code, to Cypher", async () => {
    const cypher = createCypherReader(seeded.driver, inject("neo4jDatabase"), 60_000);
    const inMemory = await readEventIndex(cypher, 60_000);
    const query = TimelineQuerySchema.parse({});
    const { records } = await seeded.driver.executeQuery(
      `MATCH (r:Region) WHERE NOT EXISTS { (r)<-[:PARTY]-() } RETURN r.code AS code ORDER BY code LIMIT 1`,
      {},
      { database: inject("neo4jDatabase") },
    );
    const quiet = String(records[0]!.get("code"));
    expect(await inMemory.timeline(quiet, query)).toBeUndefined();
    expect(await cypherEvents(cypher).timeline(quiet, query)).toMatchObject({ events: [], total: 0 });
    expect(await inMemory.timeline("99.99", query)).toBeUndefined();
    expect(await inMemory.pair(quiet, "32.73")).toBeUndefined();
    expect(await cypherEvents(cypher).pair("32.73", "99.99")).toEqual({ found: false, missing: "99.99" });
    expect(await cypherEvents(cypher).timeline("99.99", query)).toBeNull();
  });
});
