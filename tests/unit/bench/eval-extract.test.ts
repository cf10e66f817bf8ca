/**
 * The extraction evaluation's helpers (bench/extract/gold.ts): region codes compared as the scorer does,
 * partnerships hub-and-spoke, events matched one to one, the explanation of an article's misses and
 * extras with the rules behind them, and the metric lines with their targets.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { explain, matchEvents, metricLines, normCode, pairsOf } from "../../../bench/extract/gold.ts";
import { extract, resourcesReady } from "../extract/_extract.ts";

beforeAll(async () => {
  await resourcesReady();
});

describe("comparing with gold", () => {
  it("reads foreign regions as ISO codes with the city, as the scorer does", () => {
    expect(normCode("foreign:Jepang/Kochi")).toBe("JP/kochi");
    expect(normCode("JP/Kochi")).toBe("JP/kochi");
    expect(normCode("foreign:Korea Selatan")).toBe("KR");
    expect(normCode("35.73")).toBe("35.73");
  });

  it("counts a hub's partnerships only, and every pair without a hub", () => {
    expect([...pairsOf([{ parties: ["35.73", "35.21", "35.01"], hub: "35.73" }])].sort()).toEqual([
      "35.01|35.73",
      "35.21|35.73",
    ]);
    expect(pairsOf([{ parties: ["33.28", "33.29", "33.76"], hub: null }]).size).toBe(3);
  });

  it("explains a missed party and an extra one with the rule and sentence that made it", () => {
    const facts = extract(
      "Pemkab Sleman, Pemkab Magetan dan Pemkab Ngawi menandatangani nota kesepahaman di Sleman, Rabu (8/3/2023).",
    );
    const gold = {
      events: [{ kind: "agreement", date: "2023-03-08", parties: ["34.04", "35.20", "35.19"], hub: null }],
      people: [],
    };
    const { matches, missed, extra } = matchEvents(gold.events, facts.events);
    expect([matches.length, missed.length, extra.length]).toEqual([1, 0, 0]);
    const lines = explain(gold, facts);
    expect(lines).toContain("  MISSED party 35.19");
    expect(lines.some((l) => l.startsWith("  EXTRA party 35.21") && l.includes("government named"))).toBe(
      true,
    );
    expect(lines).toContain("MISSED partnerships: 34.04|35.19 35.19|35.20");
  });

  it("prints one line per metric with its target", () => {
    expect(metricLines("SCORE pairF1=0.91 dateAcc=0.80 macroPairF1=0.85")).toEqual([
      "pairF1       0.91  target 0.90  met",
      "dateAcc      0.80  target 0.85  NOT met",
      "macroPairF1  0.85",
    ]);
  });
});
