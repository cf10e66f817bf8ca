/**
 * The start panel, never empty: what the view draws and what the whole graph holds, the most connected
 * regions, the latest events that took place and, apart, the events only planned, all obeying the filters: a hidden type's list says so; event kinds and
 * years narrow the latest events; with event filters set, the most connected regions are counted from the
 * partnerships drawn (which the API already filtered) instead of the whole graph's totals. The latest events
 * carry no sectors, so a sector filter cannot narrow them: the panel says so.
 */
import type { Stats } from "#schemas/stats.ts";
import { fill, h } from "../dom.ts";
import { formatDate, formatNumber, t, tMaybe } from "../i18n/index.ts";
import type { Core } from "cytoscape";
import { EVENT_KINDS, isDefaultFilters, yearsMeet, type Filters } from "../state/filters.ts";
import type { PanelContext } from "./context.ts";
import { empty, failure, loading, section, swatch } from "./messages.ts";

const COUNTED = [
  ["overview.regions", "Region", "region"],
  ["overview.events", "Event", "event"],
  ["overview.people", "Person", "person"],
  ["overview.programs", "Program", "program"],
  ["overview.documents", "Document", null],
] as const;

interface TopRegion {
  code: string;
  name: string;
  kind: string | null;
  events: number;
  partners: number;
}

/**
 * Regions drawn, ranked by their partners in view, then by the shared events on those partnerships (the
 * API filtered those events); `events` is that sum of edge weights, not the region's own event count.
 */
export function topFromView(cy: Core): TopRegion[] {
  const shown = cy.elements().filter((e) => !e.hasClass("filtered") && !e.hasClass("hidden"));
  return shown
    .nodes('[type = "region"]')
    .map((n) => {
      const edges = n.connectedEdges('[type = "PARTNER"]').filter((e) => shown.contains(e));
      return {
        code: n.id(),
        name: String(n.data("label")),
        kind: n.data("kind") as string | null,
        events: edges.reduce((sum, e) => sum + Number(e.data("weight") ?? 0), 0),
        partners: edges.length,
      };
    })
    .filter((r) => r.partners > 0)
    .sort((a, b) => b.partners - a.partners || b.events - a.events || a.name.localeCompare(b.name))
    .slice(0, 10);
}

export function latestPasses(event: { kind: string; date: string | null }, filters: Filters): boolean {
  if (!filters.types.includes("event")) return false;
  if (
    filters.kinds.length > 0 &&
    filters.kinds.length < EVENT_KINDS.length &&
    !filters.kinds.includes(event.kind as never)
  )
    return false;
  return yearsMeet(event.date, event.date, filters);
}

export function renderOverview(
  root: HTMLElement,
  stats: Stats | undefined | Error,
  ctx: PanelContext,
  retry: () => void,
): void {
  if (stats === undefined) {
    root.replaceChildren(h("h2", null, t("overview.title")), loading(t("status.loading")));
    return;
  }
  if (stats instanceof Error) {
    root.replaceChildren(h("h2", null, t("overview.title")), failure(stats, retry));
    return;
  }
  const filters = ctx.store.state.filters;
  const filtered = !isDefaultFilters(filters);
  const inView = new Map<string, number>();
  ctx.explorer.cy
    .nodes()
    .filter((n) => !n.hasClass("filtered") && !n.hasClass("hidden"))
    .forEach((n) => void inView.set(String(n.data("type")), (inView.get(String(n.data("type"))) ?? 0) + 1));

  const counts = h(
    "table",
    { class: "counts", attrs: { id: "overview-counts" } },
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        h("th", { attrs: { scope: "col" } }, ""),
        h("th", { attrs: { scope: "col" } }, t("overview.inView")),
        h("th", { attrs: { scope: "col" } }, t("overview.inGraph")),
      ),
    ),
    h(
      "tbody",
      null,
      ...COUNTED.map(([key, label, type]) =>
        h(
          "tr",
          null,
          h("th", { attrs: { scope: "row" } }, t(key)),
          h("td", null, type ? formatNumber(inView.get(type) ?? 0) : "—"),
          h("td", null, formatNumber(stats.nodes[label] ?? 0)),
        ),
      ),
    ),
  );

  const regionsShown = filters.types.includes("region");
  const eventFilters =
    filters.kinds.length > 0 || filters.sectors.length > 0 || filters.from !== null || filters.to !== null;
  const top: TopRegion[] = eventFilters ? topFromView(ctx.explorer.cy) : stats.topRegions;
  const topList = h(
    "ol",
    { class: "plain top-regions", attrs: { id: "overview-top" } },
    ...top.map((r) =>
      h(
        "li",
        null,
        h(
          "button",
          { class: "link", attrs: { type: "button" }, on: { click: () => ctx.actions.open(r.code) } },
          swatch("region", r.kind),
          r.name,
        ),
        h(
          "span",
          { class: "muted" },
          // Counted from the drawn partnerships, a region's own events are not known (one event with
          // seven parties weighs on seven edges): only its partners in view are said.
          eventFilters
            ? ` ${t("overview.topItemView", { partners: r.partners })}`
            : ` ${t("overview.topItem", { events: r.events, partners: r.partners })}`,
        ),
      ),
    ),
  );

  const latest = stats.latestEvents.filter((e) => latestPasses(e, filters));
  const planned = stats.plannedEvents.filter((e) => latestPasses(e, filters));
  const eventList = (
    id: string,
    events: readonly { id: string; title: string; kind: string; date: string | null; status?: string }[],
  ) =>
    h(
      "ul",
      { class: "plain latest", attrs: { id } },
      ...events.map((e) =>
        h(
          "li",
          { dataset: { kind: e.kind, ...(e.status ? { status: e.status } : {}) } },
          h("span", { class: "event-date" }, formatDate(e.date) || t("details.unknown")),
          e.status ? h("span", { class: "badge-planned" }, tMaybe("eventStatus", e.status)) : null,
          " ",
          h("span", { class: `event-kind kind-${e.kind}` }, tMaybe("event", e.kind)),
          " ",
          h(
            "button",
            { class: "link", attrs: { type: "button" }, on: { click: () => ctx.actions.show(e.id) } },
            e.title,
          ),
        ),
      ),
    );
  const latestList = eventList("overview-latest", latest);
  const noEvents = (stats.nodes.Event ?? 0) === 0;
  fill(
    root,
    h("h2", null, t("overview.title")),
    h("p", { class: "panel-sub" }, t("overview.intro")),
    filtered
      ? h("p", { class: "filters-active", attrs: { id: "overview-filtered" } }, t("overview.filtered"))
      : null,
    section(t("overview.counts"), counts),
    noEvents
      ? empty(t("overview.empty"))
      : section(
          eventFilters ? t("overview.topInView") : t("overview.top"),
          !regionsShown
            ? empty(t("overview.typeHidden", { type: t("type.region") }))
            : top.length > 0
              ? topList
              : empty(t("overview.topNone")),
        ),
    noEvents
      ? null
      : section(
          t("overview.latest"),
          !filters.types.includes("event")
            ? empty(t("overview.typeHidden", { type: t("type.event") }))
            : latest.length > 0
              ? latestList
              : empty(t("overview.latestNone")),
          filters.sectors.length > 0 ? h("p", { class: "hint" }, t("overview.sectorsNotApplied")) : null,
        ),
    // Planned and proposed events apart: their date is when they are meant to happen, not that they did.
    noEvents || planned.length === 0 || !filters.types.includes("event")
      ? null
      : section(
          t("overview.planned"),
          h("p", { class: "hint" }, t("overview.plannedHint")),
          eventList("overview-planned", planned),
        ),
  );
}
