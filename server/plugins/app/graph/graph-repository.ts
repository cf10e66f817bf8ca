/**
 * Graph traversals for the network view, decorated as `fastify.graphRepository`:
 *
 * - `neighborhood`: the ego network of a node in the partnership network. For a region, each hop goes to
 *   the regions sharing an event with the regions reached so far (one expand-partners query per hop); for
 *   any other node, the first ring is the regions it is tied to (an event's parties, an official's regions,
 *   a programme's regions, the regions of an organisation's or a sector's events) and the following hops
 *   are partnership hops. Region–region edges are PARTNER edges derived from the shared events (weight,
 *   first and last date, kinds), filtered like the events. The most connected partners come first; when
 *   `limit` cuts nodes, `truncated` is true.
 * - `path`: the shortest connections between two nodes, all of them when several tie (up to 25). The
 *   search runs over the path network kept in memory (path-network.ts) while it was read from the graph as it
 *   is now (live-index.ts), without a round trip; otherwise, and for an end unknown to the network (newer
 *   than it, or not there at all), find-shortest-paths.cypher searches in Neo4j. Both give the same paths.
 *
 * A neighbourhood is one query per hop (for a region, the first hop also reads the region itself); a
 * path resolves both ends and searches in one read transaction, so the element ids it passes on stay valid.
 * Without filters, partnership hops come from the partner network kept in memory (partner-network.ts),
 * read whole once a minute and after every write through this API; with filters, or while that read has
 * not finished, or for a region newer than it, from expand-partners.
 */
import fp from "fastify-plugin";
import type { Graph, NeighborhoodQuery, PathQuery, PathResult } from "../../../schemas/graph.ts";
import { int, type CypherReader } from "../../external/cypher.ts";
import { GraphBuilder, newPartnersByWeight, type AnchorRow, type PartnerRow } from "./graph-elements.ts";
import { parseNodeId, toSummary, type NodeRow } from "../nodes/node-ids.ts";
import { findNode } from "../nodes/find-node.ts";
import { filterParams } from "./event-filters.ts";
import { LiveIndex } from "../freshness/live-index.ts";
import { PartnerNetwork, type NetworkRow } from "./partner-network.ts";
import { PathNetworkBuilder, type PathNetwork, type PathNetworkRow } from "./path-network.ts";
import { Snapshot } from "../freshness/snapshot.ts";

declare module "fastify" {
  interface FastifyInstance {
    graphRepository: GraphRepository;
  }
}

export const MAX_PATHS = 25;

/** How long the in-memory partner network answers before it is read again (in the background). */
const NETWORK_TTL_MS = 60_000;
/** The whole-network read covers every event: its own timeout, as the peer profiles have. */
const NETWORK_TIMEOUT_MS = 120_000;

export interface GraphRepositoryOptions {
  /** Answer unfiltered partnership hops from the in-memory network (default); false: always Neo4j. */
  networkInMemory?: boolean;
  onNetworkRefreshError?: (error: unknown) => void;
  /** The path network when paths are searched in memory (PATH_INDEX=on); absent: always Neo4j. */
  pathNetwork?: { current(): PathNetwork<NodeRow> | undefined } | undefined;
}

/** Which end of an anchor tie is the source: stored relationships keep their direction. */
function anchorEnds(type: string, centerId: string, regionId: string): [string, string] {
  return type === "RUNS" ? [regionId, centerId] : [centerId, regionId];
}

/** One frontier region of expand-partners: itself, and its partners. */
interface PartnerHop {
  code: string;
  node: NodeRow;
  events: number;
  partners: PartnerRow[];
  total: number;
}

interface PathRow {
  nodes: NodeRow[];
  steps: Array<{ type: string; forward: boolean; role: string | null }>;
}

export type PathOutcome = { found: true; result: PathResult } | { found: false; missing: string };

/** The whole-graph read behind the path network: its own timeout, as the other whole-graph reads have. */
const PATH_NETWORK_TIMEOUT_MS = 180_000;

