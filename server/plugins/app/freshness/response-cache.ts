/**
 * Answers of read routes kept in memory, keyed by the graph's version (graph-version.ts) and the request
 * URL, decorated as `fastify.responseCache`. A route opts in with `config: { responseCache: true }`.
 *
 * Why: the explorer asks the same questions over and over (every visitor's start page, the neighbourhood
 * of the region everyone opens, the prefixes typed into the search box), each answer costs milliseconds of
 * Neo4j and Node CPU, and the graph changes only when articles are ingested. An answer is served again only
 * while the graph's version is the one it was computed under, so a write (through this API at once, by
 * `npm run ingest` or another API worker within a second) makes every older answer unreachable, and the
 * least recently used give way to new ones. No time to live: every structure an answer is computed from is
 * keyed by the same version (live-index.ts), so no answer can be older than its key.
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
  interface FastifyRequest {
    responseCacheKey?: string;
  }
}

export interface ResponseCacheOptions {
  /** Memory for cached bodies; 0 switches the cache off. */
  maxBytes: number;
}

const JSON_TYPE = "application/json; charset=utf-8";

export default fp<ResponseCacheOptions>(
  async (fastify, options) => {
    const version = fastify.graphVersion;
    // Strings are UTF-16 in memory: two bytes a character is the honest size. A route may send its JSON
    // as bytes already (the timeline, regions/timeline-json.ts): kept as they are.
    const bodies =
      options.maxBytes > 0
        ? new LRUCache<string, string | Buffer>({
            maxSize: options.maxBytes,
            sizeCalculation: (body, key) =>
              (typeof body === "string" ? 2 * body.length : body.length) + 2 * key.length,
          })
        : undefined;
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
      if (reply.statusCode === 200 && (typeof payload === "string" || Buffer.isBuffer(payload)))
        bodies.set(key, payload);
      return payload;
    });
  },
  { name: "response-cache", dependencies: ["graph-version"] },
);
