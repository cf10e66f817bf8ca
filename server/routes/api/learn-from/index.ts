/**
 * GET /api/programs/:id/learn-from and GET /api/sectors/:id/learn-from ("Belajar dari"): the regions to
 * learn from about a programme or a sector, ranked, with their evidence. Two routes over one repository,
 * so each names what it looks up and answers 404 for an unknown one of its kind.
 */
import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { notFound } from "../../../errors.ts";
import { LearnFromParamsSchema, LearnFromQuerySchema, LearnFromSchema } from "../../../schemas/learn-from.ts";
import type { TopicType } from "../../../plugins/app/learn-from/learn-from-repository.ts";
import { errorResponses } from "../error-responses.ts";

const WHAT: Record<TopicType, { path: string; noun: string; summary: string }> = {
  program: {
    path: "/programs/:id/learn-from",
    noun: "Programme",
    summary: "Regions to learn from about a programme (Belajar dari)",
  },
  sector: {
    path: "/sectors/:id/learn-from",
    noun: "Sector",
    summary: "Regions to learn from about a sector (Belajar dari)",
  },
};

const learnFromRoutes: FastifyPluginAsyncZod = async (fastify) => {
  for (const type of ["program", "sector"] as const) {
    const { path, noun, summary } = WHAT[type];
    fastify.get(
      path,
      {
        config: { responseCache: true },
        schema: {
          summary,
          description:
            "Regions ranked by the study visits, audiences and visits about it they hosted, then the events " +
            "about it they were the hub of, the agreements about it they are party to, and all their events " +
            "about it; each with up to three events and the sentences naming the topic and the region.",
          tags: ["learn-from"],
          params: LearnFromParamsSchema,
          querystring: LearnFromQuerySchema,
          response: { 200: LearnFromSchema, ...errorResponses(400, 404, 414) },
        },
      },
      async (request) => {
        const answer = await fastify.learnFromRepository.learnFrom(type, request.params.id, request.query);
        if (!answer) throw notFound(`${noun} ${request.params.id}`);
        return answer;
      },
    );
  }
};

export default learnFromRoutes;
