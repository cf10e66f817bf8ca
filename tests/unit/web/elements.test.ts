/**
 * From API graphs to the elements on screen, headless (cytoscape without a container, as cytoscape.js's own
 * tests do): the union of parts, a node added on its own tied only to what is shown, and syncing an
 * instance in place so existing nodes keep their positions.
 */
import { describe, expect, it } from "vitest";
import type { Graph, GraphEdge, GraphNode } from "../../../server/schemas/graph.ts";
import { createCy } from "../../../web/src/graph/cy.ts";
import {
  attachAdded,
  collectView,
  mergeGraphs,
  syncCy,
  type ViewSource,
} from "../../../web/src/graph/elements.ts";
import { applyFilters } from "../../../web/src/graph/highlight.ts";
import { defaultFilters } from "../../../web/src/state/filters.ts";
import { defaultViewState } from "../../../web/src/state/view-state.ts";

const region = (id: string, events: number | null = 1): GraphNode => ({
  data: { id, label: `R ${id}`, type: "region", kind: "city", date: null, distance: 0, events },
});
const partner = (a: string, b: string, year = "2021"): GraphEdge => ({
  data: {
    id: `PARTNER:${a}|${b}`,
    source: a,
    target: b,
    type: "PARTNER",
    weight: 1,
    firstDate: `${year}-01-01`,
    lastDate: `${year}-01-01`,
    kinds: ["agreement"],
    role: null,
  },
});
const graph = (nodes: GraphNode[], edges: GraphEdge[], truncated = false): Graph => ({
  nodes,
  edges,
  truncated,
});

describe("view elements", () => {
  it("merges parts: each node and edge once, nulls filled, no dangling edge", () => {
    const merged = mergeGraphs([
      graph([region("32.75", null), region("52.07")], [partner("32.75", "52.07")]),
      graph([region("32.75", 3), region("31")], [partner("31", "32.75"), partner("31", "99")]),
    ]);
    expect(merged.nodes.map((n) => n.data.id)).toEqual(["32.75", "52.07", "31"]);
    expect(merged.nodes[0]!.data.events).toBe(3);
    expect(merged.edges.map((e) => e.data.id)).toEqual(["PARTNER:32.75|52.07", "PARTNER:31|32.75"]);
  });

  it("a region added on its own brings only its ties to nodes already shown", () => {
    const around = graph(
      [region("51.71"), region("32.75"), region("35.78")],
      [partner("32.75", "51.71"), partner("35.78", "51.71")],
    );
    const added = attachAdded("51.71", around, new Set(["32.75"]));
    expect(added.nodes.map((n) => n.data.id)).toEqual(["51.71"]);
    expect(added.edges.map((e) => e.data.id)).toEqual(["PARTNER:32.75|51.71"]);
  });

  it("collects the start view from the most connected regions, and expansions with their truncation", async () => {
    const asked: string[] = [];
    const source: ViewSource = {
      stats: async () =>
        ({
          topRegions: [{ code: "32.75", name: "Kota Bekasi", kind: "city", events: 2, partners: 2 }],
        }) as never,
      neighborhood: async (id, limit, filters) => {
        asked.push(`${id}:${limit}:${JSON.stringify(filters)}`);
        return graph([region(id), region("52.07")], [partner(id, "52.07")], id === "31");
      },
      path: async () => {
        throw new Error("not asked");
      },
    };
    const start = await collectView(defaultViewState(), source);
    expect(start.graph.nodes.map((n) => n.data.id)).toEqual(["32.75", "52.07"]);
    const state = {
      ...defaultViewState(),
      expanded: [{ id: "31", limit: 25 }],
      filters: { ...defaultFilters(), from: 2019 },
    };
    const view = await collectView(state, source);
    expect(asked.at(-1)).toBe('31:25:{"from":"2019"}');
    expect(view.truncated).toEqual([{ id: "31", label: "R 31", shown: 1, limit: 25 }]);
  });

  it("syncs a headless instance in place and filters with classes, not data", () => {
    const cy = createCy(undefined, { large: false, headless: true });
    syncCy(cy, mergeGraphs([graph([region("32.75"), region("52.07")], [partner("32.75", "52.07")])]));
    cy.getElementById("32.75").position({ x: 123, y: 45 });
    const added = syncCy(
      cy,
      mergeGraphs([graph([region("32.75"), region("31")], [partner("31", "32.75", "2017")])]),
    );
    expect(added).toBe(1);
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(["31", "32.75"]);
    expect(cy.getElementById("32.75").position()).toEqual({ x: 123, y: 45 });
    applyFilters(cy, { ...defaultFilters(), from: 2019 }, []);
    expect(cy.getElementById("PARTNER:31|32.75").hasClass("filtered")).toBe(true);
    expect(cy.getElementById("PARTNER:31|32.75").data("firstDate")).toBe("2017-01-01");
    applyFilters(cy, defaultFilters(), ["31"]);
    expect(cy.getElementById("31").hasClass("hidden")).toBe(true);
    expect(cy.getElementById("PARTNER:31|32.75").hasClass("hidden")).toBe(true);
    cy.destroy();
  });
});
