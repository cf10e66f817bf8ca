/**
 * Saved views: GET /api/views (a page, latest first), GET /api/views/:id (one, with its state), POST
 * /api/views (save one), PUT /api/views/:id (replace or rename it), DELETE /api/views/:id. Writes need the bearer
 * token and share the writes' rate limit. Never cached: a view saved by one analyst is listed for the next
 * request of any other (views-repository.ts says why views leave the graph's version alone).
 */
import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { notFound } from "../../../errors.ts";
import {
  SavedViewBodySchema,
  SavedViewDeletedSchema,
  SavedViewListQuerySchema,
  SavedViewListSchema,
  SavedViewSchema,
  SavedViewSummarySchema,
  ViewParamsSchema,
} from "../../../schemas/view.ts";
import { requireBearerToken } from "../documents/bearer-token.ts";
import { errorResponses } from "../error-responses.ts";

export interface ViewRoutesOptions {
  apiToken: string | undefined;
  writesPerMinute: number;
}

const TOKEN_NOTE =
  "Needs 'Authorization: Bearer <API_TOKEN>'; refused with 403 when the server has no API_TOKEN.";

const viewRoutes: FastifyPluginAsyncZod<ViewRoutesOptions> = async (fastify, options) => {
  // JSON only: a text/plain body gets a 415 saying what to send, not a 400 about its shape.
  fastify.removeContentTypeParser("text/plain");
  const guarded = {
    preParsing: requireBearerToken(options.apiToken),
    config: { rateLimit: { max: options.writesPerMinute, timeWindow: "1 minute" } },
  };

  fastify.get(
    "/",
    {
      schema: {
        summary: "Saved views, latest saved or replaced first",
        description: "Names, creators and dates only; GET /api/views/:id gives a view's state.",
        tags: ["views"],
        querystring: SavedViewListQuerySchema,
        response: { 200: SavedViewListSchema, ...errorResponses(400) },
      },
    },
    async (request) => fastify.viewsRepository.list(request.query),
  );

  fastify.get(
    "/:id",
    {
      schema: {
        summary: "One saved view, with the explorer state to open",
        tags: ["views"],
        params: ViewParamsSchema,
        response: { 200: SavedViewSchema, ...errorResponses(400, 404, 414) },
      },
    },
    async (request) => {
      const view = await fastify.viewsRepository.get(request.params.id);
      if (!view) throw notFound(`Saved view ${request.params.id}`);
      return view;
    },
  );

  fastify.post(
    "/",
    {
      ...guarded,
      schema: {
        summary: "Save a view under a name",
        description: `${TOKEN_NOTE} Answers 201 with the new view's id and dates; 409 JJ_VIEW_NAME_TAKEN when another view has this name (compared regardless of case and spacing), nothing stored.`,
        tags: ["views"],
        security: [{ bearerAuth: [] }],
        body: SavedViewBodySchema,
        response: { 201: SavedViewSummarySchema, ...errorResponses(400, 401, 403, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.code(201).send(await fastify.viewsRepository.create(request.body)),
  );

  fastify.put(
    "/:id",
    {
      ...guarded,
      schema: {
        summary: "Replace a saved view's name, creator and state",
        description: `${TOKEN_NOTE} Keeps the id and createdAt; moves updatedAt. A rename is a replacement with the same state; 409 JJ_VIEW_NAME_TAKEN when another view has the new name.`,
        tags: ["views"],
        security: [{ bearerAuth: [] }],
        params: ViewParamsSchema,
        body: SavedViewBodySchema,
        response: {
          200: SavedViewSummarySchema,
          ...errorResponses(400, 401, 403, 404, 409, 413, 414, 415),
        },
      },
    },
    async (request) => {
      const view = await fastify.viewsRepository.replace(request.params.id, request.body);
      if (!view) throw notFound(`Saved view ${request.params.id}`);
      return view;
    },
  );

  fastify.delete(
    "/:id",
    {
      ...guarded,
      schema: {
        summary: "Delete a saved view",
        description: TOKEN_NOTE,
        tags: ["views"],
        security: [{ bearerAuth: [] }],
        params: ViewParamsSchema,
        response: { 200: SavedViewDeletedSchema, ...errorResponses(400, 401, 403, 404, 414) },
      },
    },
    async (request) => {
      if (!(await fastify.viewsRepository.remove(request.params.id)))
        throw notFound(`Saved view ${request.params.id}`);
      return { id: request.params.id, deleted: true as const };
    },
  );
};

export default viewRoutes;
