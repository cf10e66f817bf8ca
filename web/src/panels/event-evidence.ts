/**
 * The facts of an event each with its evidence (GET /api/nodes/:id, `event`): the date and the sentence it
 * was read from (a planned date marked as planned), the term of validity ("berlaku hingga …") apart from
 * the date, each party with its role (the hub marked) and the sentence naming it, each sector and
 * programme with its own sentence. Each fact shows its first report's quote, linked to the article at that
 * span; the quotes of further reports fold under "N laporan lain".
 */
import type { EventEvidence, FactQuote } from "#schemas/node.ts";
import { h } from "../dom.ts";
import { formatDate, formatNumber, t, tMaybe } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { empty, section } from "./messages.ts";
import { nodeLink } from "./node-link.ts";
import { sourceList } from "./sources.ts";

/** The first quote of a fact, and the others folded; `names` are highlighted in them. */
function evidence(quotes: readonly FactQuote[], names: readonly string[], ctx: PanelContext): HTMLElement {
  if (quotes.length === 0) return h("p", { class: "fact-noquote" }, t("evidence.noQuote"));
  const [first, ...more] = quotes;
  return h(
    "div",
    { class: "fact-evidence" },
    sourceList([first!], names, ctx),
    more.length > 0
      ? h(
          "details",
          { class: "fact-more" },
          h("summary", null, t("evidence.moreReports", { n: formatNumber(more.length) })),
          sourceList(more, names, ctx),
        )
      : null,
  );
}

function fact(label: Node | string, quotes: readonly FactQuote[], names: string[], ctx: PanelContext) {
  return h("li", { class: "fact" }, h("p", { class: "fact-label" }, label), evidence(quotes, names, ctx));
}

function dateFacts(ev: EventEvidence, ctx: PanelContext): HTMLElement[] {
  const value = ev.date.value
    ? `${formatDate(ev.date.value)}${ev.planned ? ` (${t("evidence.planned")})` : ""}`
    : t("details.unknown");
  const items = [fact(value, ev.date.quotes, [], ctx)];
  const { validUntil, durationYears } = ev.validity;
  if (validUntil || durationYears !== null) {
    const term = [
      validUntil ? t("evidence.validUntil", { date: formatDate(validUntil) }) : "",
      durationYears !== null ? t("evidence.duration", { n: formatNumber(durationYears) }) : "",
    ]
      .filter(Boolean)
      .join(" · ");
    items.push(fact(term, ev.validity.quotes, [], ctx));
  }
  return [
    section(
      t("details.date"),
      h("ul", { class: "plain facts-evidence", attrs: { id: "event-date" } }, items[0]!),
    ),
    ...(items[1]
      ? [
          section(
            t("evidence.validity"),
            h("ul", { class: "plain facts-evidence", attrs: { id: "event-validity" } }, items[1]),
          ),
        ]
      : []),
  ];
}

function parties(ev: EventEvidence, ctx: PanelContext): HTMLElement {
  if (ev.parties.length === 0) return empty(t("details.partiesNone"));
  return h(
    "ul",
    { class: "plain facts-evidence", attrs: { id: "event-parties" } },
    ...ev.parties.map((p) =>
      fact(
        h(
          "span",
          { class: "party", dataset: { code: p.node.id, role: p.role ?? "" } },
          nodeLink(p.node, ctx),
          p.role ? h("span", { class: "role-tag" }, tMaybe("role", p.role)) : null,
          p.hub
            ? h("span", { class: "hub-tag", attrs: { title: t("evidence.hubHint") } }, t("evidence.hub"))
            : null,
        ),
        p.quotes,
        [p.node.label],
        ctx,
      ),
    ),
  );
}

function refs(
  items: EventEvidence["sectors"] | EventEvidence["programs"],
  id: string,
  none: string,
  ctx: PanelContext,
): HTMLElement {
  if (items.length === 0) return empty(none);
  return h(
    "ul",
    { class: "plain facts-evidence", attrs: { id } },
    ...items.map((item) => fact(nodeLink(item.node, ctx), item.quotes, [item.node.label], ctx)),
  );
}

/** The sections of an event's details that tell its facts with their evidence. */
export function eventEvidence(ev: EventEvidence, ctx: PanelContext): HTMLElement[] {
  return [
    ...dateFacts(ev, ctx),
    section(t("details.parties"), parties(ev, ctx)),
    section(t("details.sectors"), refs(ev.sectors, "event-sectors", t("details.sectorsNone"), ctx)),
    section(t("details.programs"), refs(ev.programs, "event-programs", t("details.programsNone"), ctx)),
    ev.reportsTruncated
      ? h("p", { class: "note" }, t("evidence.reportsTruncated", { n: formatNumber(ev.reports) }))
      : null,
  ].filter((x): x is HTMLElement => x !== null);
}
