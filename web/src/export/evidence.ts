/**
 * The evidence behind what is visible, for the exports: for each node its province, its roles (an official's
 * titles, a party's role), the quotes its facts rest on, and their articles' titles and URLs; for each
 * partnership the events making the two partners, their roles and the sentences naming each, and the
 * articles. Read from the API (node
 * details, pair stories, articles for their URLs), a few requests at a time and cached by the client, up
 * to MAX_FETCHED items; past that a row keeps only what the graph itself says.
 */
import type { GraphEdge, GraphNode } from "#schemas/graph.ts";
import type { NodeDetails, Source } from "#schemas/node.ts";
import type { Pair } from "#schemas/pair.ts";
import type { Article } from "#schemas/document.ts";
import type { Evidence, ExportGraph } from "./formats.ts";

export interface EvidenceSource {
  node(id: string): Promise<NodeDetails>;
  pair(a: string, b: string): Promise<Pair>;
  document(id: string): Promise<Article>;
}

export const MAX_FETCHED = 300;
const CONCURRENCY = 6;

async function pool<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<(R | undefined)[]> {
  const out: (R | undefined)[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        out[i] = await run(items[i]!);
      } catch {
        out[i] = undefined;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return out;
}

const unique = (values: Iterable<string | null | undefined>) => [
  ...new Set([...values].filter((v): v is string => Boolean(v))),
];

function fromSources(
  sources: readonly Source[],
  urls: ReadonlyMap<string, string>,
): Pick<Evidence, "quotes" | "articles" | "urls"> {
  return {
    quotes: unique(sources.map((s) => s.quote)),
    articles: unique(sources.map((s) => s.title)),
    urls: unique(sources.map((s) => urls.get(s.documentId))),
  };
}

function rolesOf(node: GraphNode["data"], edges: readonly GraphEdge[]): string[] {
  return unique(
    edges
      .filter(
        (e) =>
          (e.data.type === "SERVED_AS" || e.data.type === "PARTY") &&
          (e.data.source === node.id || e.data.target === node.id),
      )
      .map((e) => e.data.role),
  );
}

export async function gatherEvidence(
  graph: ExportGraph,
  source: EvidenceSource,
): Promise<Map<string, Evidence>> {
  const nodes = graph.nodes.slice(0, MAX_FETCHED);
  const partners = graph.edges.filter((e) => e.data.type === "PARTNER").slice(0, MAX_FETCHED);
  const [details, pairs] = await Promise.all([
    pool(nodes, (n) => source.node(n.data.id)),
    pool(partners, (e) => source.pair(e.data.source, e.data.target)),
  ]);
  const documents = unique([
    ...details.flatMap((d) => d?.sources.map((s) => s.documentId) ?? []),
    ...pairs.flatMap((p) => p?.partnerships.flatMap((e) => e.sources.map((s) => s.documentId)) ?? []),
  ]).slice(0, MAX_FETCHED);
  const articles = await pool(documents, (id) => source.document(id));
  const urls = new Map<string, string>();
  articles.forEach((a, i) => {
    if (a?.source && /^https?:\/\//i.test(a.source)) urls.set(documents[i]!, a.source);
  });

  const evidence = new Map<string, Evidence>();
  nodes.forEach((n, i) => {
    const d = details[i];
    const province =
      d?.relationships.find((r) => r.type === "IN_PROVINCE" && r.direction === "out")?.sample[0]?.label ??
      null;
    evidence.set(n.data.id, {
      province,
      roles: rolesOf(n.data, graph.edges),
      ...(d ? fromSources(d.sources, urls) : {}),
    });
  });
  partners.forEach((e, i) => {
    const pair = pairs[i];
    if (!pair) return;
    const events = pair.partnerships;
    const sources = events.flatMap((ev) => ev.sources);
    evidence.set(e.data.id, {
      events: events.map((ev) => `${ev.date ?? "?"} ${ev.title}`),
      roles: unique(
        events.flatMap((ev) => [
          ev.roles.a ? `${pair.a.name}: ${ev.roles.a}` : null,
          ev.roles.b ? `${pair.b.name}: ${ev.roles.b}` : null,
        ]),
      ),
      ...fromSources(sources, urls),
      // The sentences naming each partner before the event's main sentence: they are what makes it a tie.
      quotes: unique([
        ...events.flatMap((ev) => ev.reports.flatMap((r) => [r.a?.quote, r.b?.quote])),
        ...sources.map((s) => s.quote),
      ]),
    });
  });
  partyEdges(graph.edges, nodes, details, evidence);
  for (const e of graph.edges)
    if (!evidence.has(e.data.id) && e.data.role) evidence.set(e.data.id, { roles: [e.data.role] });
  return evidence;
}

/**
 * Each party edge (event – region) of an event whose details were read: the party's role, and the quotes
 * that name the party in the event's reports, with their articles and URLs (issue 22: evidence per fact).
 */
function partyEdges(
  edges: readonly GraphEdge[],
  nodes: readonly GraphNode[],
  details: ReadonlyArray<NodeDetails | null | undefined>,
  evidence: Map<string, Evidence>,
): void {
  const parties = new Map<string, NonNullable<NodeDetails["event"]>["parties"][number]>();
  nodes.forEach((n, i) => {
    for (const party of details[i]?.event?.parties ?? []) parties.set(`${n.data.id}|${party.node.id}`, party);
  });
  for (const e of edges) {
    if (e.data.type !== "PARTY") continue;
    const party = parties.get(`${e.data.source}|${e.data.target}`);
    if (!party) continue;
    const role = party.role ?? e.data.role;
    evidence.set(e.data.id, {
      roles: role ? [party.hub ? `${role} (hub)` : role] : [],
      quotes: unique(party.quotes.map((q) => q.quote)),
      articles: unique(party.quotes.map((q) => q.title)),
      urls: unique(party.quotes.map((q) => (q.url && /^https?:\/\//i.test(q.url) ? q.url : null))),
    });
  }
}
