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
    // A cut timeline keeps the newest event, not the oldest.
    expect(capped.events.map((e) => e.date)).toEqual(["2021-10-26"]);
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
  it("tells the story between Kota Bekasi and DKI Jakarta, with the sentences naming each", async () => {
    const pair = bodyOf<Pair>(await get("/api/pairs/32.75/31"));
    expect(pair.a.code).toBe("32.75");
    expect(pair.b.code).toBe("31");
    expect(pair.partnerships.map((e) => e.subtype)).toEqual(["audiensi"]);
    expect(pair.sharedEvents).toEqual([]);
    expect(pair.summary).toEqual({
      partnerships: 1,
      sharedEvents: 0,
      firstDate: "2017-12-05",
      lastDate: "2017-12-05",
      kinds: [{ kind: "audience", count: 1 }],
      stages: ["audiensi"],
    });
    const audience = pair.partnerships[0]!;
    expect(audience.sources[0]!.quote).toMatch(/Sandiaga/);
    const [report] = audience.reports;
    expect(report!.documentId).toBe(audience.sources[0]!.documentId);
    expect(report!.a?.quote).toMatch(/Bekasi/);
    expect(report!.b?.quote).toMatch(/DKI|Jakarta/);
    expect(report!.date?.quote).toMatch(/12\/2017|Desember 2017/);
  });

  it("has the 2019-03-13 agreement of Kota Bandung and Kota Bengkulu as a partnership, Bandung its hub", async () => {
    const pair = bodyOf<Pair>(await get("/api/pairs/32.73/17.71"));
    expect(pair.partnerships.map((e) => [e.date, e.kind, e.hub])).toEqual([
      ["2019-03-13", "agreement", "32.73"],
    ]);
    expect(pair.sharedEvents).toEqual([]);
    const agreement = pair.partnerships[0]!;
    expect(agreement.roles).toEqual({ a: "signatory", b: "signatory" });
    expect(agreement.validUntil).toBeNull();
    const text = await documentText(agreement.reports[0]!.documentId);
    for (const side of ["a", "b", "date"] as const) {
      const span = agreement.reports[0]![side]!;
      // Each quote is the document's text between its offsets, so the article view can mark it.
      expect(text.slice(span.start, span.end)).toBe(span.quote);
    }
    expect(agreement.reports[0]!.a!.quote).toMatch(/Bandung/);
    expect(agreement.reports[0]!.b!.quote).toMatch(/Bengkulu/);
    expect(agreement.reports[0]!.date!.quote).toMatch(/13\/3\/2019/);
  });

  it("has no partnership between Kota Bengkulu and Kabupaten Cianjur, who each signed with Bandung: a shared event", async () => {
    const pair = bodyOf<Pair>(await get("/api/pairs/17.71/32.03"));
    expect(pair.partnerships).toEqual([]);
    expect(pair.sharedEvents.map((e) => [e.date, e.hub])).toEqual([["2019-03-13", "32.73"]]);
    expect(pair.summary).toMatchObject({ partnerships: 0, sharedEvents: 1, firstDate: null, stages: [] });
    expect(pair.sharedEvents[0]!.reports[0]!.b!.quote).toMatch(/Cianjur/);
  });

  it("is the same story either way round, sides swapped, and empty for regions that share nothing", async () => {
    const ab = bodyOf<Pair>(await get("/api/pairs/52.07/32.75"));
    const ba = bodyOf<Pair>(await get("/api/pairs/32.75/52.07"));
    expect(ab.partnerships.map((e) => e.id)).toEqual(ba.partnerships.map((e) => e.id));
    expect(ab.partnerships[0]!.reports[0]!.a).toEqual(ba.partnerships[0]!.reports[0]!.b);
    expect(ab.summary.stages).toEqual(["mou"]);
    expect(bodyOf<Pair>(await get("/api/pairs/32.75/32.73")).summary).toMatchObject({
      partnerships: 0,
      sharedEvents: 0,
    });
  });

  it("answers nothing for the same region twice, 400 for a bad code, 404 for an unknown region", async () => {
    // Valid by the OpenAPI document, which cannot relate two parameters: a region shares no event with
    // itself as two parties.
    const self = bodyOf<Pair>(await get("/api/pairs/32.73/32.73"));
    expect([self.partnerships, self.sharedEvents]).toEqual([[], []]);
    expect((await get("/api/pairs/32.75/bekasi")).statusCode).toBe(400);
    const missing = await get("/api/pairs/32.75/99.99");
    expect(bodyOf<{ message: string }>(missing, 404).message).toContain("99.99");
  });
});

async function documentText(id: string): Promise<string> {
  return bodyOf<{ text: string }>(await get(`/api/documents/${encodeURIComponent(id)}`)).text;
}
