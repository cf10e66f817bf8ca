/**
 * The in-memory path network on small hand-made graphs: every tied shortest path and no longer one, each
 * step with the direction its relationship is stored in, parallel relationships as distinct paths,
 * sectors and organisations only at the ends, maxLength and the limit on tied paths, and unknown ends.
 * That it answers as find-shortest-paths.cypher does on a real graph: tests/integration/api/path-network.
 */
import { describe, expect, it } from "vitest";
import type { PathNetwork } from "../../../server/plugins/app/graph/path-network.ts";
import {
  PathNetworkBuilder,
  type PathNetworkRow,
} from "../../../server/plugins/app/graph/path-network-builder.ts";

type Relationship = [start: string, type: string, end: string, role?: string];

/** A network from relationships; names ending in "!" are sectors or organisations (ends only). */
function network(relationships: Relationship[], isolated: string[] = []): PathNetwork<string> {
  const rows = new Map<string, PathNetworkRow<string>>();
  const row = (id: string) => {
    let found = rows.get(id);
    if (!found) {
      // Element ids and keys differ, as they do in the graph.
      found = { id: `element:${id}`, node: id, endOnly: id.endsWith("!"), out: [] };
      rows.set(id, found);
    }
    return found;
  };
  for (const [start, type, end, role] of relationships) {
    row(start).out.push([`element:${end}`, type, role ?? null]);
    row(end);
  }
  for (const id of isolated) row(id);
  const builder = new PathNetworkBuilder<string>((node) => node);
  // Rows in a scrambled order: a relationship may name a node whose own row comes later.
  for (const value of [...rows.values()].reverse()) builder.add(value);
  return builder.build();
}

