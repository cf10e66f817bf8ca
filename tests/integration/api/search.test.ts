/**
 * GET /api/search on the seeded graph, plus three made-up articles that bring names one typo away from
 * others (Kabupaten Badung beside Kota Bandung, a "studi banding"): best match first, typos only when exact
 * and prefix matches are few, kinds grouped, where each result matched, sectors, the answer to a query too
 * short to search, and clear 400s for bad parameters. Searches over HTTP use the in-memory index (built
 * before the tests); the same expectations are checked on the full-text index in Neo4j, which answers while
 * the index is behind the graph.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ingestPaths } from "../../../server/pipeline/ingest/ingest.ts";
import { SEARCH_GROUP_ORDER, type SearchResponse } from "../../../server/schemas/search.ts";
import { buildTestApp } from "../../helpers/build-app.ts";
import { bodyOf, indexCurrent, seededApp, type SeededApp } from "./_seeded-app.ts";

/** Made-up articles (no real report's wording): a regency one letter from Bandung, and a "studi banding". */
const ARTICLES: Record<string, string> = {
  "badung-bekasi.txt":
    "Badung dan Bekasi Teken Kesepakatan Pariwisata\n\nMANGUPURA – Bupati Badung dan Wali Kota Bekasi " +
    "menandatangani nota kesepakatan kerja sama bidang pariwisata di Puspem Badung, Senin (4/3/2019).\n",
  "studi-banding.txt":
    "Sumbawa Barat Studi Banding ke Badung\n\nMANGUPURA – Rombongan Pemerintah Kabupaten Sumbawa Barat " +
    "melakukan studi banding ke Pemerintah Kabupaten Badung terkait pengelolaan sampah, Rabu (6/3/2019).\n",
  "bandung-surabaya.txt":
    "Kota Bandung dan Kota Surabaya Jajaki Smart City\n\nBANDUNG – Pemerintah Kota Bandung dan Pemerintah " +
    "Kota Surabaya menandatangani nota kesepakatan kerja sama bidang smart city di Balai Kota Bandung, " +
    "Kamis (7/3/2019).\n",
};

let seeded: SeededApp;
/** The same app with SEARCH_INDEX=off: every search asks the full-text index in Neo4j. */
let fullText: FastifyInstance;

