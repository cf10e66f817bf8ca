/**
 * POST /api/documents/preview: an article's facts with the normalised text, writing nothing. The documents
 * repository runs the first half of the ingest path (the same extractor and validation as POST
 * /api/documents), so the preview shows exactly what a save would load. No token, since nothing is stored;
 * rate-limited like writes, since extraction costs CPU.
 */
import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { ApiError } from "../../../errors.ts";
import { IngestBodySchema } from "../../../schemas/document.ts";
import { PreviewResultSchema } from "../../../schemas/document-preview.ts";
import { errorResponses } from "../error-responses.ts";

const PREVIEWS_PER_MINUTE = 60;

const documentPreviewRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.removeContentTypeParser("text/plain");

  fastify.post(
    "/",
    {
      config: { rateLimit: { max: PREVIEWS_PER_MINUTE, timeWindow: "1 minute" } },
      schema: {
        summary: "Preview an article's facts without storing anything",
        description:
          "Runs the extractor of POST /api/documents on the body and answers the facts with the normalised " +
          "text their offsets point into. Writes nothing, so it needs no token.",
        tags: ["documents"],
        body: IngestBodySchema,
        response: { 200: PreviewResultSchema, ...errorResponses(400, 413, 415, 422) },
      },
    },
    async (request) => {
      const outcome = fastify.documentsRepository.preview(request.body);
      if (!outcome.ok)
        throw new ApiError(422, "JJ_UNPROCESSABLE", `Nothing could be read: ${outcome.reason}`);
      return outcome.result;
    },
  );
};

export default documentPreviewRoutes;
