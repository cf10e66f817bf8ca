/**
 * From the view state to the elements on screen. `collectView` asks the API for every part of the view (the
 * start view's regions, each expansion with its cap, each node added on its own, the path) with the
 * filters' query parameters, and `mergeGraphs` unions the answers; `syncCy` then changes the Cytoscape
 * instance in place (removes what left, adds what came, next to a neighbour already placed), so positions
 * survive a filter change or an undo. Pure parts are tested headless.
 */
import type { Core, ElementDefinition } from "cytoscape";
import type { Graph, GraphEdge, GraphNode, PathResult } from "#schemas/graph.ts";
import type { NodeDetails } from "#schemas/node.ts";
import type { Stats } from "#schemas/stats.ts";
import { filterQuery } from "../state/filters.ts";
import { isStartView, type ViewState } from "../state/view-state.ts";

export interface ViewGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface Truncation {
  id: string;
  label: string;
  shown: number;
  limit: number;
}

export interface CollectedView {
  graph: ViewGraph;
  truncated: Truncation[];
  path: PathResult | null;
  /** What went wrong, as thrown (an ApiFailure, mostly), so the status line words it in the UI's language. */
  failures: unknown[];
}

export interface ViewSource {
  neighborhood(id: string, limit: number, filters: Record<string, string>, depth?: number): Promise<Graph>;
  node(id: string): Promise<NodeDetails>;
  path(from: string, to: string, maxLength?: number, via?: boolean): Promise<PathResult>;
  stats(): Promise<Stats>;
}

/** Regions of the start view: the most connected ones, each with its strongest partners. */
export const START_REGIONS = 6;
export const START_NEIGHBOURS = 12;
/** How many neighbours of a node added on its own are asked for, to tie it to what is already shown. */
const ADDED_LIMIT = 200;

/** The union of graphs: a node or edge met twice keeps its first data, filling in what was null. */
export function mergeGraphs(graphs: readonly ViewGraph[]): ViewGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      const known = nodes.get(node.data.id);
      if (!known) nodes.set(node.data.id, { data: { ...node.data } });
      else if (known.data.events === null && node.data.events !== null) known.data.events = node.data.events;
    }
    for (const edge of graph.edges)
      if (!edges.has(edge.data.id)) edges.set(edge.data.id, { data: { ...edge.data } });
  }
  // An edge shows only with both of its ends.
  const kept = [...edges.values()].filter((e) => nodes.has(e.data.source) && nodes.has(e.data.target));
  return { nodes: [...nodes.values()], edges: kept };
}

/** A neighbour reached through one of the node's own ties (an event, an official…), tied to what is in view. */
export function attachTied(id: string, around: Graph, present: ReadonlySet<string>): ViewGraph {
  const self = around.nodes.find((n) => n.data.id === id);
  if (!self) return { nodes: [], edges: [] };
  const edges = around.edges.filter((e) => {
    const other = e.data.source === id ? e.data.target : e.data.source;
    return (e.data.source === id || e.data.target === id) && present.has(other);
  });
  return { nodes: [self], edges };
}

/** The neighbours of `details`' node of the given non-region types, at most `limit` of each type. */
export function tiedNeighbours(details: NodeDetails, types: readonly string[], limit: number): string[] {
  const ids: string[] = [];
  for (const type of types) {
    const of = details.relationships
      .filter((r) => r.otherType === type)
      .flatMap((r) => r.sample.map((s) => s.id));
    ids.push(...[...new Set(of)].slice(0, limit));
  }
  return [...new Set(ids)];
}

/** A node added on its own brings itself and its ties to nodes already in view (a non-region: all its ties). */
export function attachAdded(id: string, around: Graph, present: ReadonlySet<string>): ViewGraph {
  const self = around.nodes.find((n) => n.data.id === id);
  if (!self) return { nodes: [], edges: [] };
  if (self.data.type !== "region") return { nodes: around.nodes, edges: around.edges };
  const edges = around.edges.filter((e) => {
    const other = e.data.source === id ? e.data.target : e.data.source;
    return (e.data.source === id || e.data.target === id) && present.has(other);
  });
  return { nodes: [self], edges };
}

