/**
 * A region's timeline (GET /api/regions/:code/timeline) and a pair's story (GET /api/pairs/:a/:b), which
 * two engines answer alike (two-engines.ts): Neo4j, which finds the events (find-region-events.cypher,
 * find-shared-events.cypher) and reads their items (get-event-items.cypher) and the regions
 * (find-regions.cypher), and the event index kept in memory, read from every event's item once
 * (get-all-event-items.cypher) and keyed by the graph's version. For a pair the index still asks Neo4j for
 * find-shared-events, which reads the sentences naming each region from the documents' text; the regions
 * and the event items come from memory, so one query replaces a transaction of three.
 *
 * Why in memory: a region of the 100,000-article graph is a party to about 400 events, and the timeline
 * lists up to 500 of them with their parties, sectors, programmes and sources. Reading those from Neo4j
 * for each request cost 30 ms of Neo4j CPU and 25 ms of API CPU (decoding the rows), so under 50
 * connections the route answered 30 requests a second (docs/benchmarks.md, API). From memory a request
 * only filters and slices a list sorted once.
 *
 * The index declines a region that is a party to no event (it knows only regions through their events),
 * and Cypher answers that one: an empty timeline, or none for an unknown code; and a pair whose shared
 * events it does not all hold (written after it was read).
 */
import type { Pair } from "../../../schemas/pair.ts";
import type { EventItem, RegionRef, Timeline, TimelineQuery } from "../../../schemas/region.ts";
import { int, type CypherReader } from "../../external/cypher.ts";
import type { Awaitable } from "../freshness/two-engines.ts";
import { filterParams } from "../graph/event-filters.ts";
import { eventItemOf, type EventItemRow } from "./event-item.ts";
import { pairEvent, pairStory, type PairEventRow } from "./pair-story.ts";

export type PairOutcome = { found: true; pair: Pair } | { found: false; missing: string };

/** Each answers, or `undefined` when the engine declines the question (a timeline is `null` for no region). */
export interface EventFinder {
  timeline(code: string, query: TimelineQuery): Awaitable<Timeline | null | undefined>;
  pair(a: string, b: string): Awaitable<PairOutcome | undefined>;
}

/** A pair's story from its events' rows (find-shared-events) and their items, in the rows' order. */
function story(a: RegionRef, b: RegionRef, rows: readonly PairEventRow[], items: readonly EventItem[]): Pair {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const events = items.map((item) => {
    const row = byId.get(item.id);
    return { event: pairEvent(item, row), partnership: row?.partnership === true };
  });
  return pairStory(
    a,
    b,
    events.filter((e) => e.partnership).map((e) => e.event),
    events.filter((e) => !e.partnership).map((e) => e.event),
  );
}

const regionRef = (r: RegionRef): RegionRef => ({ code: r.code, name: r.name, kind: r.kind ?? null });

/** Timelines and pairs read from Neo4j, each in one read transaction. */
export function cypherEvents(cypher: CypherReader): EventFinder {
  return {
    pair: (a, b) =>
      cypher.readTransaction(async (read): Promise<PairOutcome> => {
        const regions = new Map(
          (await read<RegionRef>("read/find-regions", { codes: [a, b] })).map((r) => [r.code, regionRef(r)]),
        );
        const regionA = regions.get(a);
        const regionB = regions.get(b);
        if (!regionA) return { found: false, missing: a };
        if (!regionB) return { found: false, missing: b };
        const rows = await read<PairEventRow>("read/find-shared-events", { a, b });
        const items =
          rows.length === 0
            ? []
            : (await read<EventItemRow>("read/get-event-items", { ids: rows.map((r) => r.id) })).map(
                eventItemOf,
              );
        return { found: true, pair: story(regionA, regionB, rows, items) };
      }),
    timeline: (code, query) =>
      cypher.readTransaction(async (read) => {
        const [found] = await read<RegionRef>("read/find-regions", { codes: [code] });
        if (!found) return null;
        const region = regionRef(found);
        const [listed] = await read<{ ids: string[]; total: number }>("read/find-region-events", {
          code,
          limit: int(query.limit),
          ...filterParams(query),
        });
        const ids = listed?.ids ?? [];
        const events =
          ids.length === 0
            ? []
            : (await read<EventItemRow>("read/get-event-items", { ids })).map(eventItemOf);
        const total = listed?.total ?? 0;
        return { region, events, total, truncated: total > events.length };
      }),
  };
}

