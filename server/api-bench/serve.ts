/**
 * The API under test, in its own process: `npm run bench:api` and `npm run soak` fork this file so that
 * autocannon's load and the server do not share one event loop. It waits for the Neo4j connection over IPC
 * (the password never goes through argv), serves on a free 127.0.0.1 port, reports the port, answers
 * "cache-stats" with the response cache's hits and misses, "heap" with its live heap after a full
 * collection, and closes on "stop".
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { loadConfig } from "../config.ts";
import { createDriver } from "../db/neo4j.ts";
import { buildServer } from "../server.ts";

interface Start {
  uri: string;
  user: string;
  password: string;
  /** RESPONSE_CACHE_MB for this run; the configured default when absent. */
  cacheMb?: number;
  /** SEARCH_INDEX for this run; the configured default when absent. */
  searchIndex?: "on" | "off";
}

process.once("message", async (message: Start) => {
  const driver = createDriver(message.uri, message.user, message.password);
  // The benchmark's 50 connections come from one address: the per-client limit would cut them off.
  const config = loadConfig({
    LOG_LEVEL: "silent",
    RATE_LIMIT_PER_MINUTE: "100000000",
    ...(message.cacheMb === undefined ? {} : { RESPONSE_CACHE_MB: String(message.cacheMb) }),
    ...(message.searchIndex === undefined ? {} : { SEARCH_INDEX: message.searchIndex }),
  });
  const app = await buildServer({
    config,
    neo4j: { driver, database: undefined, kind: "embedded" },
    logger: false,
  });
  // Counted at the socket: the cache's X-Cache header says whether each answer came from memory.
  const cacheStats = { hits: 0, misses: 0 };
  app.server.on("request", (_request: IncomingMessage, response: ServerResponse) => {
    response.once("finish", () => {
      const said = response.getHeader("x-cache");
      if (said === "HIT") cacheStats.hits += 1;
      else if (said === "MISS") cacheStats.misses += 1;
    });
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  process.send?.({ port: typeof address === "object" && address ? address.port : 0 });
  process.on("message", async (command: unknown) => {
    if (command === "cache-stats") {
      process.send?.({ cacheStats });
      return;
    }
    if (command === "heap") {
      // Live heap: what a full collection leaves (the process runs with --expose-gc for this alone).
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const { heapUsed, heapTotal, rss } = process.memoryUsage();
      process.send?.({ heap: { live: heapUsed, heapTotal, rss, collected: gc !== undefined } });
      return;
    }
    await app.close();
    await driver.close();
    process.exit(0);
  });
});
