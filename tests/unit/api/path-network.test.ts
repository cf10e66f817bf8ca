/**
 * The in-memory path network on small hand-made graphs: paths go over partnerships (an event between two
 * regions only when it makes them partners: no hub, or one of them is the hub), one event never carries two
 * partnerships of one path, officials, programmes and organisations are hops only when asked, an event or
 * official at an end steps to its first region, parallel relationships make distinct paths, maxLength and
 * the limit on tied paths hold, and unknown ends send the search to Neo4j. That it answers as
 * find-shortest-paths.cypher does on a real graph: tests/integration/api/path-network.test.ts.
 */
import { describe, expect, it } from "vitest";
import { NodeKind, type PathNetwork, type PathVia } from "../../../server/plugins/app/graph/path-network.ts";
import {
  PathNetworkBuilder,
  type PathNetworkRow,
} from "../../../server/plugins/app/graph/path-network-builder.ts";

type Relationship = [start: string, type: string, end: string, role?: string];

/** The kind of a node by its name: e… events, p… officials, prog… programmes, org… organisations. */
function kindOf(name: string): NodeKind {
  if (name.startsWith("prog")) return NodeKind.program;
  if (name.startsWith("org")) return NodeKind.organization;
  if (name.startsWith("e")) return NodeKind.event;
  if (name.startsWith("p")) return NodeKind.person;
  return NodeKind.region;
}

/** A network from relationships; `hubs` names an event's hub region. */
function network(
  relationships: Relationship[],
  hubs: Record<string, string> = {},
  isolated: string[] = [],
): PathNetwork<string> {
  const rows = new Map<string, PathNetworkRow<string>>();
  const row = (id: string) => {
    let found = rows.get(id);
    if (!found) {
      // Element ids and keys differ, as they do in the graph.
      found = { id: `element:${id}`, node: id, hub: hubs[id] ?? null, out: [] };
      rows.set(id, found);
    }
    return found;
  };
  for (const [start, type, end, role] of relationships) {
    row(start).out.push([`element:${end}`, type, role ?? null]);
    row(end);
  }
  for (const id of isolated) row(id);
  const builder = new PathNetworkBuilder<string>((node) => node, kindOf);
  // Rows in a scrambled order: a relationship may name a node whose own row comes later.
  for (const value of [...rows.values()].reverse()) builder.add(value);
  return builder.build();
}

const NONE: PathVia = { people: false, programs: false, organizations: false };
const ALL: PathVia = { people: true, programs: true, organizations: true };

/** Paths as readable strings: "a <PARTY- e -PARTY> b". */
function spelled(net: PathNetwork<string>, from: string, to: string, via = NONE, maxLength = 8): string[] {
  const found = net.shortestPaths(from, to, maxLength, 100, via);
  if (!found) throw new Error("the network declined");
  return found.paths
    .map((path) =>
      path.nodes
        .map((node, i) => {
          const step = path.steps[i];
          if (!step) return node;
          const role = step.role ? `(${step.role})` : "";
          return step.forward ? `${node} -${step.type}${role}> ` : `${node} <${step.type}${role}- `;
        })
        .join(""),
    )
    .sort();
}

// A signing hosted by b with a and c (hub b); a meeting of c and d without a hub; an official of b who took
// part in both; a programme a and d run; an organisation that witnessed both.
const hubbed: Relationship[] = [
  ["e1", "PARTY", "a", "signatory"],
  ["e1", "PARTY", "b", "host"],
  ["e1", "PARTY", "c", "signatory"],
  ["e2", "PARTY", "c", "participant"],
  ["e2", "PARTY", "d", "participant"],
  ["p", "SERVED_AS", "b", "Sekda"],
  ["p", "SERVED_AS", "d", "Bupati"],
  ["p", "TOOK_PART", "e1", "Sekda"],
  ["a", "RUNS", "prog"],
  ["d", "RUNS", "prog"],
  ["org", "WITNESSED", "e1"],
  ["org", "FACILITATED", "e2"],
];
const HUBS = { e1: "b" };

