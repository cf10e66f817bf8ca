/**
 * The two measurements of a route: HTTP load with autocannon against the API process, and the same Cypher
 * through the bare driver from this process, both with the same number of requests in flight for the same
 * time. Latency percentiles are computed from every response's time (autocannon's own summary has no p95).
 */
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

/** autocannon against the running API: each request takes the route's next path, round robin. */
export async function measureHttp(
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