/** Reads get-path-network row by row into a PathNetwork of API nodes, found by their API ids. */
export async function buildPathNetwork(cypher: CypherReader): Promise<PathNetwork<NodeRow>> {
  const builder = new PathNetworkBuilder<NodeRow>((node) => toSummary(node).id);
  // 116,000 nodes carry a handful of distinct label lists: share one array per list.
  const labelLists = new Map<string, string[]>();
  await cypher.readEach<PathNetworkRow<NodeRow>>(
    "read/get-path-network",
    {},
    (row) => {
      const listKey = row.node.labels.join(":");
      let labels = labelLists.get(listKey);
      if (!labels) labelLists.set(listKey, (labels = row.node.labels));
      builder.add({ ...row, node: { ...row.node, labels } });
    },
    { timeoutMs: PATH_NETWORK_TIMEOUT_MS },
  );
  return builder.build();
}

/** The API's answer from shortest paths (all of one length), whether found by Neo4j or in memory. */
function pathResult(rows: PathRow[], more: boolean): PathResult {
  const graph = new GraphBuilder(Number.POSITIVE_INFINITY);
  const paths = rows.map((row) => {
    const nodes = row.nodes.map((node) => graph.addNode(node, null) ?? toSummary(node).id);
    const edges = row.steps.flatMap((step, i) => {
      const [source, target] = step.forward ? [nodes[i]!, nodes[i + 1]!] : [nodes[i + 1]!, nodes[i]!];
      return graph.addRelationship(step.type, source, target, { role: step.role }) ?? [];
    });
    return { nodes, edges };
  });
  graph.truncated = more;
  return { ...graph.build(), length: rows[0] ? rows[0].steps.length : null, paths };
}

export function createGraphRepository(cypher: CypherReader, options: GraphRepositoryOptions = {}) {
  // The network is read again only when the PARTY count has moved since: on an unchanged graph a refresh
  // costs one count-store lookup instead of a walk over every event.
  let current: { links: number; network: PartnerNetwork } | undefined;
  const network = new Snapshot(
    async () => {
      const [counted] = await cypher.read<{ links: number }>("read/count-party-links");
      const links = counted?.links ?? 0;
      if (current?.links === links) return current.network;
      const rows = await cypher.read<NetworkRow>(
        "read/get-partner-network",
        {},
        { timeoutMs: NETWORK_TIMEOUT_MS },
      );
      current = { links, network: PartnerNetwork.fromRows(rows) };
      return current.network;
    },
    NETWORK_TTL_MS,
    options.onNetworkRefreshError ?? (() => {}),
  );
  const networkInMemory = options.networkInMemory ?? true;

  return {
    async neighborhood(query: NeighborhoodQuery): Promise<Graph | undefined> {
      const key = parseNodeId(query.id);
      if (!key) return undefined;
      const filters = filterParams(query);
      const graph = new GraphBuilder(query.limit);
      const unfiltered = Object.values(filters).every((value) => value === null);
      const inMemory = networkInMemory && unfiltered ? network.peek() : undefined;
      const expand = async (codes: string[]): Promise<PartnerHop[]> =>
        inMemory && codes.every((code) => inMemory.has(code))
          ? inMemory.expand(codes, graph.regionIds(), graph.room)
          : cypher.read<PartnerHop>("read/expand-partners", {
              codes,
              known: graph.regionIds(),
              budget: int(graph.room),
              ...filters,
            });
      let hop = 1;
      let rows: PartnerHop[];
      if (key.type === "region") {
        // The centre and its first hop in one query: its row is absent when the region does not exist.
        graph.addNode({ labels: ["Region"], key: key.key, name: null, kind: null, date: null }, 0);
        rows = await expand([key.key]);
        const center = rows[0];
        if (!center) return undefined;
        graph.replaceNode(center.node, 0, center.events);
      } else {
        const found = await cypher.readTransaction((read) => findNode(read, key));
        if (!found) return undefined;
        const centerId = graph.addNode(found.node, 0, found.events)!;
        const [ring] = await cypher.read<{ anchors: AnchorRow[]; total: number }>(
          "read/find-anchor-regions",
          {
            elementId: found.elementId,
            limit: int(graph.room),
            ...filters,
          },
        );
        const frontier: string[] = [];
        for (const anchor of ring?.anchors ?? []) {
          const fresh = !graph.has(anchor.node.key);
          const regionId = graph.addNode(anchor.node, 1, anchor.events);
          if (!regionId) break;
          const [source, target] = anchorEnds(anchor.type, centerId, regionId);
          graph.addRelationship(anchor.type, source, target, anchor);
          if (fresh) frontier.push(regionId);
        }
        if ((ring?.total ?? 0) > (ring?.anchors.length ?? 0)) graph.truncated = true;
        if (query.depth === 1 || frontier.length === 0) return graph.build();
        hop = 2;
        rows = await expand(frontier);
      }
      for (; ; hop++) {
        const next: string[] = [];
        for (const partner of newPartnersByWeight(rows, (code) => graph.has(code))) {
          const id = graph.addNode(partner.node, hop, partner.events);
          if (!id) break;
          next.push(id);
        }
        if (rows.some((row) => row.total > row.partners.length)) graph.truncated = true;
        for (const row of rows) {
          for (const partner of row.partners) graph.addPartner(row.code, partner.node.key, partner);
        }
        if (hop >= query.depth || next.length === 0) return graph.build();
        rows = await expand(next);
      }
    },

    async path(query: PathQuery): Promise<PathOutcome> {
      const fromKey = parseNodeId(query.from);
      const toKey = parseNodeId(query.to);
      if (!fromKey) return { found: false, missing: query.from };
      if (!toKey) return { found: false, missing: query.to };
      // In memory while the network matches the graph and knows both ends (not the same node: its
      // answer carries the node's event count, which the network does not keep).
      const inMemory =
        query.from === query.to
          ? undefined
          : options.pathNetwork?.current()?.shortestPaths(query.from, query.to, query.maxLength, MAX_PATHS);
      if (inMemory) return { found: true, result: pathResult(inMemory.paths, inMemory.more) };
      return cypher.readTransaction(async (read): Promise<PathOutcome> => {
        const from = await findNode(read, fromKey);
        if (!from) return { found: false, missing: query.from };
        const to = await findNode(read, toKey);
        if (!to) return { found: false, missing: query.to };
        if (from.elementId === to.elementId) {
          const graph = new GraphBuilder(Number.POSITIVE_INFINITY);
          const id = graph.addNode(from.node, null, from.events)!;
          return {
            found: true,
            result: { ...graph.build(), length: 0, paths: [{ nodes: [id], edges: [] }] },
          };
        }
        const rows = await read<PathRow>("read/find-shortest-paths", {
          fromId: from.elementId,
          toId: to.elementId,
          maxLength: int(query.maxLength),
          limit: int(MAX_PATHS + 1),
        });
        return { found: true, result: pathResult(rows.slice(0, MAX_PATHS), rows.length > MAX_PATHS) };
      });
    },

    /** Starts reading the partner network in the background (at start), so the first expands find it. */
    warmNetwork(): void {
      network.peek();
    },

    /** Reads the partner network now and waits for it (in tests). */
    async loadNetwork(): Promise<void> {
      current = undefined;
      network.forget();
      await network.get();
    },

    /** After a write: the next neighbourhoods ask Neo4j until the network has been read afresh. */
    forgetNetwork(): void {
      current = undefined;
      network.forget();
    },
  };
}

