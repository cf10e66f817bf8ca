/**
 * POST /api/documents/preview: extracts an article's facts and answers them with the normalised text, writing
 * nothing. It runs the first half of the ingest path (`prepareText`, the same extractor and validation as
 * POST /api/documents), so the preview shows exactly what a save would load. No token, since nothing is
 * stored; rate-limited like writes, since extraction costs CPU.
 */
import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { loadExtractionResources } from "../../../pipeline/extract/extract-facts.ts";
import { prepareText } from "../../../pipeline/ingest/prepare-document.ts";
import { ApiError } from "../../../errors.ts";
import { IngestBodySchema } from "../../../schemas/document.ts";
import { PreviewResultSchema } from "../../../schemas/document-preview.ts";
import { errorResponses } from "../error-responses.ts";

const PREVIEWS_PER_MINUTE = 60;

const documentPreviewRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.removeContentTypeParser("text/plain");
  // Loaded once per process (memoised), shared with the documents repository.
  const resources = await loadExtractionResources();

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
      const { text, title, source, publishedAt } = request.body;
      const prepared = prepareText(text, { title, source, publishedAt }, resources);
      if (!prepared.ok)
        throw new ApiError(422, "JJ_UNPROCESSABLE", `Nothing could be read: ${prepared.error}`);
      return {
        documentId: prepared.input.facts.document.id,
        text: prepared.input.text,
        extracted: prepared.input.facts,
      };
    },
  );
};

export default documentPreviewRoutes;
