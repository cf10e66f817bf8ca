/**
 * The start panel, never empty: counts from /api/stats, the most connected regions (each opens on a click),
 * and the latest events. When the graph holds no event at all, it says how to add one.
 */
import type { Stats } from "#schemas/stats.ts";
import { fill, h } from "../dom.ts";
import { formatDate, formatNumber, t, tMaybe } from "../i18n/index.ts";
import { lookOf } from "../graph/style.ts";
import type { PanelContext } from "./context.ts";
import { empty, failure, loading, section, swatch } from "./messages.ts";

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
  const count = (label: string) => stats.nodes[label] ?? 0;
  const counts = h(
    "dl",
    { class: "counts", attrs: { id: "overview-counts" } },
    ...(
      [
        ["overview.regions", "Region"],
        ["overview.events", "Event"],
        ["overview.people", "Person"],
        ["overview.programs", "Program"],
        ["overview.documents", "Document"],
      ] as const
    ).flatMap(([key, label]) => [h("dt", null, t(key)), h("dd", null, formatNumber(count(label)))]),
  );
  const top = h(
    "ol",
    { class: "plain top-regions" },
    ...stats.topRegions.map((r) => {
      const look = lookOf("region", r.kind);
      return h(
        "li",
        null,
        h(
          "button",
          { class: "link", attrs: { type: "button" }, on: { click: () => ctx.explorer.open(r.code) } },
          swatch(look.colour, look.icon),
          r.name,
        ),
        h(
          "span",
          { class: "muted" },
          ` ${t("overview.topItem", { events: r.events, partners: r.partners })}`,
        ),
      );
    }),
  );
  const latest = h(
    "ul",
    { class: "plain latest" },
    ...stats.latestEvents.map((e) =>
      h(
        "li",
        null,
        h("span", { class: "event-date" }, formatDate(e.date) || t("details.unknown")),
        " ",
        h("span", { class: `event-kind kind-${e.kind}` }, tMaybe("event", e.kind)),
        " ",
        h(
          "button",
          { class: "link", attrs: { type: "button" }, on: { click: () => ctx.explorer.add(e.id) } },
          e.title,
        ),
      ),
    ),
  );
  const noEvents = count("Event") === 0;
  fill(
    root,
    h("h2", null, t("overview.title")),
    h("p", { class: "panel-sub" }, t("overview.intro")),
    section(t("overview.counts"), counts),
    noEvents ? empty(t("overview.empty")) : section(t("overview.top"), top),
    noEvents ? null : section(t("overview.latest"), latest),
  );
}
