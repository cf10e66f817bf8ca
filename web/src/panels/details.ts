/**
 * The details of the selected node. A region: its province, the officials seen with their titles and years,
 * its events in date order (with the filters), its partners and programmes. An event: parties with their
 * roles, date, place, sectors, programmes, organisations and who attended. Anything else: its ties. Every
 * fact comes with its source quotes (sources.ts). Actions: expand / show more, hide, pin, similar regions,
 * path from or to here, show a listed event or partner in the graph.
 */
import type { NodeDetails, NodeSummary } from "#schemas/node.ts";
import type { EventItem, Timeline } from "#schemas/region.ts";
import { api } from "../api/client.ts";
import { button, h } from "../dom.ts";
import { formatDate, t, tMaybe } from "../i18n/index.ts";
import { lookOf } from "../graph/style.ts";
import { filterQuery } from "../state/filters.ts";
import type { PanelContext } from "./context.ts";
import { empty, failure, loading, section, swatch } from "./messages.ts";
import { choosePathEnd } from "./paths.ts";
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

function nodeLink(
  node: { id: string; label: string; type: string; kind: string | null },
  ctx: PanelContext,
): HTMLElement {
  const look = lookOf(node.type, node.kind);
  return h(
    "button",
    {
      class: "link node-link",
      attrs: { type: "button", title: t("actions.showInGraph") },
      dataset: { id: node.id },
      on: {
        click: () =>
          ctx.explorer.has(node.id)
            ? ctx.store.update((s) => void (s.selected = { kind: "node", id: node.id }))
            : ctx.explorer.add(node.id),
      },
    },
    swatch(look.colour, look.icon),
    node.label,
  );
}

function list(items: Node[], emptyText: string): HTMLElement {
  if (items.length === 0) return empty(emptyText);
  return h("ul", { class: "plain" }, ...items.map((item) => h("li", null, item)));
}

function actions(details: NodeDetails, ctx: PanelContext): HTMLElement {
  const { explorer, store } = ctx;
  const id = details.node.id;
  const state = store.state;
  const expansion = state.expanded.find((e) => e.id === id);
  const truncated = explorer.info.truncated.some((x) => x.id === id);
  const pinned = state.pinned.includes(id);
  const bar = h("div", { class: "actions" });
  if (!expansion)
    bar.append(button(t("actions.expand"), () => explorer.expand(id), { attrs: { id: "action-expand" } }));
  if (expansion && truncated)
    bar.append(button(t("actions.showMore"), () => explorer.showMore(id), { attrs: { id: "action-more" } }));
  bar.append(
    button(t("actions.center"), () => explorer.center(id)),
    button(t("actions.hide"), () => explorer.hide(id), { attrs: { id: "action-hide" } }),
    button(pinned ? t("actions.unpin") : t("actions.pin"), () => explorer.togglePin(id), {
      attrs: { id: "action-pin" },
    }),
  );
  if (details.node.type === "region")
    bar.append(
      button(t("actions.peers"), () => store.update((s) => void (s.panel = "peers")), {
        attrs: { id: "action-peers" },
      }),
    );
  bar.append(
    button(t("actions.pathFrom"), () => choosePathEnd("from", id, ctx)),
    button(t("actions.pathTo"), () => choosePathEnd("to", id, ctx)),
  );
  return bar;
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
      event.subtype ? h("span", { class: "event-subtype" }, ` · ${event.subtype.replace(/_/g, " ")}`) : null,
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
      button(t("actions.showInGraph"), () => ctx.explorer.add(event.id)),
    ),
    sourceList(event.sources, names, ctx),
  );
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
  return list(rows, t("details.officialsEmpty"));
}

function partners(timeline: Timeline, ctx: PanelContext): HTMLElement {
  const counts = new Map<string, { code: string; name: string; kind: string | null; n: number }>();
  for (const event of timeline.events)
    for (const p of event.parties) {
      if (p.code === timeline.region.code) continue;
      const known = counts.get(p.code) ?? { code: p.code, name: p.name, kind: p.kind, n: 0 };
      known.n++;
      counts.set(p.code, known);
    }
  const items = [...counts.values()]
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))
    .map((p) =>
      h(
        "span",
        null,
        nodeLink({ id: p.code, label: p.name, type: "region", kind: p.kind }, ctx),
        ` · ${t("details.eventCount", { n: p.n })}`,
      ),
    );
  return list(items, t("details.partnersEmpty"));
}

function header(details: NodeDetails): HTMLElement {
  const node = details.node;
  const look = lookOf(node.type, node.kind);
  const kind =
    node.type === "region"
      ? tMaybe("kind", node.kind)
      : node.type === "event"
        ? tMaybe("event", node.kind)
        : tMaybe("type", node.type);
  return h(
    "header",
    { class: "details-header" },
    h("h2", { attrs: { id: "details-title" } }, swatch(look.colour, look.icon), " ", node.label),
    h(
      "p",
      { class: "details-kind" },
      kind,
      node.type === "region" ? ` · ${node.id}` : "",
      node.date ? ` · ${formatDate(node.date)}` : "",
    ),
  );
}

