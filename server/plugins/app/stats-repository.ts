/**
 * Counts over the whole graph for the overview (GET /api/stats), decorated as `fastify.statsRepository`.
 * One query (get-stats.cypher); most of its counts come from Neo4j's count store or node degrees, so they
 * cost the same on five articles and on a hundred thousand.
 */
import fp from "fastify-plugin";
import type { Stats } from "../../schemas/stats.ts";
import { int, type CypherReader } from "./cypher.ts";

declare module "fastify" {
  interface FastifyInstance {
    statsRepository: StatsRepository;
  }
}

const TOP = 10;

export function createStatsRepository(cypher: CypherReader) {
  return {
    async stats(): Promise<Stats> {
      const [row] = await cypher.read<Stats>("read/get-stats", { top: int(TOP) });
      if (!row) throw new Error("get-stats returned no row");
      return row;
    },
  };
}

export type StatsRepository = ReturnType<typeof createStatsRepository>;

export default fp(
  async (fastify) => {
    fastify.decorate("statsRepository", createStatsRepository(fastify.cypher));
  },
  { name: "stats-repository", dependencies: ["cypher"] },
);
