/**
 * The details of the selected node. A region: its province, the officials seen with their titles and years,
 * its events in date order (with the filters), its partners and the regions it only met at shared events
 * (each opening the pair's story, region-partners.ts), its programmes. An event: parties with their
 * roles, date, term of validity, place, sectors, programmes, each with its own quote (event-evidence.ts),
 * organisations and who attended. Anything else: its ties, each
 * group named in words ("Daerah yang menjalankan"), never by its relationship type. Lists longer than the
 * API's sample say "20 dari 24" and load the rest on "Tampilkan semua". A type the filters hide is said to
 * be hidden. Every fact comes with its source quotes (sources.ts); the actions are in details-actions.ts.
 */
import type { NodeDetails, NodeSummary } from "#schemas/node.ts";
import { api } from "../api/client.ts";
import { button, h } from "../dom.ts";
import { formatDate, formatNumber, t, tMaybe } from "../i18n/index.ts";
import { filterQuery } from "../state/filters.ts";
import type { PanelContext } from "./context.ts";
import { detailsActions } from "./details-actions.ts";
import { empty, failure, loading, section, swatch } from "./messages.ts";
import { eventEvidence } from "./event-evidence.ts";
import { eventItem } from "./event-item.ts";
import { learnFromSection } from "./learn-from.ts";
import { nodeLink } from "./node-link.ts";
import { partnersList, regionTies, sharedOnlyList } from "./region-partners.ts";
import { sourceList } from "./sources.ts";

const MAX_OFFICIALS = 12;

function samples(
  details: NodeDetails,
  type: string,
  direction: "in" | "out",
  otherType?: string,
): NodeSummary[] {
  return details.relationships
    .filter((r) => r.type === type && r.direction === direction && (!otherType || r.otherType === otherType))
    .flatMap((r) => r.sample)
    .filter((node, i, all) => all.findIndex((other) => other.id === node.id) === i);
}

function list(items: Node[], emptyText: string): HTMLElement {
  if (items.length === 0) return empty(emptyText);
  return h("ul", { class: "plain" }, ...items.map((item) => h("li", null, item)));
}

/** A list of `shown` of `total` with a control that loads the rest. */
function longList(items: Node[], total: number, emptyText: string, more: () => Promise<Node[]>): HTMLElement {
  const box = h("div", { class: "long-list" }, list(items, emptyText));
  if (total > items.length) {
    const note = h(
      "p",
      { class: "list-count" },
      t("details.shownOf", { shown: formatNumber(items.length), total: formatNumber(total) }),
      " ",
    );
    const load = button(
      t("details.showAll"),
      () => {
        load.disabled = true;
        load.textContent = t("status.loading");
        more().then(
          (all) => box.replaceChildren(list(all, emptyText)),
          (error: unknown) => box.replaceChildren(list(items, emptyText), failure(error)),
        );
      },
      { class: "btn btn-quiet btn-small" },
    );
    note.append(load);
    box.append(note);
  }
  return box;
}

/** Every neighbour of `id` of `type`, through the neighbourhood route (which is not capped at 20). */
async function allOfType(id: string, type: string, ctx: PanelContext): Promise<Node[]> {
  const around = await api.neighborhood(id, 1000);
  return around.nodes
    .filter((n) => n.data.id !== id && n.data.type === type)
    .map((n) => nodeLink(n.data, ctx));
}

async function officials(details: NodeDetails, ctx: PanelContext): Promise<HTMLElement> {
  const people = samples(details, "SERVED_AS", "in", "person").slice(0, MAX_OFFICIALS);
  if (people.length === 0) return empty(t("details.officialsEmpty"));
  const rows = await Promise.all(
    people.map(async (person) => {
      let titles: string[] = [];
      try {
        const around = await api.neighborhood(person.id, 10);
        titles = around.edges
          .filter((e) => e.data.type === "SERVED_AS" && e.data.target === details.node.id)
          .map((e) => {
            const from = e.data.firstDate?.slice(0, 4);
            const to = e.data.lastDate?.slice(0, 4);
            const years = from ? (to && to !== from ? ` (${from}–${to})` : ` (${from})`) : "";
            return `${e.data.role ?? ""}${years}`;
          });
      } catch {
        titles = [];
      }
      return h("span", null, nodeLink(person, ctx), titles.length > 0 ? ` — ${titles.join("; ")}` : "");
    }),
  );
  const total = details.relationships
    .filter((r) => r.type === "SERVED_AS" && r.direction === "in")
    .reduce((n, r) => n + r.count, 0);
  return longList(rows, total, t("details.officialsEmpty"), () => allOfType(details.node.id, "person", ctx));
}

function header(details: NodeDetails): HTMLElement {
  const node = details.node;
  const kind =
    node.type === "region"
      ? tMaybe("kind", node.kind)
      : node.type === "event"
        ? tMaybe("event", node.kind)
        : tMaybe("type", node.type);
  return h(
    "header",
    { class: "details-header" },
    h("h2", { attrs: { id: "details-title" } }, swatch(node.type, node.kind, 18), " ", node.label),
    h(
      "p",
      { class: "details-kind" },
      kind,
      node.type === "region" ? ` · ${t("details.code")} ${node.id}` : "",
      node.date ? ` · ${formatDate(node.date)}` : "",
    ),
  );
}

/** A section of a type the filters hide says so instead of listing it. */
function shown(
  ctx: PanelContext,
  type: string,
  title: string,
  body: () => HTMLElement | Promise<HTMLElement>,
): Promise<HTMLElement> {
  if (!ctx.store.state.filters.types.includes(type as never))
    return Promise.resolve(section(title, empty(t("details.typeHidden", { type: tMaybe("type", type) }))));
  return Promise.resolve(body()).then((b) => section(title, b));
}

