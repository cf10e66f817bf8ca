/**
 * GET /api/documents/:id: an article with the spans of every fact in it. POST /api/documents: ingest one
 * article through the same extract → load path as `npm run ingest`; needs the bearer token, and its own
 * small rate limit.
 */
import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { ApiError, notFound } from "../../../errors.ts";
import {
  ArticleSchema,
  DocumentParamsSchema,
  IngestBodySchema,
  IngestResultSchema,
} from "../../../schemas/document.ts";
import { errorResponses } from "../error-responses.ts";
import { requireBearerToken } from "./bearer-token.ts";

export interface DocumentRoutesOptions {
  apiToken: string | undefined;
  writesPerMinute?: number | undefined;
}

/** Extraction costs CPU and each write takes a transaction: a client gets a few per minute, not thousands. */
export const WRITES_PER_MINUTE = 60;

const documentRoutes: FastifyPluginAsyncZod<DocumentRoutesOptions> = async (fastify, options) => {
  // Articles come as JSON only; without this, Fastify's default text/plain parser would turn a plain-text
  // upload into a 400 about the body's shape instead of a 415 saying what to send.
  fastify.removeContentTypeParser("text/plain");

  fastify.get(
    "/:id",
    {
      config: { responseCache: true },
      schema: {
        summary: "An article with the spans of every fact in it",
        tags: ["documents"],
        params: DocumentParamsSchema,
        response: { 200: ArticleSchema, ...errorResponses(400, 404, 414) },
      },
    },
    async (request) => {
      const article = await fastify.documentsRepository.get(request.params.id);
      if (!article) throw notFound(`Document ${request.params.id}`);
      return article;
    },
  );

  fastify.post(
    "/",
    {
      preParsing: requireBearerToken(options.apiToken),
      config: { rateLimit: { max: options.writesPerMinute ?? WRITES_PER_MINUTE, timeWindow: "1 minute" } },
      schema: {
        summary: "Ingest one article: extract its facts and load them",
        description:
          "Needs 'Authorization: Bearer <API_TOKEN>'; refused with 403 when the server has no API_TOKEN. " +
          "Answers 201 with what was extracted and written, or 200 when the same text is already stored " +
          "(nothing is written twice).",
        tags: ["documents"],
        security: [{ bearerAuth: [] }],
        body: IngestBodySchema,
        response: {
          200: IngestResultSchema,
          201: IngestResultSchema,
          ...errorResponses(400, 401, 403, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const outcome = await fastify.documentsRepository.ingest(request.body);
      if (!outcome.ok)
        throw new ApiError(422, "JJ_UNPROCESSABLE", `Nothing could be loaded: ${outcome.reason}`);
      return reply.code(outcome.result.created ? 201 : 200).send(outcome.result);
    },
  );
};

export default documentRoutes;
