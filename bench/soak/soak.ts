/**
 * `npm run soak [-- --seconds 300 --warmup 120 --connections 50 --articles 100000 --heap 3g --pagecache 3g
 * --workers 1]`:
 * the API under a steady, realistic mix of reads for minutes on end, to catch what a route benchmark of
 * seconds cannot: errors that appear only under sustained load, and memory that creeps.
 *
 * It reuses `npm run bench:api`'s pieces: the loaded synthetic graph (bench/api/graph-store.ts), the
 * API in its own process (serve.ts) and the requests drawn from the graph (workload.ts). One autocannon run
 * with `--connections` connections sends, request by request, a weighted mix of search, neighbourhood, node,
 * peers, path and stats. Every route is asked once, then a warm-up of `--warmup` seconds runs, so that the
 * memory compared is that of a server already serving, not the growth of a cold start: measured, the API's
 * V8 heap and Neo4j's G1 heap take a minute or two under this load to reach their working size, then stay. It prints requests, errors by status, p50/p99
 * latency, and the resident memory of the API process and of the Neo4j JVM after the warm-up and at the
 * end (sampled every 10 s). Exit code 1 when an answer other than 2xx or a deliberate 429 came back, or
 * either process grew by 10% or more.
 */
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startApiProcess, waitForIndexes } from "../api/api-process.ts";
import { openBenchStore } from "../api/graph-store.ts";
import { percentile } from "../api/measure.ts";
import { benchRoutes, sampleWorkload, type BenchRoute } from "../api/workload.ts";
import { megabytes, residentKb } from "../process-stats.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    seconds: { type: "string", default: "300" },
    warmup: { type: "string", default: "120" },
    connections: { type: "string", default: "50" },
    heap: { type: "string", default: "3g" },
    pagecache: { type: "string", default: "3g" },
    // API_WORKERS of the API under test; their resident memory is summed.
    workers: { type: "string", default: "1" },
  },
});

const log = (line: string) => process.stderr.write(`[soak] ${line}\n`);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");

/** Shares of the mix, by the start of bench:api's route names: what the explorer's users ask most. */
const MIX: Array<[prefix: string, weight: number]> = [
  ["GET /api/search", 30],
  ["GET /api/graph/neighborhood", 25],
  ["GET /api/nodes/:id", 20],
  ["GET /api/regions/:code/peers", 10],
  ["GET /api/graph/path", 10],
  ["GET /api/stats", 5],
];

/** A fixed cycle of 100 route picks with the mix's shares, spread out rather than in runs. */
function schedule(routes: BenchRoute[]): BenchRoute[] {
  const picks: BenchRoute[] = [];
  for (const [prefix, weight] of MIX) {
    const route = routes.find((r) => r.name.startsWith(prefix));
    if (!route) throw new Error(`no bench:api route named ${prefix}`);
    for (let i = 0; i < weight; i++) picks.push(route);
  }
  // Interleave: the i-th pick goes to position (i * 37) mod 100, 37 being coprime with 100.
  const cycle = new Array<BenchRoute>(picks.length);
  picks.forEach((route, i) => (cycle[(i * 37) % picks.length] = route));
  return cycle;
}

interface Run {
  latencies: number[];
  statuses: Map<number, number>;
  socketErrors: number;
  timeouts: number;
  seconds: number;
}

function hammer(
  baseUrl: string,
  cycle: BenchRoute[],
  seconds: number,
  connections: number,
  onTick?: () => void,
) {
  let next = 0;
  const perRoute = new Map<BenchRoute, number>();
  const run: Run = { latencies: [], statuses: new Map(), socketErrors: 0, timeouts: 0, seconds };
  return new Promise<Run>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        requests: [
          {
            setupRequest: (request) => {
              const route = cycle[next++ % cycle.length]!;
              const i = perRoute.get(route) ?? 0;
              perRoute.set(route, i + 1);
              return { ...request, path: route.path(i) };
            },
          },
        ],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error);
        run.socketErrors = result.errors;
        run.timeouts = result.timeouts;
        resolve(run);
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      run.statuses.set(statusCode, (run.statuses.get(statusCode) ?? 0) + 1);
      if (statusCode < 400) run.latencies.push(responseTime);
    });
    if (onTick) instance.on("tick", onTick);
  });
}

