/**
 * The two measurements of a route: HTTP load with autocannon against the API process, and the same Cypher
 * through the bare driver from this process, both with the same number of requests in flight for the same
 * time. Latency percentiles are computed from every response's time (autocannon's own summary has no p95).
 */
import { Agent, request } from "node:http";
import autocannon from "autocannon";
import type { Driver } from "neo4j-driver";
import type { BenchRoute } from "./workload.ts";

export interface Measurement {
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  requests: number;
  errors: number;
  /** What the errors were: an HTTP status ("503"), "timeout" or "connection". */
  errorKinds?: Record<string, number>;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarise(
  latencies: number[],
  seconds: number,
  errors: number,
  errorKinds: Record<string, number> = {},
): Measurement {
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    perSecond: latencies.length / seconds,
    requests: latencies.length,
    errors,
    errorKinds,
  };
}

/** Which HTTP load generator measures the API (bench-api's `--client`). */
export type LoadClient = "node" | "autocannon";

/** The route under `connections` requests in flight, with the chosen load generator. */
export function measureHttp(
  baseUrl: string,
  route: BenchRoute,
  options: LoadOptions,
  client: LoadClient = "node",
): Promise<Measurement> {
  return client === "autocannon"
    ? measureWithAutocannon(baseUrl, route, options)
    : measureWithNodeHttp(baseUrl, route, options);
}

/**
 * Node's own HTTP client: `connections` keep-alive loops, each sending its next request when the answer has
 * been read to its end. The body is read as bytes and dropped. Why not autocannon alone: it parses HTTP in
 * JavaScript and appends every body to a string, which for the timeline's answers of a few hundred KB
 * cost it twice the API's own CPU per request, so on two cores its queue, not the API, made the latency.
 */
async function measureWithNodeHttp(
  baseUrl: string,
  route: BenchRoute,
  options: LoadOptions,
): Promise<Measurement> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  const errorKinds: Record<string, number> = {};
  const countError = (kind: string) => {
    errors += 1;
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };
  let next = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const once = (path: string) =>
    new Promise<number>((resolve) => {
      const req = request(`${baseUrl}${path}`, { agent, timeout: 10_000 }, (res) => {
        res.on("data", () => undefined);
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", () => resolve(-1));
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", (error) => resolve(error.message === "timeout" ? -2 : -1));
      req.end();
    });
  const loop = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      const status = await once(route.path(next++));
      if (status >= 200 && status < 400) latencies.push(performance.now() - sent);
      else countError(status === -2 ? "timeout" : status === -1 ? "connection" : String(status));
    }
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  agent.destroy();
  return summarise(latencies, (performance.now() - started) / 1000, errors, errorKinds);
}

/** autocannon against the running API: each request takes the route's next path, round robin. */
async function measureWithAutocannon(
  baseUrl: string,
  route: BenchRoute,
  options: LoadOptions,
): Promise<Measurement> {
  let next = 0;
  const latencies: number[] = [];
  let errors = 0;
  const errorKinds: Record<string, number> = {};
  const started = Date.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        duration: options.seconds,
        requests: [{ setupRequest: (request) => ({ ...request, path: route.path(next++) }) }],
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 400) {
        errors += 1;
        errorKinds[statusCode] = (errorKinds[statusCode] ?? 0) + 1;
      } else latencies.push(responseTime);
    });
  });
  errors += result.errors + result.timeouts;
  if (result.timeouts > 0) errorKinds.timeout = result.timeouts;
  if (result.errors - result.timeouts > 0) errorKinds.connection = result.errors - result.timeouts;
  return summarise(latencies, (Date.now() - started) / 1000, errors, errorKinds);
}

/** The same work through the bare driver: `connections` loops, each waiting for its answer before the next. */
export async function measureBare(
  driver: Driver,
  route: BenchRoute,
  options: LoadOptions,
): Promise<Measurement> {
  let next = 0;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const t = performance.now();
      try {
        await route.bare(driver, next++);
        latencies.push(performance.now() - t);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  return summarise(latencies, (performance.now() - started) / 1000, errors);
}
