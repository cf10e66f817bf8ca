/**
 * The graph that paths run through, held in memory as adjacency arrays, and the search for the shortest
 * paths between two of its nodes: what find-shortest-paths.cypher answers, without asking Neo4j to walk.
 *
 * Why: on a large graph a path between two regions costs Neo4j milliseconds of CPU (allShortestPaths
 * expands both ends' events, then those events' parties and officials), so concurrent requests queue
 * behind each other; the same search over typed arrays costs a small fraction of that (docs/benchmarks.md,
 * API). The network also keeps each node as the API shows it (`N`), so a path is answered without a round
 * trip; it answers only while it matches the graph's version (shortest-paths.ts, two-engines.ts).
 *
 * The network holds the nodes and relationships get-path-network.cypher reads, laid out by
 * path-network-builder.ts as compressed adjacency arrays. Each relationship is kept
 * from both ends, so the search walks it either way (a path ignores direction) and still knows which way it
 * is stored. Parallel relationships (an official who served one region under two titles) stay distinct and
 * make distinct paths, as in Cypher. Sectors and organisations connect nearly everything, so they may only
 * end a path, never be a step in it.
 */

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
  /** Hops of every path found; null when none is as short as `maxLength`. */
  length: number | null;
  /** The paths, at most `limit` of them, in a fixed order. */
  paths: Array<NetworkPath<N>>;
  /** Whether more paths tie with them than `limit`. */
  more: boolean;
}

export interface PathNetworkData<N> {
  /** Undefined for a node known only as the far end of a relationship (see build()). */
  nodes: Array<N | undefined>;
  /** Node index by key. */
  index: Map<string, number>;
  endOnly: Uint8Array;
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

/** One side of the two-ended search: which nodes it has reached, and how far from its end each one is. */
class Side {
  readonly mark: Uint32Array;
  readonly distance: Uint8Array;
  frontier: number[] = [];
  depth = 0;

  constructor(size: number) {
    this.mark = new Uint32Array(size);
    this.distance = new Uint8Array(size);
  }

  reached(node: number, stamp: number): boolean {
    return this.mark[node] === stamp;
  }

  reach(node: number, stamp: number, distance: number): void {
    this.mark[node] = stamp;
    this.distance[node] = distance;
  }
}

export class PathNetwork<N> {
  private readonly a: Side;
  private readonly b: Side;
  // Marks of a search are the stamp it ran under, so no array is cleared between searches. Searches are
  // synchronous, so two never share the marks.
  private stamp = 0;

  constructor(private readonly data: PathNetworkData<N>) {
    this.a = new Side(data.nodes.length);
    this.b = new Side(data.nodes.length);
  }

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
   * The shortest paths between two nodes (by key) of at most `maxLength` hops: all of them when no more
   * than `limit` tie, else the first `limit`, and `more` says that others exist. Undefined when an end is
   * not in the network (unknown, or written after it was read): the caller must ask Neo4j.
   */
  shortestPaths(
    fromKey: string,
    toKey: string,
    maxLength: number,
    limit: number,
  ): ShortestPaths<N> | undefined {
    const from = this.data.index.get(fromKey);
    const to = this.data.index.get(toKey);
    if (from === undefined || to === undefined) return undefined;
    if (from === to)
      return { length: 0, paths: [{ nodes: [this.data.nodes[from]!], steps: [] }], more: false };
    const meeting = this.meet(from, to, maxLength);
    if (meeting.length === 0) return { length: null, paths: [], more: false };
    const found = this.enumerate(meeting, limit + 1);
    return {
      length: this.a.depth + this.b.depth,
      paths: found.slice(0, limit).map((entries) => this.toPath(from, entries)),
      more: found.length > limit,
    };
  }

