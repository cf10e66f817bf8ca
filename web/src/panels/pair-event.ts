/**
 * One event of a pair's story as a card: its date (the event's own, marked when only planned), kind, the
 * term of validity beside it ("berlaku hingga …", never as its date), each region's role, and per article
 * the sentence naming each of the two regions, each linking to the article view at that sentence, then the
 * sentence its date (and its term) was read from when that is another sentence.
 */
import type { PairEvent, PairReport, Span } from "#schemas/pair.ts";
import type { RegionRef } from "#schemas/region.ts";
import { button, findRanges, h, markedText } from "../dom.ts";
import { formatDate, t, tMaybe } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { nodeLink } from "./node-link.ts";
import { highlightNeedles, sourceList } from "./sources.ts";

export interface PairSides {
  a: RegionRef;
  b: RegionRef;
}

const sameSpan = (x: Span | null, y: Span | null) =>
  x !== null && y !== null && x.start === y.start && x.end === y.end;

function regionLink(region: RegionRef, ctx: PanelContext): HTMLElement {
  return nodeLink({ id: region.code, label: region.name, type: "region", kind: region.kind }, ctx);
}

/** A sentence of an article, the names in it marked, with a link opening the article at it. */
function quoteItem(
  label: string,
  span: Span,
  report: PairReport,
  needles: readonly string[],
  ctx: PanelContext,
): HTMLElement {
  const open = h(
    "a",
    {
      attrs: {
        href: `#article=${encodeURIComponent(report.documentId)}`,
        class: "article-link",
        title: t("pair.openAtQuote"),
      },
      on: {
        click: (event) => {
          event.preventDefault();
          ctx.openArticle(report.documentId, { start: span.start, end: span.end });
        },
      },
    },
    report.title || t("actions.readArticle"),
  );
  return h(
    "li",
    { class: "source pair-quote" },
    h("p", { class: "quote-label" }, h("span", { class: "fact-tag" }, label)),
    h("blockquote", { class: "quote" }, ...markedText(span.quote, findRanges(span.quote, needles))),
    h("p", { class: "source-meta" }, open, report.publishedAt ? ` · ${formatDate(report.publishedAt)}` : ""),
  );
}

/** The sentences of one article: naming a, naming b (one quote when one sentence names both), the date's. */
function reportQuotes(report: PairReport, sides: PairSides, ctx: PanelContext): HTMLElement[] {
  const needles = highlightNeedles([sides.a.name, sides.b.name]);
  const items: HTMLElement[] = [];
  if (sameSpan(report.a, report.b)) {
    items.push(quoteItem(t("pair.namesBoth"), report.a!, report, needles, ctx));
  } else {
    for (const side of ["a", "b"] as const) {
      const span = report[side];
      const name = sides[side].name;
      items.push(
        span
          ? quoteItem(t("pair.names", { name }), span, report, needles, ctx)
          : h("li", { class: "source note" }, t("pair.noQuote", { name })),
      );
    }
  }
  const told = [report.a, report.b];
  if (report.date && !told.some((s) => sameSpan(s, report.date)))
    items.push(quoteItem(t("pair.dateFrom"), report.date, report, needles, ctx));
  if (report.validity && ![...told, report.date].some((s) => sameSpan(s, report.validity)))
    items.push(quoteItem(t("pair.validityFrom"), report.validity, report, needles, ctx));
  return items;
}

function header(event: PairEvent): HTMLElement {
  const planned = event.status === "planned";
  const subtype =
    event.subtype &&
    event.subtype !== "other" &&
    tMaybe("subtype", event.subtype).toLowerCase() !== tMaybe("event", event.kind).toLowerCase()
      ? h("span", { class: "event-subtype" }, ` · ${tMaybe("subtype", event.subtype)}`)
      : null;
  return h(
    "header",
    null,
    h("span", { class: "event-date" }, event.date ? formatDate(event.date) : t("details.unknown")),
    planned ? h("span", { class: "badge-planned" }, t("pair.planned")) : null,
    " ",
    h("span", { class: `event-kind kind-${event.kind}` }, tMaybe("event", event.kind)),
    subtype,
    event.validUntil
      ? h("span", { class: "valid-until" }, t("pair.validUntil", { date: formatDate(event.validUntil) }))
      : null,
  );
}

export function pairEventItem(event: PairEvent, sides: PairSides, ctx: PanelContext): HTMLElement {
  // A shared event: a third region is the hub, and each of the two dealt with it, not with the other.
  const shared = event.hub !== null && event.hub !== sides.a.code && event.hub !== sides.b.code;
  const hub = shared ? event.parties.find((p) => p.code === event.hub) : undefined;
  const role = (side: "a" | "b") =>
    h(
      "span",
      { class: "pair-role" },
      regionLink(sides[side], ctx),
      event.roles[side] ? `: ${tMaybe("role", event.roles[side])}` : "",
    );
  const quotes = event.reports.flatMap((report) => reportQuotes(report, sides, ctx));
  return h(
    "article",
    {
      class: "event-item pair-event",
      dataset: { id: event.id, kind: event.kind, ...(event.status ? { status: event.status } : {}) },
    },
    header(event),
    h("p", { class: "event-title" }, event.title),
    h("p", { class: "event-parties" }, `${t("pair.roles")}: `, role("a"), " · ", role("b")),
    shared
      ? h(
          "p",
          { class: "shared-note" },
          hub ? t("pair.sharedNote", { hub: hub.name }) : t("pair.sharedNoteNoHub"),
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
    // A report stored before the sentences of each fact were kept has only the event's main sentence.
    quotes.length > 0
      ? h("ul", { class: "sources pair-quotes" }, ...quotes)
      : sourceList(event.sources, [sides.a.name, sides.b.name], ctx),
  );
}
