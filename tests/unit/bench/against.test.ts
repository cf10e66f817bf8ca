/**
 * `bench:extract -- --against REF` (bench/extract/against.ts): refs are checked before git sees them, an
 * unknown one is said plainly, and a comparison of this commit with itself runs both timing threads and
 * finds every article's facts the same.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { commitOf, compareAgainst, comparisonLines } from "../../../bench/extract/against.ts";

const TEXTS = [
  "Pemerintah Kota Bekasi dan Pemerintah Kabupaten Sumbawa Barat menandatangani kesepakatan bersama di Bekasi, Selasa (26/10/2021).",
  "Bupati Bogor menerima kunjungan studi tiru dari Pemerintah Kota Malang pada Kamis (12/3/2020).",
  "",
].map((text) => ({ text, meta: {} }));

describe("--against", () => {
  it("refuses what is no ref, and names a ref git does not know", () => {
    expect(() => commitOf("HEAD; rm -rf /")).toThrow(/is not a git ref/);
    expect(() => commitOf("--output=/tmp/x")).toThrow(/is not a git ref/);
    expect(() => commitOf("-q")).toThrow(/is not a git ref/);
    expect(() => commitOf("no-such-branch-anywhere")).toThrow(/no commit "no-such-branch-anywhere"/);
    expect(commitOf("HEAD")).toMatch(/^[0-9a-f]{40}$/);
  });

  it("compares this tree with its own commit in alternated passes, with the same facts", async () => {
    const comparison = await compareAgainst("HEAD", TEXTS, 2);
    expect(comparison.here).toHaveLength(2);
    expect(comparison.there).toHaveLength(2);
    for (const t of [...comparison.here, ...comparison.there]) expect(t).toBeGreaterThan(0);
    const lines = comparisonLines("HEAD", TEXTS.length, comparison);
    expect(lines[0]).toMatch(/^against HEAD \([0-9a-f]{12}\): 2 alternated passes of each/);
    // HEAD's server/ is this tree's, unless someone is changing the extractor right now (then any count).
    const unchanged =
      execFileSync("git", ["status", "--porcelain", "--", "server"], { encoding: "utf8" }) === "";
    if (unchanged) expect(lines.at(-1)).toBe("facts: 3 of 3 articles the same as HEAD's");
    else expect(lines.at(-1)).toMatch(/^facts: [0-3] of 3 articles the same as HEAD's$/);
  }, 120_000);
});
