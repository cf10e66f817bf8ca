/**
 * POST /api/documents/import/preview: reads a web page and answers the article's facts with their quotes,
 * its metadata and what a save would do, writing nothing (no token; rate-limited, since it fetches and
 * extracts). POST /api/documents/import: the same, stored (bearer token, like POST /api/documents).
 * HTTP only: the reading and saving are `fastify.webImport`'s (plugins/app/documents/web-import.ts).
 */
import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { ApiError } from "../../../errors.ts";
import type { ImportRefusal } from "../../../plugins/app/documents/web-import.ts";
import { ImportBodySchema, ImportPreviewSchema, ImportResultSchema } from "../../../schemas/import.ts";
import { errorResponses } from "../error-responses.ts";
import { requireBearerToken } from "./bearer-token.ts";

export interface ImportRoutesOptions {
  apiToken: string | undefined;
  /** Imports and previews a minute per client: each fetches a page from another site. */
  perMinute?: number | undefined;
}

export const IMPORTS_PER_MINUTE = 30;

function refused(refusal: ImportRefusal): ApiError {
  switch (refusal.why) {
    case "refused":
      return new ApiError(403, "JJ_URL_REFUSED", `This address may not be fetched: ${refusal.reason}.`);
    case "robots":
      return new ApiError(403, "JJ_ROBOTS_DISALLOWED", `The site does not allow it: ${refusal.reason}.`);
    case "not-article":
      return new ApiError(422, "JJ_NOT_ARTICLE", `No article to import: ${refusal.reason}.`);
    case "unreadable":
      return new ApiError(422, "JJ_UNPROCESSABLE", `Nothing could be read: ${refusal.reason}.`);
    case "fetch":
      return new ApiError(502, "JJ_FETCH_FAILED", `The page could not be fetched: ${refusal.reason}.`);
  }
}

const DESCRIPTION =
  "The page is fetched by the server: only http(s), never private, loopback or metadata addresses (unless " +
  "IMPORT_ALLOW_PRIVATE_HOSTS), robots.txt honoured, redirects checked, size and time limited. 403 refuses an " +
  "address that may not be fetched (JJ_URL_REFUSED, JJ_ROBOTS_DISALLOWED); 422 says the page holds no " +
  "article (JJ_NOT_ARTICLE, JJ_UNPROCESSABLE); 502 JJ_FETCH_FAILED that the site could not be read.";

const importRoutes: FastifyPluginAsyncZod<ImportRoutesOptions> = async (fastify, options) => {
  fastify.removeContentTypeParser("text/plain");
  const rateLimit = { max: options.perMinute ?? IMPORTS_PER_MINUTE, timeWindow: "1 minute" };

  fastify.post(
    "/preview",
    {
      config: { rateLimit },
      schema: {
        summary: "Preview the article at a web address without storing anything",
        description: DESCRIPTION,
        tags: ["documents"],
        body: ImportBodySchema,
        response: { 200: ImportPreviewSchema, ...errorResponses(400, 403, 413, 415, 422, 502) },
      },
    },
    async (request) => {
      const outcome = await fastify.webImport.preview(request.body.url);
      if (!outcome.ok) throw refused(outcome);
      return outcome.preview;
    },
  );

  fastify.post(
    "/",
    {
      preParsing: requireBearerToken(options.apiToken),
      config: { rateLimit },
      schema: {
        summary: "Import the article at a web address: fetch, extract and store it",
        description:
          `${DESCRIPTION} Needs 'Authorization: Bearer <API_TOKEN>'. Answers 201 when added or replaced by ` +
          "a new version, 200 when the same text is already stored (nothing written).",
        tags: ["documents"],
        security: [{ bearerAuth: [] }],
        body: ImportBodySchema,
        response: {
          200: ImportResultSchema,
          201: ImportResultSchema,
          ...errorResponses(400, 401, 403, 409, 413, 415, 422, 502),
        },
      },
    },
    async (request, reply) => {
      const outcome = await fastify.webImport.save(request.body.url);
      if (!outcome.ok) throw refused(outcome);
      const changed = outcome.result.outcome !== "unchanged";
      return reply.code(changed ? 201 : 200).send(outcome.result);
    },
  );
};

export default importRoutes;
