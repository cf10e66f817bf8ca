/**
 * The graph that paths run through, held in memory as adjacency arrays, and the search for the shortest
 * paths between two of its nodes over partnerships: what find-shortest-paths.cypher answers, without asking
 * Neo4j to walk.
 *
 * Why: on a large graph a path between two regions costs Neo4j milliseconds of CPU, so concurrent requests
 * queue behind each other; the same search over typed arrays costs a small fraction of that
 * (docs/benchmarks.md, API). The network keeps each node as the API shows it (`N`), so a path is answered
 * without a round trip; it answers only while it matches the graph's version (two-engines.ts).
 *
 * The grammar (the header of find-shortest-paths.cypher says it in Cypher): a path is a chain of hops
 * anchor – middle – anchor. Anchors are regions, the two ends, and the kinds `via` asks for (officials,
 * programmes, organisations). A middle is an event, or, when asked, an official between two regions he
 * served (SERVED_AS) or a programme two regions run (RUNS). An event between two regions must make them
 * partners: no hub, or one of them is the hub. An end that is an event, official or programme may take one
 * step to the first anchor. Each relationship is kept from both ends, so the search walks it either way and
 * still knows which way it is stored; parallel relationships make distinct paths, as in Cypher.
 *
 * The search: breadth-first over anchors (a hop weighs two steps, an end's step one), then every path of
 * the shortest length read back, skipping any that passes a node twice. Neo4j never repeats a relationship
 * in a path, and a shortest path of it never passes a node twice (cutting the loop would leave a shorter
 * one), so the two agree whenever a path of that length passes no node twice. When every walk of the
 * shortest length does (spoke – event – hub – event – spoke is the one case: one event cannot carry two
 * partnerships of one path), the true answer is longer: the network declines and Neo4j answers.
 */

/** The kinds of node a path may pass; every other node (0) is never on a path. */
export const NodeKind = { other: 0, region: 1, event: 2, person: 3, program: 4, organization: 5 } as const;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];

/** Which kinds of node may be hops besides regions and events. */
export interface PathVia {
  people: boolean;
  programs: boolean;
  organizations: boolean;
}

/** One step of a path, from its node i to its node i + 1. */
export interface PathStep {
  type: string;
  /** Whether the relationship is stored from node i to node i + 1. */
  forward: boolean;
  role: string | null;
}

/** One shortest path: its nodes, from one end to the other, and the steps between them. */
export interface NetworkPath<N> {
  nodes: N[];
  steps: PathStep[];
}

export interface ShortestPaths<N> {
  /** Steps of every path found; null when none is as short as `maxLength`. */
  length: number | null;
  /** The paths, at most `limit` of them, in a fixed order. */
  paths: Array<NetworkPath<N>>;
  /** Whether more paths tie with them than `limit`. */
  more: boolean;
}

export interface PathNetworkData<N> {
  /** Undefined for a node known only as the far end of a relationship (see the builder). */
  nodes: Array<N | undefined>;
  /** Node index by key. */
  index: Map<string, number>;
  /** Per node: its NodeKind, and for an event the node index of its hub (-1: none; -2: not in the network). */
  kind: Uint8Array;
  hub: Int32Array;
  offsets: Int32Array;
  /** Per adjacency entry: the node at the other end, the relationship, and 1 when it starts at this node. */
  other: Int32Array;
  relationship: Int32Array;
  storedFrom: Uint8Array;
  /** Per relationship: its type and role (-1: none), as indexes into `types` and `roles`. */
  typeOf: Int32Array;
  roleOf: Int32Array;
  types: string[];
  roles: string[];
}

/** The ends and options of one search, and its distances (steps from `from`, -1 unreached). */
interface Search {
  from: number;
  to: number;
  via: PathVia;
  distance: Int32Array;
}

export class PathNetwork<N> {
  constructor(private readonly data: PathNetworkData<N>) {}

  get nodeCount(): number {
    return this.data.index.size;
  }

  get relationshipCount(): number {
    return this.data.typeOf.length;
  }

  has(key: string): boolean {
    return this.data.index.has(key);
  }

  /**
   * The shortest paths between two nodes (by key) of at most `maxLength` steps: all of them when no more
   * than `limit` tie, else the first `limit`, and `more` says that others exist. Undefined when an end is
   * not in the network, or when the shortest walks all pass a node twice (see the header): ask Neo4j.
   */
  shortestPaths(
    fromKey: string,
    toKey: string,
    maxLength: number,
    limit: number,
    via: PathVia,
  ): ShortestPaths<N> | undefined {
    const from = this.data.index.get(fromKey);
    const to = this.data.index.get(toKey);
    if (from === undefined || to === undefined) return undefined;
    if (from === to)
      return { length: 0, paths: [{ nodes: [this.data.nodes[from]!], steps: [] }], more: false };
    const search: Search = { from, to, via, distance: new Int32Array(this.data.kind.length).fill(-1) };
    const length = this.spread(search, maxLength);
    if (length === null) return { length: null, paths: [], more: false };
    const found = this.enumerate(search, length, limit + 1);
    if (found.length === 0) return undefined;
    return {
      length,
      paths: found.slice(0, limit).map((entries) => this.toPath(from, entries)),
      more: found.length > limit,
    };
  }

  private anchor(node: number, search: Search): boolean {
    if (node === search.from || node === search.to) return true;
    switch (this.data.kind[node]) {
      case NodeKind.region:
        return true;
      case NodeKind.person:
        return search.via.people;
      case NodeKind.program:
        return search.via.programs;
      case NodeKind.organization:
        return search.via.organizations;
      default:
        return false;
    }
  }

