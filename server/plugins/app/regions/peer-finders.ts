/**
 * A region's peers (GET /api/regions/:code/peers), by the measure of peer-similarity.ts. Two engines answer
 * alike (two-engines.ts): the profile index kept in memory, built from one read of every region's profile,
 * and Neo4j, which reads for each request the profiles of the regions sharing a feature with the region and
 * how many regions hold each of their features (find-peer-profiles.cypher). Both rank with PeerIndex, so
 * they differ only in what they read, and an integration test compares what they answer. For a hub that
 * neighbourhood is most of the graph, so the Cypher engine answers only with PEER_INDEX=off; a request that
 * finds the index behind waits for it to be read again instead (regions-repository.ts).
 */
import type { Peer, PeerDimension, PeerOptions, PeersQuery, RegionRef } from "../../../schemas/region.ts";
import { PEER_DIMENSIONS } from "../../../schemas/region.ts";
import type { CypherReader } from "../../external/cypher.ts";
import type { Awaitable } from "../freshness/two-engines.ts";
import { withEvidence } from "./peer-evidence.ts";
import { PeerEvidenceIndex } from "./peer-evidence-index.ts";
import { PeerIndex, type RegionProfile } from "./peer-similarity.ts";

export interface PeerAnswer {
  /** The region asked about, when the engine knows it without asking Neo4j (a profile read with the rest). */
  region?: RegionRef | undefined;
  /** With the evidence of their first reasons (peer-evidence.ts). */
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
      return { peers: await withEvidence(cypher, index.peers(code, options, limit)), computedAt };
    },
  };
}

/** The profile read covers the whole graph and runs in the background, so it gets more than a request. */
const PROFILE_TIMEOUT_MS = 120_000;

/**
 * Peers from every region's profile and every event's evidence, read once (whole-graph reads, for the
 * background), with the sentences of that evidence: a request reads nothing (peer-evidence-index.ts).
 */
export async function readPeerIndex(cypher: CypherReader): Promise<PeerFinder> {
  const computedAt = new Date().toISOString();
  const background = { timeoutMs: PROFILE_TIMEOUT_MS };
  const index = new PeerIndex(await cypher.read<RegionProfile>("read/get-region-profiles", {}, background));
  const evidence = await PeerEvidenceIndex.read(cypher, background);
  return {
    peers: (code, options, limit) => ({
      region: index.region(code),
      peers: evidence.withEvidence(index.peers(code, options, limit)),
      computedAt,
    }),
  };
}
