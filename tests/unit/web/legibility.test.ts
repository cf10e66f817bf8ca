/**
 * What makes the network legible, without a browser: label placement (no two shown labels overlap, the
 * higher priority wins, a label flips above its node before it is hidden), the level of detail's steps,
 * the legend listing exactly the kinds drawn (filtered ones left out), the data's range for sizes and
 * widths, and the overview's filters over the latest events and the most connected regions.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { GraphEdge, GraphNode } from "../../../server/schemas/graph.ts";
import { createCy } from "../../../web/src/graph/cy.ts";
import { placeLabels, overlaps, above, type LabelItem } from "../../../web/src/graph/labels.ts";
import { legendData } from "../../../web/src/graph/legend-data.ts";
import { BUDGET, rankElements, shownCount } from "../../../web/src/graph/level-of-detail.ts";
import { updateScales } from "../../../web/src/graph/presentation.ts";
import { partnerWidth, regionSize, scales, NODE_SIZE, PARTNER_WIDTH } from "../../../web/src/graph/style.ts";
import { applyFilters } from "../../../web/src/graph/highlight.ts";
import { defaultFilters } from "../../../web/src/state/filters.ts";
import { latestPasses, topFromView } from "../../../web/src/panels/overview.ts";

const node = (id: string, type: string, kind: string | null, events: number | null = null): GraphNode => ({
  data: {
    id,
    label: `N ${id}`,
    type: type as never,
    kind,
    date: type === "event" ? "2021-05-01" : null,
    distance: null,
    events,
  },
});
const edge = (a: string, b: string, type = "PARTNER", weight: number | null = 1): GraphEdge => ({
  data: {
    id: `${type}:${a}|${b}`,
    source: a,
    target: b,
    type,
    weight,
    firstDate: "2021-01-01",
    lastDate: "2021-01-01",
    kinds: ["agreement"],
    role: null,
  },
});

function item(id: string, x: number, y: number, width = 80, priority = 0): LabelItem {
  return {
    id,
    node: { x1: x - 10, y1: y - 10, x2: x + 10, y2: y + 10 },
    label: { x1: x - width / 2, y1: y + 12, x2: x + width / 2, y2: y + 26 },
    priority,
  };
}

describe("label placement", () => {
  it("never shows two overlapping labels (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 400 }),
            fc.integer({ min: 0, max: 300 }),
            fc.integer({ min: 20, max: 160 }),
            fc.integer({ min: 0, max: 9 }),
          ),
          { maxLength: 60 },
        ),
        (specs) => {
          const items = specs.map(([x, y, w, p], i) => item(`n${i}`, x, y, w, p));
          const placement = placeLabels(items);
          const boxes = items.flatMap((it) => {
            const where = placement.get(it.id);
            return where === "bottom" ? [it.label] : where === "top" ? [above(it)] : [];
          });
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!, 0)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives the place to the higher priority, flips a label above before hiding it", () => {
    const a = item("a", 100, 100, 120, 5);
    const b = item("b", 110, 95, 120, 1);
    const placement = placeLabels([b, a]);
    expect(placement.get("a")).toBe("bottom");
    expect(placement.get("b")).toBe("top");
    const c = item("c", 105, 97, 120, 0);
    expect(placeLabels([a, b, c]).get("c")).toBe("off");
  });
});

describe("level of detail", () => {
  it("shows everything under the budget, and doubles in steps as less of the graph is in view", () => {
    expect(shownCount(BUDGET - 1, 1)).toBe(BUDGET - 1);
    expect(shownCount(25000, 1)).toBe(BUDGET);
    expect(shownCount(25000, 0.5)).toBe(BUDGET * 2);
    expect(shownCount(25000, 0.3)).toBe(BUDGET * 4);
    expect(shownCount(25000, 0.01)).toBe(25000);
  });

  it("ranks regions first, then partnerships by events, then the rest", () => {
    const cy = createCy(undefined, {
      large: false,
      elements: [
        { group: "nodes", data: node("e1", "event", "agreement").data },
        { group: "nodes", data: node("32.75", "region", "city", 3).data },
        { group: "nodes", data: node("31", "region", "province", 1).data },
        { group: "edges", data: edge("32.75", "31", "PARTNER", 5).data },
        { group: "edges", data: edge("e1", "31", "PARTY", null).data },
      ],
    });
    const order = rankElements(cy).map((e) => e.id());
    expect(order.slice(0, 2).sort()).toEqual(["31", "32.75"]);
    expect(order[2]).toBe("PARTNER:32.75|31");
    expect(order[3]).toBe("e1");
  });
});

describe("legend and scales", () => {
  it("lists exactly the kinds drawn, leaving out filtered ones", () => {
    const cy = createCy(undefined, {
      large: false,
      elements: [
        ...[
          node("32.75", "region", "city", 2),
          node("52.07", "region", "regency", 1),
          node("e1", "event", "agreement"),
          node("o1", "organization", "ministry"),
        ].map((n) => ({ group: "nodes" as const, data: n.data })),
        { group: "edges", data: edge("32.75", "52.07", "PARTNER", 3).data },
        { group: "edges", data: edge("e1", "32.75", "PARTY", null).data },
      ],
    });
    const filters = {
      ...defaultFilters(),
      types: defaultFilters().types.filter((t) => t !== "organization"),
    };
    applyFilters(cy, filters, []);
    updateScales(cy);
    const data = legendData(cy);
    expect(data.nodes.map((e) => e.key)).toEqual(["region:regency", "region:city", "event"]);
    expect(data.edges.map((e) => e.key)).toEqual(["PARTNER", "PARTY"]);
    expect(data.events).toEqual({ min: 1, max: 2 });
    expect(data.weight).toEqual({ min: 3, max: 3 });
  });

  it("sizes regions over the events in view and widths over the partnerships in view", () => {
    Object.assign(scales, { events: { min: 1, max: 40 }, weight: { min: 1, max: 9 } });
    expect(regionSize(0)).toBe(NODE_SIZE.min);
    expect(regionSize(40)).toBe(NODE_SIZE.max);
    expect(regionSize(10)).toBeGreaterThan(regionSize(5));
    expect(partnerWidth(1)).toBe(PARTNER_WIDTH.min);
    expect(partnerWidth(9)).toBe(PARTNER_WIDTH.max);
    Object.assign(scales, { events: { min: 1, max: 2 }, weight: { min: 1, max: 1 } });
    // A view whose regions have one or two events is not drawn with 60 px nodes.
    expect(regionSize(2)).toBeLessThanOrEqual(NODE_SIZE.min + 20);
  });
});

describe("the overview obeys the filters", () => {
  it("narrows the latest events by kind, year and type", () => {
    const meeting = { kind: "meeting", date: "2024-07-15" };
    const mou = { kind: "agreement", date: "2021-10-26" };
    expect(latestPasses(meeting, defaultFilters())).toBe(true);
    expect(latestPasses(meeting, { ...defaultFilters(), kinds: ["agreement"] })).toBe(false);
    expect(latestPasses(mou, { ...defaultFilters(), from: 2022 })).toBe(false);
    expect(latestPasses(mou, { ...defaultFilters(), types: ["region"] })).toBe(false);
  });

  it("ranks the most connected regions from the partnerships drawn", () => {
    const cy = createCy(undefined, {
      large: false,
      elements: [
        ...["a", "b", "c"].map((id) => ({
          group: "nodes" as const,
          data: node(id, "region", "city", 1).data,
        })),
        { group: "edges", data: edge("a", "b", "PARTNER", 4).data },
        { group: "edges", data: edge("a", "c", "PARTNER", 1).data },
      ],
    });
    expect(topFromView(cy).map((r) => [r.code, r.events, r.partners])).toEqual([
      ["a", 5, 2],
      ["b", 4, 1],
      ["c", 1, 1],
    ]);
    applyFilters(cy, defaultFilters(), ["b"]);
    expect(topFromView(cy).map((r) => r.code)).toEqual(["a", "c"]);
  });
});
