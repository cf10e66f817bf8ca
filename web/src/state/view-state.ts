/**
 * The view as data, and its encoding in the URL's query string, so a shared link reproduces the view: the
 * language, the selection (a node or a region pair), the expanded nodes (each with its cap), the nodes added
 * one by one, hidden and pinned nodes, the filters, the path asked for and the open panel.
 *
 * Why a query string of repeated parameters (`x=32.75&x=52.07`) rather than JSON: it stays readable and
 * short, and node ids may hold any character (foreign names, sector ids with spaces), which
 * URLSearchParams escapes and restores exactly. Decoding is lenient: a value that fails its schema is
 * dropped, never trusted, so a hand-edited or truncated link still opens.
 */
import { NodeIdSchema, RegionCodeParamSchema } from "#schemas/node.ts";
import { VIEW_PANELS, type ViewPanel } from "#schemas/view.ts";
import type { EventKind, SectorId } from "#schemas/facts.ts";
import type { NodeType } from "#schemas/node.ts";
import {
  EVENT_KINDS,
  MAX_YEAR,
  MIN_YEAR,
  NODE_TYPES,
  SECTOR_IDS,
  defaultFilters,
  normalizeFilters,
  type Filters,
} from "./filters.ts";

/** The side panels; the server's saved-view grammar (server/schemas/view.ts) accepts exactly these. */
export const PANELS = VIEW_PANELS;
export type Panel = ViewPanel;
export type Language = "id" | "en";

/** How many neighbours an expansion adds at first; "show more" raises it by this much. */
export const EXPAND_STEP = 25;
export const MAX_EXPAND_LIMIT = 1000;

/** Hops of an expansion through partnerships (the API's `depth`); 1 when absent. */
export const MAX_EXPAND_DEPTH = 3;

/**
 * A node opened in the view. `depth` reaches partners of partners (2 or 3 hops); `types` asks only for
 * neighbours of those node types ("region" being the API's partnership neighbourhood, the others the node's
 * own ties: its events, officials, programmes…). Both are left out when they are the default.
 */
export interface Expansion {
  id: string;
  limit: number;
  depth?: number;
  types?: NodeType[];
}

export type Selection = { kind: "node"; id: string } | { kind: "pair"; a: string; b: string } | null;

export interface ViewState {
  lang: Language;
  selected: Selection;
  expanded: Expansion[];
  added: string[];
  hidden: string[];
  pinned: string[];
  filters: Filters;
  /** The path asked for; `via`: also through officials, programmes and organisations. */
  path: { from: string; to: string; via?: boolean } | null;
  panel: Panel;
}

export function defaultViewState(): ViewState {
  return {
    lang: "id",
    selected: null,
    expanded: [],
    added: [],
    hidden: [],
    pinned: [],
    filters: defaultFilters(),
    path: null,
    panel: "overview",
  };
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** Repeats dropped (first wins), filters in canonical order: the form `decode(encode(s))` returns. */
export function normalizeViewState(state: ViewState): ViewState {
  const seen = new Set<string>();
  const expanded: Expansion[] = [];
  for (const e of state.expanded) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    expanded.push(normalizeExpansion(e));
  }
  return {
    ...state,
    expanded,
    added: unique(state.added),
    hidden: unique(state.hidden),
    pinned: unique(state.pinned),
    filters: normalizeFilters(state.filters),
  };
}

function normalizeExpansion(e: Expansion): Expansion {
  const out: Expansion = { id: e.id, limit: clampLimit(e.limit) };
  const depth = Math.round(e.depth ?? 1);
  if (depth > 1) out.depth = Math.min(MAX_EXPAND_DEPTH, depth);
  if (e.types) {
    const types = NODE_TYPES.filter((t) => e.types!.includes(t));
    if (types.length > 0) out.types = types;
  }
  return out;
}

function clampLimit(limit: number): number {
  if (!Number.isFinite(limit)) return EXPAND_STEP;
  return Math.min(MAX_EXPAND_LIMIT, Math.max(1, Math.round(limit)));
}

const isNodeId = (value: string) => NodeIdSchema.safeParse(value).success;
const isRegionCode = (value: string) => RegionCodeParamSchema.safeParse(value).success;

/** One letter per node type in an expansion's prefix ("25d2tep~32.75": 25 nodes, 2 hops, events and people). */
const TYPE_LETTERS: Record<NodeType, string> = {
  region: "r",
  event: "e",
  person: "p",
  program: "g",
  organization: "o",
  sector: "s",
};

function encodeExpansion(e: Expansion): string {
  const depth = e.depth && e.depth > 1 ? `d${e.depth}` : "";
  const types = e.types ? `t${e.types.map((t) => TYPE_LETTERS[t]).join("")}` : "";
  return e.limit === EXPAND_STEP && !depth && !types ? e.id : `${e.limit}${depth}${types}~${e.id}`;
}

