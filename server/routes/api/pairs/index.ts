/**
 * GET /api/pairs/:a/:b: everything between two regions, every shared event in date order with its sources,
 * so the stages of a cooperation read as a story.
 */
import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { notFound } from "../../../errors.ts";
import { PairParamsSchema, PairSchema } from "../../../schemas/pair.ts";
import { errorResponses } from "../error-responses.ts";

const pairRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    "/:a/:b",
    {
      config: { responseCache: true },
      schema: {
        summary: "Everything between two regions, in date order",
        tags: ["regions"],
        params: PairParamsSchema,
        response: { 200: PairSchema, ...errorResponses(400, 404, 414) },
      },
    },
    async (request) => {
      const { a, b } = request.params;
      const outcome = await fastify.regionsRepository.pair(a, b);
      if (!outcome.found) throw notFound(`Region ${outcome.missing}`);
      return outcome.pair;
    },
  );
};

export default pairRoutes;