export async function collectView(state: ViewState, source: ViewSource): Promise<CollectedView> {
  const filters = filterQuery(state.filters);
  const failures: unknown[] = [];
  const truncated: Truncation[] = [];
  const parts: ViewGraph[] = [];
  const settle = async <T>(promise: Promise<T>): Promise<T | undefined> => {
    try {
      return await promise;
    } catch (error) {
      failures.push(error);
      return undefined;
    }
  };

  if (isStartView(state)) {
    const stats = await settle(source.stats());
    const top = (stats?.topRegions ?? []).slice(0, START_REGIONS);
    const graphs = await Promise.all(
      top.map((r) => settle(source.neighborhood(r.code, START_NEIGHBOURS, filters))),
    );
    for (const graph of graphs) if (graph) parts.push(graph);
  }

  // An expansion by partnership (no types, or "region" among them) asks for the neighbourhood; one by other
  // types reads the node's ties and brings each tied node with its edges, like a node added on its own.
  const byPartners = (e: ViewState["expanded"][number]) => !e.types || e.types.includes("region");
  const expansions = await Promise.all(
    state.expanded.map((e) =>
      byPartners(e)
        ? settle(source.neighborhood(e.id, e.limit, filters, e.depth ?? 1))
        : Promise.resolve(undefined),
    ),
  );
  const typed = await Promise.all(
    state.expanded.map(async (e) => {
      const types = (e.types ?? []).filter((t) => t !== "region");
      if (types.length === 0) return [];
      const details = await settle(source.node(e.id));
      if (!details) return [];
      const around = await Promise.all(
        tiedNeighbours(details, types, e.limit).map(async (id) => ({
          id,
          graph: await settle(source.neighborhood(id, 50, filters)),
        })),
      );
      // The expanded node itself must be drawn even when no partnership neighbourhood brought it.
      return [{ id: e.id, graph: await settle(source.neighborhood(e.id, 1, filters)) }, ...around];
    }),
  );
  expansions.forEach((graph, i) => {
    if (!graph) return;
    parts.push(graph);
    const e = state.expanded[i]!;
    if (graph.truncated) {
      const label = graph.nodes.find((n) => n.data.id === e.id)?.data.label ?? e.id;
      truncated.push({ id: e.id, label, shown: graph.nodes.length - 1, limit: e.limit });
    }
  });

  let path: PathResult | null = null;
  if (state.path) {
    path = (await settle(source.path(state.path.from, state.path.to, undefined, state.path.via))) ?? null;
    if (path) parts.push(path);
  }

  const typedSelves = typed
    .flatMap((list) => list.slice(0, 1))
    .flatMap(({ id, graph }) => (graph ? [attachTied(id, graph, new Set())] : []));
  const base = mergeGraphs([...parts, ...typedSelves]);
  const added = await Promise.all(
    state.added.map((id) => settle(source.neighborhood(id, ADDED_LIMIT, filters))),
  );
  const present = new Set(base.nodes.map((n) => n.data.id));
  const addedParts = added.flatMap((graph, i) =>
    graph ? [attachAdded(state.added[i]!, graph, present)] : [],
  );
  for (const part of addedParts) for (const n of part.nodes) present.add(n.data.id);
  const tiedParts = typed.flatMap((list) =>
    list.slice(1).flatMap(({ id, graph }) => (graph ? [attachTied(id, graph, present)] : [])),
  );
  return { graph: mergeGraphs([base, ...addedParts, ...tiedParts]), truncated, path, failures };
}

export function toElement(item: GraphNode | GraphEdge, group: "nodes" | "edges"): ElementDefinition {
  return { group, data: { ...item.data } };
}

/** Changes `cy` to show exactly `graph`; answers how many nodes were added (the caller re-runs the layout). */
export function syncCy(cy: Core, graph: ViewGraph): number {
  const wanted = new Set([...graph.nodes.map((n) => n.data.id), ...graph.edges.map((e) => e.data.id)]);
  let added = 0;
  cy.batch(() => {
    cy.elements()
      .filter((ele) => !wanted.has(ele.id()))
      .remove();
    const placed = new Map<string, { x: number; y: number }>();
    cy.nodes().forEach((n) => void placed.set(n.id(), n.position()));
    const neighbours = new Map<string, string[]>();
    for (const { data } of graph.edges) {
      neighbours.set(data.source, [...(neighbours.get(data.source) ?? []), data.target]);
      neighbours.set(data.target, [...(neighbours.get(data.target) ?? []), data.source]);
    }
    const fresh: ElementDefinition[] = [];
    for (const node of graph.nodes) {
      const existing = cy.getElementById(node.data.id);
      if (existing.nonempty()) {
        existing.data(node.data);
        continue;
      }
      const anchor = (neighbours.get(node.data.id) ?? []).map((id) => placed.get(id)).find(Boolean);
      const angle = (added * 2.399963) % (2 * Math.PI);
      const radius = 60 + (added % 7) * 12;
      const position = anchor
        ? { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) }
        : { x: radius * Math.cos(angle) * 3, y: radius * Math.sin(angle) * 3 };
      placed.set(node.data.id, position);
      fresh.push({ ...toElement(node, "nodes"), position });
      added++;
    }
    for (const edge of graph.edges)
      if (cy.getElementById(edge.data.id).empty()) fresh.push(toElement(edge, "edges"));
    if (fresh.length > 0) cy.add(fresh);
  });
  return added;
}

/** The nodes and edges drawn (not filtered or hidden), as the API shaped them, for export. */
export function visibleGraph(cy: Core): ViewGraph {
  const shown = cy.elements().filter((ele) => !ele.hasClass("filtered") && !ele.hasClass("hidden"));
  return {
    nodes: shown.nodes().map((n) => ({ data: n.data() as GraphNode["data"] })),
    edges: shown.edges().map((e) => ({ data: e.data() as GraphEdge["data"] })),
  };
}
