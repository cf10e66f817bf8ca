/**
 * The view and the filters in words, for the PNG caption and the overview's filter note: "Kota Bekasi dan 2
 * lainnya", "Penyaring: Peristiwa disembunyikan · 2019–2024".
 */
import { t, tMaybe } from "../i18n/index.ts";
import { EVENT_KINDS, NODE_TYPES, isDefaultFilters, type Filters } from "../state/filters.ts";
import type { PanelContext } from "./context.ts";

export function describeView(ctx: PanelContext): string {
  const state = ctx.store.state;
  if (state.selected?.kind === "node") return ctx.explorer.label(state.selected.id);
  if (state.selected?.kind === "pair")
    return `${ctx.explorer.label(state.selected.a)} – ${ctx.explorer.label(state.selected.b)}`;
  if (state.expanded.length > 0) {
    const first = ctx.explorer.label(state.expanded[0]!.id);
    return state.expanded.length === 1
      ? first
      : t("describe.andOthers", { first, n: state.expanded.length - 1 });
  }
  return t("overview.title");
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