/** find-region-events' order: dated events first, by date, then by id. */
const timelineOrder = (x: EventItem, y: EventItem) =>
  x.date === y.date
    ? compareStrings(x.id, y.id)
    : x.date === null
      ? 1
      : y.date === null
        ? -1
        : compareStrings(x.date, y.date);
const compareStrings = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * How many events of a list in timeline order have a date (they come first): when a timeline is cut, the
 * newest are kept, so the cut starts that many events before the last dated one (find-region-events).
 */
function datedCount(events: readonly EventItem[]): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((events[middle] as EventItem).date === null) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** find-region-events' filters: a date filter leaves undated events out; an empty list lets nothing in. */
function passes(event: EventItem, query: TimelineQuery): boolean {
  const { kinds, sectors, from, to } = query;
  if (kinds && !(kinds as readonly string[]).includes(event.kind)) return false;
  if (from !== undefined && (event.date === null || event.date.slice(0, from.length) < from)) return false;
  if (to !== undefined && (event.date === null || event.date.slice(0, to.length) > to)) return false;
  if (sectors && !event.sectors.some((s) => (sectors as readonly string[]).includes(s))) return false;
  return true;
}

/**
 * Every event's item, and per region its events in timeline order. Items and their parts are shared, not
 * copied: the same party object for every event a region takes part in with the same role.
 */
export class EventIndex {
  private readonly events: EventItem[] = [];
  private readonly regions = new Map<string, { region: RegionRef; events: EventItem[] }>();
  private readonly byId = new Map<string, EventItem>();
  private readonly interned = new Map<string, unknown>();

  private intern<T>(key: string, value: T): T {
    const seen = this.interned.get(key);
    if (seen !== undefined) return seen as T;
    this.interned.set(key, value);
    return value;
  }

  add(row: EventItemRow): void {
    const item = eventItemOf(row);
    item.parties = item.parties.map((p) => this.intern(`p|${p.code}|${p.role}`, p));
    item.sectors = item.sectors.map((s) => this.intern(`s|${s}`, s));
    item.programs = item.programs.map((g) => this.intern(`g|${g.id}|${g.name}`, g));
    this.events.push(item);
    this.byId.set(item.id, item);
  }

  /** Sorts once all events are read; one entry per PARTY relationship, as the Cypher pattern matches. */
  seal(): this {
    this.events.sort(timelineOrder);
    for (const event of this.events)
      for (const { code, name, kind } of event.parties) {
        let entry = this.regions.get(code);
        if (!entry) this.regions.set(code, (entry = { region: { code, name, kind }, events: [] }));
        entry.events.push(event);
      }
    this.interned.clear();
    return this;
  }

  get size(): number {
    return this.events.length;
  }

  region(code: string): RegionRef | undefined {
    return this.regions.get(code)?.region;
  }

  item(id: string): EventItem | undefined {
    return this.byId.get(id);
  }

  timeline(code: string, query: TimelineQuery): Timeline | undefined {
    const entry = this.regions.get(code);
    if (!entry) return undefined;
    const filtered =
      query.kinds || query.sectors || query.from !== undefined || query.to !== undefined
        ? entry.events.filter((e) => passes(e, query))
        : entry.events;
    const first = Math.max(0, datedCount(filtered) - query.limit);
    const events = filtered.slice(first, first + query.limit);
    return {
      region: entry.region,
      events,
      total: filtered.length,
      truncated: filtered.length > events.length,
    };
  }
}

/**
 * Every event's item, read once (a whole-graph read, for the background); a pair's story still reads its
 * events' rows from Neo4j (find-shared-events), in one query.
 */
export async function readEventIndex(cypher: CypherReader, timeoutMs: number): Promise<EventFinder> {
  const index = new EventIndex();
  await cypher.readEach<EventItemRow>("read/get-all-event-items", {}, (row) => index.add(row), { timeoutMs });
  index.seal();
  return {
    timeline: (code, query) => index.timeline(code, query),
    async pair(a, b) {
      const regionA = index.region(a);
      const regionB = index.region(b);
      if (!regionA || !regionB) return undefined;
      const rows = await cypher.read<PairEventRow>("read/find-shared-events", { a, b });
      const items = rows.map((row) => index.item(row.id));
      if (!items.every((item) => item !== undefined)) return undefined;
      return { found: true, pair: story(regionA, regionB, rows, items as EventItem[]) };
    },
  };
}
