/**
 * Counts over the whole graph for the overview (GET /api/stats), decorated as `fastify.statsRepository`.
 * One query (get-stats.cypher). Node and relationship counts come from Neo4j's count store, but events per
 * year and per province walk every event: a few hundred milliseconds on 100,000 articles, for an answer
 * every visitor's start page asks for and that moves only with ingestion. So the answer is kept as a
 * snapshot (snapshot.ts) for STATS_TTL_MS, refreshed in the background, and dropped by a write through
 * this API.
 */
import fp from "fastify-plugin";
import type { Stats } from "../../../schemas/stats.ts";
import type { FastifyBaseLogger } from "fastify";
import { int, type CypherReader } from "../../external/cypher.ts";
import { Snapshot } from "../freshness/snapshot.ts";

declare module "fastify" {
  interface FastifyInstance {
    statsRepository: StatsRepository;
  }
}

const TOP = 10;
export const STATS_TTL_MS = 30_000;

export function createStatsRepository(cypher: CypherReader, log: FastifyBaseLogger) {
  const snapshot = new Snapshot(
    async () => {
      const [row] = await cypher.read<Stats>("read/get-stats", { top: int(TOP) });
      if (!row) throw new Error("get-stats returned no row");
      return row;
    },
    STATS_TTL_MS,
    (error) => log.warn({ err: error }, "stats: refresh failed"),
  );
  return {
    async stats(): Promise<Stats> {
      return (await snapshot.get()).value;
    },
    /** After a write: the next request reads the counts afresh. */
    forget(): void {
      snapshot.forget();
    },
  };
}

export type StatsRepository = ReturnType<typeof createStatsRepository>;

export default fp(
  async (fastify) => {
    fastify.decorate("statsRepository", createStatsRepository(fastify.cypher, fastify.log));
  },
  { name: "stats-repository", dependencies: ["cypher"] },
);
