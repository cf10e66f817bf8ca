/**
 * Load shedding and the Neo4j watch. @fastify/under-pressure answers 503 with Retry-After when the event
 * loop or memory is saturated, and polls Neo4j every second: while Neo4j is unreachable, /api routes answer
 * 503 at once instead of each waiting for a driver time-out, and they serve again within a second of its
 * return, without a restart. The health route and the static web app are let through: the first reports
 * the outage itself, the second still loads and shows it.
 */
import underPressure, { TYPE_HEALTH_CHECK } from "@fastify/under-pressure";
import fp from "fastify-plugin";
import { ApiError } from "../../errors.ts";
import { neo4jAnswers } from "./neo4j.ts";

export const NEO4J_RETRY_AFTER_SECONDS = 5;

/** API routes that work without Neo4j (and must, to report its absence). */
const NEO4J_FREE = ["/api/health", "/api/openapi.json"];

function needsNeo4j(url: string): boolean {
  return url.startsWith("/api/") && !NEO4J_FREE.some((prefix) => url.startsWith(prefix));
}

export default fp(
  async (fastify) => {
    await fastify.register(underPressure, {
      maxEventLoopDelay: 2_000,
      maxHeapUsedBytes: 3 * 1024 ** 3,
      retryAfter: NEO4J_RETRY_AFTER_SECONDS,
      healthCheckInterval: 1_000,
      healthCheck: () => neo4jAnswers(fastify.neo4j),
      pressureHandler: (request, reply, type) => {
        if (type === TYPE_HEALTH_CHECK && !needsNeo4j(request.url)) return undefined;
        reply.header("Retry-After", NEO4J_RETRY_AFTER_SECONDS);
        // A rejected promise reaches the app's error handler through the hook's next(error).
        return Promise.reject(
          type === TYPE_HEALTH_CHECK
            ? new ApiError(503, "JJ_NEO4J_UNAVAILABLE", "The graph database is unreachable; retry shortly.")
            : new ApiError(503, "JJ_OVERLOADED", "The server is under heavy load; retry shortly."),
        );
      },
    });
  },
  { name: "under-pressure", dependencies: ["neo4j"] },
);
