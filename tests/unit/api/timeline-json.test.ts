import { describe, expect, it } from "vitest";
import { timelineJson } from "../../../server/plugins/app/regions/timeline-json.ts";
import { TimelineSchema, type EventItem, type Timeline } from "../../../server/schemas/region.ts";

function item(id: string, extra: Partial<EventItem> = {}): EventItem {
  return {
    id,
    title: `Kesepakatan "bersama" Kota A – Kabupaten B\n${id}`,
    kind: "agreement",
    subtype: null,
    status: "signed",
    date: "2019-03-13",
    place: null,
    hub: null,
    parties: [
      { code: "32.73", name: "Kota Bandung", kind: "city", role: "signatory" },
      { code: "17.71", name: "Kota Bengkulu", kind: "city", role: null },
    ],
    sectors: ["pariwisata"],
    programs: [{ id: "program:smart-city", name: "Smart City" }],
    sources: [
      {
        documentId: "sha256:ab",
        title: null,
        publishedAt: "2019-03-14",
        quote: "Kota A \u2028 “B”",
        start: 0,
        end: 9,
      },
    ],
    ...extra,
  };
}

const timeline = (events: EventItem[]): Timeline => ({
  region: { code: "32.73", name: "Kota Bandung", kind: "city" },
  events,
  total: events.length + 3,
  truncated: true,
});

describe("timelineJson", () => {
  it("writes the JSON value zod would, quotes and line separators included", () => {
    const t = timeline([item("event:1"), item("event:2", { hub: "32.73", date: null, sectors: [] })]);
    expect(JSON.parse(timelineJson(t).toString())).toEqual(
      JSON.parse(JSON.stringify(TimelineSchema.parse(t))),
    );
  });

  it("writes an empty timeline", () => {
    const t: Timeline = {
      region: { code: "31", name: "DKI Jakarta", kind: null },
      events: [],
      total: 0,
      truncated: false,
    };
    expect(JSON.parse(timelineJson(t).toString())).toEqual(t);
  });

  it("leaves out fields the schema does not declare, as the route's serializer does", () => {
    const extra = { ...item("event:3"), secret: "internal" } as EventItem;
    expect(timelineJson(timeline([extra])).toString()).not.toContain("secret");
  });

  it("writes an item kept from an earlier answer the same way in a later one", () => {
    const shared = item("event:4");
    const first = JSON.parse(timelineJson(timeline([shared])).toString());
    const second = JSON.parse(timelineJson(timeline([item("event:5"), shared])).toString());
    expect(second.events[1]).toEqual(first.events[0]);
    expect(second.events[0].id).toBe("event:5");
  });
});
