/**
 * Region views, decorated as `fastify.regionsRepository`: a region's timeline, everything between two
 * regions (the pair view), and a region's peers.
 *
 * Peers compare every region's profile (programmes, sectors, partners) with weights that depend on the whole
 * graph, which no single traversal can give cheaply: on 100,000 articles, reading the partners of all of a
 * region's partners per request takes longer than the whole profile read. So the profiles are read once
 * into an in-memory index (peer-similarity.ts) and reused for PROFILE_TTL_MS (snapshot.ts: an older index
 * keeps serving while a fresh one is read in the background, and a write through this API drops it at
 * once). The answer says when its profiles were read (`computedAt`).
 */
import type { FastifyBaseLogger } from "fastify";
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
import { filterParams } from "../graph/event-filters.ts";
import { PeerIndex, SIMILARITY_DESCRIPTION, type RegionProfile } from "./peer-similarity.ts";
import { Snapshot } from "../freshness/snapshot.ts";

declare module "fastify" {
  interface FastifyInstance {
    regionsRepository: RegionsRepository;
  }
}

export const PROFILE_TTL_MS = 60_000;
/** The profile read covers the whole graph and runs in the background, so it gets more than a request. */
const PROFILE_TIMEOUT_MS = 120_000;

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

/** The pair's story in a line: event subtypes in date order, a repeated stage written once. */
export function stagesOf(events: readonly EventItem[]): string[] {
  const stages: string[] = [];
  for (const e of events) {
    const stage = e.subtype ?? e.kind;
    if (stages.at(-1) !== stage) stages.push(stage);
  }
  return stages;
}

export type PairOutcome = { found: true; pair: Pair } | { found: false; missing: string };

export function createRegionsRepository(cypher: CypherReader, log: FastifyBaseLogger) {
  const profiles = new Snapshot(
    async () =>
      new PeerIndex(
        await cypher.read<RegionProfile>("read/get-region-profiles", {}, { timeoutMs: PROFILE_TIMEOUT_MS }),
      ),
    PROFILE_TTL_MS,
    (error) => log.warn({ err: error }, "peers: profile refresh failed"),
  );

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
        const [shared] = await read<{ ids: string[] }>("read/find-shared-events", { a, b });
        const events = await eventItems(read, shared?.ids ?? []);
        const dates = events.flatMap((e) => (e.date ? [e.date] : [])).sort();
        const kinds = new Map<string, number>();
        for (const e of events) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
        return {
          found: true,
          pair: {
            a: regionA,
            b: regionB,
            events,
            summary: {
              events: events.length,
              firstDate: dates[0] ?? null,
              lastDate: dates.at(-1) ?? null,
              kinds: [...kinds].map(([kind, count]) => ({ kind, count })).sort((x, y) => y.count - x.count),
              stages: stagesOf(events),
            },
          },
        };
      });
    },

    async peers(code: string, query: PeersQuery): Promise<Peers | undefined> {
      const found = await region(code);
      if (!found) return undefined;
      const by = query.by ?? [...PEER_DIMENSIONS];
      const { value: index, at } = await profiles.get();
      return {
        region: found,
        by,
        similarity: SIMILARITY_DESCRIPTION,
        peers: index.peers(code, by, query.limit),
        computedAt: at.toISOString(),
      };
    },

    /** After a write: the next peers request reads the profiles afresh. */
    forgetProfiles(): void {
      profiles.forget();
    },
  };
}

export type RegionsRepository = ReturnType<typeof createRegionsRepository>;

export default fp(
  async (fastify) => {
    fastify.decorate("regionsRepository", createRegionsRepository(fastify.cypher, fastify.log));
  },
  { name: "regions-repository", dependencies: ["cypher"] },
);
