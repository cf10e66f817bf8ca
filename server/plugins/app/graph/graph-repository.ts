/**
 * Graph traversals for the network view, decorated as `fastify.graphRepository`:
 *
 * - `neighborhood`: the ego network of a node in the partnership network. For a region, each hop goes to
 *   the partners of the regions reached so far; for any other node, the first ring is the regions it is
 *   tied to (an event's parties, an official's regions, a programme's regions, the regions of an
 *   organisation's or a sector's events) and the following hops are partnership hops. Region–region edges
 *   are PARTNER edges derived from the events making the two partners (an event without a hub pairs every
 *   party, one with a hub pairs the hub with each other party; weight, first and last date, kinds),
 *   filtered like the events. The most connected partners come first; when `limit` cuts nodes, `truncated` is true.
 * - `path`: the shortest connections between two nodes, all of them when several tie (shortest-paths.ts).
 *
 * The hops and the paths each have two engines, Cypher and in memory, and two-engines.ts picks one per
 * question; this module only strings the hops together and resolves the first ring.
 */
import fp from "fastify-plugin";
import type { Graph, NeighborhoodQuery, PathQuery } from "../../../schemas/graph.ts";
import { int, type CypherReader } from "../../external/cypher.ts";
import { TwoEngines } from "../freshness/two-engines.ts";
import { findNode } from "../nodes/find-node.ts";
import { parseNodeId } from "../nodes/node-ids.ts";
import { filterParams } from "./event-filters.ts";
import { GraphBuilder, newPartnersByWeight, type AnchorRow } from "./graph-elements.ts";
import { readPartnerNetwork } from "./partner-network.ts";
import { cypherPartnerHops, type PartnerHop, type PartnerHops } from "./partner-hops.ts";
import {
  cypherShortestPaths,
  memoryShortestPaths,
  readPathNetwork,
  type PathOutcome,
  type ShortestPaths,
} from "./shortest-paths.ts";

declare module "fastify" {
  interface FastifyInstance {
    graphRepository: GraphRepository;
  }
}

/** Which end of an anchor tie is the source: stored relationships keep their direction. */
function anchorEnds(type: string, centerId: string, regionId: string): [string, string] {
  return type === "RUNS" ? [regionId, centerId] : [centerId, regionId];
}

export interface GraphEngines {
  hops: TwoEngines<PartnerHops>;
  paths: TwoEngines<ShortestPaths>;
}

export function createGraphRepository(cypher: CypherReader, engines: GraphEngines) {
  return {
    async neighborhood(query: NeighborhoodQuery): Promise<Graph | undefined> {
      const key = parseNodeId(query.id);
      if (!key) return undefined;
      const filters = filterParams(query);
      const graph = new GraphBuilder(query.limit);
      const expand = (codes: string[]): Promise<PartnerHop[]> =>
        engines.hops.ask((hops) =>
          hops.expand({ codes, known: graph.regionIds(), budget: graph.room, filters }),
        );
      let hop = 1;
      let rows: PartnerHop[];
      if (key.type === "region") {
        // The centre and its first hop in one question: its row is absent when the region does not exist.
        graph.addNode({ labels: ["Region"], key: key.key, name: null, kind: null, date: null }, 0);
        rows = await expand([key.key]);
        const center = rows[0];
        if (!center) return undefined;
        graph.replaceNode(center.node, 0, center.events);
      } else {
        const found = await cypher.readTransaction((read) => findNode(read, key));
        if (!found) return undefined;
        const centerId = graph.addNode(found.node, 0, found.events)!;
        const [ring] = await cypher.read<{ anchors: AnchorRow[]; total: number }>(
          "read/find-anchor-regions",
          { elementId: found.elementId, limit: int(graph.room), ...filters },
        );
        const frontier: string[] = [];
        for (const anchor of ring?.anchors ?? []) {
          const fresh = !graph.has(anchor.node.key);
          const regionId = graph.addNode(anchor.node, 1, anchor.events);
          if (!regionId) break;
          const [source, target] = anchorEnds(anchor.type, centerId, regionId);
          graph.addRelationship(anchor.type, source, target, anchor);
          if (fresh) frontier.push(regionId);
        }
        if ((ring?.total ?? 0) > (ring?.anchors.length ?? 0)) graph.truncated = true;
        if (query.depth === 1 || frontier.length === 0) return graph.build();
        hop = 2;
        rows = await expand(frontier);
      }
      for (; ; hop++) {
        const next: string[] = [];
        for (const partner of newPartnersByWeight(rows, (code) => graph.has(code))) {
          const id = graph.addNode(partner.node, hop, partner.events);
          if (!id) break;
          next.push(id);
        }
        if (rows.some((row) => row.total > row.partners.length)) graph.truncated = true;
        for (const row of rows) {
          for (const partner of row.partners) graph.addPartner(row.code, partner.node.key, partner);
        }
        if (hop >= query.depth || next.length === 0) return graph.build();
        rows = await expand(next);
      }
    },

    async path(query: PathQuery): Promise<PathOutcome> {
      const fromKey = parseNodeId(query.from);
      const toKey = parseNodeId(query.to);
      if (!fromKey) return { found: false, missing: query.from };
      if (!toKey) return { found: false, missing: query.to };
      return engines.paths.ask((engine) => engine.paths({ ...query, fromKey, toKey }));
    },
  };
}

export type GraphRepository = ReturnType<typeof createGraphRepository>;

export interface GraphRepositoryPluginOptions {
  /** Keep the partner network in memory (PARTNER_INDEX; false: every hop asks Neo4j). */
  partnerIndex: boolean;
  /** Keep the path network in memory (PATH_INDEX; false: every path is searched by Neo4j). */
  pathIndex: boolean;
}

export default fp<GraphRepositoryPluginOptions>(
  async (fastify, options) => {
    const { cypher, structures } = fastify;
    const hops = new TwoEngines<PartnerHops>({
      cypher: cypherPartnerHops(cypher),
      memory: options.partnerIndex
        ? structures.live("partnerIndex", () => readPartnerNetwork(cypher))
        : undefined,
    });
    // While the network is behind, a path waits for it to be read afresh: Neo4j 5.26 cannot apply the
    // partnership test while it walks (it checks it on whole paths), so for two regions far apart or not
    // connected its search costs seconds, more than the read (docs/api.md, the path route).
    const paths = new TwoEngines<ShortestPaths>({
      cypher: cypherShortestPaths(cypher),
      memory: options.pathIndex
        ? structures.live("pathIndex", async () => memoryShortestPaths(await readPathNetwork(cypher)))
        : undefined,
      whenBehind: "wait",
    });
    fastify.decorate("graphRepository", createGraphRepository(cypher, { hops, paths }));
  },
  { name: "graph-repository", dependencies: ["cypher", "structures"] },
);