async function regionBody(details: NodeDetails, ctx: PanelContext): Promise<HTMLElement[]> {
  const code = details.node.id;
  const province = samples(details, "IN_PROVINCE", "out")[0];
  const timeline = await api.timeline(code, filterQuery(ctx.store.state.filters));
  const events = timeline.events.map((e) => eventItem(e, code, ctx));
  const ties = regionTies(timeline);
  const programs = samples(details, "RUNS", "out", "program").map((p) => nodeLink(p, ctx));
  const programTotal =
    details.relationships.find((r) => r.type === "RUNS" && r.direction === "out")?.count ?? programs.length;
  const mentions = details.sources.filter((s) => s.fact === "mentioned");
  return [
    province ? section(t("details.province"), nodeLink(province, ctx)) : null,
    await shown(ctx, "person", t("details.officials"), () => officials(details, ctx)),
    await shown(ctx, "event", `${t("details.events")} (${formatNumber(timeline.total)})`, () =>
      h(
        "div",
        null,
        events.length > 0
          ? h("div", { class: "events", attrs: { id: "details-events" } }, ...events)
          : empty(t("details.eventsEmpty")),
        timeline.truncated
          ? h(
              "p",
              { class: "note" },
              t("details.eventsTruncated", { shown: events.length, total: timeline.total }),
            )
          : null,
      ),
    ),
    await shown(ctx, "region", t("details.partners"), () => partnersList(timeline, ties.partners, ctx)),
    ties.sharedOnly.length > 0
      ? await shown(ctx, "region", t("details.sharedOnly", { n: ties.sharedOnly.length }), () =>
          sharedOnlyList(timeline, ties.sharedOnly, ctx),
        )
      : null,
    await shown(ctx, "program", t("details.programs"), () =>
      longList(programs, programTotal, t("details.programsEmpty"), () => allOfType(code, "program", ctx)),
    ),
    section(t("details.sources"), sourceList(mentions.slice(0, 10), [details.node.label], ctx)),
  ].filter((x): x is HTMLElement => x !== null);
}

async function eventBody(details: NodeDetails, ctx: PanelContext): Promise<HTMLElement[]> {
  const props = details.properties;
  const ev = details.event;
  const names = [...(ev?.parties ?? []).map((p) => p.node.label), details.node.label];
  const organisations = details.relationships
    .filter((r) => r.otherType === "organization" && r.direction === "in")
    .flatMap((r) =>
      r.sample.map((o) => h("span", null, nodeLink(o, ctx), ` · ${tMaybe("fact", r.type.toLowerCase())}`)),
    );
  const text = (value: unknown) => (typeof value === "string" && value ? value : t("details.none"));
  const kind = tMaybe("event", String(props.kind ?? ""));
  const subtype =
    props.subtype && props.subtype !== "other" ? ` · ${tMaybe("subtype", String(props.subtype))}` : "";
  const status = props.status ? tMaybe("eventStatus", String(props.status)) : t("details.none");
  return [
    h(
      "dl",
      { class: "facts" },
      h("dt", null, t("details.kind")),
      h("dd", null, `${kind}${subtype}`),
      h("dt", null, t("details.status")),
      h("dd", ev?.planned ? { class: "status-planned" } : null, status),
      h("dt", null, t("details.place")),
      h("dd", null, text(props.place)),
    ),
    ...(ev ? eventEvidence(ev, ctx) : []),
    section(t("details.organizations"), list(organisations, t("details.organizationsNone"))),
    section(
      t("details.people"),
      list(
        samples(details, "TOOK_PART", "in").map((p) => nodeLink(p, ctx)),
        t("details.peopleNone"),
      ),
    ),
    section(t("details.sources"), sourceList(details.sources, names, ctx)),
  ];
}

function otherBody(details: NodeDetails, ctx: PanelContext): Promise<HTMLElement | null>[] {
  const groups = details.relationships.map((r) =>
    shown(ctx, r.otherType, `${tMaybe("rel", `${r.type}.${r.direction}`)} (${formatNumber(r.count)})`, () =>
      longList(
        r.sample.map((s) => nodeLink(s, ctx)),
        r.count,
        t("details.none"),
        () => allOfType(details.node.id, r.otherType, ctx),
      ),
    ),
  );
  return [
    learnFromSection(details.node, ctx),
    ...groups,
    Promise.resolve(section(t("details.sources"), sourceList(details.sources, [details.node.label], ctx))),
  ];
}

export async function renderDetails(
  root: HTMLElement,
  id: string,
  ctx: PanelContext,
  isCurrent: () => boolean,
): Promise<void> {
  // A re-render of the same node (pinned, expanded, the network reloaded) keeps what it shows, its
  // details or its error, until the new answer is ready; only another node starts from "loading".
  if (root.dataset.node !== id || !root.querySelector("#details-title, .state.error"))
    root.replaceChildren(loading(t("details.loading")));
  root.dataset.node = id;
  try {
    const details = await api.node(id);
    const body =
      details.node.type === "region"
        ? await regionBody(details, ctx)
        : details.node.type === "event"
          ? await eventBody(details, ctx)
          : (await Promise.all(otherBody(details, ctx))).filter((x): x is HTMLElement => x !== null);
    if (!isCurrent()) return;
    root.replaceChildren(
      header(details),
      detailsActions(details, ctx),
      ...body,
      details.sourcesTruncated ? h("p", { class: "note" }, t("details.sourcesTruncated")) : "",
    );
  } catch (error) {
    if (!isCurrent()) return;
    root.replaceChildren(
      failure(error, () => {
        root.replaceChildren(loading(t("details.loading")));
        void renderDetails(root, id, ctx, isCurrent);
      }),
    );
  }
}
