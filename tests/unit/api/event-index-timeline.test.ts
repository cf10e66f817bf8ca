/**
 * A region's timeline from the event index (regions/event-finders.ts), on made-up events: oldest first,
 * undated last, and a cut list keeps the newest, as find-region-events.cypher does (the integration test
 * event-engines.test.ts compares the two on the seeded graph).
 */
import { describe, expect, it } from "vitest";
import { EventIndex } from "../../../server/plugins/app/regions/event-finders.ts";
import { TimelineQuerySchema } from "../../../server/schemas/region.ts";

function indexOf(dates: (string | null)[]): EventIndex {
  const index = new EventIndex();
  dates.forEach((date, i) =>
    index.add({
      id: `e${i}`,
      title: `Peristiwa ${i}`,
      kind: "meeting",
      date,
      parties: [{ code: "32.75", name: "Kota Bekasi", kind: "city", role: "participant" }],
      sectors: [],
      programs: [],
      sources: [],
    }),
  );
  return index.seal();
}

const datesOf = (index: EventIndex, limit: number) =>
  index.timeline("32.75", TimelineQuerySchema.parse({ limit: String(limit) }))?.events.map((e) => e.date);

describe("EventIndex timeline", () => {
  const index = indexOf([null, "2021-05", "2019-01-02", null, "2023-08-17"]);

  it("lists every event oldest first, undated last, when they fit", () => {
    expect(datesOf(index, 10)).toEqual(["2019-01-02", "2021-05", "2023-08-17", null, null]);
  });

  it("keeps the newest dated events when cut", () => {
    expect(datesOf(index, 2)).toEqual(["2021-05", "2023-08-17"]);
    expect(datesOf(index, 3)).toEqual(["2019-01-02", "2021-05", "2023-08-17"]);
    expect(index.timeline("32.75", TimelineQuerySchema.parse({ limit: "2" }))).toMatchObject({
      total: 5,
      truncated: true,
    });
  });

  it("adds undated events only when fewer than the limit are dated", () => {
    expect(datesOf(index, 4)).toEqual(["2019-01-02", "2021-05", "2023-08-17", null]);
    expect(datesOf(indexOf([null, null, null]), 2)).toEqual([null, null]);
  });
});
