/**
 * Builds Cytoscape-ready graphs, `{nodes, edges, truncated}`, from the node and edge rows the graph queries
 * return. Pure: no driver, so how a neighbourhood is cut and how edges are named is tested without Neo4j.
 *
 * Edge ids are stable and readable: `PARTNER:32.75|52.07` for the derived partnership of two regions (the
 * codes sorted, since a partnership has no direction), `PARTY:event:…->32.75` for a stored relationship
 * (with the role or title when a pair has several, as an official with two titles in one region).
 */
import type { Graph, GraphEdge, GraphNode } from "../../../schemas/graph.ts";
import type { NodeSummary } from "../../../schemas/node.ts";
import { toSummary, type NodeRow } from "../nodes/node-ids.ts";

export interface PartnerRow {
  node: NodeRow;
  events: number;
  weight: number;
  firstDate: string | null;
  lastDate: string | null;
  kinds: string[];
}

export interface AnchorRow {
  node: NodeRow;
  events: number;
  type: string;
  role: string | null;
  weight: number | null;
  firstDate: string | null;
  lastDate: string | null;
  kinds: string[] | null;
}

export function partnerEdgeId(a: string, b: string): string {
  return a < b ? `PARTNER:${a}|${b}` : `PARTNER:${b}|${a}`;
}

export function relationshipEdgeId(
  type: string,
  source: string,
  target: string,
  role: string | null,
): string {
  return `${type}:${source}->${target}${role ? `:${role}` : ""}`;
}

/** A node of the answer; a literal of fixed shape, since hundreds are built per neighbourhood. */
function graphNode(summary: NodeSummary, distance: number | null, events: number | null): GraphNode {
  return {
    data: {
      id: summary.id,
      label: summary.label,
      type: summary.type,
      kind: summary.kind,
      date: summary.date,
      distance,
      events: summary.type === "region" ? events : null,
    },
  };
}

/** The derived partnership of two regions, `source` the region it was reached from. */
function partnerEdge(
  id: string,
  source: string,
  target: string,
  row: Pick<PartnerRow, "weight" | "firstDate" | "lastDate" | "kinds">,
): GraphEdge {
  return {
    data: {
      id,
      source,
      target,
      type: "PARTNER",
      weight: row.weight,
      firstDate: row.firstDate,
      lastDate: row.lastDate,
      kinds: [...row.kinds].sort(),
      role: null,
    },
  };
}

export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  truncated = false;

  constructor(readonly limit: number) {}

  get size(): number {
    return this.nodes.size;
  }

  get room(): number {
    return Math.max(0, this.limit - this.nodes.size);
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Ids of the regions in the graph, which are their codes. */
  regionIds(): string[] {
    return [...this.nodes.values()].filter((n) => n.data.type === "region").map((n) => n.data.id);
  }

  /** Adds a node unless present; refuses (and marks the graph truncated) when the limit is reached. */
  addNode(row: NodeRow, distance: number | null, events: number | null = null): string | undefined {
    const summary = toSummary(row);
    if (this.nodes.has(summary.id)) return summary.id;
    if (this.nodes.size >= this.limit) {
      this.truncated = true;
      return undefined;
    }
    this.nodes.set(summary.id, graphNode(summary, distance, events));
    return summary.id;
  }

  /** Fills in a node added before its details were read (the centre of a neighbourhood). */
  replaceNode(row: NodeRow, distance: number | null, events: number | null = null): void {
    const summary = toSummary(row);
    if (!this.nodes.has(summary.id)) return;
    this.nodes.set(summary.id, graphNode(summary, distance, events));
  }

  /** The derived partnership of two regions already in the graph; the first sighting wins. */
  addPartner(source: string, target: string, row: PartnerRow): void {
    const id = partnerEdgeId(source, target);
    if (this.edges.has(id) || !this.nodes.has(source) || !this.nodes.has(target)) return;
    this.edges.set(id, partnerEdge(id, source, target, row));
  }

  /** A stored relationship (or an INVOLVED tie) between two nodes already in the graph. */
  addRelationship(
    type: string,
    source: string,
    target: string,
    details: Partial<Pick<AnchorRow, "role" | "weight" | "firstDate" | "lastDate" | "kinds">> = {},
  ): string | undefined {
    if (!this.nodes.has(source) || !this.nodes.has(target)) return undefined;
    const id = relationshipEdgeId(type, source, target, details.role ?? null);
    if (!this.edges.has(id)) {
      this.edges.set(id, {
        data: {
          id,
          source,
          target,
          type,
          weight: details.weight ?? null,
          firstDate: details.firstDate ?? null,
          lastDate: details.lastDate ?? null,
          kinds: details.kinds ? [...details.kinds].sort() : null,
          role: details.role ?? null,
        },
      });
    }
    return id;
  }

  build(): Graph {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()], truncated: this.truncated };
  }
}

/**
 * New partners from one hop, heaviest first across the whole frontier (a hub's strongest ties before a
 * small region's only one), each once.
 */
export function newPartnersByWeight(
  rows: ReadonlyArray<{ partners: readonly PartnerRow[] }>,
  isKnown: (code: string) => boolean,
): PartnerRow[] {
  const best = new Map<string, PartnerRow>();
  for (const row of rows) {
    for (const partner of row.partners) {
      if (isKnown(partner.node.key)) continue;
      const seen = best.get(partner.node.key);
      if (!seen || partner.weight > seen.weight) best.set(partner.node.key, partner);
    }
  }
  return [...best.values()].sort((a, b) => b.weight - a.weight || a.node.key.localeCompare(b.node.key));
}