export type GraphRepository = ReturnType<typeof createGraphRepository>;

export interface GraphRepositoryPluginOptions {
  /** Keep the path network in memory (false: every path is searched by Neo4j). */
  pathIndex: boolean;
  /** At most one rebuild of it per this interval while the graph keeps changing (see live-index.ts). */
  minRebuildIntervalMs: number;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Undefined when the in-memory path network is switched off (PATH_INDEX=off). */
    pathIndex: LiveIndex<PathNetwork<NodeRow>> | undefined;
  }
}

export default fp<GraphRepositoryPluginOptions>(
  async (fastify, options) => {
    const pathIndex = options.pathIndex
      ? new LiveIndex<PathNetwork<NodeRow>>({
          build: () => buildPathNetwork(fastify.cypher),
          version: () => fastify.graphVersion.current(),
          minRebuildIntervalMs: options.minRebuildIntervalMs,
          onBuildError: (error) =>
            fastify.log.warn({ err: error }, "path network build failed; paths are searched by Neo4j"),
        })
      : undefined;
    const repository = createGraphRepository(fastify.cypher, {
      onNetworkRefreshError: (error) => fastify.log.warn({ err: error }, "partner network refresh failed"),
      pathNetwork: pathIndex,
    });
    fastify.decorate("pathIndex", pathIndex);
    fastify.decorate("graphRepository", repository);
    fastify.addHook("onReady", async () => {
      repository.warmNetwork();
      // In the background: paths are searched by Neo4j until the network has been read.
      if (pathIndex) void pathIndex.rebuild();
    });
  },
  { name: "graph-repository", dependencies: ["cypher", "graph-version"] },
);
