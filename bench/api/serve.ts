/**
 * The API under test, in its own process: `npm run bench:api` and `npm run soak` fork this file so that
 * autocannon's load and the server do not share one event loop. It waits for the Neo4j connection over IPC
 * (the password never goes through argv), serves on a free 127.0.0.1 port, reports the port and the ids of
 * the processes that serve, answers "cache-stats" with the response cache's hits and misses, "heap" with
 * its live heap after a full collection, and closes on "stop".
 *
 * With `workers` > 1 this process is the cluster's primary (server/api-workers.ts), as `npm start` is with
 * API_WORKERS: it forks that many copies of this file, which serve one shared port, and sums their answers.
 */
import cluster from "node:cluster";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { answerCommands, serveAsWorker, startWorkers } from "../../server/api-workers.ts";
import { loadConfig } from "../../server/config.ts";
import { createDriver } from "../../server/db/neo4j.ts";
import { buildServer } from "../../server/server.ts";

interface Start {
  uri: string;
  user: string;
  password: string;
  /** RESPONSE_CACHE_MB for this run; the configured default when absent. */
  cacheMb?: number;
  /** SEARCH_INDEX for this run; the configured default when absent. */
  searchIndex?: "on" | "off";
  /** PATH_INDEX for this run; the configured default when absent. */
  pathIndex?: "on" | "off";
  /** API processes (API_WORKERS); one when absent. */
  workers?: number;
}

interface CacheStats {
  hits: number;
  misses: number;
}

interface Heap {
  live: number;
  heapTotal: number;
  rss: number;
  collected: boolean;
}

interface Served {
  port: number;
  answer(command: string): Promise<Record<string, unknown> | undefined>;
  close(): Promise<void>;
}

async function serveApi(start: Start): Promise<Served> {
  const driver = createDriver(start.uri, start.user, start.password);
  // The benchmark's 50 connections come from one address: the per-client limit would cut them off.
  const config = loadConfig({
    // BENCH_API_LOG=warn shows what the API logs under load (why it fell back to Neo4j, say).
    LOG_LEVEL: process.env.BENCH_API_LOG ?? "silent",
    RATE_LIMIT_PER_MINUTE: "100000000",
    API_WORKERS: String(start.workers ?? 1),
    ...(start.cacheMb === undefined ? {} : { RESPONSE_CACHE_MB: String(start.cacheMb) }),
    ...(start.searchIndex === undefined ? {} : { SEARCH_INDEX: start.searchIndex }),
    ...(start.pathIndex === undefined ? {} : { PATH_INDEX: start.pathIndex }),
  });
  const app = await buildServer({
    config,
    neo4j: { driver, database: undefined, kind: "embedded" },
    logger: process.env.BENCH_API_LOG !== undefined,
  });
  // Counted at the socket: the cache's X-Cache header says whether each answer came from memory.
  const cacheStats: CacheStats = { hits: 0, misses: 0 };
  app.server.on("request", (_request: IncomingMessage, response: ServerResponse) => {
    response.once("finish", () => {
      const said = response.getHeader("x-cache");
      if (said === "HIT") cacheStats.hits += 1;
      else if (said === "MISS") cacheStats.misses += 1;
    });
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    async answer(command) {
      if (command === "cache-stats") return { cacheStats };
      if (command !== "heap") return undefined;
      // Live heap: what a full collection leaves (the process runs with --expose-gc for this alone).
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const { heapUsed, heapTotal, rss } = process.memoryUsage();
      return { heap: { live: heapUsed, heapTotal, rss, collected: gc !== undefined } satisfies Heap };
    },
    async close() {
      await app.close();
      await driver.close();
    },
  };
}

/** Serves with workers; what they answer is summed, as one API would answer. */
async function serveFromWorkers(start: Start & { workers: number }): Promise<Served & { pids(): number[] }> {
  const pool = startWorkers({
    count: start.workers,
    exec: fileURLToPath(import.meta.url),
    start: { ...start },
    log: (line) => process.stderr.write(`[api] ${line}\n`),
  });
  const port = await pool.listening;
  return {
    port,
    pids: () => [process.pid, ...pool.pids()],
    async answer(command) {
      if (command === "cache-stats") {
        const all = await pool.ask<CacheStats>(command, "cacheStats");
        return {
          cacheStats: {
            hits: all.reduce((n, s) => n + s.hits, 0),
            misses: all.reduce((n, s) => n + s.misses, 0),
          },
        };
      }
      if (command !== "heap") return undefined;
      const all = await pool.ask<Heap>(command, "heap");
      const sum = (key: "live" | "heapTotal" | "rss") => all.reduce((n, heap) => n + heap[key], 0);
      return {
        heap: {
          live: sum("live"),
          heapTotal: sum("heapTotal"),
          rss: sum("rss") + process.memoryUsage().rss,
          collected: all.every((heap) => heap.collected),
        } satisfies Heap,
      };
    },
    close: () => pool.stop(),
  };
}

if (cluster.isWorker) {
  let served: Served | undefined;
  serveAsWorker<Start>({
    async serve(start) {
      served = await serveApi(start);
      return served.port;
    },
    answer: async (command) => served?.answer(command),
    close: async () => served?.close(),
  });
} else {
  process.once("message", async (start: Start) => {
    const workers = start.workers ?? 1;
    const served =
      workers > 1
        ? await serveFromWorkers({ ...start, workers })
        : { ...(await serveApi(start)), pids: () => [process.pid] };
    process.send?.({ port: served.port, pids: served.pids() });
    answerCommands(served);
  });
}
