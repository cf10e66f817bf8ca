/**
 * The Jejaring API as one Fastify plugin. It never listens: server.ts does that, and tests call
 * `fastify.inject` against it without a port.
 *
 * Order matters and is the house style's: zod compilers and the error/404 handlers first, then the
 * infrastructure plugins (Neo4j, security, load shedding, OpenAPI, static files), then the app plugins (the
 * Cypher reader and the repositories that do all the Cypher), then the routes, which do HTTP only.
 */
import type { FastifyInstance } from "fastify";
import { validatorCompiler } from "@fastify/type-provider-zod";
import type { Config } from "./config.ts";
import { preloadQueries } from "./db/cypher-registry.ts";
import { webDistDir } from "./paths.ts";
import cypherPlugin from "./plugins/external/cypher.ts";
import documentsRepository from "./plugins/app/documents/documents-repository.ts";
import webImport from "./plugins/app/documents/web-import.ts";
import { isDriverFault, toErrorBody } from "./errors.ts";
import graphRepository from "./plugins/app/graph/graph-repository.ts";
import nodesRepository from "./plugins/app/nodes/nodes-repository.ts";
import regionsRepository from "./plugins/app/regions/regions-repository.ts";
import graphVersion from "./plugins/app/freshness/graph-version.ts";
import responseCache from "./plugins/app/freshness/response-cache.ts";
import structures from "./plugins/app/freshness/structures.ts";
import searchRepository from "./plugins/app/search/search-repository.ts";
import statsRepository from "./plugins/app/stats/stats-repository.ts";
import viewsRepository from "./plugins/app/views/views-repository.ts";
import unknownRoutesPlugin from "./plugins/external/unknown-routes.ts";
import { createResponseSerializerCompiler } from "./plugins/external/response-serializer.ts";
import neo4jPlugin, { neo4jAnswers, type Neo4jHandle } from "./plugins/external/neo4j.ts";
import securityPlugin from "./plugins/external/security.ts";
import staticPlugin from "./plugins/external/static.ts";
import swaggerPlugin from "./plugins/external/swagger.ts";
import underPressurePlugin, { NEO4J_RETRY_AFTER_SECONDS } from "./plugins/external/under-pressure.ts";
import documentPreviewRoutes from "./routes/api/documents/preview.ts";
import documentRoutes, { WRITES_PER_MINUTE } from "./routes/api/documents/index.ts";
import importRoutes from "./routes/api/documents/import.ts";
import graphRoutes from "./routes/api/graph/index.ts";
import healthRoutes from "./routes/api/health/index.ts";
import nodeRoutes from "./routes/api/nodes/index.ts";
import pairRoutes from "./routes/api/pairs/index.ts";
import regionRoutes from "./routes/api/regions/index.ts";
import searchRoutes from "./routes/api/search/index.ts";
import statsRoutes from "./routes/api/stats/index.ts";
import viewRoutes from "./routes/api/views/index.ts";
import learnFromRepository from "./plugins/app/learn-from/learn-from-repository.ts";
import learnFromRoutes from "./routes/api/learn-from/index.ts";

/** How long the error handler waits for Neo4j to answer before it calls a driver fault an outage. */
const PROBE_TIMEOUT_MS = 2_000;

export interface AppOptions {
  config: Config;
  neo4j: Neo4jHandle;
  /** Folder of the built web app; defaults to web/dist. */
  webRoot?: string;
  /** Writes a minute per client (default 60); `npm run fuzz:api` raises it to exercise the write itself. */
  writesPerMinute?: number;
}

