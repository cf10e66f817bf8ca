/**
 * GET /api/search?q=&types=&limit=: regions, officials, programmes, sectors, organisations and events by
 * name, alias or abbreviation, case- and accent-insensitive and typo-tolerant, best match first, grouped by
 * kind.
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
          'knows abbreviations ("KSB", "Jabar"), region codes and sectors by their words ("sampah"). ' +
          "Matches of every word first (whole names, then words, then beginnings of words); typos only " +
          "when those are few; each result says where it matched. Grouped by kind. A query of fewer " +
          "than three letters is answered with tooShort: true and no results.",
        tags: ["search"],
        querystring: SearchQuerySchema,
        response: { 200: SearchResponseSchema, ...errorResponses(400) },
      },
    },
    async (request) => fastify.searchRepository.search(request.query),
  );
};

export default searchRoutes;