/** Paths as readable strings: "a -PARTY> e <PARTY- b". */
function spelled(net: PathNetwork<string>, from: string, to: string, maxLength = 6, limit = 100): string[] {
  const found = net.shortestPaths(from, to, maxLength, limit);
  if (!found) throw new Error("an end is unknown");
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

// Two regions sharing an event; a third region linked to the second by another event; an official of
// region b who took part in both events; a programme two of them run; a sector covering both events.
const partnership: Relationship[] = [
  ["e1", "PARTY", "a", "host"],
  ["e1", "PARTY", "b", "visitor"],
  ["e2", "PARTY", "b"],
  ["e2", "PARTY", "c"],
  ["p", "SERVED_AS", "b", "Sekda"],
  ["p", "TOOK_PART", "e1", "Sekda"],
  ["p", "TOOK_PART", "e2", "Sekda"],
  ["a", "RUNS", "prog"],
  ["c", "RUNS", "prog"],
  ["e1", "COVERS", "health!"],
  ["e2", "COVERS", "health!"],
];

describe("PathNetwork.shortestPaths", () => {
  it("finds every tied shortest path, each step in its stored direction with its role", () => {
    const net = network(partnership);
    expect(spelled(net, "a", "b")).toEqual(["a <PARTY(host)- e1 -PARTY(visitor)> b"]);
    expect(spelled(net, "a", "c")).toEqual(["a -RUNS> prog <RUNS- c"]);
    expect(spelled(net, "b", "c")).toEqual(["b <PARTY- e2 -PARTY> c"]);
    // From e1 to e2: through b or through the official, both two hops.
    expect(spelled(net, "e1", "e2")).toEqual([
      "e1 -PARTY(visitor)> b <PARTY- e2",
      "e1 <TOOK_PART(Sekda)- p -TOOK_PART(Sekda)> e2",
    ]);
    expect(net.shortestPaths("e1", "e2", 6, 100)?.length).toBe(2);
  });

  it("never steps through a sector or organisation, but may start or end at one", () => {
    const net = network(partnership);
    // e1 and e2 both cover the sector: a two-hop path through it must not count.
    expect(spelled(net, "e1", "e2").some((path) => path.includes("health!"))).toBe(false);
    expect(spelled(net, "health!", "a")).toEqual(["health! <COVERS- e1 -PARTY(host)> a"]);
    expect(spelled(net, "a", "health!")).toEqual(["a <PARTY(host)- e1 -COVERS> health!"]);
    // Two end-only nodes joined through one event.
    const orgs = network([
      ["kemendagri!", "WITNESSED", "e"],
      ["e", "COVERS", "health!"],
    ]);
    expect(spelled(orgs, "kemendagri!", "health!")).toEqual(["kemendagri! -WITNESSED> e -COVERS> health!"]);
    // Only a sector between them: no path.
    const only = network([
      ["e1", "COVERS", "s!"],
      ["e2", "COVERS", "s!"],
    ]);
    expect(only.shortestPaths("e1", "e2", 8, 25)).toEqual({ length: null, paths: [], more: false });
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
    expect(spelled(net, "r", "p")).toEqual([
      "r <SERVED_AS(Kepala Dinas PUPR)- p",
      "r <SERVED_AS(Wakil Wali Kota)- p",
    ]);
  });

  it("finds nothing longer than maxLength, nothing across components, and the empty path to itself", () => {
    // A chain a - e1 - b - e2 - c - e3 - d: six hops from a to d.
    const chain = network(
      [
        ["e1", "PARTY", "a"],
        ["e1", "PARTY", "b"],
        ["e2", "PARTY", "b"],
        ["e2", "PARTY", "c"],
        ["e3", "PARTY", "c"],
        ["e3", "PARTY", "d"],
      ],
      ["lonely"],
    );
    expect(chain.shortestPaths("a", "d", 6, 25)?.length).toBe(6);
    expect(chain.shortestPaths("a", "d", 5, 25)).toEqual({ length: null, paths: [], more: false });
    expect(chain.shortestPaths("d", "a", 1, 25)).toEqual({ length: null, paths: [], more: false });
    expect(chain.shortestPaths("a", "lonely", 8, 25)).toEqual({ length: null, paths: [], more: false });
    expect(chain.shortestPaths("c", "c", 8, 25)).toEqual({
      length: 0,
      paths: [{ nodes: ["c"], steps: [] }],
      more: false,
    });
  });

  it("returns at most `limit` tied paths and says that more exist", () => {
    // Two regions sharing 30 events: 30 tied paths of two hops.
    const shared: Relationship[] = Array.from({ length: 30 }, (_, i) => [
      [`e${i}`, "PARTY", "a"] as Relationship,
      [`e${i}`, "PARTY", "b"] as Relationship,
    ]).flat();
    const net = network(shared);
    const capped = net.shortestPaths("a", "b", 6, 25)!;
    expect(capped.paths).toHaveLength(25);
    expect(capped.more).toBe(true);
    expect(new Set(capped.paths.map((path) => path.nodes[1])).size).toBe(25);
    const all = net.shortestPaths("a", "b", 6, 30)!;
    expect(all).toMatchObject({ length: 2, more: false });
    expect(all.paths).toHaveLength(30);
  });

  it("enumerates paths whose halves both branch (meeting in the middle of a long path)", () => {
    // a and d are four hops apart through two events each side of either of two middle regions.
    const relationships: Relationship[] = [];
    for (const middle of ["m1", "m2"]) {
      for (const side of ["x", "y"]) {
        relationships.push([`${middle}${side}a`, "PARTY", "a"], [`${middle}${side}a`, "PARTY", middle]);
        relationships.push([`${middle}${side}d`, "PARTY", middle], [`${middle}${side}d`, "PARTY", "d"]);
      }
    }
    const net = network(relationships);
    const paths = spelled(net, "a", "d");
    expect(paths).toHaveLength(8);
    expect(new Set(paths).size).toBe(8);
    for (const path of paths)
      expect(path).toMatch(/^a <PARTY- m\d[xy]a -PARTY> m\d <PARTY- m\d[xy]d -PARTY> d$/);
  });

  it("keeps out of a node known only as the end of a relationship (written while the network was read)", () => {
    const builder = new PathNetworkBuilder<string>((node) => node);
    builder.add({
      id: "element:e1",
      node: "e1",
      endOnly: false,
      out: [
        ["element:a", "PARTY", null],
        ["element:new", "PARTY", null],
      ],
    });
    builder.add({
      id: "element:e2",
      node: "e2",
      endOnly: false,
      out: [
        ["element:new", "PARTY", null],
        ["element:b", "PARTY", null],
      ],
    });
    builder.add({ id: "element:a", node: "a", endOnly: false, out: [] });
    builder.add({ id: "element:b", node: "b", endOnly: false, out: [] });
    const net = builder.build();
    expect(net.has("new")).toBe(false);
    expect(net.shortestPaths("a", "b", 8, 25)).toEqual({ length: null, paths: [], more: false });
  });

  it("knows no node it was not built with: the caller must then ask Neo4j", () => {
    const net = network(partnership);
    expect(net.has("a")).toBe(true);
    expect(net.has("written-later")).toBe(false);
    expect(net.shortestPaths("a", "written-later", 6, 25)).toBeUndefined();
    expect(net.shortestPaths("written-later", "a", 6, 25)).toBeUndefined();
    expect(net.nodeCount).toBe(8);
    expect(net.relationshipCount).toBe(partnership.length);
  });

  it("answers the same on a search after another (its marks do not leak between searches)", () => {
    const net = network(partnership);
    const first = spelled(net, "e1", "e2");
    for (const [from, to] of [
      ["a", "c"],
      ["health!", "p"],
      ["c", "a"],
      ["b", "prog"],
    ] as const) {
      net.shortestPaths(from, to, 6, 25);
    }
    expect(spelled(net, "e1", "e2")).toEqual(first);
  });
});
