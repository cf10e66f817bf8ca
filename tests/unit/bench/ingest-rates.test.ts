import { describe, expect, it } from "vitest";
import { rateBetween } from "../../../bench/ingest/ingest-rates.ts";

describe("documents/s over a stretch of an ingest", () => {
  // Ten batches of 100 files, the first slow (2 s), then 0.5 s each.
  const marks = Array.from({ length: 10 }, (_, i) => ({
    filesDone: (i + 1) * 100,
    elapsedMs: 1500 + 500 * (i + 1),
  }));

  it("measures the first tenth from the start of the run and the last from the mark before it", () => {
    expect(rateBetween(marks, 1000, 0, 0.1)).toBeCloseTo(50);
    expect(rateBetween(marks, 1000, 0.9, 1)).toBeCloseTo(200);
    expect(rateBetween(marks, 1000, 0, 1)).toBeCloseTo(1000 / 6.5);
  });

  it("has no rate for a stretch without a batch boundary, such as the last tenth of a one-batch run", () => {
    const oneBatch = [{ filesDone: 1000, elapsedMs: 5200 }];
    expect(rateBetween(oneBatch, 1000, 0, 0.1)).toBeCloseTo(1000 / 5.2);
    expect(rateBetween(oneBatch, 1000, 0.9, 1)).toBeUndefined();
    expect(rateBetween([], 1000, 0, 0.1)).toBeUndefined();
  });
});
