/**
 * GET /api/regions/:code/timeline and /api/pairs/:a/:b on the seeded graph (peers: peers-and-learn-from.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Pair } from "../../../server/schemas/pair.ts";
import type { Timeline } from "../../../server/schemas/region.ts";
import { bodyOf, seededApp, type SeededApp } from "./_seeded-app.ts";

let seeded: SeededApp;

beforeAll(async () => {
  seeded = await seededApp();
});

afterAll(async () => {
  await seeded?.close();
});

const get = (url: string) => seeded.app.inject({ url });

describe("GET /api/regions/:code/timeline", () => {
  it("lists Kota Bekasi's events oldest first, with parties, sectors, programmes and sources", async () => {
    const timeline = bodyOf<Timeline>(await get("/api/regions/32.75/timeline"));
    expect(timeline.region).toEqual({ code: "32.75", name: "Kota Bekasi", kind: "city" });
    expect(timeline.events.map((e) => [e.date, e.kind])).toEqual([
      ["2017-12-05", "audience"],
      ["2021-10-26", "agreement"],
    ]);
    expect(timeline).toMatchObject({ total: 2, truncated: false });
    const mou = timeline.events[1]!;
    expect(mou.parties.map((p) => p.code)).toEqual(["32.75", "52.07"]);
    expect(mou.sectors).toContain("kesehatan");
    expect(mou.programs.map((p) => p.id)).toContain("stbm");
    expect(mou.sources[0]?.quote?.length).toBeGreaterThan(20);
  });

  it("filters and caps", async () => {
    const recent = bodyOf<Timeline>(await get("/api/regions/32.75/timeline?from=2019"));
    expect(recent.events.map((e) => e.date)).toEqual(["2021-10-26"]);
    const capped = bodyOf<Timeline>(await get("/api/regions/32.75/timeline?limit=1"));
    expect(capped).toMatchObject({ total: 2, truncated: true });
    expect(capped.events).toHaveLength(1);
    const none = bodyOf<Timeline>(await get("/api/regions/32.16/timeline"));
    expect(none).toMatchObject({ events: [], total: 0, truncated: false });
  });

  it("answers 404 for an unknown region and 400 for what is no region code", async () => {
    expect((await get("/api/regions/99.99/timeline")).statusCode).toBe(404);
    expect((await get("/api/regions/bekasi/timeline")).statusCode).toBe(400);
    expect((await get("/api/regions/32.75/timeline?limit=-1")).statusCode).toBe(400);
  });
});

describe("GET /api/pairs/:a/:b", () => {
  it("tells the story between Kota Bekasi and DKI Jakarta, with sources", async () => {
    const pair = bodyOf<Pair>(await get("/api/pairs/32.75/31"));
    expect(pair.a.code).toBe("32.75");
    expect(pair.b.code).toBe("31");
    expect(pair.events.map((e) => e.subtype)).toEqual(["audiensi"]);
    expect(pair.summary).toEqual({
      events: 1,
      firstDate: "2017-12-05",
      lastDate: "2017-12-05",
      kinds: [{ kind: "audience", count: 1 }],
      stages: ["audiensi"],
    });
    expect(pair.events[0]!.sources[0]!.quote).toMatch(/Sandiaga/);
  });

  it("is the same story either way round, and empty for regions that share nothing", async () => {
    const ab = bodyOf<Pair>(await get("/api/pairs/52.07/32.75"));
    const ba = bodyOf<Pair>(await get("/api/pairs/32.75/52.07"));
    expect(ab.events).toEqual(ba.events);
    expect(ab.summary.stages).toEqual(["mou"]);
    expect(bodyOf<Pair>(await get("/api/pairs/32.75/32.73")).summary.events).toBe(0);
  });

  it("answers no events for the same region twice, 400 for a bad code, 404 for an unknown region", async () => {
    // Valid by the OpenAPI document, which cannot relate two parameters: a region shares no event with
    // itself as two parties.
    expect(bodyOf<Pair>(await get("/api/pairs/32.75/32.75")).summary.events).toBe(0);
    expect((await get("/api/pairs/32.75/bekasi")).statusCode).toBe(400);
    const missing = await get("/api/pairs/32.75/99.99");
    expect(bodyOf<{ message: string }>(missing, 404).message).toContain("99.99");
  });
});
