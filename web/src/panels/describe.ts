/**
 * The view and the filters in words, for the PNG caption, a saved view's suggested name and the overview's
 * filter note: "Kota Bekasi dan 2 lainnya", "Penyaring: Peristiwa disembunyikan · 2019–2024".
 */
import { t, tMaybe } from "../i18n/index.ts";
import { EVENT_KINDS, NODE_TYPES, isDefaultFilters, type Filters } from "../state/filters.ts";
import type { ViewState } from "../state/view-state.ts";
import type { PanelContext } from "./context.ts";
import { knownLabel, nodeLabel } from "./labels.ts";

/** The ids whose names describe the view, in the order the description uses them. */
function namedIds(state: ViewState): string[] {
  if (state.selected?.kind === "node") return [state.selected.id];
  if (state.selected?.kind === "pair") return [state.selected.a, state.selected.b];
  return state.expanded.slice(0, 1).map((e) => e.id);
}

function describe(state: ViewState, label: (id: string) => string): string {
  if (state.selected?.kind === "node") return label(state.selected.id);
  if (state.selected?.kind === "pair") return `${label(state.selected.a)} – ${label(state.selected.b)}`;
  if (state.expanded.length > 0) {
    const first = label(state.expanded[0]!.id);
    return state.expanded.length === 1
      ? first
      : t("describe.andOthers", { first, n: state.expanded.length - 1 });
  }
  return t("overview.title");
}

/** The view in words with the names known now, or null while a name is still to be read. */
export function describeViewNow(ctx: PanelContext): string | null {
  const state = ctx.store.state;
  if (namedIds(state).some((id) => knownLabel(id, ctx) === null)) return null;
  return describe(state, (id) => knownLabel(id, ctx)!);
}

/** The view in words, reading the names the network has not drawn (an id stays only if the API has none). */
export async function describeView(ctx: PanelContext): Promise<string> {
  const state = ctx.store.state;
  const ids = namedIds(state);
  const labels = await Promise.all(ids.map((id) => nodeLabel(id, ctx)));
  const byId = new Map(ids.map((id, i) => [id, labels[i] ?? id]));
  return describe(state, (id) => byId.get(id) ?? id);
}

export function describeFilters(filters: Filters): string {
  if (isDefaultFilters(filters)) return t("describe.noFilters");
  const parts: string[] = [];
  const off = NODE_TYPES.filter((type) => !filters.types.includes(type));
  if (off.length > 0)
    parts.push(t("describe.typesOff", { types: off.map((type) => tMaybe("type", type)).join(", ") }));
  if (filters.kinds.length > 0 && filters.kinds.length < EVENT_KINDS.length)
    parts.push(filters.kinds.map((k) => tMaybe("event", k)).join(", "));
  if (filters.sectors.length > 0) parts.push(t("describe.sectors", { sectors: filters.sectors.join(", ") }));
  if (filters.from !== null || filters.to !== null) parts.push(`${filters.from ?? "…"}–${filters.to ?? "…"}`);
  return `${t("describe.filters")}: ${parts.join(" · ")}`;
}
