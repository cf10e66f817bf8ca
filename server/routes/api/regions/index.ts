/** GET /api/regions/:code/timeline and GET /api/regions/:code/peers. */
import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { notFound } from "../../../errors.ts";
import {
  PeersQuerySchema,
  PeersSchema,
  RegionParamsSchema,
  TimelineQuerySchema,
  TimelineSchema,
} from "../../../schemas/region.ts";
import { errorResponses } from "../error-responses.ts";
import { assertSameJson } from "../../../plugins/external/response-serializer.ts";
import { timelineJson } from "../../../plugins/app/regions/timeline-json.ts";

export interface RegionRoutesOptions {
  /** Check the timeline's hand-joined JSON against zod too (RESPONSE_CHECKS, as the serializers are). */
  checkedResponses: boolean;
}

const regionRoutes: FastifyPluginAsyncZod<RegionRoutesOptions> = async (fastify, options) => {
  fastify.get(
    "/:code/timeline",
    {
      config: { responseCache: true },
      schema: {
        summary: "A region's events in date order",
        tags: ["regions"],
        params: RegionParamsSchema,
        querystring: TimelineQuerySchema,
        response: { 200: TimelineSchema, ...errorResponses(400, 404, 414) },
      },
    },
    async (request, reply) => {
      const timeline = await fastify.regionsRepository.timeline(request.params.code, request.query);
      if (!timeline) throw notFound(`Region ${request.params.code}`);
      // Joined from each event's kept JSON (timeline-json.ts).
      const json = timelineJson(timeline);
      if (options.checkedResponses)
        assertSameJson(TimelineSchema, timeline, json.toString("utf8"), request.method, request.url);
      // The route's types know only the schema's object; Fastify sends bytes unchanged.
      return reply.type("application/json; charset=utf-8").send(json as never);
    },
  );

  fastify.get(
    "/:code/peers",
    {
      config: { responseCache: true },
      schema: {
        summary: "The regions most like this one, with the reasons",
        description:
          "Similar by shared programmes, sectors and partners: per dimension a Jaccard index with " +
          "Adamic-Adar weights (rarer shared features count more), averaged over the chosen dimensions.",
        tags: ["regions"],
        params: RegionParamsSchema,
        querystring: PeersQuerySchema,
        response: { 200: PeersSchema, ...errorResponses(400, 404, 414) },
      },
    },
    async (request) => {
      const peers = await fastify.regionsRepository.peers(request.params.code, request.query);
      if (!peers) throw notFound(`Region ${request.params.code}`);
      return peers;
    },
  );
};

export default regionRoutes;
