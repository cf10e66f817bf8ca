/**
 * GET /api/pairs/:a/:b: everything between two regions: the events that make them partners in date order,
 * each with the sentences naming each region and the sentence of its date, so the stages of a cooperation
 * read as a story; and apart, the events they only both took part in (schemas/pair.ts).
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
        summary: "Everything between two regions: their partnerships, and the events they only shared",
        description:
          "`partnerships`: the events making the two partners (the event has no hub, or one of the two is its " +
          "hub), oldest first, each with both roles, its term of validity (`validUntil`, never its date) and, " +
          "per report, the sentences naming each region and the sentence of the date, as offsets into the " +
          "document's text. `sharedEvents`: events both took part in where a third region is the hub (each " +
          "dealt with the hub, not with the other), in the same shape. The same code twice gives both empty.",
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
