/**
 * Region views, decorated as `fastify.regionsRepository`: a region's timeline, everything between two
 * regions (the pair story: their partnerships and, apart, the events they only shared; pair-story.ts), and a region's peers, which two engines answer (peer-finders.ts). The answer
 * says when the profiles compared were read (`computedAt`).
 */
import fp from "fastify-plugin";
import type { Pair } from "../../../schemas/pair.ts";
import type {
  EventItem,
  Peers,
  PeersQuery,
  RegionRef,
  Timeline,
  TimelineQuery,
} from "../../../schemas/region.ts";
import { PEER_DIMENSIONS } from "../../../schemas/region.ts";
import { int, type CypherReader, type TxRead } from "../../external/cypher.ts";
import { TwoEngines } from "../freshness/two-engines.ts";
import { filterParams } from "../graph/event-filters.ts";
import { pairEvent, pairStory, type PairEventRow } from "./pair-story.ts";
import { cypherPeers, peerOptionsOf, readPeerIndex, type PeerFinder } from "./peer-finders.ts";
import { SIMILARITY_DESCRIPTION } from "./peer-similarity.ts";

declare module "fastify" {
  interface FastifyInstance {
    regionsRepository: RegionsRepository;
  }
}

async function regionsByCode(read: TxRead, codes: readonly string[]): Promise<Map<string, RegionRef>> {
  const rows = await read<RegionRef>("read/find-regions", { codes });
  return new Map(rows.map((r) => [r.code, { code: r.code, name: r.name, kind: r.kind ?? null }]));
}

async function eventItems(read: TxRead, ids: readonly string[]): Promise<EventItem[]> {
  if (ids.length === 0) return [];
  const rows = await read<EventItem>("read/get-event-items", { ids });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    subtype: row.subtype ?? null,
    status: row.status ?? null,
    date: row.date ?? null,
    place: row.place ?? null,
    hub: row.hub ?? null,
    parties: row.parties
      .map((p) => ({ code: p.code, name: p.name, kind: p.kind ?? null, role: p.role ?? null }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    sectors: [...row.sectors].sort(),
    programs: [...row.programs].sort((a, b) => a.id.localeCompare(b.id)),
    sources: row.sources
      .map((s) => ({
        documentId: s.documentId,
        title: s.title ?? null,
        publishedAt: s.publishedAt ?? null,
        quote: s.quote ?? null,
        start: s.start ?? null,
        end: s.end ?? null,
      }))
      .sort((a, b) => a.documentId.localeCompare(b.documentId)),
  }));
}

/** The pair's events, partnerships and shared events, each with the pair's side of it (pair-story.ts). */
async function pairEvents(read: TxRead, a: string, b: string) {
  const rows = await read<PairEventRow>("read/find-shared-events", { a, b });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = await eventItems(
    read,
    rows.map((row) => row.id),
  );
  const events = items.map((item) => ({ event: pairEvent(item, byId.get(item.id)), row: byId.get(item.id) }));
  return {
    partnerships: events.filter((e) => e.row?.partnership).map((e) => e.event),
    sharedEvents: events.filter((e) => !e.row?.partnership).map((e) => e.event),
  };
}

export type PairOutcome = { found: true; pair: Pair } | { found: false; missing: string };

export function createRegionsRepository(cypher: CypherReader, peerFinders: TwoEngines<PeerFinder>) {
  const region = async (code: string): Promise<RegionRef | undefined> => {
    const [found] = await cypher.read<RegionRef>("read/find-regions", { codes: [code] });
    return found && { code: found.code, name: found.name, kind: found.kind ?? null };
  };

  return {
    async timeline(code: string, query: TimelineQuery): Promise<Timeline | undefined> {
      return cypher.readTransaction(async (read) => {
        const region = (await regionsByCode(read, [code])).get(code);
        if (!region) return undefined;
        const [found] = await read<{ ids: string[]; total: number }>("read/find-region-events", {
          code,
          limit: int(query.limit),
          ...filterParams(query),
        });
        const events = await eventItems(read, found?.ids ?? []);
        const total = found?.total ?? 0;
        return { region, events, total, truncated: total > events.length };
      });
    },

    async pair(a: string, b: string): Promise<PairOutcome> {
      return cypher.readTransaction(async (read): Promise<PairOutcome> => {
        const regions = await regionsByCode(read, [a, b]);
        const regionA = regions.get(a);
        const regionB = regions.get(b);
        if (!regionA) return { found: false, missing: a };
        if (!regionB) return { found: false, missing: b };
        const { partnerships, sharedEvents } = await pairEvents(read, a, b);
        return { found: true, pair: pairStory(regionA, regionB, partnerships, sharedEvents) };
      });
    },

    async peers(code: string, query: PeersQuery): Promise<Peers | undefined> {
      const found = await region(code);
      if (!found) return undefined;
      const options = peerOptionsOf(query);
      const answer = await peerFinders.ask((finder) => finder.peers(code, options, query.limit));
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
}

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
    fastify.decorate("regionsRepository", createRegionsRepository(cypher, peerFinders));
  },
  { name: "regions-repository", dependencies: ["cypher", "structures"] },
);
