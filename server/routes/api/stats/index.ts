/** GET /api/stats: counts over the whole graph for the overview. */
import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { StatsSchema } from "../../../schemas/stats.ts";
import { errorResponses } from "../error-responses.ts";

const statsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    "/",
    {
      config: { responseCache: true },
      schema: {
        summary: "Counts by node type, event kind, year, province and sector; the most connected regions",
        tags: ["stats"],
        response: { 200: StatsSchema, ...errorResponses() },
      },
    },
    async () => fastify.statsRepository.stats(),
  );
};

export default statsRoutes;
