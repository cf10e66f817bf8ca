/**
 * A region's peers (GET /api/regions/:code/peers), by the measure of peer-similarity.ts. Two engines answer
 * alike (two-engines.ts): the profile index kept in memory, built from one read of every region's profile,
 * and Neo4j, which reads for each request the profiles of the regions sharing a feature with the region and
 * how many regions hold each of their features (find-peer-profiles.cypher). Both rank with PeerIndex, so
 * they differ only in what they read, and an integration test compares what they answer. For a hub that
 * neighbourhood is most of the graph, so the Cypher engine answers only with PEER_INDEX=off; a request that
 * finds the index behind waits for it to be read again instead (regions-repository.ts).
 */
import type { Peer, PeerDimension, PeerOptions, PeersQuery } from "../../../schemas/region.ts";
import { PEER_DIMENSIONS } from "../../../schemas/region.ts";
import type { CypherReader } from "../../external/cypher.ts";
import type { Awaitable } from "../freshness/two-engines.ts";
import { PeerIndex, type RegionProfile } from "./peer-similarity.ts";

export interface PeerAnswer {
  peers: Peer[];
  /** When the profiles compared were read (ISO 8601). */
  computedAt: string;
}

export interface PeerFinder {
  peers(code: string, options: PeerOptions, limit: number): Awaitable<PeerAnswer>;
}

/** The ranking's options of a request: a dimension left out of `by` weighs 0. */
export function peerOptionsOf(query: PeersQuery): PeerOptions {
  const weight = (d: PeerDimension) => (query.by && !query.by.includes(d) ? 0 : query[d]);
  return {
    weights: { programs: weight("programs"), sectors: weight("sectors"), partners: weight("partners") },
    includePartners: query.includePartners,
    includeAbroad: query.includeAbroad,
    anyLevel: query.anyLevel,
  };
}

interface PeerProfilesRow {
  profiles: RegionProfile[];
  holders: Array<{ feature: string; regions: number }>;
  names: Array<{ code: string; name: string }>;
}

/** Peers read from Neo4j for the one region asked about. */
export function cypherPeers(cypher: CypherReader): PeerFinder {
  return {
    async peers(code, options, limit) {
      const computedAt = new Date().toISOString();
      const by: PeerDimension[] = PEER_DIMENSIONS.filter((d) => options.weights[d] > 0);
      const [row] = await cypher.read<PeerProfilesRow>("read/find-peer-profiles", { code, by });
      if (!row) return { peers: [], computedAt };
      const index = new PeerIndex(row.profiles, {
        holders: new Map(row.holders.map((h) => [h.feature, h.regions])),
        names: new Map(row.names.map((n) => [n.code, n.name])),
      });
      return { peers: index.peers(code, options, limit), computedAt };
    },
  };
}

/** The profile read covers the whole graph and runs in the background, so it gets more than a request. */
const PROFILE_TIMEOUT_MS = 120_000;

/** Peers from every region's profile, read once (a whole-graph read, for the background). */
export async function readPeerIndex(cypher: CypherReader): Promise<PeerFinder> {
  const computedAt = new Date().toISOString();
  const index = new PeerIndex(
    await cypher.read<RegionProfile>("read/get-region-profiles", {}, { timeoutMs: PROFILE_TIMEOUT_MS }),
  );
  // Plans the evidence query (peer-evidence.ts) in the background too: planning it is most of a first
  // request's time, which on a loaded machine ran past the request timeout.
  await cypher.read("read/get-peer-evidence", { items: [] }, { timeoutMs: PROFILE_TIMEOUT_MS });
  return { peers: (code, options, limit) => ({ peers: index.peers(code, options, limit), computedAt }) };
}
