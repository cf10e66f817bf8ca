/**
 * What the legend lists: every node kind and edge type drawn now (visible, not filtered or hidden), each
 * with its look from style.ts and how many are drawn, and the ranges that size and width encode. The legend
 * panel and the PNG export's legend both read this, so they list exactly what the canvas draws.
 */
import type { Core } from "cytoscape";
import {
  EDGE_LOOKS,
  NODE_LOOKS,
  ROLE_LOOKS,
  edgeLookKey,
  lookKey,
  scales,
  type EdgeLook,
  type NodeLook,
} from "./style.ts";

export interface LegendEntry<L> {
  key: string;
  look: L;
  count: number;
}

export interface LegendData {
  nodes: LegendEntry<NodeLook>[];
  edges: LegendEntry<EdgeLook>[];
  /** The roles drawn on party edges (ROLE_LOOKS), in that order. */
  roles: LegendEntry<EdgeLook>[];
  /** Events of the smallest and largest region drawn, and of the thinnest and widest partnership. */
  events: { min: number; max: number } | null;
  weight: { min: number; max: number } | null;
}

export function legendData(cy: Core): LegendData {
  const shown = cy.elements().filter((e) => !e.hasClass("filtered") && !e.hasClass("hidden"));
  const nodeCounts = new Map<string, number>();
  shown.nodes().forEach((n) => {
    const key = lookKey(String(n.data("type")), n.data("kind") as string | null);
    nodeCounts.set(key, (nodeCounts.get(key) ?? 0) + 1);
  });
  const edgeCounts = new Map<string, number>();
  shown.edges().forEach((e) => {
    const key = edgeLookKey(String(e.data("type")));
    edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
  });
  const roleCounts = new Map<string, number>();
  shown.edges('[type = "PARTY"]').forEach((e) => {
    const role = String(e.data("role"));
    if (ROLE_LOOKS[role]) roleCounts.set(role, (roleCounts.get(role) ?? 0) + 1);
  });
  const regions = shown.nodes('[type = "region"]').length > 0;
  const partners = shown.edges('[type = "PARTNER"]').length > 0;
  return {
    nodes: Object.keys(NODE_LOOKS)
      .filter((k) => nodeCounts.has(k))
      .map((key) => ({ key, look: NODE_LOOKS[key]!, count: nodeCounts.get(key)! })),
    edges: Object.keys(EDGE_LOOKS)
      .filter((k) => edgeCounts.has(k))
      .map((key) => ({ key, look: EDGE_LOOKS[key]!, count: edgeCounts.get(key)! })),
    roles: Object.keys(ROLE_LOOKS)
      .filter((k) => roleCounts.has(k))
      .map((key) => ({ key, look: ROLE_LOOKS[key]!, count: roleCounts.get(key)! })),
    events: regions ? { ...scales.events } : null,
    weight: partners ? { ...scales.weight } : null,
  };
}