const store = await openBenchStore({
  articles: Number(values.articles),
  heap: values.heap,
  pageCache: values.pagecache,
  fresh: false,
  log,
});
// The store is closed if the API cannot start, or its Neo4j would outlive this run.
const server = await startApiProcess({
  neo4j: { uri: store.neo4j.uri, user: store.neo4j.user, password: store.neo4j.password },
  workers: Number(values.workers),
}).catch(async (error: unknown) => {
  await store.close();
  throw error;
});
let exitCode = 1;
try {
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const cycle = schedule(await benchRoutes(await sampleWorkload(store.driver)));
  log(
    `structures kept in memory ready after ${((await waitForIndexes(baseUrl, Number(values.workers))) / 1000).toFixed(1)} s`,
  );
  const connections = Number(values.connections);
  const rss = () => ({
    node: server.pids.reduce((sum, pid) => sum + residentKb(pid, "VmRSS"), 0),
    neo4j: residentKb(store.neo4j.pid, "VmRSS"),
  });

  const cold = rss();
  // One request per route first, awaited: a route that keeps a whole-graph snapshot (peers, stats) loads
  // it now, so the memory after the warm-up is that of a server that has everything loaded.
  // A cold JVM and page cache may take longer than QUERY_TIMEOUT_MS on a first read: ask again, for a while.
  for (const route of new Set(cycle)) {
    for (let attempt = 1; ; attempt++) {
      const primed = await fetch(`${baseUrl}${route.path(0)}`);
      if (primed.ok) break;
      if (attempt === 10) throw new Error(`${route.name}: ${primed.status} ${await primed.text()}`);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    }
  }
  log(`API at ${baseUrl}; warming up for ${values.warmup} s (load average ${load()})`);
  await hammer(baseUrl, cycle, Number(values.warmup), connections);
  const start = rss();
  const loadAtStart = load();
  log(`soaking for ${values.seconds} s with ${connections} connections (load average ${loadAtStart})`);
  const samples: Array<{ node: number; neo4j: number }> = [start];
  // autocannon gives no bodies: every 2 s one request of the mix is sent beside the load, and the code of
  // any error answer is kept, to tell time-outs from load shedding or outages.
  const codes = new Map<string, number>();
  let probing = true;
  const probes = (async () => {
    for (let i = 0; probing; i++) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const route = cycle[(i * 7) % cycle.length]!;
      try {
        const response = await fetch(`${baseUrl}${route.path(i * 13)}`, {
          signal: AbortSignal.timeout(30_000),
        });
        const body = (await response.json()) as { code?: string };
        const key = response.ok
          ? "ok"
          : `${response.status} ${body.code ?? "?"} (${route.name.split(" ")[1]})`;
        codes.set(key, (codes.get(key) ?? 0) + 1);
      } catch (error) {
        const key = `no answer (${(error as Error).name})`;
        codes.set(key, (codes.get(key) ?? 0) + 1);
      }
    }
  })();
  let lastSample = Date.now();
  const run = await hammer(baseUrl, cycle, Number(values.seconds), connections, () => {
    if (Date.now() - lastSample < 10_000) return;
    lastSample = Date.now();
    samples.push(rss());
  });
  probing = false;
  await probes;
  const end = rss();
  samples.push(end);
  const loadAtEnd = load();
  // After the last RSS sample: a full collection says how much of the API's memory is live.
  const heap = await server.heap();

  run.latencies.sort((a, b) => a - b);
  const requests = [...run.statuses.values()].reduce((a, b) => a + b, 0);
  const byStatus = [...run.statuses.entries()].sort(([a], [b]) => a - b);
  const errors = byStatus.filter(([status]) => status >= 400 && status !== 429);
  const growth = (from: number, to: number) => (from > 0 ? ((to - from) / from) * 100 : 0);
  const nodeGrowth = growth(start.node, end.node);
  const neo4jGrowth = growth(start.neo4j, end.neo4j);
  const peak = (key: "node" | "neo4j") => Math.max(...samples.map((s) => s[key]));
  const lines = [
    `${store.load.documents.toLocaleString("en-US")} synthetic articles; ${connections} connections for ` +
      `${values.seconds} s after ${values.warmup} s of warm-up; mix ${MIX.map(([p, w]) => `${p.slice(4)} ${w}%`).join(", ")}; ` +
      `Neo4j heap ${values.heap}, page cache ${values.pagecache}; ${cpus().length} cores; load average ` +
      `${loadAtStart} at the start, ${loadAtEnd} at the end; ${new Date().toISOString().slice(0, 10)}`,
    "",
    `requests: ${requests.toLocaleString("en-US")} (${Math.round(requests / run.seconds)}/s)`,
    `answers by status: ${byStatus.map(([s, n]) => `${s}: ${n.toLocaleString("en-US")}`).join(", ")}`,
    `errors: ${errors.reduce((sum, [, n]) => sum + n, 0)} (besides 429s), socket errors ${run.socketErrors}, ` +
      `timeouts ${run.timeouts}`,
    `latency of successful answers: p50 ${percentile(run.latencies, 50).toFixed(0)} ms, ` +
      `p99 ${percentile(run.latencies, 99).toFixed(0)} ms`,
    `API process RSS: ${megabytes(cold.node)} cold, ${megabytes(start.node)} after warm-up, ` +
      `${megabytes(end.node)} at the end (${nodeGrowth >= 0 ? "+" : ""}${nodeGrowth.toFixed(1)}%), peak ${megabytes(peak("node"))}`,
    `API heap after a full collection at the end: ${megabytes(heap.live / 1024)} live of ` +
      `${megabytes(heap.heapTotal / 1024)} heap, ${megabytes(heap.rss / 1024)} RSS` +
      (heap.collected ? "" : " (no collection forced: live includes garbage)"),
    `Neo4j JVM RSS: ${megabytes(cold.neo4j)} cold, ${megabytes(start.neo4j)} after warm-up, ` +
      `${megabytes(end.neo4j)} at the end (${neo4jGrowth >= 0 ? "+" : ""}${neo4jGrowth.toFixed(1)}%), peak ${megabytes(peak("neo4j"))}`,
  ];
  lines.push(
    `probe answers (one request every 2 s beside the load): ${[...codes.entries()]
      .sort(([, a], [, b]) => b - a)
      .map(([key, n]) => `${key}: ${n}`)
      .join(", ")}`,
    `RSS every minute, API / Neo4j: ${samples
      .filter((_, i) => i % 6 === 0 || i === samples.length - 1)
      .map((sample) => `${megabytes(sample.node)} / ${megabytes(sample.neo4j)}`)
      .join(", ")}`,
  );
  const met =
    errors.length === 0 && run.socketErrors + run.timeouts === 0 && nodeGrowth < 10 && neo4jGrowth < 10;
  lines.push(
    `target (no errors but 429s, memory growth under 10% after warm-up): ${met ? "met" : "NOT met"}`,
  );
  process.stdout.write(`\n${lines.join("\n")}\n`);
  exitCode = met ? 0 : 1;
} finally {
  await server.stop();
  await store.close();
}
process.exit(exitCode);