function decodeExpansion(text: string): Expansion | undefined {
  // Node ids never start with digits followed by "~" (region codes are "32" or "32.75"; other ids start with
  // their type), so the prefix is unambiguous.
  const match = /^(\d{1,4})(?:d(\d))?(?:t([a-z]{1,6}))?~(.+)$/s.exec(text);
  const id = match ? match[4]! : text;
  const limit = match ? Number(match[1]) : EXPAND_STEP;
  if (!isNodeId(id) || limit < 1 || limit > MAX_EXPAND_LIMIT) return undefined;
  const e: Expansion = { id, limit };
  const depth = match?.[2] ? Number(match[2]) : 1;
  if (depth < 1 || depth > MAX_EXPAND_DEPTH) return undefined;
  if (depth > 1) e.depth = depth;
  if (match?.[3]) {
    const letters = match[3];
    const types = NODE_TYPES.filter((t) => letters.includes(TYPE_LETTERS[t]));
    if (types.length === 0) return undefined;
    e.types = types;
  }
  return e;
}

export function encodeViewState(input: ViewState): string {
  const state = normalizeViewState(input);
  const params = new URLSearchParams();
  if (state.lang !== "id") params.set("lang", state.lang);
  if (state.panel !== "overview") params.set("panel", state.panel);
  if (state.selected?.kind === "node") params.set("sel", state.selected.id);
  if (state.selected?.kind === "pair") {
    params.append("pair", state.selected.a);
    params.append("pair", state.selected.b);
  }
  for (const e of state.expanded) params.append("x", encodeExpansion(e));
  for (const id of state.added) params.append("a", id);
  for (const id of state.hidden) params.append("h", id);
  for (const id of state.pinned) params.append("pin", id);
  const f = state.filters;
  if (f.types.length !== NODE_TYPES.length) params.set("types", f.types.join(","));
  if (f.kinds.length > 0) params.set("kinds", f.kinds.join(","));
  if (f.sectors.length > 0) params.set("sectors", f.sectors.join(","));
  if (f.from !== null) params.set("from", String(f.from));
  if (f.to !== null) params.set("to", String(f.to));
  if (state.path) {
    params.set("pf", state.path.from);
    params.set("pt", state.path.to);
    if (state.path.via) params.set("pv", "1");
  }
  return params.toString();
}

function csvFrom<T extends string>(all: readonly T[], text: string | null): T[] | undefined {
  if (text === null) return undefined;
  if (text === "") return [];
  const chosen = text.split(",");
  return all.filter((v) => chosen.includes(v));
}

function year(text: string | null): number | null {
  if (text === null || !/^\d{4}$/.test(text)) return null;
  const value = Number(text);
  return value >= MIN_YEAR && value <= MAX_YEAR ? value : null;
}

export function decodeViewState(query: string): ViewState {
  const params = new URLSearchParams(query);
  const state = defaultViewState();
  const lang = params.get("lang");
  if (lang === "en" || lang === "id") state.lang = lang;
  const panel = params.get("panel");
  if (panel && (PANELS as readonly string[]).includes(panel)) state.panel = panel as Panel;

  const sel = params.get("sel");
  const pair = params.getAll("pair");
  if (sel !== null && isNodeId(sel)) state.selected = { kind: "node", id: sel };
  else if (pair.length === 2 && pair.every(isRegionCode) && pair[0] !== pair[1])
    state.selected = { kind: "pair", a: pair[0]!, b: pair[1]! };

  state.expanded = params.getAll("x").flatMap((text) => decodeExpansion(text) ?? []);
  state.added = params.getAll("a").filter(isNodeId);
  state.hidden = params.getAll("h").filter(isNodeId);
  state.pinned = params.getAll("pin").filter(isNodeId);

  state.filters = {
    types: csvFrom<NodeType>(NODE_TYPES, params.get("types")) ?? [...NODE_TYPES],
    kinds: csvFrom<EventKind>(EVENT_KINDS, params.get("kinds")) ?? [],
    sectors: csvFrom<SectorId>(SECTOR_IDS, params.get("sectors")) ?? [],
    from: year(params.get("from")),
    to: year(params.get("to")),
  };
  const pf = params.get("pf");
  const pt = params.get("pt");
  if (pf !== null && pt !== null && isNodeId(pf) && isNodeId(pt))
    state.path = params.get("pv") === "1" ? { from: pf, to: pt, via: true } : { from: pf, to: pt };
  return normalizeViewState(state);
}

/** Whether the graph shows the start view (no node asked for): then the overview's regions are drawn. */
export function isStartView(state: ViewState): boolean {
  return state.expanded.length === 0 && state.added.length === 0 && state.path === null;
}