  /**
   * Breadth-first from both ends at once, a whole level at a time, always on the side whose frontier has
   * fewer relationships to walk, until the two meet: the nodes where they meet lie on every shortest path.
   * The first level where they meet is the length; every node met there is a distance `a.depth` from one
   * end and `b.depth` from the other (a node met nearer the other end would have been met a level sooner).
   */
  private meet(from: number, to: number, maxLength: number): number[] {
    this.stamp = this.stamp >= 0xfffffff0 ? 1 : this.stamp + 1;
    const stamp = this.stamp;
    const { a, b } = this;
    a.reach(from, stamp, 0);
    a.frontier = [from];
    a.depth = 0;
    b.reach(to, stamp, 0);
    b.frontier = [to];
    b.depth = 0;
    const meeting: number[] = [];
    while (meeting.length === 0) {
      if (a.depth + b.depth >= maxLength || a.frontier.length === 0 || b.frontier.length === 0) return [];
      const [near, far, farEnd] = this.work(a.frontier) <= this.work(b.frontier) ? [a, b, to] : [b, a, from];
      const reached: number[] = [];
      const depth = near.depth + 1;
      for (const node of near.frontier) {
        for (let e = this.data.offsets[node]!, last = this.data.offsets[node + 1]!; e < last; e++) {
          const next = this.data.other[e]!;
          if (near.reached(next, stamp)) continue;
          // A sector or organisation may be the far end, never a step on the way.
          if (this.data.endOnly[next] === 1 && next !== farEnd) continue;
          near.reach(next, stamp, depth);
          reached.push(next);
          if (far.reached(next, stamp)) meeting.push(next);
        }
      }
      near.frontier = reached;
      near.depth = depth;
    }
    return meeting;
  }

  /** Relationships to walk to expand a frontier by one level. */
  private work(frontier: number[]): number {
    let total = 0;
    for (const node of frontier) total += this.data.offsets[node + 1]! - this.data.offsets[node]!;
    return total;
  }

  /**
   * Up to `wanted` shortest paths through the meeting nodes, each as the adjacency entries of its steps
   * from `from` to `to`. Paths are produced one at a time, so a pair joined by thousands of tied paths
   * costs no more than `wanted` of them.
   */
  private enumerate(meeting: number[], wanted: number): number[][] {
    const found: number[][] = [];
    const { a, b, stamp } = this;
    const { offsets, other } = this.data;
    const steps: number[] = new Array<number>(a.depth + b.depth);
    // Towards `to`: from a node at distance d from it, every relationship to a node at distance d - 1.
    const forward = (node: number, at: number): void => {
      const distance = b.distance[node]!;
      if (distance === 0) {
        found.push(steps.slice());
        return;
      }
      for (let e = offsets[node]!, last = offsets[node + 1]!; e < last && found.length < wanted; e++) {
        const next = other[e]!;
        if (!b.reached(next, stamp) || b.distance[next] !== distance - 1) continue;
        steps[at] = e;
        forward(next, at + 1);
      }
    };
    // Back towards `from`, filling the steps from the meeting node's position down to the first.
    const backward = (node: number, meetingNode: number): void => {
      const distance = a.distance[node]!;
      if (distance === 0) {
        forward(meetingNode, a.depth);
        return;
      }
      for (let e = offsets[node]!, last = offsets[node + 1]!; e < last && found.length < wanted; e++) {
        const previous = other[e]!;
        if (!a.reached(previous, stamp) || a.distance[previous] !== distance - 1) continue;
        steps[distance - 1] = e;
        backward(previous, meetingNode);
      }
    };
    for (const node of meeting) {
      if (found.length >= wanted) break;
      backward(node, node);
    }
    return found;
  }

  /**
   * A path from the adjacency entries of its steps. An entry of the first part (up to the meeting node)
   * belongs to the later node of its step, one of the second part to the earlier.
   */
  private toPath(from: number, entries: number[]): NetworkPath<N> {
    const { nodes: all, other, relationship, storedFrom, typeOf, roleOf, types, roles } = this.data;
    const nodes = [all[from]!];
    const steps: PathStep[] = [];
    entries.forEach((entry, i) => {
      const ownedByLater = i < this.a.depth;
      const next = ownedByLater ? this.ownerOf(entry) : other[entry]!;
      // storedFrom says whether the relationship starts at the entry's owner.
      const startsAtOwner = storedFrom[entry] === 1;
      const forward = ownedByLater ? !startsAtOwner : startsAtOwner;
      const r = relationship[entry]!;
      const role = roleOf[r]!;
      steps.push({ type: types[typeOf[r]!]!, forward, role: role === -1 ? null : roles[role]! });
      nodes.push(all[next]!);
    });
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
