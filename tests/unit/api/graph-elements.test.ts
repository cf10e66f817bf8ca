/**
 * Building Cytoscape elements without Neo4j: stable edge ids, the node limit and `truncated`, edges only
 * between nodes present, partners heaviest first.
 */
import { describe, expect, it } from "vitest";
import {
  GraphBuilder,
  newPartnersByWeight,
  partnerEdgeId,
  type PartnerRow,
} from "../../../server/plugins/app/graph/graph-elements.ts";
import type { NodeRow } from "../../../server/plugins/app/nodes/node-ids.ts";

const region = (code: string): NodeRow => ({
  labels: ["Region"],
  key: code,
  name: `R ${code}`,
  kind: "city",
  date: null,
});
const partner = (code: string, weight: number): PartnerRow => ({
  node: region(code),
  events: weight,
  weight,
  firstDate: "2019-01-01",
  lastDate: "2020-02",
  kinds: ["meeting", "agreement"],
});

describe("GraphBuilder", () => {
  it("names a partnership by its two codes in order, whichever end it was found from", () => {
    expect(partnerEdgeId("52.07", "32.75")).toBe("PARTNER:32.75|52.07");
    expect(partnerEdgeId("32.75", "52.07")).toBe("PARTNER:32.75|52.07");
  });

  it("stops at the limit and says the graph was cut", () => {
    const graph = new GraphBuilder(2);
    expect(graph.addNode(region("1"), 0)).toBe("1");
    expect(graph.addNode(region("2"), 1)).toBe("2");
    expect(graph.addNode(region("2"), 1)).toBe("2");
    expect(graph.truncated).toBe(false);
    expect(graph.addNode(region("3"), 1)).toBeUndefined();
    expect(graph.build()).toMatchObject({ truncated: true });
    expect(graph.build().nodes).toHaveLength(2);
  });

  it("adds edges only between nodes it holds, once each, with sorted kinds", () => {
    const graph = new GraphBuilder(10);
    graph.addNode(region("a"), 0, 3);
    graph.addNode(region("b"), 1, 1);
    graph.addPartner("a", "b", partner("b", 2));
    graph.addPartner("b", "a", partner("a", 9));
    graph.addPartner("a", "missing", partner("missing", 1));
    expect(graph.addRelationship("RUNS", "a", "missing")).toBeUndefined();
    const { nodes, edges } = graph.build();
    expect(nodes.map((n) => n.data)).toEqual([
      { id: "a", label: "R a", type: "region", kind: "city", date: null, distance: 0, events: 3 },
      { id: "b", label: "R b", type: "region", kind: "city", date: null, distance: 1, events: 1 },
    ]);
    expect(edges).toHaveLength(1);
    expect(edges[0]!.data).toMatchObject({ id: "PARTNER:a|b", weight: 2, kinds: ["agreement", "meeting"] });
  });

  it("keeps an official's two titles in one region as two edges", () => {
    const graph = new GraphBuilder(10);
    graph.addNode({ labels: ["Person"], key: "person:1", name: "P", kind: null, date: null }, 0);
    graph.addNode(region("32.75"), 1);
    graph.addRelationship("SERVED_AS", "person:1", "32.75", { role: "Wali Kota" });
    graph.addRelationship("SERVED_AS", "person:1", "32.75", { role: "Wakil Wali Kota" });
    expect(graph.build().edges.map((e) => e.data.id)).toEqual([
      "SERVED_AS:person:1->32.75:Wali Kota",
      "SERVED_AS:person:1->32.75:Wakil Wali Kota",
    ]);
  });
});

describe("newPartnersByWeight", () => {
  it("lists unknown partners once, heaviest first across the frontier", () => {
    const rows = [
      { partners: [partner("x", 1), partner("known", 50), partner("y", 4)] },
      { partners: [partner("x", 7), partner("z", 4)] },
    ];
    const fresh = newPartnersByWeight(rows, (code) => code === "known");
    expect(fresh.map((p) => [p.node.key, p.weight])).toEqual([
      ["x", 7],
      ["y", 4],
      ["z", 4],
    ]);
  });
});
