/**
 * The benchmark's table, as Markdown, and its place in docs/benchmarks.md: between two marker comments in
 * the API section, so a run with --record replaces the previous figures and nothing else in the file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Measurement } from "./measure.ts";

/** CPU milliseconds per request, from /proc: what a route costs whatever else shares the machine. */
export interface CpuCost {
  /** The API process (HTTP, Fastify, validation, serialisation, driver) per API request. */
  apiNode: number;
  /** The Neo4j JVM per API request. */
  apiNeo4j: number;
  /** The load generator (autocannon, in the benchmark's process) per API request. */
  client: number;
  /** The Neo4j JVM per bare-driver operation. */
  bareNeo4j: number;
}

export interface RouteResult {
  name: string;
  api: Measurement;
  bare: Measurement;
  cpu?: CpuCost;
  /** Share of the measured API requests answered from the response cache; undefined when it was off. */
  cacheHitRate?: number | undefined;
}

const ms = (x: number) => (Number.isNaN(x) ? "–" : x < 10 ? x.toFixed(1) : x.toFixed(0));
const rate = (x: number) => Math.round(x).toLocaleString("en-US");

export function markdownTable(results: readonly RouteResult[]): string {
  const rows = results.map(({ name, api, bare, cpu, cacheHitRate }) =>
    [
      name,
      ms(api.p50),
      ms(api.p95),
      ms(api.p99),
      rate(api.perSecond),
      api.errors,
      cacheHitRate === undefined ? "off" : `${Math.round(cacheHitRate * 100)}%`,
      ms(bare.p50),
      ms(bare.p95),
      ms(bare.p99),
      rate(bare.perSecond),
      bare.errors,
      (api.p95 / bare.p95).toFixed(2),
      cpu ? ms(cpu.apiNode) : "–",
      cpu ? ms(cpu.apiNeo4j) : "–",
      cpu ? ms(cpu.bareNeo4j) : "–",
      // What two dedicated cores could serve: all the CPU a request costs the API and Neo4j together.
      cpu ? rate(2000 / (cpu.apiNode + cpu.apiNeo4j)) : "–",
    ].join(" | "),
  );
  return [
    "| route | API p50 ms | API p95 ms | API p99 ms | API req/s | API errors | cache hits | driver p50 ms | driver p95 ms | driver p99 ms | driver ops/s | driver errors | p95 API/driver | API CPU ms/req | Neo4j CPU ms/req | Neo4j CPU ms/driver op | req/s on 2 cores (CPU bound) |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map((row) => `| ${row} |`),
  ].join("\n");
}

export const START_MARKER = "<!-- bench:api results start -->";
export const END_MARKER = "<!-- bench:api results end -->";

/** Replaces the text between the markers; refuses to guess when they are missing. */
export function recordInDocs(file: string, block: string): void {
  const text = readFileSync(file, "utf8");
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  if (start < 0 || end < start)
    throw new Error(`${file} has no ${START_MARKER} … ${END_MARKER} block to fill`);
  writeFileSync(file, `${text.slice(0, start + START_MARKER.length)}\n${block}\n${text.slice(end)}`);
}
