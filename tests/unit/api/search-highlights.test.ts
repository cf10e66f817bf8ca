/**
 * Where a query matched in a label: whole words, typed beginnings, typos, words run together or split,
 * accents folded; ranges always inside the label, in order and apart.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightRanges } from "../../../server/plugins/app/search/search-highlights.ts";
import { searchTerms } from "../../../server/plugins/app/search/search-terms.ts";

const marked = (q: string, label: string) =>
  highlightRanges(searchTerms(q), label).map(({ start, end }) => label.slice(start, end));

describe("highlightRanges", () => {
  it.each([
    ["bekasi", "Kota Bekasi", ["Bekasi"]],
    ["kota bekasi", "Kota Bekasi", ["Kota", "Bekasi"]],
    ["sumb bar", "Kabupaten Sumbawa Barat", ["Sumb", "Bar"]],
    ["sumbara barat", "Kabupaten Sumbawa Barat", ["Sumbawa", "Barat"]],
    ["muaraenim", "Kabupaten Muara Enim", ["Muara Enim"]],
    ["tanjung pinang", "Kota Tanjungpinang", ["Tanjungpinang"]],
    ["bekasi", "Békasi dan BEKASI", ["Békasi", "BEKASI"]],
    ["ksb", "Kabupaten Sumbawa Barat", []],
    ["persampahan", "persampahan", ["persampahan"]],
  ])("%s in %s marks %j", (q, label, expected) => {
    expect(marked(q, label)).toEqual(expected);
  });

  it("marks a whole word when folding changed its length (a decomposed accent)", () => {
    expect(marked("bek", "Be\u0301kasi")).toEqual(["Be\u0301kasi"]);
  });

  it("answers ranges inside the label, sorted and not touching each other", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 60 }), (q, label) => {
        const ranges = highlightRanges(searchTerms(q), label);
        ranges.forEach((range, i) => {
          expect(range.start).toBeGreaterThanOrEqual(0);
          expect(range.end).toBeLessThanOrEqual(label.length);
          expect(range.end).toBeGreaterThan(range.start);
          if (i > 0) expect(range.start).toBeGreaterThan(ranges[i - 1]!.end);
        });
      }),
    );
  });
});
