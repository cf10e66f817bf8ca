/**
 * Filter logic, pure: which node types, event kinds, sectors and years the view shows. The API applies the
 * event filters to the partnerships it derives (kinds, sectors, from/to as query parameters); this module
 * applies the same filters to the elements already in view (node types, event nodes' kind and year, PARTNER
 * edges' kinds and year span) so the graph updates in place without waiting for the network, and so a
 * filter is a class on elements, never an edit of their data.
 */
import type { GraphEdge, GraphNode } from "#schemas/graph.ts";
import { EventKindSchema, SectorIdSchema, type EventKind, type SectorId } from "#schemas/facts.ts";
import { NodeTypeSchema, type NodeType } from "#schemas/node.ts";
import { VIEW_YEAR_MAX, VIEW_YEAR_MIN } from "#schemas/view.ts";

export const NODE_TYPES: readonly NodeType[] = NodeTypeSchema.options;
export const EVENT_KINDS: readonly EventKind[] = EventKindSchema.options;
export const SECTOR_IDS: readonly SectorId[] = SectorIdSchema.options;

/** The years the range can hold: the saved-view grammar (server/schemas/view.ts) accepts exactly these. */
export const MIN_YEAR = VIEW_YEAR_MIN;
export const MAX_YEAR = VIEW_YEAR_MAX;

export interface Filters {
  /** Node types shown; all of them by default. */
  types: NodeType[];
  /** Event kinds counted; empty means every kind. */
  kinds: EventKind[];
  /** Sectors counted; empty means every sector. */
  sectors: SectorId[];
  /** Inclusive year bounds; null means open. */
  from: number | null;
  to: number | null;
}

export function defaultFilters(): Filters {
  return { types: [...NODE_TYPES], kinds: [], sectors: [], from: null, to: null };
}

/** Canonical order (the schemas' order) and no repeats, so equal filters encode equally. */
export function normalizeFilters(filters: Filters): Filters {
  const pick = <T extends string>(all: readonly T[], chosen: readonly T[]) =>
    all.filter((v) => chosen.includes(v));
  let { from, to } = filters;
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    types: pick(NODE_TYPES, filters.types),
    kinds: pick(EVENT_KINDS, filters.kinds),
    sectors: pick(SECTOR_IDS, filters.sectors),
    from,
    to,
  };
}

export function isDefaultFilters(filters: Filters): boolean {
  const f = normalizeFilters(filters);
  return (
    f.types.length === NODE_TYPES.length &&
    f.kinds.length === 0 &&
    f.sectors.length === 0 &&
    f.from === null &&
    f.to === null
  );
}

/** The API query parameters for the server-side part of the filters (event kinds, sectors, years). */
export function filterQuery(filters: Filters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.kinds.length > 0 && filters.kinds.length < EVENT_KINDS.length)
    query.kinds = filters.kinds.join(",");
  if (filters.sectors.length > 0) query.sectors = filters.sectors.join(",");
  if (filters.from !== null) query.from = String(filters.from);
  if (filters.to !== null) query.to = String(filters.to);
  return query;
}

function yearOf(date: string | null | undefined): number | null {
  if (!date) return null;
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) ? year : null;
}

/** Whether the span [first, last] of years meets the filter's range. Undated things fail a set bound. */
export function yearsMeet(first: string | null, last: string | null, filters: Filters): boolean {
  if (filters.from === null && filters.to === null) return true;
  const a = yearOf(first);
  const b = yearOf(last) ?? a;
  if (a === null || b === null) return false;
  if (filters.from !== null && b < filters.from) return false;
  if (filters.to !== null && a > filters.to) return false;
  return true;
}

export function nodePasses(node: GraphNode["data"], filters: Filters): boolean {
  if (!filters.types.includes(node.type)) return false;
  if (node.type === "event") {
    if (filters.kinds.length > 0 && node.kind && !filters.kinds.includes(node.kind as EventKind))
      return false;
    if (!yearsMeet(node.date, node.date, filters)) return false;
  }
  return true;
}

export function edgePasses(edge: GraphEdge["data"], filters: Filters): boolean {
  if (edge.type !== "PARTNER") return true;
  if (
    filters.kinds.length > 0 &&
    edge.kinds &&
    !edge.kinds.some((k) => filters.kinds.includes(k as EventKind))
  )
    return false;
  return yearsMeet(edge.firstDate, edge.lastDate, filters);
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * The ids left visible by the filters and the user's hidden set. An edge shows only when it passes and both
 * its ends show; a region left with no visible edge stays (it was asked for), so the view never blanks out
 * silently.
 */
export function visibleElements(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  filters: Filters,
  hidden: ReadonlySet<string> = new Set(),
): Visibility {
  const visibleNodes = new Set<string>();
  for (const { data } of nodes)
    if (!hidden.has(data.id) && nodePasses(data, filters)) visibleNodes.add(data.id);
  const visibleEdges = new Set<string>();
  for (const { data } of edges) {
    if (hidden.has(data.id)) continue;
    if (visibleNodes.has(data.source) && visibleNodes.has(data.target) && edgePasses(data, filters))
      visibleEdges.add(data.id);
  }
  return { nodes: visibleNodes, edges: visibleEdges };
}

export interface HistogramBar {
  year: number;
  count: number;
  /** 0..1 of the tallest bar. */
  height: number;
  inRange: boolean;
}

/** Events per year, every year from the first to the last present (gaps as zero), marked against the range. */
export function yearHistogram(
  years: readonly { year: number; count: number }[],
  filters: Filters,
): HistogramBar[] {
  if (years.length === 0) return [];
  const counts = new Map(years.map((y) => [y.year, y.count]));
  const first = Math.min(...years.map((y) => y.year));
  const last = Math.max(...years.map((y) => y.year));
  const max = Math.max(1, ...years.map((y) => y.count));
  const bars: HistogramBar[] = [];
  for (let year = first; year <= last; year++) {
    const count = counts.get(year) ?? 0;
    const inRange =
      (filters.from === null || year >= filters.from) && (filters.to === null || year <= filters.to);
    bars.push({ year, count, height: count / max, inRange });
  }
  return bars;
}