async function regionBody(details: NodeDetails, ctx: PanelContext): Promise<HTMLElement[]> {
  const code = details.node.id;
  const province = samples(details, "IN_PROVINCE", "out")[0];
  const [timeline, officialList] = await Promise.all([
    api.timeline(code, filterQuery(ctx.store.state.filters)),
    officials(details, ctx),
  ]);
  const events = timeline.events.map((e) => eventItem(e, code, ctx));
  const programs = samples(details, "RUNS", "out", "program").map((p) => nodeLink(p, ctx));
  const mentions = details.sources.filter((s) => s.fact === "mentioned");
  return [
    province ? section(t("details.province"), nodeLink(province, ctx)) : null,
    section(t("details.officials"), officialList),
    section(
      `${t("details.events")} (${timeline.total})`,
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
    section(t("details.partners"), partners(timeline, ctx)),
    section(t("details.programs"), list(programs, t("details.programsEmpty"))),
    section(t("details.sources"), sourceList(mentions.slice(0, 10), [details.node.label], ctx)),
  ].filter((x): x is HTMLElement => x !== null);
}

async function eventBody(details: NodeDetails, ctx: PanelContext): Promise<HTMLElement[]> {
  const props = details.properties;
  const around = await api.neighborhood(details.node.id, 50).catch(() => null);
  const roles = new Map(
    (around?.edges ?? [])
      .filter((e) => e.data.type === "PARTY")
      .map((e) => [e.data.target === details.node.id ? e.data.source : e.data.target, e.data.role]),
  );
  const parties = samples(details, "PARTY", "out").map((p) =>
    h("span", null, nodeLink(p, ctx), roles.get(p.id) ? ` (${tMaybe("role", roles.get(p.id))})` : ""),
  );
  const names = [...samples(details, "PARTY", "out").map((p) => p.label), details.node.label];
  const organisations = details.relationships
    .filter((r) => r.otherType === "organization" && r.direction === "in")
    .flatMap((r) =>
      r.sample.map((o) => h("span", null, nodeLink(o, ctx), ` · ${tMaybe("fact", r.type.toLowerCase())}`)),
    );
  const text = (value: unknown) => (typeof value === "string" && value ? value : t("details.none"));
  return [
    h(
      "dl",
      { class: "facts" },
      h("dt", null, t("details.date")),
      h("dd", null, props.date ? formatDate(String(props.date)) : t("details.unknown")),
      h("dt", null, t("details.place")),
      h("dd", null, text(props.place)),
      h("dt", null, t("details.kind")),
      h(
        "dd",
        null,
        `${tMaybe("event", String(props.kind ?? ""))}${props.subtype ? ` · ${String(props.subtype).replace(/_/g, " ")}` : ""}`,
      ),
      h("dt", null, t("details.status")),
      h("dd", null, text(props.status)),
    ),
    section(t("details.parties"), list(parties, t("details.none"))),
    section(
      t("details.sectors"),
      list(
        samples(details, "COVERS", "out").map((s) => nodeLink(s, ctx)),
        t("details.none"),
      ),
    ),
    section(
      t("details.programs"),
      list(
        samples(details, "CONCERNS", "out").map((p) => nodeLink(p, ctx)),
        t("details.none"),
      ),
    ),
    section(t("details.organizations"), list(organisations, t("details.none"))),
    section(
      t("details.people"),
      list(
        samples(details, "TOOK_PART", "in").map((p) => nodeLink(p, ctx)),
        t("details.none"),
      ),
    ),
    section(t("details.sources"), sourceList(details.sources, names, ctx)),
  ];
}

function otherBody(details: NodeDetails, ctx: PanelContext): HTMLElement[] {
  const groups = details.relationships.map((r) =>
    section(
      `${tMaybe("type", r.otherType)} · ${r.type.toLowerCase().replace(/_/g, " ")} (${r.count})`,
      list(
        r.sample.map((s) => nodeLink(s, ctx)),
        t("details.none"),
      ),
    ),
  );
  return [...groups, section(t("details.sources"), sourceList(details.sources, [details.node.label], ctx))];
}

export async function renderDetails(
  root: HTMLElement,
  id: string,
  ctx: PanelContext,
  isCurrent: () => boolean,
): Promise<void> {
  root.replaceChildren(loading(t("details.loading")));
  try {
    const details = await api.node(id);
    const body =
      details.node.type === "region"
        ? await regionBody(details, ctx)
        : details.node.type === "event"
          ? await eventBody(details, ctx)
          : otherBody(details, ctx);
    if (!isCurrent()) return;
    root.replaceChildren(
      header(details),
      actions(details, ctx),
      ...body,
      details.sourcesTruncated ? h("p", { class: "note" }, t("details.sourcesTruncated")) : "",
    );
  } catch (error) {
    if (!isCurrent()) return;
    root.replaceChildren(failure(error, () => void renderDetails(root, id, ctx, isCurrent)));
  }
}
