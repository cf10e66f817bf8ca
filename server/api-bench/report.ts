/**
 * The benchmark's table, as Markdown, and its place in docs/benchmarks.md: between two marker comments in
 * the API section, so a run with --record replaces the previous figures and nothing else in the file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Measurement } from "./measure.ts";

export interface RouteResult {
  name: string;
  api: Measurement;
  bare: Measurement;
}

const ms = (x: number) => (Number.isNaN(x) ? "–" : x < 10 ? x.toFixed(1) : x.toFixed(0));
const rate = (x: number) => Math.round(x).toLocaleString("en-US");

export function markdownTable(results: readonly RouteResult[]): string {
  const rows = results.map(({ name, api, bare }) =>
    [
      name,
      ms(api.p50),
      ms(api.p95),
      ms(api.p99),
      rate(api.perSecond),
      api.errors,
      ms(bare.p50),
      ms(bare.p95),
      ms(bare.p99),
      rate(bare.perSecond),
      bare.errors,
      (api.p95 / bare.p95).toFixed(2),
    ].join(" | "),
  );
  return [
    "| route | API p50 ms | API p95 ms | API p99 ms | API req/s | API errors | driver p50 ms | driver p95 ms | driver p99 ms | driver ops/s | driver errors | p95 API/driver |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
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
