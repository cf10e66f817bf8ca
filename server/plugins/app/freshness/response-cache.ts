/**
 * Answers of read routes kept in memory, keyed by the graph's version (graph-version.ts) and the request
 * URL, decorated as `fastify.responseCache`. A route opts in with `config: { responseCache: true }`.
 *
 * Why: the explorer asks the same questions over and over (every visitor's start page, the neighbourhood
 * of the region everyone opens, the prefixes typed into the search box), each answer costs milliseconds of
 * Neo4j and Node CPU, and the graph changes only when articles are ingested. An answer is served again only
 * while the graph's version is the one it was computed under, so a write (through this API, or by
 * `npm run ingest` in another process, seen within a second) makes every older answer unreachable. Entries
 * also expire after `ttlMs`, which bounds how long an answer computed from a whole-graph snapshot that had
 * not yet caught up with a write (stats, peer profiles, the partner network) can be served.
 *
 * Only 200 answers are kept, so a hit implies the request already passed validation; rate limiting, load
 * shedding and the Neo4j watch run before the cache (their onRequest hooks are registered first), so a hit
 * never hides an outage. The body is kept as the exact JSON string the route sent: a hit skips the handler
 * and the serializer. `X-Cache: HIT` or `MISS` says which, for benchmarks and curious operators.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { LRUCache } from "lru-cache";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Keep this GET route's 200 answers in the response cache. */
    responseCache?: boolean;
  }
  interface FastifyInstance {
    responseCache: ResponseCache;
  }
  interface FastifyRequest {
    responseCacheKey?: string;
  }
}

export interface ResponseCacheOptions {
  /** Memory for cached bodies; 0 switches the cache off. */
  maxBytes: number;
}

export interface ResponseCache {
  /** After a write through this API: nothing computed before it is served again. */
  invalidate(): void;
}

const JSON_TYPE = "application/json; charset=utf-8";
/** Bounds how long an answer built from a whole-graph snapshot that lagged a write can be served. */
const TTL_MS = 30_000;

export default fp<ResponseCacheOptions>(
  async (fastify, options) => {
    const version = fastify.graphVersion;
    // Strings are UTF-16 in memory: two bytes a character is the honest size.
    const bodies =
      options.maxBytes > 0
        ? new LRUCache<string, string>({
            maxSize: options.maxBytes,
            sizeCalculation: (body, key) => 2 * (body.length + key.length),
            ttl: TTL_MS,
          })
        : undefined;

    fastify.decorate("responseCache", {
      invalidate() {
        version.bump();
        bodies?.clear();
      },
    } satisfies ResponseCache);
    if (!bodies) return;

    fastify.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.method !== "GET" || request.routeOptions.config.responseCache !== true) return;
      const current = version.current();
      if (current === undefined) return;
      const key = `${current} ${request.url}`;
      const body = bodies.get(key);
      if (body === undefined) {
        request.responseCacheKey = key;
        return;
      }
      return reply.code(200).header("content-type", JSON_TYPE).header("x-cache", "HIT").send(body);
    });
    fastify.addHook("onSend", async (request, reply, payload) => {
      const key = request.responseCacheKey;
      if (key === undefined) return payload;
      void reply.header("x-cache", "MISS");
      if (reply.statusCode === 200 && typeof payload === "string") bodies.set(key, payload);
      return payload;
    });
  },
  { name: "response-cache", dependencies: ["graph-version"] },
);
