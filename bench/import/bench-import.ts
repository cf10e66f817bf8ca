/**
 * `npm run bench:import [-- --pages 10000 --delay-pages 20 --delay-ms 250]`: imports a site of generated
 * WordPress-style pages (page-server.ts, in a child process) through its sitemap into a fresh embedded
 * Neo4j, end to end (fetch, read, extract, write), with politeness off for the local host (no delay
 * between requests), and prints pages/s overall and over the first and last tenth, and this process's
 * resident memory sampled every second (first tenth, last tenth, peak): flat memory means nothing grows
 * with the run. Then a second, small run with the politeness delay on checks that consecutive requests to
 * the host are at least that far apart.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { cpuSeconds, megabytes as mb, residentKb } from "../process-stats.ts";
import { applySchema, createDriver } from "../../server/db/neo4j.ts";
import { startEmbeddedNeo4j } from "../../server/embedded/neo4j-process.ts";
import { findFreePort } from "../../server/embedded/ports.ts";
import { projectRoot } from "../../server/paths.ts";
import { loadExtractionResources } from "../../server/pipeline/extract/extract-facts.ts";
import { ingestWeb, type WebIngestProgress } from "../../server/pipeline/ingest/ingest-web.ts";
import { ensureOfficialRegions } from "../../server/pipeline/load/official-regions.ts";
import { WebClient, type WebClientOptions } from "../../server/pipeline/read/web/web-client.ts";

const { values } = parseArgs({
  options: {
    pages: { type: "string", default: "10000" },
    "delay-pages": { type: "string", default: "20" },
    "delay-ms": { type: "string", default: "250" },
    "batch-size": { type: "string", default: "500" },
  },
});
const pages = Number(values.pages);
const delayPages = Number(values["delay-pages"]);
const delayMs = Number(values["delay-ms"]);
const batchSize = Number(values["batch-size"]);

const client = (hostDelayMs: number): WebClient =>
  new WebClient({
    allowPrivateHosts: true,
    contact: "bench@jejaring.invalid",
    hostDelayMs,
    timeoutMs: 20_000,
    maxBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
    retries: 2,
    retryBaseMs: 500,
    maxRetryAfterMs: 5_000,
  } satisfies WebClientOptions);

async function startSite(count: number): Promise<{ origin: string; pid: number; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(projectRoot, "bench/import/page-server.ts"), String(count)],
    {
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`page server exited (${code})`)));
  });
  return { origin: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill() };
}

const dataDir = mkdtempSync(join(tmpdir(), "jejaring-bench-import-"));
const neo4j = await startEmbeddedNeo4j({ dataDir, port: await findFreePort(), heap: "2g", pageCache: "1g" });
const driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
try {
  await applySchema(driver, undefined);
  await ensureOfficialRegions(driver, undefined);
  const resources = await loadExtractionResources();

  process.stderr.write(`generating and serving ${pages} pages...\n`);
  const site = await startSite(pages);
  const marks: { at: number; done: number; rssKb: number; heapMb: number }[] = [];
  // With --expose-gc the heap is measured after a full collection: live objects only, not garbage.
  const collect = (globalThis as { gc?: () => void }).gc;
  let latest: WebIngestProgress | undefined;
  const startedAt = Date.now();
  const cpuBefore = {
    node: cpuSeconds(process.pid),
    neo4j: cpuSeconds(neo4j.pid),
    site: cpuSeconds(site.pid),
  };
  const sampler = setInterval(() => {
    const done = latest ? latest.added + latest.unchanged + latest.skipped + latest.failed : 0;
    if (collect && marks.length % 5 === 0) collect();
    const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
    marks.push({ at: Date.now(), done, rssKb: residentKb(process.pid, "VmRSS"), heapMb });
    if (marks.length % 10 === 0)
      process.stderr.write(
        `  ${done} pages, resident ${mb(marks[marks.length - 1]!.rssKb)}, heap ${heapMb.toFixed(0)} MB\n`,
      );
  }, 1_000);
  const summary = await ingestWeb(driver, [`${site.origin}/sitemap.xml`], {
    client: client(0),
    resources,
    batchSize,
    onProgress: (p) => (latest = p),
  });
  clearInterval(sampler);
  // CPU seconds per 1,000 pages: on two cores shared with other work, the figure that the load does not move.
  const perThousand = (pid: number, before: number) =>
    (((cpuSeconds(pid) - before) / Math.max(pages, 1)) * 1000).toFixed(1);
  const cpu = {
    node: perThousand(process.pid, cpuBefore.node),
    neo4j: perThousand(neo4j.pid, cpuBefore.neo4j),
    site: perThousand(site.pid, cpuBefore.site),
  };
  site.stop();
  const seconds = (Date.now() - startedAt) / 1000;
  const settled = summary.added + summary.unchanged + summary.skipped + summary.failed - 0;
  const tenth = Math.max(1, Math.floor(marks.length / 10));
  const rate = (from: number, to: number) => {
    const a = marks[from];
    const b = marks[to];
    return a && b && b.at > a.at ? ((b.done - a.done) / ((b.at - a.at) / 1000)).toFixed(0) : "—";
  };
  const meanRss = (list: typeof marks) =>
    list.reduce((sum, m) => sum + m.rssKb, 0) / Math.max(1, list.length);
  const peak = Math.max(...marks.map((m) => m.rssKb));
  // Only the samples taken right after a collection (every fifth) say what is live.
  const heapAfterGc = (list: typeof marks) => {
    const collected = list.filter((m) => marks.indexOf(m) % 5 === 0).map((m) => m.heapMb);
    return collected.length
      ? `${(collected.reduce((a, b) => a + b, 0) / collected.length).toFixed(0)} MB`
      : "—";
  };
  process.stdout.write(
    [
      `pages: ${pages}, added ${summary.added}, skipped ${summary.skipped}, failed ${summary.failed}, in ${seconds.toFixed(1)} s`,
      `end to end: ${(settled / seconds).toFixed(1)} pages/s (first tenth ${rate(0, tenth)}, last tenth ${rate(marks.length - 1 - tenth, marks.length - 1)})`,
      `resident memory: first tenth ${mb(meanRss(marks.slice(0, tenth)))}, last tenth ${mb(meanRss(marks.slice(-tenth)))}, peak ${mb(peak)}`,
      collect
        ? `heap after a full collection: first tenth ${heapAfterGc(marks.slice(0, tenth))}, middle ${heapAfterGc(marks.slice(4 * tenth, 6 * tenth))}, last tenth ${heapAfterGc(marks.slice(-tenth))}`
        : "heap after a full collection: run with node --expose-gc (npm run bench:import does) to see it",
      `CPU s per 1,000 pages: this process ${cpu.node}, Neo4j ${cpu.neo4j}, page server ${cpu.site}; load average at the end ${loadavg()[0]!.toFixed(1)}`,
      `relationships created: ${summary.relationshipsCreated}`,
    ].join("\n") + "\n",
  );
  for (const failure of summary.failures.slice(0, 5))
    process.stderr.write(`failed: ${failure.url}: ${failure.reason}\n`);

  process.stderr.write(`politeness: ${delayPages} pages with a ${delayMs} ms delay...\n`);
  const polite = await startSite(delayPages);
  const politeStart = Date.now();
  await ingestWeb(driver, [`${polite.origin}/sitemap.xml`], { client: client(delayMs), resources });
  const politeSeconds = (Date.now() - politeStart) / 1000;
  const { times } = (await (await fetch(`${polite.origin}/requests`)).json()) as { times: number[] };
  polite.stop();
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  process.stdout.write(
    `politeness: ${times.length} pages in ${politeSeconds.toFixed(1)} s, smallest gap between two page requests ${Math.min(...gaps)} ms (delay ${delayMs} ms)\n`,
  );
} finally {
  await driver.close();
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
