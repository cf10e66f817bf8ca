/**
 * An event as the region views list it (EventItem), from a row of get-event-items.cypher or
 * get-all-event-items.cypher (the same columns): optional properties made null, and every list sorted, so
 * that an item read for given ids and one read with the whole graph are equal.
 */
import type { EventItem } from "../../../schemas/region.ts";

/** A row of get-event-items, as the driver gives it (a missing property is undefined or null). */
export interface EventItemRow {
  id: string;
  title: string;
  kind: string;
  subtype?: string | null;
  status?: string | null;
  date?: string | null;
  place?: string | null;
  hub?: string | null;
  parties: Array<{ code: string; name: string; kind?: string | null; role?: string | null }>;
  sectors: string[];
  programs: Array<{ id: string; name: string }>;
  sources: Array<{
    documentId: string;
    title?: string | null;
    publishedAt?: string | null;
    quote?: string | null;
    start?: number | null;
    end?: number | null;
  }>;
}

export function eventItemOf(row: EventItemRow): EventItem {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    subtype: row.subtype ?? null,
    status: row.status ?? null,
    date: row.date ?? null,
    place: row.place ?? null,
    hub: row.hub ?? null,
    parties: row.parties
      .map((p) => ({ code: p.code, name: p.name, kind: p.kind ?? null, role: p.role ?? null }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    sectors: [...row.sectors].sort(),
    programs: [...row.programs].sort((a, b) => a.id.localeCompare(b.id)),
    sources: row.sources
      .map((s) => ({
        documentId: s.documentId,
        title: s.title ?? null,
        publishedAt: s.publishedAt ?? null,
        quote: s.quote ?? null,
        start: s.start ?? null,
        end: s.end ?? null,
      }))
      .sort((a, b) => a.documentId.localeCompare(b.documentId)),
  };
}
