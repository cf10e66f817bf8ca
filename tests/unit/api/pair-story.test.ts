/**
 * The pair story assembled from the pair's query rows (pair-story.ts): the summary covers the partnerships
 * only, dates skip planned events and never use a term of validity, and each event gets the pair's side
 * of it (roles, term, sentences) or nulls where the rows have none. Made-up events.
 */
import { describe, expect, it } from "vitest";
import {
  pairEvent,
  pairStory,
  stagesOf,
  type PairEventRow,
} from "../../../server/plugins/app/regions/pair-story.ts";
import type { EventItem } from "../../../server/schemas/region.ts";

const A = { code: "11.01", name: "Kabupaten Satu", kind: "regency" };
const B = { code: "11.71", name: "Kota Dua", kind: "city" };

function item(id: string, fields: Partial<EventItem> = {}): EventItem {
  return {
    id,
    title: `Peristiwa ${id}`,
    kind: "agreement",
    subtype: "mou",
    status: "signed",
    date: null,
    place: null,
    hub: null,
    parties: [],
    sectors: [],
    programs: [],
    sources: [],
    ...fields,
  };
}

const span = (start: number, quote: string) => ({ quote, start, end: start + quote.length });

describe("the pair story", () => {
  it("dates the partnerships by their own dates, skipping a planned one, and counts shared events apart", () => {
    const partnerships = [
      pairEvent(item("e1", { date: "2019-03-13", subtype: "audiensi", kind: "audience" }), undefined),
      pairEvent(item("e2", { date: "2020-05" }), {
        id: "e2",
        partnership: true,
        validUntil: "2025-05-01",
        durationYears: 5,
        roleA: "signatory",
        roleB: "signatory",
        reports: [],
      }),
      pairEvent(item("e3", { date: "2031-01-02", status: "planned", subtype: "pks" }), undefined),
    ];
    const shared = [pairEvent(item("e4", { date: "2018-01-01", hub: "11.02" }), undefined)];
    const story = pairStory(A, B, partnerships, shared);
    expect(story.summary).toEqual({
      partnerships: 3,
      sharedEvents: 1,
      firstDate: "2019-03-13",
      lastDate: "2020-05",
      kinds: [
        { kind: "agreement", count: 2 },
        { kind: "audience", count: 1 },
      ],
      stages: ["audiensi", "mou", "pks"],
    });
    expect(story.partnerships[1]).toMatchObject({ validUntil: "2025-05-01", roles: { a: "signatory" } });
    expect(story.sharedEvents.map((e) => e.id)).toEqual(["e4"]);
  });

  it("gives each event its reports' sentences, nulls where the article states none, sorted by document", () => {
    const row: PairEventRow = {
      id: "e1",
      partnership: true,
      roleA: "host",
      roleB: null,
      reports: [
        { documentId: "sha256:b", title: "B", date: null, a: span(10, "Satu."), b: undefined },
        {
          documentId: "sha256:a",
          title: null,
          url: "https://example.test/a",
          date: span(0, "Senin (1/2/2021)."),
        },
      ],
    };
    const event = pairEvent(item("e1"), row);
    expect(event.roles).toEqual({ a: "host", b: null });
    expect(event.validUntil).toBeNull();
    expect(event.reports).toEqual([
      {
        documentId: "sha256:a",
        title: null,
        url: "https://example.test/a",
        publishedAt: null,
        date: { quote: "Senin (1/2/2021).", start: 0, end: 17 },
        validity: null,
        a: null,
        b: null,
      },
      {
        documentId: "sha256:b",
        title: "B",
        url: null,
        publishedAt: null,
        date: null,
        validity: null,
        a: { quote: "Satu.", start: 10, end: 15 },
        b: null,
      },
    ]);
  });

  it("collapses repeated stages and has none for no events", () => {
    expect(
      stagesOf([
        item("1", { subtype: "mou" }),
        item("2", { subtype: "mou" }),
        item("3", { subtype: null, kind: "visit" }),
      ]),
    ).toEqual(["mou", "visit"]);
    expect(pairStory(A, B, [], []).summary).toMatchObject({ partnerships: 0, firstDate: null, stages: [] });
  });
});
