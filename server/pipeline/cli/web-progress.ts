/**
 * Progress and summary lines of a web ingest, for `npm run ingest -- URL...` and `npm run feeds`: a line
 * every few seconds while it runs (pages answered, rate, what became of them), then the counts and every
 * skipped and failed address with its reason.
 */
import type { WebIngestProgress, WebIngestSummary } from "../ingest/ingest-web.ts";

const EVERY_MS = 3_000;

function line(p: WebIngestProgress): string {
  const rate = p.fetched / Math.max(p.elapsedMs / 1000, 0.001);
  return (
    `web: ${p.fetched} fetched (${rate.toFixed(0)}/s), ${p.listed} listed, ${p.added} added, ` +
    `${p.replaced} replaced, ${p.unchanged} unchanged, ${p.skipped} skipped, ${p.failed} failed, ${p.queued} to go`
  );
}

export function webProgressReporter(): { update: (p: WebIngestProgress) => void; stop: () => void } {
  let last = 0;
  let latest: WebIngestProgress | undefined;
  return {
    update: (p) => {
      latest = p;
      if (Date.now() - last < EVERY_MS) return;
      last = Date.now();
      process.stderr.write(`${line(p)}\n`);
    },
    stop: () => {
      if (latest && last > 0) process.stderr.write(`${line(latest)}\n`);
    },
  };
}

export function printWebSummary(summary: WebIngestSummary, say: (line: string) => void): void {
  for (const skip of summary.skips) say(`skipped: ${skip.url}: ${skip.reason}`);
  for (const failure of summary.failures) say(`failed: ${failure.url}: ${failure.reason}`);
  const seconds = summary.elapsedMs / 1000;
  process.stdout.write(
    [
      `web: ${summary.fetched} addresses fetched in ${seconds.toFixed(1)} s (${(summary.fetched / Math.max(seconds, 0.001)).toFixed(0)}/s), ${summary.listed} articles listed by feeds and sitemaps`,
      `documents added: ${summary.added}, replaced by a new version: ${summary.replaced}, unchanged: ${summary.unchanged}, skipped: ${summary.skipped}, failed: ${summary.failed}`,
      `nodes created: ${summary.nodesCreated}, relationships created: ${summary.relationshipsCreated}`,
    ].join("\n") + "\n",
  );
}
