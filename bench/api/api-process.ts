/**
 * The API under load in a child process (serve.ts), for `npm run bench:api` and `npm run soak`: forked so
 * that autocannon and the server do not share one event loop, given the Neo4j connection over IPC (the
 * password never goes through argv), and stopped cleanly.
 */
import { fork } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../server/paths.ts";
import { STRUCTURES, type StructureName } from "../../server/plugins/app/freshness/structures.ts";

export interface ApiProcess {
  port: number;
  /** The processes that serve: the forked one, and its workers when there are several. */
  pids: number[];
  /** Answers the server gave with `X-Cache: HIT` and `MISS` since it started. */
  cacheStats(): Promise<{ hits: number; misses: number }>;
  /** Runs a full collection in the API process, then reports its heap and resident memory, in bytes. */
  heap(): Promise<ApiHeap>;
  stop(): Promise<void>;
}

export interface ApiHeap {
  live: number;
  heapTotal: number;
  rss: number;
  /** False if the process could not force a collection (then `live` includes garbage). */
  collected: boolean;
}

export interface ApiProcessOptions {
  neo4j: { uri: string; user: string; password: string };
  /** RESPONSE_CACHE_MB of the server; its configured default when absent. */
  cacheMb?: number | undefined;
  /** SEARCH_INDEX of the server; its configured default when absent. */
  searchIndex?: "on" | "off" | undefined;
  /** PATH_INDEX of the server; its configured default when absent. */
  pathIndex?: "on" | "off" | undefined;
  /** API_WORKERS of the server: processes serving one port; one when absent. */
  workers?: number | undefined;
  /** Write the process's V8 CPU profile into this folder when it exits. */
  cpuProfileDir?: string | undefined;
}

export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const child = fork(join(projectRoot, "bench", "api", "serve.ts"), {
    execArgv: [
      "--import",
      "tsx",
      // Lets the "heap" command force a full collection; nothing else calls gc().
      "--expose-gc",
      ...(options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : []),
    ],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.send("stop");
    await exited;
  };
  try {
    const { port, pids } = await new Promise<{ port: number; pids: number[] }>((resolve, reject) => {
      child.once("message", (message: { port: number; pids: number[] }) => resolve(message));
      child.once("exit", (code) => reject(new Error(`the API process exited (${code}) before listening`)));
      child.send({
        ...options.neo4j,
        ...(options.cacheMb === undefined ? {} : { cacheMb: options.cacheMb }),
        ...(options.searchIndex === undefined ? {} : { searchIndex: options.searchIndex }),
        ...(options.pathIndex === undefined ? {} : { pathIndex: options.pathIndex }),
        ...(options.workers === undefined ? {} : { workers: options.workers }),
      });
    });
    /** Sends a command over IPC and resolves with the `key` field of the first answer that has one. */
    const ask = <T>(command: string, key: string) =>
      new Promise<T>((resolve) => {
        const onMessage = (message: Record<string, unknown>) => {
          if (message[key] === undefined) return;
          child.off("message", onMessage);
          resolve(message[key] as T);
        };
        child.on("message", onMessage);
        child.send(command);
      });
    return {
      port,
      pids,
      stop,
      cacheStats: () => ask<{ hits: number; misses: number }>("cache-stats", "cacheStats"),
      heap: () => ask<ApiHeap>("heap", "heap"),
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** GET over a connection of its own, so that with several API workers each poll may reach another one. */
async function healthOnNewConnection(baseUrl: string): Promise<Partial<Record<StructureName, string>>> {
  const { get } = await import("node:http");
  return new Promise((resolve, reject) => {
    get(`${baseUrl}/api/health`, { agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve(JSON.parse(body) as Partial<Record<StructureName, string>>));
    }).on("error", reject);
  });
}

/**
 * Waits until every structure the API keeps in memory answers (health says `current`, or `off` when
 * switched off): the first builds read the whole graph, and measuring before they end would time Neo4j's
 * engines instead. With several workers, each builds its own: it waits until twice as many polls in a row
 * as there are workers (each on a new connection, which the cluster deals out in turn) say so. Returns how
 * long it waited.
 */
export async function waitForIndexes(baseUrl: string, workers = 1, timeoutMs = 300_000): Promise<number> {
  const started = Date.now();
  let inARow = 0;
  for (;;) {
    const health = await healthOnNewConnection(baseUrl);
    const waiting = STRUCTURES.filter((name) => health[name] !== "current" && health[name] !== "off");
    inARow = waiting.length === 0 ? inARow + 1 : 0;
    if (inARow >= 2 * workers) return Date.now() - started;
    if (Date.now() - started > timeoutMs) {
      const states = waiting.map((name) => `${name} ${health[name]}`).join(", ");
      throw new Error(`the API's structures are still behind after ${timeoutMs / 1000} s: ${states}`);
    }
    if (waiting.length > 0) await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