  /** An end that may take one step to its first anchor: an event, official or programme. */
  private steps(node: number): boolean {
    const kind = this.data.kind[node];
    return kind === NodeKind.event || kind === NodeKind.person || kind === NodeKind.program;
  }

  /** Whether x – m – y is a hop (x and y anchors, the relationships distinct). */
  private hop(x: number, m: number, y: number, search: Search): boolean {
    const { kind, hub } = this.data;
    const regions = kind[x] === NodeKind.region && kind[y] === NodeKind.region;
    switch (kind[m]) {
      case NodeKind.event: {
        if (!regions) return true;
        const h = hub[m]!;
        return h === -1 || h === x || h === y;
      }
      case NodeKind.person:
        return search.via.people && regions;
      case NodeKind.program:
        return search.via.programs && regions;
      default:
        return false;
    }
  }

  /**
   * Distances from `from` over the grammar, a level of steps at a time, until `to` is reached or
   * `maxLength` passed: the length of the shortest walks, or null.
   */
  private spread(search: Search, maxLength: number): number | null {
    const { offsets, other, relationship } = this.data;
    const { from, to, distance } = search;
    // levels[d]: the anchors first reached at distance d (a hop adds two steps, an end's step one).
    const levels: number[][] = [[from]];
    // Within one level an anchor is reached at d + 2 only; `to` also at d + 1 by a last step, maybe after.
    const reach = (node: number, d: number) => {
      const known = distance[node]!;
      if (known !== -1 && known <= d) return;
      distance[node] = d;
      (levels[d] ??= []).push(node);
    };
    distance[from] = 0;
    if (this.steps(from)) {
      for (let e = offsets[from]!; e < offsets[from + 1]!; e++)
        if (this.anchor(other[e]!, search)) reach(other[e]!, 1);
    }
    const stepsToEnd = this.steps(to);
    for (let d = 0; d < levels.length || d < 2; d++) {
      const reached = distance[to]!;
      if (reached !== -1 && reached <= d) return reached;
      if (d >= maxLength) break;
      for (const x of levels[d] ?? []) {
        if (x === to) continue;
        for (let e1 = offsets[x]!; e1 < offsets[x + 1]!; e1++) {
          const m = other[e1]!;
          if (stepsToEnd && m === to) reach(to, d + 1);
          if (d + 2 > maxLength) continue;
          for (let e2 = offsets[m]!; e2 < offsets[m + 1]!; e2++) {
            const y = other[e2]!;
            if (distance[y] !== -1 || relationship[e2] === relationship[e1]) continue;
            if (this.anchor(y, search) && this.hop(x, m, y, search)) reach(y, d + 2);
          }
        }
      }
    }
    const reached = distance[to]!;
    return reached !== -1 && reached <= maxLength ? reached : null;
  }

  /**
   * Up to `wanted` paths of `length` steps from `from` to `to` that pass no node twice, each as the
   * adjacency entries of its steps, read back from `to` over the distances. Produced one at a time, so a
   * pair joined by thousands of tied paths costs no more than `wanted` of them.
   */
  private enumerate(search: Search, length: number, wanted: number): number[][] {
    const { offsets, other, relationship } = this.data;
    const { from, to, distance } = search;
    const found: number[][] = [];
    // Entries owned by the later node of their step, from `to` backwards; the path's nodes marked.
    const entries: number[] = new Array<number>(length);
    const onPath = new Set<number>([to]);
    const back = (y: number, d: number): void => {
      if (found.length >= wanted) return;
      if (d === 0) {
        if (y === from) found.push(entries.slice());
        return;
      }
      for (let e2 = offsets[y]!; e2 < offsets[y + 1]! && found.length < wanted; e2++) {
        const m = other[e2]!;
        // One step: from `from` (an end's first step) or to `to` from its last anchor.
        const oneStep =
          (d === 1 && m === from && this.steps(from) && this.anchor(y, search)) ||
          (y === to && this.steps(to) && distance[m] === d - 1 && this.anchor(m, search));
        if (oneStep && !onPath.has(m)) {
          entries[d - 1] = e2;
          onPath.add(m);
          back(m, d - 1);
          onPath.delete(m);
        }
        if (d < 2 || onPath.has(m)) continue;
        onPath.add(m);
        for (let e1 = offsets[m]!; e1 < offsets[m + 1]! && found.length < wanted; e1++) {
          const x = other[e1]!;
          if (distance[x] !== d - 2 || onPath.has(x) || relationship[e1] === relationship[e2]) continue;
          if (!this.anchor(x, search) || !this.hop(x, m, y, search)) continue;
          entries[d - 1] = e2;
          entries[d - 2] = e1;
          onPath.add(x);
          back(x, d - 2);
          onPath.delete(x);
        }
        onPath.delete(m);
      }
    };
    back(to, length);
    return found;
  }

  /** A path from the adjacency entries of its steps, each held by the later node of its step. */
  private toPath(from: number, entries: number[]): NetworkPath<N> {
    const { nodes: all, relationship, storedFrom, typeOf, roleOf, types, roles } = this.data;
    const nodes = [all[from]!];
    const steps: PathStep[] = [];
    for (const entry of entries) {
      const next = this.ownerOf(entry);
      // storedFrom says whether the relationship starts at the entry's owner, the later node.
      const forward = storedFrom[entry] !== 1;
      const r = relationship[entry]!;
      const role = roleOf[r]!;
      steps.push({ type: types[typeOf[r]!]!, forward, role: role === -1 ? null : roles[role]! });
      nodes.push(all[next]!);
    }
    return { nodes, steps };
  }

  /** The node whose adjacency holds `entry`: a binary search over the offsets. */
  private ownerOf(entry: number): number {
    const { offsets } = this.data;
    let low = 0;
    let high = offsets.length - 2;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (offsets[middle]! <= entry) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
