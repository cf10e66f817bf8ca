/**
 * GET /api/search?q=&types=&limit=: regions, officials, programmes, organisations and events by name, alias
 * or abbreviation, case- and accent-insensitive and typo-tolerant, best match first.
 */
import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { SearchQuerySchema, SearchResponseSchema } from "../../../schemas/search.ts";
import { errorResponses } from "../error-responses.ts";

const searchRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    "/",
    {
      config: { responseCache: true },
      schema: {
        summary: "Find nodes by name, alias or abbreviation",
        description:
          'Typo-tolerant ("Sumbara Barat" finds Kabupaten Sumbawa Barat), case- and accent-insensitive, ' +
          'knows abbreviations ("KSB", "Jabar") and region codes. Whole-name matches first, regions before ' +
          "other nodes on ties, then the better connected.",
        tags: ["search"],
        querystring: SearchQuerySchema,
        response: { 200: SearchResponseSchema, ...errorResponses(400) },
      },
    },
    async (request) => ({
      query: request.query.q,
      results: await fastify.searchRepository.search(request.query),
    }),
  );
};

export default searchRoutes;
