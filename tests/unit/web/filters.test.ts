/**
 * Filter logic: node types, event kinds and years on the elements in view; the API query the filters make;
 * the per-year histogram.
 */
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../server/schemas/graph.ts";
import {
  defaultFilters,
  edgePasses,
  filterQuery,
  isDefaultFilters,
  nodePasses,
  normalizeFilters,
  visibleElements,
  yearHistogram,
  yearsMeet,
} from "../../../web/src/state/filters.ts";

const node = (
  id: string,
  type: GraphNode["data"]["type"],
  kind: string | null = null,
  date: string | null = null,
): GraphNode => ({
  data: { id, label: id, type, kind, date, distance: null, events: null },
});
const partner = (
  a: string,
  b: string,
  firstDate: string | null,
  lastDate: string | null,
  kinds: string[],
): GraphEdge => ({
  data: {
    id: `PARTNER:${a}|${b}`,
    source: a,
    target: b,
    type: "PARTNER",
    weight: kinds.length,
    firstDate,
    lastDate,
    kinds,
    role: null,
  },
});

const nodes = [
  node("32.75", "region", "city"),
  node("52.07", "region", "regency"),
  node("31", "region", "province"),
  node("event:audience-2017", "event", "audience", "2017-12-05"),
  node("event:mou-2021", "event", "agreement", "2021-10-26"),
  node("person:32.75:rahmat", "person"),
];
const edges = [
  partner("32.75", "52.07", "2021-10-26", "2021-10-26", ["agreement"]),
  partner("31", "32.75", "2017-12-05", "2017-12-05", ["audience"]),
  {
    data: {
      ...partner("event:audience-2017", "31", null, null, []).data,
      id: "PARTY:event:audience-2017->31",
      type: "PARTY",
    },
  },
];

describe("filters", () => {
  it("default filters show everything and ask the API for nothing", () => {
    const f = defaultFilters();
    expect(isDefaultFilters(f)).toBe(true);
    expect(filterQuery(f)).toEqual({});
    const visible = visibleElements(nodes, edges, f);
    expect(visible.nodes.size).toBe(nodes.length);
    expect(visible.edges.size).toBe(edges.length);
  });

  it("a year range 2019–2024 drops the 2017 audience and its partnership, keeps 2021", () => {
    const f = { ...defaultFilters(), from: 2019, to: 2024 };
    expect(filterQuery(f)).toEqual({ from: "2019", to: "2024" });
    const visible = visibleElements(nodes, edges, f);
    expect(visible.nodes.has("event:audience-2017")).toBe(false);
    expect(visible.nodes.has("event:mou-2021")).toBe(true);
    expect(visible.edges.has("PARTNER:31|32.75")).toBe(false);
    expect(visible.edges.has("PARTNER:32.75|52.07")).toBe(true);
    expect(visible.edges.has("PARTY:event:audience-2017->31")).toBe(false);
  });

  it("node types hide a type and the edges that touch it", () => {
    const f = { ...defaultFilters(), types: ["region" as const] };
    const visible = visibleElements(nodes, edges, f);
    expect([...visible.nodes].sort()).toEqual(["31", "32.75", "52.07"]);
    expect(visible.edges.has("PARTY:event:audience-2017->31")).toBe(false);
  });

  it("event kinds filter event nodes and partnerships by their kinds", () => {
    const f = { ...defaultFilters(), kinds: ["agreement" as const] };
    expect(filterQuery(f)).toEqual({ kinds: "agreement" });
    expect(nodePasses(nodes[3]!.data, f)).toBe(false);
    expect(nodePasses(nodes[4]!.data, f)).toBe(true);
    expect(edgePasses(edges[0]!.data, f)).toBe(true);
    expect(edgePasses(edges[1]!.data, f)).toBe(false);
  });

  it("hidden nodes take their edges with them", () => {
    const visible = visibleElements(nodes, edges, defaultFilters(), new Set(["52.07"]));
    expect(visible.nodes.has("52.07")).toBe(false);
    expect(visible.edges.has("PARTNER:32.75|52.07")).toBe(false);
  });

  it("year spans meet a range when they overlap it; undated things fail a set bound", () => {
    const f = { ...defaultFilters(), from: 2019, to: 2020 };
    expect(yearsMeet("2015-01", "2019-03-01", f)).toBe(true);
    expect(yearsMeet("2021", "2022", f)).toBe(false);
    expect(yearsMeet(null, null, f)).toBe(false);
    expect(yearsMeet(null, null, defaultFilters())).toBe(true);
  });

  it("normalises order, repeats and a reversed range", () => {
    const f = normalizeFilters({
      types: ["event", "region", "event"],
      kinds: [],
      sectors: ["sanitasi", "kesehatan"],
      from: 2024,
      to: 2019,
    });
    expect(f).toEqual({
      types: ["region", "event"],
      kinds: [],
      sectors: ["kesehatan", "sanitasi"],
      from: 2019,
      to: 2024,
    });
  });

  it("the histogram fills gaps with zero and marks the range", () => {
    const bars = yearHistogram(
      [
        { year: 2017, count: 1 },
        { year: 2019, count: 4 },
      ],
      { ...defaultFilters(), from: 2018 },
    );
    expect(bars.map((b) => [b.year, b.count, b.inRange])).toEqual([
      [2017, 1, false],
      [2018, 0, true],
      [2019, 4, true],
    ]);
    expect(bars[2]!.height).toBe(1);
  });
});
