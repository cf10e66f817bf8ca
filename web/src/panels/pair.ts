/**
 * A partnership's story: the events that make two regions partners, on a small timeline by their own dates
 * (a planned one marked so; a term of validity is never a date here), with the stages collapsed into one
 * line, and each event with the sentences naming each region, linked to the article at that sentence.
 * Apart, and labelled as such, the events both only took part in: each dealt with a third region, the hub,
 * so they are no partnership (annotation guide).
 */
import type { PairEvent } from "#schemas/pair.ts";
import { api } from "../api/client.ts";
import { fill, h } from "../dom.ts";
import { formatDate, t, tMaybe } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { empty, failure, loading, section } from "./messages.ts";
import { pairEventItem, type PairSides } from "./pair-event.ts";

function timeline(events: readonly PairEvent[]): HTMLElement {
  const years = events.flatMap((e) => (e.date ? [Number(e.date.slice(0, 4))] : []));
  const min = Math.min(...years);
  const max = Math.max(...years);
  const axis = h("ol", { class: "timeline", attrs: { "aria-label": t("pair.title") } });
  for (const event of events) {
    const planned = event.status === "planned";
    const when = formatDate(event.date) || "?";
    const dot = h(
      "li",
      {
        class: `tick kind-${event.kind}${planned ? " planned" : ""}`,
        attrs: {
          title: `${planned ? t("pair.plannedTick", { date: when }) : when} · ${tMaybe("event", event.kind)}`,
        },
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
  return axis;
}

function summaryLine(summary: { partnerships: number; firstDate: string | null; lastDate: string | null }) {
  if (!summary.firstDate) return t("pair.summaryUndated", { n: summary.partnerships });
  if (summary.firstDate === summary.lastDate)
    return t("pair.summaryOn", { n: summary.partnerships, date: formatDate(summary.firstDate) });
  return t("pair.summary", {
    n: summary.partnerships,
    from: formatDate(summary.firstDate),
    to: formatDate(summary.lastDate),
  });
}

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
    const sides: PairSides = { a: pair.a, b: pair.b };
    const { partnerships, sharedEvents, summary } = pair;
    fill(
      root,
      h("h2", null, t("pair.title")),
      h("p", { class: "panel-sub", attrs: { id: "pair-names" } }, `${pair.a.name} ↔ ${pair.b.name}`),
      partnerships.length > 0 ? h("p", null, summaryLine(summary)) : null,
      summary.stages.length > 0
        ? h(
            "p",
            { class: "stages" },
            `${t("pair.stages")}: ${summary.stages.map((s) => tMaybe("subtype", s)).join(" → ")}`,
          )
        : null,
      // One event makes no timeline: its date is in the line above and on its card.
      partnerships.length > 1 ? timeline(partnerships) : null,
      section(
        t("pair.partnerships", { n: partnerships.length }),
        partnerships.length > 0
          ? h(
              "div",
              { class: "events", attrs: { id: "pair-partnerships" } },
              ...partnerships.map((e) => pairEventItem(e, sides, ctx)),
            )
          : empty(sharedEvents.length > 0 ? t("pair.noPartnership") : t("pair.empty")),
      ),
      sharedEvents.length > 0
        ? section(
            t("pair.shared", { n: sharedEvents.length }),
            h(
              "div",
              { class: "events shared-events", attrs: { id: "pair-shared" } },
              ...sharedEvents.map((e) => pairEventItem(e, sides, ctx)),
            ),
          )
        : null,
    );
  } catch (error) {
    if (!isCurrent()) return;
    root.replaceChildren(
      h("h2", null, t("pair.title")),
      failure(error, () => void renderPair(root, a, b, ctx, isCurrent)),
    );
  }
}
