/**
 * The documents/s of a stretch of an ingest, read off its progress marks: the bench's "first 10%" and
 * "last 10%" columns, which show whether the rate falls as the graph grows (a MERGE that misses its index).
 */

/** One progress report of an ingest: files done so far, and when. */
export interface ProgressMark {
  filesDone: number;
  elapsedMs: number;
}

/**
 * Documents per second between the fractions `from` and `to` of a run of `size` files, measured between
 * the first marks at or past each fraction (the run's start for 0). Marks come once per batch, so a
 * stretch that holds no batch boundary, such as the last tenth of a one-batch run, has no rate of its own:
 * undefined, not the 0 that subtracting a mark from itself gives.
 */
export function rateBetween(
  marks: readonly ProgressMark[],
  size: number,
  from: number,
  to: number,
): number | undefined {
  const start: ProgressMark = { filesDone: 0, elapsedMs: 0 };
  const a = from === 0 ? start : (marks.find((m) => m.filesDone >= from * size) ?? start);
  const b = marks.find((m) => m.filesDone >= to * size) ?? marks.at(-1) ?? start;
  if (b.filesDone === a.filesDone) return undefined;
  return (b.filesDone - a.filesDone) / Math.max((b.elapsedMs - a.elapsedMs) / 1000, 0.001);
}
