/**
 * Counts over the whole graph for the overview (GET /api/stats), decorated as `fastify.statsRepository`.
 * One query (get-stats.cypher). Node and relationship counts come from Neo4j's count store, but events per
 * year and per province walk every event, for an answer every visitor's start page asks for and that moves
 * only with ingestion. So the answer is kept in memory under the graph's version (live-index.ts): a request
 * after a write waits for one fresh read, shared by every request that asks meanwhile, and none is ever
 * answered with counts older than the version it saw. There is no cheaper way to count than counting, so
 * unlike the other structures it has no second engine to fall back to.
 */
import fp from "fastify-plugin";
import type { Stats } from "../../../schemas/stats.ts";
import { int, type CypherReader } from "../../external/cypher.ts";
import type { LiveIndex } from "../freshness/live-index.ts";

declare module "fastify" {
  interface FastifyInstance {
    statsRepository: StatsRepository;
  }
}

const TOP = 10;

async function readStats(cypher: CypherReader): Promise<Stats> {
  const [row] = await cypher.read<Stats>("read/get-stats", { top: int(TOP) });
  if (!row) throw new Error("get-stats returned no row");
  return row;
}

/** Stats from the kept counts (`cache`), or read afresh for every request when there is none. */
export function createStatsRepository(cypher: CypherReader, cache: LiveIndex<Stats> | undefined) {
  return {
    stats: (): Promise<Stats> => (cache ? cache.fresh() : readStats(cypher)),
  };
}

export type StatsRepository = ReturnType<typeof createStatsRepository>;

export interface StatsRepositoryOptions {
  /** Keep the counts in memory under the graph's version (STATS_CACHE; false: read for every request). */
  statsCache: boolean;
}

export default fp<StatsRepositoryOptions>(
  async (fastify, options) => {
    const { cypher, structures } = fastify;
    const cache = options.statsCache ? structures.live("statsCache", () => readStats(cypher)) : undefined;
    fastify.decorate("statsRepository", createStatsRepository(cypher, cache));
  },
  { name: "stats-repository", dependencies: ["cypher", "structures"] },
);
