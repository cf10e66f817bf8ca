/**
 * Region views, decorated as `fastify.regionsRepository`: a region's timeline and everything between two
 * regions (the pair story: their partnerships and, apart, the events they only shared; pair-story.ts),
 * which two engines answer (event-finders.ts), and a region's peers, which two other engines answer
 * (peer-finders.ts). The peers' answer says when the profiles compared were read (`computedAt`).
 */
import fp from "fastify-plugin";
import type { Peers, PeersQuery, RegionRef, Timeline, TimelineQuery } from "../../../schemas/region.ts";
import { PEER_DIMENSIONS } from "../../../schemas/region.ts";
import type { CypherReader } from "../../external/cypher.ts";
import { TwoEngines } from "../freshness/two-engines.ts";
import { cypherPeers, peerOptionsOf, readPeerIndex, type PeerFinder } from "./peer-finders.ts";
import { SIMILARITY_DESCRIPTION } from "./peer-similarity.ts";
import { cypherEvents, readEventIndex, type EventFinder, type PairOutcome } from "./event-finders.ts";

declare module "fastify" {
  interface FastifyInstance {
    regionsRepository: RegionsRepository;
  }
}

export function createRegionsRepository(
  cypher: CypherReader,
  peerFinders: TwoEngines<PeerFinder>,
  eventFinders: TwoEngines<EventFinder>,
) {
  const region = async (code: string): Promise<RegionRef | undefined> => {
    const [found] = await cypher.read<RegionRef>("read/find-regions", { codes: [code] });
    return found && { code: found.code, name: found.name, kind: found.kind ?? null };
  };

  return {
    async timeline(code: string, query: TimelineQuery): Promise<Timeline | undefined> {
      return (await eventFinders.ask((finder) => finder.timeline(code, query))) ?? undefined;
    },

    async pair(a: string, b: string): Promise<PairOutcome> {
      return eventFinders.ask((finder) => finder.pair(a, b));
    },

    async peers(code: string, query: PeersQuery): Promise<Peers | undefined> {
      const options = peerOptionsOf(query);
      const answer = await peerFinders.ask((finder) => finder.peers(code, options, query.limit));
      // The in-memory index knows every region with a profile; Neo4j is asked for the others, and says 404.
      const found = answer.region ?? (await region(code));
      if (!found) return undefined;
      return {
        region: found,
        by: PEER_DIMENSIONS.filter((d) => options.weights[d] > 0),
        ...options,
        similarity: SIMILARITY_DESCRIPTION,
        computedAt: answer.computedAt,
        peers: answer.peers,
      };
    },
  };
}

export type RegionsRepository = ReturnType<typeof createRegionsRepository>;

export interface RegionsRepositoryOptions {
  /** Keep every region's profile in memory (PEER_INDEX; false: each peers request reads Neo4j). */
  peerIndex: boolean;
  /** Keep every event's item in memory for timelines and pairs (EVENT_INDEX; false: Neo4j answers). */
  eventIndex: boolean;
}

/** The event index's read covers the whole graph and runs in the background, so it gets more than a request. */
const EVENT_INDEX_TIMEOUT_MS = 120_000;

export default fp<RegionsRepositoryOptions>(
  async (fastify, options) => {
    const { cypher, structures } = fastify;
    const peerFinders = new TwoEngines<PeerFinder>({
      cypher: cypherPeers(cypher),
      memory: options.peerIndex ? structures.live("peerIndex", () => readPeerIndex(cypher)) : undefined,
      // A hub's peers read per request cost Neo4j more than every profile read once, so while the index is
      // behind a request waits for that one read, shared (docs/benchmarks.md, API, 2026-12-06).
      whenBehind: "wait",
    });
    const eventFinders = new TwoEngines<EventFinder>({
      cypher: cypherEvents(cypher),
      memory: options.eventIndex
        ? structures.live("eventIndex", () => readEventIndex(cypher, EVENT_INDEX_TIMEOUT_MS))
        : undefined,
    });
    fastify.decorate("regionsRepository", createRegionsRepository(cypher, peerFinders, eventFinders));
  },
  { name: "regions-repository", dependencies: ["cypher", "structures"] },
);
