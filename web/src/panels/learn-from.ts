/**
 * "Belajar dari / Learn from", a section of a programme's or a sector's details: the regions others came to
 * learn from about it (hosts of study visits and audiences), then those that run it, ranked by the API,
 * each with what it did (counts) and up to three events with the sentences naming the topic and the region,
 * linked to the article at that sentence.
 */
import type { LearnFrom, LearnFromRegion } from "#schemas/learn-from.ts";
import type { NodeSummary } from "#schemas/node.ts";
import { api } from "../api/client.ts";
import { h } from "../dom.ts";
import { formatDate, formatNumber, t, tMaybe } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { empty, failure, section } from "./messages.ts";
import { nodeLink } from "./node-link.ts";
import { sourceList } from "./sources.ts";

/** How many regions the section shows before "show all". */
const FIRST = 5;

function counts(r: LearnFromRegion): string {
  const parts = [
    r.hosted > 0 ? t("learn.hosted", { n: r.hosted }) : null,
    r.led > 0 ? t("learn.led", { n: r.led }) : null,
    r.agreements > 0 ? t("learn.agreements", { n: r.agreements }) : null,
    t("learn.events", { n: r.events }),
  ];
  return parts.filter(Boolean).join(" · ");
}

function regionItem(r: LearnFromRegion, topic: LearnFrom["topic"], ctx: PanelContext): HTMLElement {
  const events = r.evidence.map((e) => {
    const names = [r.region.name, topic.name];
    return h(
      "li",
      { class: "learn-event" },
      h(
        "p",
        { class: "learn-event-head" },
        nodeLink({ id: e.eventId, label: e.title, type: "event", kind: e.kind }, ctx),
        h(
          "span",
          { class: "learn-event-meta" },
          [
            tMaybe("event", e.kind),
            e.role ? t("learn.role", { role: tMaybe("role", e.role) }) : "",
            e.date ? formatDate(e.date) : "",
          ]
            .filter(Boolean)
            .join(" · "),
        ),
      ),
      e.topic ? sourceList([e.topic], names, ctx) : null,
      // The sentence naming the region, when it is another one: folded, the topic's sentence comes first.
      e.party
        ? h(
            "details",
            { class: "learn-party" },
            h("summary", null, t("learn.partyQuote", { name: r.region.name })),
            sourceList([e.party], names, ctx),
          )
        : null,
    );
  });
  return h(
    "li",
    { class: "learn-region", dataset: { code: r.region.code } },
    h(
      "div",
      { class: "learn-region-head" },
      nodeLink({ id: r.region.code, label: r.region.name, type: "region", kind: r.region.kind }, ctx),
      h("span", { class: "peer-kind" }, tMaybe("kind", r.region.kind)),
    ),
    h("p", { class: "learn-counts" }, counts(r)),
    events.length > 0 ? h("ul", { class: "learn-events" }, ...events) : null,
  );
}

function ranked(answer: LearnFrom, ctx: PanelContext): HTMLElement {
  if (answer.regions.length === 0) return empty(t("learn.empty"));
  const list = h("ol", { class: "learn-list", attrs: { id: "learn-from-list" } });
  const show = (n: number) =>
    list.replaceChildren(...answer.regions.slice(0, n).map((r) => regionItem(r, answer.topic, ctx)));
  show(FIRST);
  const box = h("div", null, list);
  const hidden = answer.regions.length > FIRST;
  if (hidden || answer.truncated) {
    const note = h(
      "p",
      { class: "list-count" },
      t("learn.more", {
        shown: formatNumber(Math.min(FIRST, answer.regions.length)),
        total: formatNumber(answer.total),
      }),
      " ",
    );
    if (hidden) {
      const all = h(
        "button",
        {
          class: "btn btn-quiet btn-small",
          attrs: { type: "button" },
          on: {
            click: () => {
              show(answer.regions.length);
              note.replaceChildren(
                t("learn.more", {
                  shown: formatNumber(answer.regions.length),
                  total: formatNumber(answer.total),
                }),
              );
            },
          },
        },
        t("details.showAll"),
      );
      note.append(all);
    }
    box.append(note);
  }
  return box;
}

/** The section for a programme's or a sector's details; any other node gets none. */
export async function learnFromSection(node: NodeSummary, ctx: PanelContext): Promise<HTMLElement | null> {
  if (node.type !== "program" && node.type !== "sector") return null;
  const key = node.id.slice(node.type.length + 1);
  const intro = h("p", { class: "hint" }, t("learn.intro", { name: node.label }));
  try {
    const answer = await api.learnFrom(node.type, key);
    return h("div", { attrs: { id: "learn-from" } }, section(t("learn.title"), intro, ranked(answer, ctx)));
  } catch (error) {
    return h("div", { attrs: { id: "learn-from" } }, section(t("learn.title"), failure(error)));
  }
}
