/**
 * When two reports describe one event. The rule (docs/graph-model.md): same kind, same set of parties, and
 * the same date, or the same month when one report lacks the day. A report with no date at all is only
 * the same event as another undated report of the same document.
 *
 * Pure functions, shared by the loader and its tests.
 */
import { createHash } from "node:crypto";
import type { EventKind } from "../../schemas/facts.ts";

/** The parties as one sortable key: "16.03|32.73|JP". */
export function partyKeyOf(codes: readonly string[]): string {
  return [...new Set(codes)].sort().join("|");
}

/** True when two dates can name the same day: equal, or one is the month of the other. */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  return (a.length === 7 && b.startsWith(a)) || (b.length === 7 && a.startsWith(b));
}

/** The more precise of two compatible dates. */
export function preciserDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.length > a.length ? b : a;
}

function digest(parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 24);
}

/**
 * A stable id for a new event. Dated events are keyed on kind, parties and month, so a later report that
 * adds the day finds the same id; undated ones also on their document.
 */
export function newEventId(
  kind: EventKind,
  partyKey: string,
  date: string | null,
  documentId: string,
): string {
  return `event:${digest(date ? [kind, partyKey, date.slice(0, 7)] : [kind, partyKey, "undated", documentId])}`;
}

export interface KnownEvent {
  id: string;
  kind: string;
  partyKey: string;
  date: string | null;
}

/**
 * Finds the stored (or earlier in the batch) event that a report describes, if any. With several
 * candidates in one month, an exact date match wins over a month-only one.
 */
export function matchEvent(
  candidates: readonly KnownEvent[],
  kind: string,
  partyKey: string,
  date: string | null,
): KnownEvent | undefined {
  const compatible = candidates.filter(
    (c) => c.kind === kind && c.partyKey === partyKey && datesCompatible(c.date, date),
  );
  return compatible.find((c) => c.date === date) ?? compatible[0];
}
