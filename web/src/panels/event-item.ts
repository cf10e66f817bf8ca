/**
 * One event as a card, shared by a region's details and a pair's story: date, kind and subtype in words,
 * title, the other parties with their roles, place, sectors, a way to show it in the graph, and its sources.
 */
import type { EventItem } from "#schemas/region.ts";
import { button, h } from "../dom.ts";
import { formatDate, t, tMaybe } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { nodeLink } from "./node-link.ts";
import { sourceList } from "./sources.ts";

/** " · MoU" beside the kind, unless it says the same thing ("Audiensi · audiensi"). */
function subtypeNote(kind: string, subtype: string | null): HTMLElement | null {
  if (!subtype || subtype === "other") return null;
  const text = tMaybe("subtype", subtype);
  if (text.toLowerCase() === tMaybe("event", kind).toLowerCase()) return null;
  return h("span", { class: "event-subtype" }, ` · ${text}`);
}

export function eventItem(event: EventItem, self: string | null, ctx: PanelContext): HTMLElement {
  const parties = event.parties.filter((p) => p.code !== self);
  const names = [...event.parties.map((p) => p.name), ...event.programs.map((p) => p.name)];
  return h(
    "article",
    { class: "event-item", dataset: { id: event.id, kind: event.kind } },
    h(
      "header",
      null,
      h("span", { class: "event-date" }, event.date ? formatDate(event.date) : t("details.unknown")),
      " ",
      h("span", { class: `event-kind kind-${event.kind}` }, tMaybe("event", event.kind)),
      subtypeNote(event.kind, event.subtype),
    ),
    h("p", { class: "event-title" }, event.title),
    parties.length > 0
      ? h(
          "p",
          { class: "event-parties" },
          `${t("details.parties")}: `,
          ...parties.flatMap((p, i) => [
            i > 0 ? ", " : "",
            nodeLink({ id: p.code, label: p.name, type: "region", kind: p.kind }, ctx),
            p.role ? ` (${tMaybe("role", p.role)})` : "",
          ]),
        )
      : null,
    event.place ? h("p", { class: "event-place" }, `${t("details.place")}: `, event.place) : null,
    event.sectors.length > 0
      ? h("p", { class: "event-sectors" }, `${t("details.sectors")}: ${event.sectors.join(", ")}`)
      : null,
    h(
      "div",
      { class: "actions" },
      button(t("actions.showInGraph"), () => ctx.actions.show(event.id), { class: "btn btn-small" }),
    ),
    sourceList(event.sources, names, ctx),
  );
}