export default async function app(fastify: FastifyInstance, options: AppOptions): Promise<void> {
  const { config } = options;
  preloadQueries();
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(
    createResponseSerializerCompiler({ checked: config.RESPONSE_CHECKS === "on" }),
  );

  fastify.setErrorHandler(async (error, request, reply) => {
    let mapped = toErrorBody(error, NEO4J_RETRY_AFTER_SECONDS);
    // Only what would be a 500: a driver fault (not an answer of Neo4j) may be Neo4j dying mid-query, so
    // ask Neo4j before calling it a bug. Already-mapped faults (an exhausted pool) must not pay for a probe.
    if (mapped.body.statusCode === 500 && isDriverFault(error)) {
      const neo4jReachable = await neo4jAnswers(fastify.neo4j, PROBE_TIMEOUT_MS);
      mapped = toErrorBody(error, NEO4J_RETRY_AFTER_SECONDS, { neo4jReachable });
    }
    const said = { code: mapped.body.code, status: mapped.body.statusCode };
    if (mapped.serverFault) request.log.error({ err: error }, "request failed");
    else if (mapped.body.statusCode >= 500) request.log.warn(said, mapped.body.message);
    else request.log.info(said, mapped.body.message);
    return reply.code(mapped.body.statusCode).headers(mapped.headers).send(mapped.body);
  });

  await fastify.register(neo4jPlugin, { handle: options.neo4j });
  await fastify.register(securityPlugin, {
    corsOrigin: config.CORS_ORIGIN,
    // Each worker counts its own requests, and the cluster deals connections out in turn: its share.
    rateLimitPerMinute: Math.ceil(config.RATE_LIMIT_PER_MINUTE / config.API_WORKERS),
  });
  // Before every other route (the OpenAPI document, the web app's files, the API), so that it sees them all:
  // 405 for a known path under another method, 404 otherwise.
  await fastify.register(unknownRoutesPlugin);
  await fastify.register(underPressurePlugin);
  await fastify.register(swaggerPlugin);
  await fastify.register(staticPlugin, { root: options.webRoot ?? webDistDir });

  await fastify.register(cypherPlugin, { queryTimeoutMs: config.QUERY_TIMEOUT_MS });
  await fastify.register(graphVersion);
  await fastify.register(structures, { minRebuildIntervalMs: config.INDEX_REBUILD_SECONDS * 1000 });
  // After load shedding and the Neo4j watch, so that a cached answer never hides an outage.
  await fastify.register(responseCache, { maxBytes: config.RESPONSE_CACHE_MB * 1024 ** 2 });
  await fastify.register(searchRepository, { searchIndex: config.SEARCH_INDEX === "on" });
  await fastify.register(nodesRepository);
  await fastify.register(graphRepository, {
    partnerIndex: config.PARTNER_INDEX === "on",
    pathIndex: config.PATH_INDEX === "on",
  });
  await fastify.register(regionsRepository, {
    peerIndex: config.PEER_INDEX === "on",
    eventIndex: config.EVENT_INDEX === "on",
  });
  await fastify.register(statsRepository, { statsCache: config.STATS_CACHE === "on" });
  await fastify.register(learnFromRepository, { learnFromIndex: config.LEARN_FROM_INDEX === "on" });
  await fastify.register(documentsRepository);
  await fastify.register(webImport, { config: options.config });
  await fastify.register(viewsRepository);

  await fastify.register(healthRoutes, {
    prefix: "/api/health",
    responseCache: config.RESPONSE_CACHE_MB > 0,
  });
  await fastify.register(searchRoutes, { prefix: "/api/search" });
  await fastify.register(nodeRoutes, { prefix: "/api/nodes" });
  await fastify.register(graphRoutes, { prefix: "/api/graph" });
  await fastify.register(regionRoutes, {
    prefix: "/api/regions",
    checkedResponses: config.RESPONSE_CHECKS === "on",
  });
  await fastify.register(pairRoutes, { prefix: "/api/pairs" });
  await fastify.register(statsRoutes, { prefix: "/api/stats" });
  await fastify.register(learnFromRoutes, { prefix: "/api" });
  await fastify.register(documentRoutes, {
    prefix: "/api/documents",
    apiToken: config.API_TOKEN,
    writesPerMinute: Math.ceil((options.writesPerMinute ?? WRITES_PER_MINUTE) / config.API_WORKERS),
  });
  await fastify.register(documentPreviewRoutes, { prefix: "/api/documents/preview" });
  await fastify.register(importRoutes, {
    prefix: "/api/documents/import",
    apiToken: options.config.API_TOKEN,
  });
  await fastify.register(viewRoutes, {
    prefix: "/api/views",
    apiToken: config.API_TOKEN,
    writesPerMinute: Math.ceil((options.writesPerMinute ?? WRITES_PER_MINUTE) / config.API_WORKERS),
  });
}
