/** GET /api/nodes/:id: one node with its properties, its relationships summarised and its sources. */
import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { notFound } from "../../../errors.ts";
import { NodeDetailsSchema, NodeParamsSchema } from "../../../schemas/node.ts";
import { errorResponses } from "../error-responses.ts";

const nodeRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    "/:id",
    {
      config: { responseCache: true },
      schema: {
        summary: "One node in detail, with the sources of its facts",
        tags: ["graph"],
        params: NodeParamsSchema,
        response: { 200: NodeDetailsSchema, ...errorResponses(400, 404, 414) },
      },
    },
    async (request) => {
      const details = await fastify.nodesRepository.details(request.params.id);
      if (!details) throw notFound(`Node ${request.params.id}`);
      return details;
    },
  );
};

export default nodeRoutes;
