/**
 * GET /api/health: 200 with Neo4j's version when the database answers a read, 503 with "neo4j": "down"
 * when it does not. It always asks Neo4j live (with a short timeout) rather than trusting a cached state,
 * because operators poll it precisely to learn the state now. It also says, for each structure the API
 * keeps in memory, whether it answers now (`current`), Neo4j does (`behind`), or it is switched off, and
 * the graph's version they are keyed by.
 */
import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { HealthSchema } from "../../../schemas/health.ts";
import { serverVersion } from "../../../db/neo4j.ts";
import { NEO4J_RETRY_AFTER_SECONDS } from "../../../plugins/external/under-pressure.ts";

const HEALTH_TIMEOUT_MS = 2_000;
const appVersion = "0.1.0";

export interface HealthRoutesOptions {
  /** Whether the response cache is on (RESPONSE_CACHE_MB > 0). */
  responseCache: boolean;
}

const healthRoutes: FastifyPluginAsyncZod<HealthRoutesOptions> = async (fastify, options) => {
  fastify.get(
    "/",
    {
      schema: {
        summary: "Is the API up and can it reach Neo4j?",
        tags: ["health"],
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (_request, reply) => {
      const base = {
        database: fastify.neo4j.kind,
        version: appVersion,
        uptimeSeconds: Math.round(process.uptime()),
        graphVersion: fastify.graphVersion.current() ?? null,
        ...fastify.structures.report(),
        responseCache: options.responseCache ? ("on" as const) : ("off" as const),
      };
      try {
        const info = await serverVersion(fastify.neo4j.driver, fastify.neo4j.database, HEALTH_TIMEOUT_MS);
        return {
          ...base,
          status: "ok" as const,
          neo4j: "up" as const,
          neo4jVersion: info.version,
          neo4jEdition: info.edition,
        };
      } catch (error) {
        fastify.log.warn({ err: error }, "health: Neo4j did not answer");
        reply.code(503).header("retry-after", NEO4J_RETRY_AFTER_SECONDS);
        return {
          ...base,
          status: "degraded" as const,
          neo4j: "down" as const,
          neo4jVersion: null,
          neo4jEdition: null,
          message: "Neo4j is unreachable; the API will recover by itself when it returns.",
        };
      }
    },
  );
};

export default healthRoutes;
