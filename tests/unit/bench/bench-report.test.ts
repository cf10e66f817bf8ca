/**
 * The API benchmark's arithmetic and its record: percentiles of the measured latencies, the Markdown table,
 * and the replacement of the previous figures in docs/benchmarks.md (and nothing else in the file).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { percentile, type Measurement } from "../../../bench/api/measure.ts";
import { END_MARKER, markdownTable, recordInDocs, START_MARKER } from "../../../bench/api/report.ts";

const measurement = (p95: number): Measurement => ({
  p50: p95 / 2,
  p95,
  p99: p95 * 2,
  perSecond: 1234.4,
  requests: 10_000,
  errors: 0,
});

describe("the API benchmark report", () => {
  it("takes nearest-rank percentiles", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });

  it("prints one row per route with the p95 ratio of the API to the bare driver", () => {
    const table = markdownTable([{ name: "GET /api/search", api: measurement(12), bare: measurement(10) }]);
    const row = table.split("\n")[2]!;
    expect(row).toBe(
      "| GET /api/search | 6.0 | 12 | 24 | 1,234 | 0 | off | 5.0 | 10 | 20 | 1,234 | 0 | 1.20 | – | – | – | – |",
    );
  });

  it("adds the CPU each request cost and the rate two cores could serve at that cost", () => {
    const cpu = { apiNode: 0.5, apiNeo4j: 1.5, client: 0.7, bareNeo4j: 1.25 };
    const table = markdownTable([
      { name: "GET /api/search", api: measurement(12), bare: measurement(10), cpu },
    ]);
    expect(table.split("\n")[2]!.endsWith("| 1.20 | 0.5 | 1.5 | 1.3 | 1,000 |")).toBe(true);
  });

  it("says which share of the API's requests the response cache answered", () => {
    const table = markdownTable([
      { name: "GET /api/search", api: measurement(12), bare: measurement(10), cacheHitRate: 0.374 },
    ]);
    expect(table.split("\n")[0]).toContain("| API errors | cache hits | driver p50 ms |");
    expect(table.split("\n")[2]).toContain("| 1,234 | 0 | 37% | 5.0 |");
  });

  it("replaces only the block between its markers", () => {
    const dir = mkdtempSync(join(tmpdir(), "jejaring-bench-report-"));
    const file = join(dir, "benchmarks.md");
    try {
      writeFileSync(file, `# B\n\n## Ingest\nkept\n\n## API\n${START_MARKER}\nold\n${END_MARKER}\nafter\n`);
      recordInDocs(file, "new figures");
      expect(readFileSync(file, "utf8")).toBe(
        `# B\n\n## Ingest\nkept\n\n## API\n${START_MARKER}\nnew figures\n${END_MARKER}\nafter\n`,
      );
      writeFileSync(file, "# no markers\n");
      expect(() => recordInDocs(file, "x")).toThrow(/no <!-- bench:api/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
