/**
 * Sectors as search finds them: every id of the controlled vocabulary by its name, the extractor's words
 * for it as aliases, prefixes and typos as for any node; and the rule for queries too short to search.
 */
import { describe, expect, it } from "vitest";
import { SectorIdSchema } from "../../../server/schemas/facts.ts";
import { isTooShortQuery, SEARCH_MIN_LETTERS } from "../../../server/schemas/search.ts";
import { findSectors, sectorText } from "../../../server/plugins/app/search/sector-vocabulary.ts";
import { searchTerms } from "../../../server/plugins/app/search/search-terms.ts";

const found = (q: string) => findSectors(searchTerms(q)).map((hit) => hit.id);

describe("sector vocabulary", () => {
  it("finds every sector of the controlled vocabulary by its own name, scored highest", () => {
    for (const id of SectorIdSchema.options) {
      const hits = findSectors(searchTerms(id));
      const best = Math.max(...hits.map((hit) => hit.score));
      expect(hits.find((hit) => hit.id === id)?.score, id).toBe(best);
    }
  });

  it("knows the extractor's words for a sector", () => {
    expect(found("sampah")).toEqual(["persampahan"]);
    expect(found("wisata")).toEqual(["pariwisata"]);
    expect(found("PDAM")).toEqual(["air minum"]);
    expect(sectorText("air minum")?.aliases).toContain("air bersih");
    expect(sectorText("not a sector")).toBeUndefined();
  });

  it("finds prefixes from three letters and one typo from four, as for any node", () => {
    expect(found("kesehat")).toEqual(["kesehatan"]);
    expect(found("kesehatn")).toEqual(["kesehatan"]);
    expect(found("ke")).toEqual([]);
  });

  it("finds nothing for names that are no sector", () => {
    expect(found("bandung")).toEqual([]);
    expect(found("kota bekasi")).toEqual([]);
  });
});

describe("isTooShortQuery", () => {
  it.each([
    ["ko", true],
    [" k o ", true],
    ["!!! ??? ***", true],
    ["kot", false],
    ["32", false],
    ["32.75", false],
    ["JP", false],
    ["jp", true],
    ["é é é", false],
  ])("%j → %s", (q, tooShort) => {
    expect(isTooShortQuery(q)).toBe(tooShort);
  });

  it(`asks for ${SEARCH_MIN_LETTERS} letters`, () => expect(SEARCH_MIN_LETTERS).toBe(3));
});
