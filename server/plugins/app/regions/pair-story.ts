/**
 * The pair story assembled from what the pair's queries read (regions-repository.ts): the events of two
 * regions split into partnerships and shared events (read/find-shared-events decides which, by the hub),
 * each event item with the pair's side of it (roles, term of validity, the sentences naming each region and
 * the sentence of the date, read by the same query), and a summary of the partnerships.
 *
 * Why the summary's dates skip planned events: a planned event carries the day it is planned for, which may
 * lie after every act that happened; a story "from 2019 to 2027" would claim a cooperation that has not
 * taken place. The term of validity is never a date here: it is `validUntil`, shown beside its event.
 */
import type { Pair, PairEvent, PairReport, Span } from "../../../schemas/pair.ts";
import type { EventItem, RegionRef } from "../../../schemas/region.ts";

/** A row of find-shared-events, as the driver gives it (a missing property is undefined or null). */
export interface PairEventRow {
  id: string;
  partnership: boolean;
  validUntil?: string | null;
  durationYears?: number | null;
  roleA?: string | null;
  roleB?: string | null;
  reports: Array<{
    documentId: string;
    title?: string | null;
    url?: string | null;
    publishedAt?: string | null;
    date?: Span | null;
    validity?: Span | null;
    a?: Span | null;
    b?: Span | null;
  }>;
}

/** The pair's story in a line: event subtypes in date order, a repeated stage written once. */
export function stagesOf(events: readonly EventItem[]): string[] {
  const stages: string[] = [];
  for (const e of events) {
    const stage = e.subtype ?? e.kind;
    if (stages.at(-1) !== stage) stages.push(stage);
  }
  return stages;
}

const span = (s: Span | null | undefined): Span | null =>
  s ? { quote: s.quote, start: s.start, end: s.end } : null;

function report(row: PairEventRow["reports"][number]): PairReport {
  return {
    documentId: row.documentId,
    title: row.title ?? null,
    url: row.url ?? null,
    publishedAt: row.publishedAt ?? null,
    date: span(row.date),
    validity: span(row.validity),
    a: span(row.a),
    b: span(row.b),
  };
}

export function pairEvent(item: EventItem, evidence: PairEventRow | undefined): PairEvent {
  return {
    ...item,
    validUntil: evidence?.validUntil ?? null,
    durationYears: evidence?.durationYears ?? null,
    roles: { a: evidence?.roleA ?? null, b: evidence?.roleB ?? null },
    reports: (evidence?.reports ?? []).map(report).sort((x, y) => x.documentId.localeCompare(y.documentId)),
  };
}

export function isPlanned(event: Pick<EventItem, "status">): boolean {
  return event.status === "planned";
}

export function pairStory(
  a: RegionRef,
  b: RegionRef,
  partnerships: readonly PairEvent[],
  sharedEvents: readonly PairEvent[],
): Pair {
  const dates = partnerships.flatMap((e) => (e.date && !isPlanned(e) ? [e.date] : [])).sort();
  const kinds = new Map<string, number>();
  for (const e of partnerships) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  return {
    a,
    b,
    partnerships: [...partnerships],
    sharedEvents: [...sharedEvents],
    summary: {
      partnerships: partnerships.length,
      sharedEvents: sharedEvents.length,
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
      kinds: [...kinds].map(([kind, count]) => ({ kind, count })).sort((x, y) => y.count - x.count),
      stages: stagesOf(partnerships),
    },
  };
}
