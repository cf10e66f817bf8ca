/**
 * A partnership's story: the events two regions share, on a small timeline in date order (audiensi, rakor,
 * studi tiru, MoU, PKS…), with the stages collapsed into one line and every event's sources.
 */
import { api } from "../api/client.ts";
import { fill, h } from "../dom.ts";
import { formatDate, t, tMaybe } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { eventItem } from "./event-item.ts";
import { empty, failure, loading } from "./messages.ts";

export async function renderPair(
  root: HTMLElement,
  a: string,
  b: string,
  ctx: PanelContext,
  isCurrent: () => boolean,
): Promise<void> {
  root.replaceChildren(h("h2", null, t("pair.title")), loading(t("status.loading")));
  try {
    const pair = await api.pair(a, b);
    if (!isCurrent()) return;
    const dated = pair.events.filter((e) => e.date);
    const years = dated.map((e) => Number(e.date!.slice(0, 4)));
    const min = Math.min(...years);
    const max = Math.max(...years);
    const axis = h("ol", { class: "timeline", attrs: { "aria-label": t("pair.title") } });
    for (const event of pair.events) {
      const dot = h(
        "li",
        {
          class: `tick kind-${event.kind}`,
          attrs: { title: `${formatDate(event.date)} · ${tMaybe("event", event.kind)}` },
        },
        h(
          "span",
          { class: "tick-label" },
          event.subtype && event.subtype !== "other"
            ? tMaybe("subtype", event.subtype)
            : tMaybe("event", event.kind),
        ),
        h("span", { class: "tick-date" }, event.date ? event.date.slice(0, 4) : "?"),
      );
      if (event.date && max > min)
        dot.style.left = `${((Number(event.date.slice(0, 4)) - min) / (max - min)) * 90}%`;
      axis.append(dot);
    }
    fill(
      root,
      h("h2", null, t("pair.title")),
      h("p", { class: "panel-sub", attrs: { id: "pair-names" } }, `${pair.a.name} ↔ ${pair.b.name}`),
      h(
        "p",
        null,
        t("pair.summary", {
          n: pair.summary.events,
          from: formatDate(pair.summary.firstDate) || "?",
          to: formatDate(pair.summary.lastDate) || "?",
        }),
      ),
      pair.summary.stages.length > 0
        ? h(
            "p",
            { class: "stages" },
            `${t("pair.stages")}: ${pair.summary.stages.map((s) => tMaybe("subtype", s)).join(" → ")}`,
          )
        : null,
      pair.events.length > 0 ? axis : empty(t("pair.empty")),
      h("div", { class: "events" }, ...pair.events.map((e) => eventItem(e, null, ctx))),
    );
  } catch (error) {
    if (!isCurrent()) return;
    root.replaceChildren(
      h("h2", null, t("pair.title")),
      failure(error, () => void renderPair(root, a, b, ctx, isCurrent)),
    );
  }
}
