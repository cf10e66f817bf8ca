/**
 * A region's partners and the regions it only met at shared events, from its listed events: a partner is
 * every other party of an event without a hub, or the hub and each other party (annotation guide); a region
 * that was a party of the same event, both dealing with a third one, is no partner, but analysts ask about
 * such pairs too. Each row opens the pair's story, which is the only way to it for a pair with no partnership
 * (the network draws no edge between them to click).
 */
import type { Timeline } from "#schemas/region.ts";
import { h } from "../dom.ts";
import { t } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { empty } from "./messages.ts";
import { nodeLink } from "./node-link.ts";

interface Tie {
  code: string;
  name: string;
  kind: string | null;
  n: number;
}

/** The partners and the regions met only at shared events, each with their number of events. */
export function regionTies(timeline: Timeline): { partners: Tie[]; sharedOnly: Tie[] } {
  const self = timeline.region.code;
  const partners = new Map<string, Tie>();
  const shared = new Map<string, Tie>();
  const count = (into: Map<string, Tie>, p: { code: string; name: string; kind: string | null }) => {
    const known = into.get(p.code) ?? { code: p.code, name: p.name, kind: p.kind, n: 0 };
    known.n++;
    into.set(p.code, known);
  };
  for (const event of timeline.events) {
    if (!event.parties.some((p) => p.code === self)) continue;
    for (const p of event.parties) {
      if (p.code === self) continue;
      const partner = event.hub === null || event.hub === self || event.hub === p.code;
      count(partner ? partners : shared, p);
    }
  }
  const sorted = (ties: Map<string, Tie>) =>
    [...ties.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  return {
    partners: sorted(partners),
    sharedOnly: sorted(shared).filter((tie) => !partners.has(tie.code)),
  };
}

/** Opens the story of the pair (self, other) in the side panel. */
function storyButton(self: string, other: Tie, ctx: PanelContext): HTMLElement {
  return h(
    "button",
    {
      class: "btn btn-quiet btn-small pair-story-link",
      attrs: { type: "button", "aria-label": t("details.pairStoryOf", { name: other.name }) },
      dataset: { code: other.code },
      on: {
        click: () =>
          ctx.store.update((s) => {
            s.selected = { kind: "pair", a: self, b: other.code };
            s.panel = "pair";
          }),
      },
    },
    t("details.pairStory"),
  );
}

function tieList(self: string, ties: Tie[], id: string, ctx: PanelContext): HTMLElement {
  return h(
    "ul",
    { class: "plain ties", attrs: { id } },
    ...ties.map((tie) =>
      h(
        "li",
        { class: "tie", dataset: { code: tie.code } },
        h(
          "span",
          { class: "tie-name" },
          nodeLink({ id: tie.code, label: tie.name, type: "region", kind: tie.kind }, ctx),
          h("span", { class: "muted" }, ` · ${t("details.eventCount", { n: tie.n })}`),
        ),
        storyButton(self, tie, ctx),
      ),
    ),
  );
}

export function partnersList(timeline: Timeline, ties: Tie[], ctx: PanelContext): HTMLElement {
  if (ties.length === 0 && !timeline.truncated) return empty(t("details.partnersEmpty"));
  return h(
    "div",
    null,
    ties.length > 0 ? tieList(timeline.region.code, ties, "details-partners", ctx) : null,
    fromListedOnly(timeline),
  );
}

export function sharedOnlyList(timeline: Timeline, ties: Tie[], ctx: PanelContext): HTMLElement {
  return h(
    "div",
    null,
    h("p", { class: "hint" }, t("details.sharedOnlyHint")),
    tieList(timeline.region.code, ties, "details-shared-only", ctx),
    fromListedOnly(timeline),
  );
}

/** Ties are read from the listed events: when the list was cut, say so, or older partners look absent. */
function fromListedOnly(timeline: Timeline): HTMLElement | null {
  return timeline.truncated
    ? h("p", { class: "note" }, t("details.tiesFromShown", { shown: timeline.events.length }))
    : null;
}