describe("PathNetwork.shortestPaths", () => {
  it("goes over partnerships: the hub with each party, every pair of an event without a hub", () => {
    const net = network(hubbed, HUBS);
    expect(spelled(net, "a", "b")).toEqual(["a <PARTY(signatory)- e1 -PARTY(host)> b"]);
    expect(spelled(net, "c", "d")).toEqual(["c <PARTY(participant)- e2 -PARTY(participant)> d"]);
    // b – e1 – c – e2 – d: four steps, each hop a partnership.
    expect(spelled(net, "b", "d")).toEqual([
      "b <PARTY(host)- e1 -PARTY(signatory)> c <PARTY(participant)- e2 -PARTY(participant)> d",
    ]);
  });

  it("never reads co-signers as partners, and one event never carries two partnerships of one path", () => {
    const net = network(hubbed, HUBS);
    // a and c only signed with the hub b: a – e1 – c is no hop, a – e1 – b – e1 – c uses e1 twice. The
    // shortest walk passes e1 twice, so the network declines and Neo4j answers (no path of that length).
    expect(net.shortestPaths("a", "c", 8, 25, NONE)).toBeUndefined();
    // Another route of the same length would be answered here: a – e3 – x – e4 – c.
    const routed = network(
      [...hubbed, ["e3", "PARTY", "a"], ["e3", "PARTY", "x"], ["e4", "PARTY", "x"], ["e4", "PARTY", "c"]],
      HUBS,
    );
    expect(spelled(routed, "a", "c")).toEqual(["a <PARTY- e3 -PARTY> x <PARTY- e4 -PARTY> c"]);
  });

  it("hops through officials, programmes and organisations only when asked", () => {
    const net = network(hubbed, HUBS);
    // a and d over partnerships alone: a – e1 – b, and b's only event is e1 again: declined to Neo4j.
    expect(net.shortestPaths("a", "d", 8, 25, NONE)).toBeUndefined();
    expect(spelled(net, "a", "d", { ...NONE, programs: true })).toEqual(["a -RUNS> prog <RUNS- d"]);
    expect(spelled(net, "b", "d", { ...NONE, people: true })).toEqual([
      "b <SERVED_AS(Sekda)- p -SERVED_AS(Bupati)> d",
    ]);
    expect(spelled(net, "a", "d", { ...NONE, organizations: true })).toEqual([
      "a <PARTY(signatory)- e1 <WITNESSED- org -FACILITATED> e2 -PARTY(participant)> d",
    ]);
    // Never through a sector, which the network does not hold at all.
    expect(spelled(net, "a", "d", ALL)).toEqual(["a -RUNS> prog <RUNS- d"]);
  });

  it("lets an event, official or programme at an end step to its first region", () => {
    const net = network(hubbed, HUBS);
    expect(spelled(net, "e2", "b")).toEqual([
      "e2 -PARTY(participant)> c <PARTY(signatory)- e1 -PARTY(host)> b",
    ]);
    expect(spelled(net, "b", "e2")).toEqual([
      "b <PARTY(host)- e1 -PARTY(signatory)> c <PARTY(participant)- e2",
    ]);
    // An official at an end: a hop through an event he took part in, or one step to a region he served.
    expect(spelled(net, "p", "c")).toEqual(["p -TOOK_PART(Sekda)> e1 -PARTY(signatory)> c"]);
    expect(spelled(net, "p", "a", NONE, 3)).toEqual(["p -TOOK_PART(Sekda)> e1 -PARTY(signatory)> a"]);
    const served = network([...hubbed, ["p2", "SERVED_AS", "d", "Camat"]], HUBS);
    expect(spelled(served, "p2", "c")).toEqual([
      "p2 -SERVED_AS(Camat)> d <PARTY(participant)- e2 -PARTY(participant)> c",
    ]);
    expect(spelled(net, "p", "e1")).toEqual(["p -TOOK_PART(Sekda)> e1"]);
    expect(spelled(net, "e1", "p")).toEqual(["e1 <TOOK_PART(Sekda)- p"]);
  });

  it("counts parallel relationships as distinct paths, as Cypher does", () => {
    const net = network([
      ["p", "SERVED_AS", "r", "Kepala Dinas PUPR"],
      ["p", "SERVED_AS", "r", "Wakil Wali Kota"],
    ]);
    expect(spelled(net, "p", "r")).toEqual([
      "p -SERVED_AS(Kepala Dinas PUPR)> r",
      "p -SERVED_AS(Wakil Wali Kota)> r",
    ]);
  });

  it("finds nothing longer than maxLength, nothing across components, and the empty path to itself", () => {
    const chain = network(
      [
        ["e1", "PARTY", "a"],
        ["e1", "PARTY", "b"],
        ["e2", "PARTY", "b"],
        ["e2", "PARTY", "c"],
        ["e3", "PARTY", "c"],
        ["e3", "PARTY", "d"],
      ],
      {},
      ["lonely"],
    );
    expect(chain.shortestPaths("a", "d", 6, 25, NONE)?.length).toBe(6);
    expect(chain.shortestPaths("a", "d", 5, 25, NONE)).toEqual({ length: null, paths: [], more: false });
    expect(chain.shortestPaths("a", "lonely", 8, 25, NONE)).toEqual({ length: null, paths: [], more: false });
    expect(chain.shortestPaths("c", "c", 8, 25, NONE)).toEqual({
      length: 0,
      paths: [{ nodes: ["c"], steps: [] }],
      more: false,
    });
  });

  it("returns at most `limit` tied paths and says that more exist", () => {
    const shared: Relationship[] = Array.from({ length: 30 }, (_, i) => [
      [`e${i}`, "PARTY", "a"] as Relationship,
      [`e${i}`, "PARTY", "b"] as Relationship,
    ]).flat();
    const net = network(shared);
    const capped = net.shortestPaths("a", "b", 6, 25, NONE)!;
    expect(capped.paths).toHaveLength(25);
    expect(capped.more).toBe(true);
    expect(new Set(capped.paths.map((path) => path.nodes[1])).size).toBe(25);
    const all = net.shortestPaths("a", "b", 6, 30, NONE)!;
    expect(all).toMatchObject({ length: 2, more: false });
    expect(all.paths).toHaveLength(30);
  });

  it("keeps out of a node known only as the end of a relationship (written while the network was read)", () => {
    const builder = new PathNetworkBuilder<string>((node) => node, kindOf);
    const row = (id: string, out: PathNetworkRow<string>["out"] = []) =>
      builder.add({ id: `element:${id}`, node: id, hub: null, out });
    row("e1", [
      ["element:a", "PARTY", null],
      ["element:new", "PARTY", null],
    ]);
    row("e2", [
      ["element:new", "PARTY", null],
      ["element:b", "PARTY", null],
    ]);
    row("a");
    row("b");
    const net = builder.build();
    expect(net.has("new")).toBe(false);
    expect(net.shortestPaths("a", "b", 8, 25, ALL)).toEqual({ length: null, paths: [], more: false });
  });

  it("knows no node it was not built with: the caller must then ask Neo4j", () => {
    const net = network(hubbed, HUBS);
    expect(net.shortestPaths("a", "written-later", 6, 25, NONE)).toBeUndefined();
    expect(net.shortestPaths("written-later", "a", 6, 25, NONE)).toBeUndefined();
    expect(net.relationshipCount).toBe(hubbed.length);
  });

  it("answers the same on a search after another", () => {
    const net = network(hubbed, HUBS);
    const first = spelled(net, "b", "d");
    for (const [from, to] of [
      ["a", "d"],
      ["p", "c"],
      ["e2", "b"],
    ] as const)
      net.shortestPaths(from, to, 6, 25, ALL);
    expect(spelled(net, "b", "d")).toEqual(first);
  });
});
