/**
 * The in-memory search index without Neo4j: which candidates it finds for exact words, prefixes, typos,
 * words run together or typed apart; type filters and alias hits; that the best-scored come first (short
 * names before long titles, regions on ties); and that a query leaves nothing behind for the next one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SearchIndex, type SearchEntry } from "../../../server/plugins/app/search/search-index.ts";
import { rankCandidates, searchTerms } from "../../../server/plugins/app/search/search-ranking.ts";
import { foldForSearch } from "../../../server/text/fold.ts";

function entry(overrides: Partial<SearchEntry> & Pick<SearchEntry, "id" | "label">): SearchEntry {
  return {
    type: "region",
    kind: "city",
    context: null,
    aliases: [],
    searchText: foldForSearch(overrides.label),
    degree: 0,
    ...overrides,
  };
}

const ENTRIES: SearchEntry[] = [
  entry({ id: "32.75", label: "Kota Bekasi", degree: 40 }),
  entry({ id: "32.16", label: "Kabupaten Bekasi", kind: "regency", degree: 3 }),
  entry({ id: "52.07", label: "Kabupaten Sumbawa Barat", kind: "regency", degree: 9 }),
  entry({ id: "16.03", label: "Kabupaten Muara Enim", kind: "regency", degree: 5 }),
  entry({ id: "21.72", label: "Kota Tanjungpinang", degree: 2 }),
  entry({ id: "JP", label: "Jepang", kind: "country" }),
  entry({
    id: "event:mou-1",
    label: "MoU: Kabupaten Sumbawa Barat – Kota Bekasi",
    type: "event",
    kind: "Agreement",
    degree: 12,
  }),
  entry({
    id: "person:32.75:tri-ardianto",
    label: "Tri Ardianto",
    type: "person",
    kind: null,
    searchText: "tri ardianto tri adhianto",
    degree: 4,
  }),
  entry({
    id: "program:stbm",
    label: "Sanitasi Total Berbasis Masyarakat",
    type: "program",
    kind: null,
    aliases: ["STBM"],
    searchText: "sanitasi total berbasis masyarakat stbm",
  }),
];

const index = new SearchIndex(ENTRIES);

function ids(
  q: string,
  options: { count?: number; types?: SearchEntry["type"][]; aliasCodes?: string[] } = {},
) {
  return index
    .candidates({
      terms: searchTerms(q),
      count: options.count ?? 30,
      types: options.types,
      aliasCodes: options.aliasCodes ?? [],
      sectors: [],
    })
    .map((c) => c.id);
}

const first = (q: string) =>
  rankCandidates(
    searchTerms(q),
    index.candidates({ terms: searchTerms(q), count: 30, aliasCodes: [], sectors: [] }),
    1,
  )[0]?.id;

describe("SearchIndex", () => {
  it("finds every entry holding an exact word, short texts scored above long ones", () => {
    expect(ids("bekasi")).toEqual(["32.75", "32.16", "event:mou-1"]);
  });

  it("finds word prefixes from three letters, and nothing for shorter ones unless they are whole words", () => {
    expect(ids("sumb")).toEqual(["52.07", "event:mou-1"]);
    expect(ids("su")).toEqual([]);
  });

  it("tolerates one typo in words of four letters or more, none in shorter ones", () => {
    expect(ids("sumbara")).toEqual(["52.07", "event:mou-1"]);
    expect(ids("tro")).toEqual([]);
    expect(first("Tri Adhianto")).toBe("person:32.75:tri-ardianto");
  });

  it("finds a long word the text holds as two, and two words the text holds as one", () => {
    expect(ids("muaraenim")).toEqual(["16.03"]);
    expect(ids("tanjung pinang")).toContain("21.72");
    expect(first("tanjung pinang")).toBe("21.72");
  });

  it("leaves level words out of the look-up unless nothing else was typed", () => {
    expect(ids("kabupaten bekasi")).toEqual(["32.75", "32.16", "event:mou-1"]);
    expect(first("kabupaten bekasi")).toBe("32.16");
    expect(ids("kabupaten")).toEqual(expect.arrayContaining(["32.16", "52.07", "16.03", "event:mou-1"]));
  });

  it("keeps only the wanted types, and at most the wanted count, best first", () => {
    expect(ids("bekasi", { types: ["event"] })).toEqual(["event:mou-1"]);
    expect(ids("bekasi", { count: 1 })).toEqual(["32.75"]);
    expect(ids("bekasi", { count: 0 })).toEqual([]);
  });

  it("adds the regions an alias or code names, as alias hits, unless their type is filtered out", () => {
    const hits = index.candidates({ terms: ["ksb"], count: 30, aliasCodes: ["52.07"], sectors: [] });
    expect(hits).toEqual([expect.objectContaining({ id: "52.07", aliasHit: true })]);
    expect(
      index.candidates({ terms: ["ksb"], count: 30, types: ["person"], aliasCodes: ["52.07"], sectors: [] }),
    ).toEqual([]);
    expect(index.candidates({ terms: ["x"], count: 30, aliasCodes: ["99.99"], sectors: [] })).toEqual([]);
  });

  it("returns the sectors the vocabulary matched that the graph holds, never by their words", () => {
    const sectors = new SearchIndex([
      ...ENTRIES,
      entry({ id: "sector:sanitasi", label: "sanitasi", type: "sector", kind: null, degree: 7 }),
    ]);
    // "sanitasi" is a word of the STBM programme too; the sector comes only through `sectors`.
    const asked = { terms: ["sanitasi"], count: 30, aliasCodes: [] };
    expect(sectors.candidates({ ...asked, sectors: [] }).map((c) => c.id)).toEqual(["program:stbm"]);
    const hits = sectors.candidates({
      ...asked,
      sectors: [
        { id: "sanitasi", score: 4 },
        { id: "air minum", score: 1 },
      ],
    });
    expect(hits.map((c) => [c.id, c.score])).toEqual([
      ["program:stbm", expect.any(Number)],
      ["sector:sanitasi", 4],
    ]);
    expect(
      sectors.candidates({ ...asked, types: ["program"], sectors: [{ id: "sanitasi", score: 4 }] }),
    ).toHaveLength(1);
  });

  it("skips only words that cannot change the answer", () => {
    // Many namesakes with texts of every length, so that the count-th best score is known early and the
    // typo and prefix words ("bandang", "bandungan") are candidates for skipping.
    const words = ["bandung", "bandang", "bandungan", "banding", "barat", "kota", "dinas", "kepala"];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
    const corpus = fc
      .array(fc.tuple(text, fc.nat(50)), { minLength: 1, maxLength: 120 })
      .map((rows) =>
        rows.map(([label, degree], i) => entry({ id: `person:${i}`, label, type: "person", degree })),
      );
    fc.assert(
      fc.property(
        corpus,
        fc.constantFrom(...words, "bandu", "bandunga"),
        fc.integer({ min: 1, max: 40 }),
        (rows, term, count) => {
          const asked = { terms: [term], count, aliasCodes: [], sectors: [] };
          expect(new SearchIndex(rows).candidates(asked)).toEqual(
            new SearchIndex(rows, false).candidates(asked),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds nothing in an empty index", () => {
    expect(
      new SearchIndex([]).candidates({ terms: ["bekasi"], count: 10, aliasCodes: [], sectors: [] }),
    ).toEqual([]);
  });

  it("answers every query as a fresh index would: nothing is left behind between queries", () => {
    const words = [
      "bekasi",
      "kota",
      "sumbawa",
      "barat",
      "muaraenim",
      "tri",
      "ardianto",
      "stbm",
      "jepang",
      "xyz",
    ];
    const query = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.array(query, { minLength: 1, maxLength: 6 }), (queries) => {
        for (const q of queries) {
          const fresh = new SearchIndex(ENTRIES);
          const asked = { terms: searchTerms(q), count: 5, aliasCodes: [], sectors: [] };
          expect(index.candidates(asked)).toEqual(fresh.candidates(asked));
        }
      }),
      { numRuns: 60 },
    );
  });
});
