/**
 * Search without Neo4j: the Lucene query built from folded terms (never Lucene syntax from the user), how a
 * candidate matched, and the ranking rules (whole names first, regions before others on ties, the better
 * connected node first).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classify,
  luceneQuery,
  maxEdits,
  rankCandidates,
  searchTerms,
  type Candidate,
} from "../../../server/plugins/app/search/search-ranking.ts";

function candidate(overrides: Partial<Candidate> & Pick<Candidate, "id" | "label">): Candidate {
  return {
    type: "region",
    kind: "city",
    context: null,
    aliases: [],
    searchText: overrides.label.toLowerCase(),
    score: 1,
    degree: 0,
    aliasHit: false,
    ...overrides,
  };
}

describe("searchTerms", () => {
  it("folds case, accents and punctuation, drops repeats, keeps at most eight terms", () => {
    expect(searchTerms("  Kota  BÉKASI, bekasi! ")).toEqual(["kota", "bekasi"]);
    expect(searchTerms("a b c d e f g h i j")).toHaveLength(8);
    expect(searchTerms("!!! ??? ***")).toEqual([]);
  });
});

describe("luceneQuery", () => {
  it("asks for each term exactly, as a prefix and fuzzily, with edits by length", () => {
    expect(luceneQuery(["ksb"])).toBe("ksb^4 OR ksb*^2");
    expect(luceneQuery(["ab"])).toBe("ab^4");
    expect(luceneQuery(["barat"])).toBe("barat^4 OR barat*^2 OR barat~1");
    expect(maxEdits("sumbawa")).toBe(1);
    expect(maxEdits("kabupaten")).toBe(1);
    expect(maxEdits("tanjungpinang")).toBe(2);
  });

  it("leaves out level words, which nearly every event title holds, unless nothing else is asked", () => {
    expect(luceneQuery(["kota", "bekasi"])).not.toMatch(/kota/);
    expect(luceneQuery(["kota", "bekasi"])).toBe(luceneQuery(["bekasi"]));
    expect(luceneQuery(["kabupaten"])).toContain("kabupaten^4");
  });

  it('splits a long term in two ("muaraenim" -> "muara enim") and joins adjacent terms', () => {
    expect(luceneQuery(["muaraenim"])).toContain('"muara enim"^3');
    expect(luceneQuery(["tanjung", "pinang"])).toContain("tanjungpinang^3");
  });

  it("never passes anything but folded letters, digits and its own operators to Lucene", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const query = luceneQuery(searchTerms(text));
        const stripped = query
          .replaceAll(" OR ", " ")
          .replace(/\^\d/g, "")
          .replace(/~\d/g, "")
          .replaceAll("*", "")
          .replaceAll('"', "");
        expect(stripped).toMatch(/^[\p{L}\p{N} ]*$/u);
        expect(stripped).not.toMatch(/\b(?:AND|OR|NOT|TO)\b/);
      }),
    );
  });
});

describe("classify", () => {
  const sumbawa = candidate({ id: "52.07", label: "Kabupaten Sumbawa Barat", kind: "regency" });
  it.each([
    [["kabupaten", "sumbawa", "barat"], "exact"],
    [["sumbawa", "barat"], "name"],
    [["kab", "sumbawa", "barat"], "name"],
    [["kota", "sumbawa", "barat"], "prefix"],
    [["sumbawa"], "words"],
    [["sumb", "bar"], "prefix"],
    [["sumbara", "barat"], "fuzzy"],
    [["sumbawwa", "barat"], "fuzzy"],
    [["lombok", "barat"], "partial"],
  ] as const)("%j matches Kabupaten Sumbawa Barat as %s", (terms, kind) => {
    expect(classify(terms, sumbawa)).toBe(kind);
  });

  it("recognises names written without spaces and aliases", () => {
    const muaraEnim = candidate({ id: "16.03", label: "Kabupaten Muara Enim", kind: "regency" });
    expect(classify(["muaraenim"], muaraEnim)).toBe("name");
    expect(classify(["ksb"], { ...sumbawa, aliasHit: true })).toBe("alias");
    const stbm = candidate({
      id: "program:stbm",
      label: "Sanitasi Total (STBM)",
      type: "program",
      aliases: ["STBM"],
    });
    expect(classify(["stbm"], stbm)).toBe("alias");
  });
});

describe("rankCandidates", () => {
  const kotaBekasi = candidate({ id: "32.75", label: "Kota Bekasi", degree: 15, score: 14 });
  const kabBekasi = candidate({
    id: "32.16",
    label: "Kabupaten Bekasi",
    kind: "regency",
    degree: 1,
    score: 14,
  });
  const event = candidate({
    id: "event:1",
    label: "MoU: Kota Bekasi – Kabupaten Sumbawa Barat",
    type: "event",
    kind: "agreement",
    searchText: "mou kota bekasi kabupaten sumbawa barat",
    degree: 30,
    score: 20,
  });

  it("puts whole-name matches first, regions before events, then the better connected", () => {
    const ranked = rankCandidates(["bekasi"], [event, kabBekasi, kotaBekasi], 10);
    expect(ranked.map((r) => r.id)).toEqual(["32.75", "32.16", "event:1"]);
    expect(ranked.map((r) => r.match)).toEqual(["name", "name", "words"]);
  });

  it("lets the level word decide between Kota and Kabupaten", () => {
    expect(rankCandidates(["kabupaten", "bekasi"], [kotaBekasi, kabBekasi], 1)[0]!.id).toBe("32.16");
    expect(rankCandidates(["kab", "bekasi"], [kotaBekasi, kabBekasi], 1)[0]!.id).toBe("32.16");
  });

  it("orders looser matches by Lucene's score, keeps one result per id and honours the limit", () => {
    const a = candidate({ id: "a", label: "Lombok Barat", score: 3 });
    const b = candidate({ id: "b", label: "Jawa Barat", score: 5 });
    const ranked = rankCandidates(["sumbara", "barat"], [a, b, { ...b, score: 1 }], 5);
    expect(ranked.map((r) => r.id)).toEqual(["b", "a"]);
    expect(rankCandidates(["barat"], [a, b], 1)).toHaveLength(1);
  });
});

describe("rankCandidates: exact and prefix matches before typos, kinds grouped", () => {
  const region = (id: string, label: string, degree = 1) =>
    candidate({ id, label, kind: label.startsWith("Kota") ? "city" : "regency", degree });
  const event = (id: string, label: string, score = 1) =>
    candidate({ id, label, type: "event", kind: "agreement", score });
  const kotaBandung = region("32.73", "Kota Bandung", 20);
  const kabBandung = region("32.04", "Kabupaten Bandung", 8);
  const badung = region("51.03", "Kabupaten Badung", 9);
  const studiBanding = event("event:studi", "Studi banding ke Kabupaten Badung", 30);

  it('drops typo matches when three or more match every word ("Bandung" is not "Badung")', () => {
    const bandungEvent = event("event:mou", "MoU Kota Bandung dan Kota Bekasi");
    const ranked = rankCandidates(
      ["bandung"],
      [badung, studiBanding, kotaBandung, kabBandung, bandungEvent],
      10,
    );
    expect(ranked.map((r) => r.id)).toEqual(["32.73", "32.04", "event:mou"]);
  });

  it("shows typo matches after the complete ones when those are few", () => {
    const ranked = rankCandidates(["bandung"], [badung, studiBanding, kotaBandung], 10);
    expect(ranked.map((r) => [r.id, r.match])).toEqual([
      ["32.73", "name"],
      ["51.03", "fuzzy"],
      ["event:studi", "fuzzy"],
    ]);
  });

  it('drops matches of only some words when any result matches every word ("Smart City" is not "Sister City")', () => {
    const smartCity = candidate({ id: "program:smart-city", label: "Smart City", type: "program" });
    const sisterCity = candidate({
      id: "program:sister-city",
      label: "Sister City",
      type: "program",
      score: 9,
    });
    const sisterEvent = event("event:sister", "Sister city Kota Bekasi", 9);
    const ranked = rankCandidates(["smart", "city"], [sisterCity, sisterEvent, smartCity], 10);
    expect(ranked.map((r) => r.id)).toEqual(["program:smart-city"]);
    // Nothing matches both words: the partial matches are all there is to show.
    expect(rankCandidates(["smart", "city"], [sisterCity], 10).map((r) => r.match)).toEqual(["partial"]);
  });

  it("groups the kept results by kind in SEARCH_GROUP_ORDER, each kind in ranking order", () => {
    const official = candidate({ id: "person:1", label: "Bandung Wijaya", type: "person", degree: 50 });
    const sector = candidate({ id: "sector:x", label: "bandung", type: "sector" });
    const bandungEvent = event("event:mou", "MoU Kota Bandung");
    const ranked = rankCandidates(["bandung"], [bandungEvent, official, kabBandung, sector, kotaBandung], 10);
    expect(ranked.map((r) => r.type)).toEqual(["region", "region", "sector", "person", "event"]);
    expect(ranked[0]!.id).toBe("32.73");
  });

  it("says where each result matched", () => {
    const [result] = rankCandidates(["bandung"], [kotaBandung], 1);
    expect(result!.highlights).toEqual([{ start: 5, end: 12 }]);
  });
});
