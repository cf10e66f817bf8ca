/**
 * GET /api/graph/neighborhood and GET /api/graph/path: Cytoscape-ready graphs, `{nodes, edges, truncated}`.
 */
import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { notFound } from "../../../errors.ts";
import {
  GraphSchema,
  NeighborhoodQuerySchema,
  PathQuerySchema,
  PathResultSchema,
} from "../../../schemas/graph.ts";
import { errorResponses } from "../error-responses.ts";

const graphRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    "/neighborhood",
    {
      config: { responseCache: true },
      schema: {
        summary: "The ego network of a node in the partnership network",
        description:
          "Regions reached within `depth` partnership hops (two parties of an event are partners through it " +
          "when it has no hub or one of them is its hub), with PARTNER edges derived from those events that " +
          "pass the filters (weight, first and last date, kinds). For a node other than a region, the first ring is the regions it is " +
          "tied to. The most connected partners come first; `truncated` says `limit` cut some.",
        tags: ["graph"],
        querystring: NeighborhoodQuerySchema,
        response: { 200: GraphSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const graph = await fastify.graphRepository.neighborhood(request.query);
      if (!graph) throw notFound(`Node ${request.query.id}`);
      return graph;
    },
  );

  fastify.get(
    "/path",
    {
      config: { responseCache: true },
      schema: {
        summary: "The shortest connections between two nodes over partnerships",
        description:
          "By default region – event – region hops where the event makes the two regions partners (no hub, " +
          "or one of them is the hub); `via` also allows hops through officials, programmes or " +
          "organisations. Sectors are never on a path and one event carries at most one partnership of a " +
          "path. All shortest paths when several tie (up to 25); `length` (in steps) is null when no path " +
          "of at most `maxLength` steps exists.",
        tags: ["graph"],
        querystring: PathQuerySchema,
        response: { 200: PathResultSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const outcome = await fastify.graphRepository.path(request.query);
      if (!outcome.found) throw notFound(`Node ${outcome.missing}`);
      return outcome.result;
    },
  );
};

export default graphRoutes;
