/**
 * The API under load in a child process (serve.ts), for `npm run bench:api` and `npm run soak`: forked so
 * that autocannon and the server do not share one event loop, given the Neo4j connection over IPC (the
 * password never goes through argv), and stopped cleanly.
 */
import { fork } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../paths.ts";

export interface ApiProcess {
  port: number;
  pid: number;
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
  /** Write the process's V8 CPU profile into this folder when it exits. */
  cpuProfileDir?: string | undefined;
}

export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const child = fork(join(projectRoot, "server", "api-bench", "serve.ts"), {
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
    const port = await new Promise<number>((resolve, reject) => {
      child.once("message", (message: { port: number }) => resolve(message.port));
      child.once("exit", (code) => reject(new Error(`the API process exited (${code}) before listening`)));
      child.send({
        ...options.neo4j,
        ...(options.cacheMb === undefined ? {} : { cacheMb: options.cacheMb }),
        ...(options.searchIndex === undefined ? {} : { searchIndex: options.searchIndex }),
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
      pid: child.pid!,
      stop,
      cacheStats: () => ask<{ hits: number; misses: number }>("cache-stats", "cacheStats"),
      heap: () => ask<ApiHeap>("heap", "heap"),
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Waits until the API's searches use its in-memory index (health says `current`, or `off` when switched
 * off): the first build reads the whole graph, seconds on 100,000 articles, and measuring before it ends
 * would time Neo4j's full-text search instead. Returns how long it waited.
 */
export async function waitForSearchIndex(baseUrl: string, timeoutMs = 300_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const health = (await (await fetch(`${baseUrl}/api/health`)).json()) as { searchIndex?: string };
    if (health.searchIndex === "current" || health.searchIndex === "off") return Date.now() - started;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`the API's search index is still ${health.searchIndex} after ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
