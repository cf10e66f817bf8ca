/**
 * A timeline's JSON joined from its events' JSON, each event written once and kept with its item as UTF-8
 * bytes.
 *
 * Why: a region of the 100,000-article graph takes part in about 400 events, so a timeline answer is some
 * 400 KB of JSON; writing it whole for every request was nearly all of the route's CPU once the items
 * came from memory (docs/benchmarks.md, API). The event index shares one item object per event between
 * all requests, so each event is written once per graph version and an answer only copies bytes; items
 * read from Neo4j are new objects each time and are simply written as before. Items are never changed once
 * made (the index's and `eventItemOf`'s), which is what makes keeping the bytes sound.
 */
import { EventItemSchema, RegionRefSchema, type EventItem, type Timeline } from "../../../schemas/region.ts";
import { serializerOf } from "../../external/response-serializer.ts";

const writeItem = serializerOf(EventItemSchema);
const writeRegion = serializerOf(RegionRefSchema);
const written = new WeakMap<EventItem, Buffer>();
const COMMA = Buffer.from(",");

function itemJson(item: EventItem): Buffer {
  let json = written.get(item);
  if (json === undefined) {
    json = Buffer.from(writeItem(item), "utf8");
    written.set(item, json);
  }
  return json;
}

export function timelineJson(timeline: Timeline): Buffer {
  const parts: Buffer[] = [Buffer.from(`{"region":${writeRegion(timeline.region)},"events":[`, "utf8")];
  timeline.events.forEach((event, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(itemJson(event));
  });
  parts.push(
    Buffer.from(
      `],"total":${JSON.stringify(timeline.total)},"truncated":${JSON.stringify(timeline.truncated)}}`,
    ),
  );
  return Buffer.concat(parts);
}
