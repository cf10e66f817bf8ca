/**
 * GET /api/search on the seeded graph: best match first, typo- and accent-tolerant, abbreviations, filters,
 * and clear 400s for bad parameters. Searches over HTTP use the in-memory index (built before the tests);
 * the same expectations are checked on the full-text index in Neo4j, which answers while the index is
 * behind the graph.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchResponse } from "../../../server/schemas/search.ts";
import { buildTestApp } from "../../helpers/build-app.ts";
import { bodyOf, indexCurrent, seededApp, type SeededApp } from "./_seeded-app.ts";

let seeded: SeededApp;
/** The same app with SEARCH_INDEX=off: every search asks the full-text index in Neo4j. */
let fullText: FastifyInstance;

beforeAll(async () => {
  seeded = await seededApp();
  fullText = await buildTestApp(seeded.driver, { SEARCH_INDEX: "off" });
  await indexCurrent(seeded.app);
});

afterAll(async () => {
  await fullText?.close();
  await seeded?.close();
});

async function search(query: string): Promise<SearchResponse> {
  return bodyOf<SearchResponse>(await seeded.app.inject({ url: `/api/search?${query}` }));
}

const firstId = async (q: string) => (await search(`q=${encodeURIComponent(q)}`)).results[0]?.id;
async function searchInNeo4j(query: string): Promise<SearchResponse> {
  return bodyOf<SearchResponse>(await fullText.inject({ url: `/api/search?${query}` }));
}
const firstIdInNeo4j = async (q: string) =>
  (await searchInNeo4j(`q=${encodeURIComponent(q)}`)).results[0]?.id;

describe("GET /api/search", () => {
  it('returns Kota Bekasi (32.75) first for "bekasi", then Kabupaten Bekasi', async () => {
    const { query, results } = await search("q=bekasi");
    expect(query).toBe("bekasi");
    expect(results.slice(0, 2).map((r) => r.id)).toEqual(["32.75", "32.16"]);
    expect(results[0]).toMatchObject({
      label: "Kota Bekasi",
      type: "region",
      kind: "city",
      context: "Jawa Barat",
    });
  });

  it.each([
    ["Sumbara Barat", "52.07"],
    ["Muaraenim", "16.03"],
    ["muara enim", "16.03"],
    ["BEKASI", "32.75"],
    ["Békasi", "32.75"],
    ["kota bekasi", "32.75"],
    ["kabupaten bekasi", "32.16"],
    ["KSB", "52.07"],
    ["Jabar", "32"],
    ["DKI", "31"],
    ["32.73", "32.73"],
    ["kota bandung", "32.73"],
    ["Jepang", "JP"],
    ["STBM", "program:stbm"],
    ["sanitasi total", "program:stbm"],
    ["UNICEF", "organization:unicef"],
    ["Tri Adhianto", "person:32.75:tri-ardianto"],
  ])('"%s" finds %s first, by the in-memory index and by the full-text index', async (q, id) => {
    expect(await firstId(q)).toBe(id);
    expect(await firstIdInNeo4j(q)).toBe(id);
  });

  it("ranks the same results either way for the seeds' names", async () => {
    const names = ["bekasi", "barat", "ahmad yani", "sanitasi", "bandung", "sumbawa", "unicef"];
    for (const q of names) {
      const inMemory = (await search(`q=${encodeURIComponent(q)}&limit=5`)).results.map((r) => r.id);
      const inNeo4j = (await searchInNeo4j(`q=${encodeURIComponent(q)}&limit=5`)).results.map((r) => r.id);
      expect(inMemory, q).toEqual(inNeo4j);
    }
  });

  it("says how each result matched, regions before events on the same kind of match", async () => {
    const { results } = await search("q=bekasi&limit=10");
    expect(results.map((r) => r.match)).toEqual(["name", "name", "words", "words"]);
    expect(results.map((r) => r.type)).toEqual(["region", "region", "event", "event"]);
  });

  it("filters by type and caps the number of results", async () => {
    const events = await search("q=bekasi&types=event");
    expect(events.results.length).toBe(2);
    expect(events.results.every((r) => r.type === "event")).toBe(true);
    expect((await search("q=barat&limit=3")).results).toHaveLength(3);
    const people = await search("q=ahmad%20yani&types=person,program");
    expect(people.results.map((r) => r.id).sort()).toEqual([
      "person:16.03:ahmad-yani",
      "person:52.07:ahmad-yani",
    ]);
  });

  it("answers an empty list, not an error, for text that matches nothing or holds no letters", async () => {
    expect((await search("q=zzzzqqqxxx")).results).toEqual([]);
    expect((await search(`q=${encodeURIComponent("!!! ??? ***")}`)).results).toEqual([]);
  });

  it.each([
    ["", "querystring.q"],
    ["q=", "querystring.q"],
    [`q=${"a".repeat(201)}`, "querystring.q"],
    ["q=bekasi&limit=0", "querystring.limit"],
    ["q=bekasi&limit=51", "querystring.limit"],
    ["q=bekasi&limit=ten", "querystring.limit"],
    ["q=bekasi&types=document", "querystring.types"],
    ["q=bekasi&types=region,", "querystring.types"],
    ["q=a&q=b", "querystring.q"],
  ])("rejects ?%s with 400 naming %s", async (query, path) => {
    const response = await seeded.app.inject({ url: `/api/search?${query}` });
    const body = bodyOf<{ code: string; details: { path: string }[] }>(response, 400);
    expect(body.code).toBe("JJ_VALIDATION");
    expect(body.details.map((d) => d.path)).toContain(path);
  });
});
