/**
 * Lays out the rows of get-path-network.cypher, as they stream in, as the typed arrays a PathNetwork
 * searches: compressed adjacency (each node's relationships side by side, from both ends), and each
 * relationship's type and role as indexes into short tables. Element ids only join the rows and are dropped
 * with the builder; the network finds its nodes by the API's id.
 */
import { Positions } from "../../../text/positions.ts";
import { NodeKind, PathNetwork } from "./path-network.ts";

/**
 * A row of get-path-network: a node (its element id, and itself as `N`), an event's hub (a region's key),
 * and the relationships it starts.
 */
export interface PathNetworkRow<N> {
  id: string;
  node: N;
  hub: string | null;
  out: Array<[other: string, type: string, role: string | null]>;
}

/** A growable Int32Array: a million relationships as plain arrays would take several times the memory. */
class Int32Column {
  values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/**
 * Collects get-path-network rows as they stream in, then lays them out as a PathNetwork whose nodes are
 * found by `keyOf` (the API's node id) and told apart by `kindOf`. Element ids only join the rows and are
 * dropped with the builder.
 */
export class PathNetworkBuilder<N> {
  // Nodes by position among the element ids seen, in rows or as the far end of a relationship.
  private readonly elementIds = new Positions();
  private readonly nodes: Array<N | undefined> = [];
  private readonly hubs: Array<string | null> = [];
  private readonly starts = new Int32Column();
  private readonly ends = new Int32Column();
  private readonly typeOf = new Int32Column();
  private readonly roleOf = new Int32Column();
  // A few dozen distinct types and role titles over a million relationships.
  private readonly types = new Positions();
  private readonly roles = new Positions();

  constructor(
    private readonly keyOf: (node: N) => string,
    private readonly kindOf: (node: N) => NodeKind,
  ) {}

  add(row: PathNetworkRow<N>): void {
    const start = this.elementIds.of(row.id);
    this.nodes[start] = row.node;
    this.hubs[start] = row.hub;
    for (const [other, type, role] of row.out) {
      this.starts.push(start);
      this.ends.push(this.elementIds.of(other));
      this.typeOf.push(this.types.of(type));
      this.roleOf.push(role === null ? -1 : this.roles.of(role));
    }
  }

  build(): PathNetwork<N> {
    const nodeCount = this.elementIds.values.length;
    const relationships = this.starts.length;
    // Compressed adjacency: node i's entries are offsets[i] .. offsets[i + 1] - 1.
    const offsets = new Int32Array(nodeCount + 1);
    for (let r = 0; r < relationships; r++) {
      offsets[this.starts.values[r]! + 1]! += 1;
      offsets[this.ends.values[r]! + 1]! += 1;
    }
    for (let i = 0; i < nodeCount; i++) offsets[i + 1]! += offsets[i]!;
    const next = offsets.slice(0, nodeCount);
    const other = new Int32Array(relationships * 2);
    const relationship = new Int32Array(relationships * 2);
    const storedFrom = new Uint8Array(relationships * 2);
    for (let r = 0; r < relationships; r++) {
      const start = this.starts.values[r]!;
      const end = this.ends.values[r]!;
      const out = next[start]!++;
      other[out] = end;
      relationship[out] = r;
      storedFrom[out] = 1;
      const back = next[end]!++;
      other[back] = start;
      relationship[back] = r;
    }
    const nodes = Array.from({ length: nodeCount }, (_, i) => this.nodes[i]);
    const index = new Map<string, number>();
    nodes.forEach((node, i) => {
      if (node !== undefined) index.set(this.keyOf(node), i);
    });
    return new PathNetwork<N>({
      nodes,
      index,
      // A node named by a relationship but without a row of its own was written while the network was read
      // (reads see committed writes as they come): no path may pass through it.
      kind: Uint8Array.from({ length: nodeCount }, (_, i) =>
        nodes[i] === undefined ? NodeKind.other : this.kindOf(nodes[i]),
      ),
      // A hub the network does not hold matches no region of it (-2), so the event makes no partners here.
      hub: Int32Array.from({ length: nodeCount }, (_, i) => {
        const hub = this.hubs[i];
        return hub == null ? -1 : (index.get(hub) ?? -2);
      }),
      offsets,
      other,
      relationship,
      storedFrom,
      typeOf: this.typeOf.values.slice(0, relationships),
      roleOf: this.roleOf.values.slice(0, relationships),
      types: this.types.values,
      roles: this.roles.values,
    });
  }
}
