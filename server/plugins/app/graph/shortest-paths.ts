/**
 * The shortest connections between two nodes over partnerships (GET /api/graph/path), all of them when
 * several tie, up to MAX_PATHS; hops through officials, programmes and organisations only when `via` asks.
 * Two engines answer alike (two-engines.ts): Neo4j's find-shortest-paths.cypher, and the path network kept
 * in memory (path-network.ts), which searches without a round trip and declines what it cannot answer (an
 * end it does not hold, a node to itself, whose answer carries the node's event count, or shortest walks
 * that all pass a node twice). Both hand their paths to `pathResult`, so the answer is built one way.
 */
import type { PathQuery, PathResult } from "../../../schemas/graph.ts";
import { int, type CypherReader } from "../../external/cypher.ts";
import type { Awaitable } from "../freshness/two-engines.ts";
import { findNode } from "../nodes/find-node.ts";
import { toSummary, type NodeKey, type NodeRow } from "../nodes/node-ids.ts";
import { GraphBuilder } from "./graph-elements.ts";
import { NodeKind, type PathNetwork, type PathStep, type PathVia } from "./path-network.ts";
import { PathNetworkBuilder, type PathNetworkRow } from "./path-network-builder.ts";

export const MAX_PATHS = 25;

export type PathOutcome = { found: true; result: PathResult } | { found: false; missing: string };

/** A path query whose ends are well-formed node ids, with their keys. */
export interface PathAsk extends PathQuery {
  fromKey: NodeKey;
  toKey: NodeKey;
}

export interface ShortestPaths {
  /** The answer, or undefined when this engine cannot give it (the other one will). */
  paths(query: PathAsk): Awaitable<PathOutcome | undefined>;
}

/** The kinds of hop a query asks for, as flags. */
export function pathVia(query: PathQuery): PathVia {
  const via = new Set(query.via ?? []);
  return {
    people: via.has("people"),
    programs: via.has("programs"),
    organizations: via.has("organizations"),
  };
}

const KIND_BY_LABEL: ReadonlyArray<readonly [string, NodeKind]> = [
  ["Region", NodeKind.region],
  ["Event", NodeKind.event],
  ["Person", NodeKind.person],
  ["Program", NodeKind.program],
  ["Organization", NodeKind.organization],
];

/** The kind of node a path sees in a node row. */
export function nodeKindOf(node: NodeRow): NodeKind {
  return KIND_BY_LABEL.find(([label]) => node.labels.includes(label))?.[1] ?? NodeKind.other;
}

interface PathRow {
  nodes: NodeRow[];
  steps: PathStep[];
}

/** The API's answer from shortest paths (all of one length), whether found by Neo4j or in memory. */
function pathResult(rows: readonly PathRow[], more: boolean): PathResult {
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

/**
 * Paths searched by Neo4j: both ends resolved and the search run in one read transaction, so the element
 * ids it passes on stay valid.
 */
export function cypherShortestPaths(cypher: CypherReader): ShortestPaths {
  return {
    paths: (query) =>
      cypher.readTransaction(async (read): Promise<PathOutcome> => {
        const from = await findNode(read, query.fromKey);
        if (!from) return { found: false, missing: query.from };
        const to = await findNode(read, query.toKey);
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
          ...pathVia(query),
        });
        return { found: true, result: pathResult(rows.slice(0, MAX_PATHS), rows.length > MAX_PATHS) };
      }),
  };
}

/** Paths searched in the in-memory network, for the pairs it can answer. */
export function memoryShortestPaths(network: PathNetwork<NodeRow>): ShortestPaths {
  return {
    paths(query) {
      if (query.from === query.to) return undefined;
      const found = network.shortestPaths(query.from, query.to, query.maxLength, MAX_PATHS, pathVia(query));
      return found && { found: true, result: pathResult(found.paths, found.more) };
    },
  };
}

/** The whole-graph read behind the path network: its own timeout, as the other whole-graph reads have. */
const PATH_NETWORK_TIMEOUT_MS = 180_000;

/** Reads get-path-network row by row into a PathNetwork of API nodes, found by their API ids. */
export async function readPathNetwork(cypher: CypherReader): Promise<PathNetwork<NodeRow>> {
  const builder = new PathNetworkBuilder<NodeRow>((node) => toSummary(node).id, nodeKindOf);
  // Every node carries one of a handful of distinct label lists: share one array per list.
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
