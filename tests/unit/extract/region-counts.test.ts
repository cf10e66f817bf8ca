/**
 * The token scan before the count patterns: it may say yes where no count is, never no where one is.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COUNT_OF_REGIONS } from "../../../server/pipeline/extract/event-draft.ts";
import { mayCountRegions } from "../../../server/pipeline/extract/region-counts.ts";
import { foldText, tokenize } from "../../../server/pipeline/extract/text.ts";

function scan(text: string): boolean {
  const folded = foldText(text);
  return mayCountRegions(tokenize(text, folded), folded);
}

describe("mayCountRegions", () => {
  it("finds the counts of made-up sentences", () => {
    expect(scan("Pemkot menjalin kerja sama dengan empat provinsi.")).toBe(true);
    expect(scan("Hadir 12 pemerintah kabupaten/kota se-Jawa Barat.")).toBe(true);
    expect(scan("Dua belas pemerintah kota menandatangani nota kesepakatan.")).toBe(true);
    expect(scan("Para bupati hadir dalam rapat koordinasi.")).toBe(true);
  });

  it("says no to a text without a count of regions", () => {
    expect(scan("Wali Kota Bekasi menerima kunjungan Bupati Garut pada 12 Maret 2024.")).toBe(false);
    expect(scan("")).toBe(false);
  });

  it("never says no where the count pattern matches", () => {
    const words = [
      "dua",
      "belas",
      "tiga",
      "7",
      "12",
      "para",
      "semua",
      "pemerintah",
      "pemda",
      "kota",
      "kotamadya",
      "walikota",
      "wali",
      "kepala",
      "daerah",
      "kabupaten",
      "provinsi",
      "bupati",
      "dengan",
      "dan",
      "ж",
      "é",
      "x7",
      "_",
      "A",
    ];
    const gaps = [" ", "  ", "\n", "-", ", ", ". ", "/", "ж", "\u00a0", "_"];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { maxLength: 8 }),
        (parts) => {
          const text = parts.map(([w, g]) => w + g).join("");
          if (COUNT_OF_REGIONS.test(foldText(text))) expect(scan(text)).toBe(true);
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