beforeAll(async () => {
  seeded = await seededApp({ INDEX_REBUILD_SECONDS: "1" });
  const folder = mkdtempSync(join(tmpdir(), "jejaring-search-"));
  try {
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(folder, name), text);
    const summary = await ingestPaths(seeded.driver, [folder], { database: inject("neo4jDatabase") });
    expect(summary).toMatchObject({ added: 3, failed: 0 });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
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
    const names = [
      "bekasi",
      "barat",
      "ahmad yani",
      "sanitasi",
      "bandung",
      "badung",
      "sumbawa",
      "unicef",
      "smart city",
      "sampah",
      "pariwisata",
      "surabya",
    ];
    for (const q of names) {
      const inMemory = (await search(`q=${encodeURIComponent(q)}&limit=5`)).results.map((r) => r.id);
      const inNeo4j = (await searchInNeo4j(`q=${encodeURIComponent(q)}&limit=5`)).results.map((r) => r.id);
      expect(inMemory, q).toEqual(inNeo4j);
    }
  });

  it("says how each result matched, regions before events on the same kind of match", async () => {
    const { results } = await search("q=bekasi&limit=10&types=region,event");
    expect(results.slice(0, 2).map((r) => r.match)).toEqual(["name", "name"]);
    expect(results.map((r) => r.type)).toEqual(["region", "region", "event", "event", "event"]);
  });

  it('keeps typos out while exact matches are many: "Bandung" is neither "Badung" nor a "studi banding"', async () => {
    for (const ask of [search, searchInNeo4j]) {
      const { results } = await ask("q=bandung&limit=50");
      expect(results.slice(0, 2).map((r) => r.id)).toEqual(["32.73", "32.04"]);
      expect(results.map((r) => r.match)).not.toContain("fuzzy");
      expect(results.map((r) => r.label).join(" | ")).not.toMatch(/badung|banding/i);
      const badung = await ask("q=badung&limit=50");
      expect(badung.results[0]!.id).toBe("51.03");
      expect(badung.results.map((r) => r.label).join(" | ")).not.toMatch(/bandung/i);
    }
  });

  it("brings typo matches when no complete match exists, ranked as such", async () => {
    const { results } = await search(`q=${encodeURIComponent("Kota Surabya")}`);
    expect(results[0]).toMatchObject({ id: "35.78", match: "fuzzy" });
  });

  it('keeps "Smart City" apart from "Sister City", and finds it as a programme and as a sector', async () => {
    for (const ask of [search, searchInNeo4j]) {
      const { results } = await ask(`q=${encodeURIComponent("Smart City")}&limit=50`);
      expect(results.map((r) => r.label).join(" | ")).not.toMatch(/sister/i);
      expect(results.map((r) => r.id)).toEqual(expect.arrayContaining(["sector:smart city"]));
      expect(results.find((r) => r.type === "program")).toMatchObject({
        label: "Smart City",
        match: "exact",
      });
    }
  });

  it("finds sectors by their names and by the extractor's words for them", async () => {
    for (const ask of [search, searchInNeo4j]) {
      expect((await ask("q=pariwisata")).results[0]).toMatchObject({
        id: "sector:pariwisata",
        type: "sector",
        match: "exact",
      });
      const sampah = await ask("q=sampah");
      expect(sampah.results.find((r) => r.type === "sector")).toMatchObject({
        id: "sector:persampahan",
        match: "alias",
      });
      expect((await ask("q=pariwisata&types=region,event")).results.map((r) => r.type)).not.toContain(
        "sector",
      );
    }
    const opened = await seeded.app.inject({ url: `/api/nodes/${encodeURIComponent("sector:pariwisata")}` });
    expect(opened.statusCode).toBe(200);
  });

  it("answers grouped by kind, and says where each result matched", async () => {
    const { results } = await search("q=bekasi&limit=50");
    const groups = results.map((r) => SEARCH_GROUP_ORDER.indexOf(r.type));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    const typo = (await search(`q=${encodeURIComponent("sumbara barat")}`)).results[0]!;
    expect(typo.highlights.map(({ start, end }) => typo.label.slice(start, end))).toEqual([
      "Sumbawa",
      "Barat",
    ]);
  });

  it("filters by type and caps the number of results", async () => {
    const events = await search("q=bekasi&types=event");
    expect(events.results.length).toBe(3);
    expect(events.results.every((r) => r.type === "event")).toBe(true);
    expect((await search("q=barat&limit=3")).results).toHaveLength(3);
    const people = await search("q=ahmad%20yani&types=person,program");
    expect(people.results.map((r) => r.id).sort()).toEqual([
      "person:16.03:ahmad-yani",
      "person:52.07:ahmad-yani",
    ]);
  });

  it("answers an empty list, not an error, for text that matches nothing", async () => {
    expect(await search("q=zzzzqqqxxx")).toMatchObject({ results: [], tooShort: false, minLetters: 3 });
  });

  it("says a query of fewer than three letters or digits is too short, unless it is a region code", async () => {
    for (const q of ["ko", "k o", "!!! ??? ***", "é"]) {
      expect(await search(`q=${encodeURIComponent(q)}`), q).toEqual({
        query: q,
        results: [],
        tooShort: true,
        minLetters: 3,
      });
      expect((await searchInNeo4j(`q=${encodeURIComponent(q)}`)).tooShort, q).toBe(true);
    }
    expect((await search("q=32")).results[0]).toMatchObject({ id: "32", label: "Jawa Barat" });
    expect((await search("q=kot")).tooShort).toBe(false);
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
