/**
 * `npm run bench:api [-- --articles 100000 --seconds 10 --connections 50 --routes search,neighborhood
 * --fresh --record --cache-mb N --search-index on|off --path-index on|off --workers N --client node|autocannon]`:
 * the API under HTTP
 * load on the synthetic corpus, route by route.
 *
 * It opens (or first loads) the graph of `--articles` synthetic articles in an embedded Neo4j
 * (bench/api/graph-store.ts), starts the API in a child process, and for each route warms up, loads it with
 * `--connections` requests in flight for `--seconds` (Node's HTTP client, or autocannon: measure.ts), then runs the same Cypher with the same
 * parameters through the bare driver with as many requests in flight. It prints p50/p95/p99 latency and
 * requests/s for both, and the ratio of the API's p95 to the driver's: the API's own overhead (HTTP,
 * Fastify, validation, serialisation). `--record` writes the table into docs/benchmarks.md; `--cpu-prof`
 * writes the API process's CPU profile into .data/bench/profiles/. The API runs with its response cache as
 * configured (RESPONSE_CACHE_MB); the table says which share of each route's requests it answered, and
 * `--cache-mb 0` measures every request computed afresh. Measuring starts once the API's in-memory search
 * index and path network are built; `--search-index off` measures search through Neo4j's full-text index
 * instead, `--path-index off` paths searched by Neo4j (the driver column always times find-shortest-paths,
 * so with the path network on, the route's p95 may be below the driver's). `--workers N` serves the API from
 * N processes (API_WORKERS); their CPU is summed.
 */
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../../server/paths.ts";
import { startApiProcess, waitForIndexes } from "./api-process.ts";
import { openBenchStore } from "./graph-store.ts";
import { cpuSeconds, waitUntilIdle } from "../process-stats.ts";
import { measureBare, measureHttp, type LoadClient, type LoadOptions } from "./measure.ts";
import { markdownTable, recordInDocs, type RouteResult } from "./report.ts";
import { benchRoutes, sampleWorkload } from "./workload.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    seconds: { type: "string", default: "10" },
    warmup: { type: "string", default: "5" },
    "jvm-warmup": { type: "string", default: "60" },
    connections: { type: "string", default: "50" },
    routes: { type: "string" },
    heap: { type: "string", default: "3g" },
    pagecache: { type: "string", default: "3g" },
    fresh: { type: "boolean", default: false },
    record: { type: "boolean", default: false },
    "cpu-prof": { type: "boolean", default: false },
    // RESPONSE_CACHE_MB of the API under test; 0 measures every request computed afresh.
    "cache-mb": { type: "string" },
    // SEARCH_INDEX of the API under test; off measures search through Neo4j's full-text index.
    "search-index": { type: "string" },
    // PATH_INDEX of the API under test; off measures paths searched by Neo4j's allShortestPaths.
    "path-index": { type: "string" },
    // API_WORKERS of the API under test: processes serving its port.
    workers: { type: "string", default: "1" },
    // The HTTP load generator: node (Node's own client, bodies read as bytes) or autocannon (measure.ts).
    client: { type: "string", default: "node" },
  },
});

const log = (line: string) => process.stderr.write(`[bench:api] ${line}\n`);

function onOffOption(name: string, value: string | undefined): "on" | "off" | undefined {
  if (value === undefined || value === "on" || value === "off") return value;
  throw new Error(`--${name} must be on or off, not ${value}`);
}
if (values.client !== "node" && values.client !== "autocannon")
  throw new Error(`--client must be node or autocannon, not ${values.client}`);
const client: LoadClient = values.client;
const load: LoadOptions = { connections: Number(values.connections), seconds: Number(values.seconds) };
const warmup: LoadOptions = { connections: Number(values.connections), seconds: Number(values.warmup) };

const store = await openBenchStore({
  articles: Number(values.articles),
  heap: values.heap,
  pageCache: values.pagecache,
  fresh: values.fresh,
  log,
});
// The store is closed if the API cannot start, or its Neo4j would outlive this run.
const server = await startApiProcess({
  neo4j: { uri: store.neo4j.uri, user: store.neo4j.user, password: store.neo4j.password },
  cacheMb: values["cache-mb"] === undefined ? undefined : Number(values["cache-mb"]),
  searchIndex: onOffOption("search-index", values["search-index"]),
  pathIndex: onOffOption("path-index", values["path-index"]),
  workers: Number(values.workers),
  // --cpu-prof: V8 writes the API process's CPU profile there when it exits (open it in Chrome DevTools).
  cpuProfileDir: values["cpu-prof"] ? join(projectRoot, ".data", "bench", "profiles") : undefined,
}).catch(async (error: unknown) => {
  await store.close();
  throw error;
});
try {
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const apiCpuSeconds = () => server.pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const workload = await sampleWorkload(store.driver);
  log(
    `structures kept in memory ready after ${((await waitForIndexes(baseUrl, Number(values.workers))) / 1000).toFixed(1)} s`,
  );
  const wanted = values.routes?.split(",").map((w) => w.trim().toLowerCase());
  const routes = (await benchRoutes(workload)).filter(
    (route) => !wanted || wanted.some((w) => route.name.toLowerCase().includes(w)),
  );
  log(
    `${workload.regions.length} regions, ${workload.people.length} officials, ${workload.events.length} events ` +
      `sampled; API at ${baseUrl}; load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(" ")}`,
  );
  // A freshly started Neo4j runs Cypher in a cold JVM: until the JIT has compiled the hot paths, the same
  // search costs it several times the CPU (docs/benchmarks.md, API). Every route's bare work, round robin,
  // for --jvm-warmup seconds first, as a server that has been up for a while would be.
  log(`warming Neo4j's JVM up for ${values["jvm-warmup"]} s`);
  const jvmDeadline = Date.now() + Number(values["jvm-warmup"]) * 1000;
  await Promise.all(
    Array.from({ length: 4 }, async (_, worker) => {
      for (let i = worker; Date.now() < jvmDeadline; i += 4) {
        const route = routes[i % routes.length]!;
        await route.bare(store.driver, Math.floor(i / routes.length)).catch(() => undefined);
      }
    }),
  );
  const results: RouteResult[] = [];
  for (const route of routes) {
    log(`${route.name}: warming up`);
    // One request alone first: it loads what the route keeps in memory (peer profiles, stats), so the
    // warm-up and the measurement see the route as a running server would.
    const primed = await fetch(`${baseUrl}${route.path(0)}`);
    if (!primed.ok) throw new Error(`${route.name}: ${primed.status} ${await primed.text()}`);
    await measureHttp(baseUrl, route, warmup, client);
    await measureBare(store.driver, route, warmup);
    // The driver's phase leaves queries Neo4j is still ending (up to its 5 s timeout): wait for it to go
    // idle, so the API's figures are this route's alone, not the previous phase's leftovers.
    const settledMs = await waitUntilIdle(store.neo4j.pid);
    const cacheAtStart = await server.cacheStats();
    const cpuAtStart = {
      node: apiCpuSeconds(),
      neo4j: cpuSeconds(store.neo4j.pid),
      client: process.cpuUsage(),
    };
    const api = await measureHttp(baseUrl, route, load, client);
    const cpuAfterApi = { node: apiCpuSeconds(), neo4j: cpuSeconds(store.neo4j.pid) };
    // autocannon runs in this process: when it uses a whole core, the latencies are partly its own queue.
    const clientCpu = process.cpuUsage(cpuAtStart.client);
    const cacheAfterApi = await server.cacheStats();
    const hits = cacheAfterApi.hits - cacheAtStart.hits;
    const looked = hits + cacheAfterApi.misses - cacheAtStart.misses;
    const cacheHitRate = looked > 0 ? hits / looked : undefined;
    const bare = await measureBare(store.driver, route, load);
    const bareNeo4jSeconds = cpuSeconds(store.neo4j.pid) - cpuAfterApi.neo4j;
    const settledAfterMs = await waitUntilIdle(store.neo4j.pid);
    const perRequest = (seconds: number, requests: number) => (seconds * 1000) / Math.max(requests, 1);
    const cpu = {
      apiNode: perRequest(cpuAfterApi.node - cpuAtStart.node, api.requests),
      apiNeo4j: perRequest(cpuAfterApi.neo4j - cpuAtStart.neo4j, api.requests),
      client: perRequest((clientCpu.user + clientCpu.system) / 1e6, api.requests),
      bareNeo4j: perRequest(bareNeo4jSeconds, bare.requests),
    };
    results.push({ name: route.name, api, bare, cpu, cacheHitRate });
    log(
      `${route.name}: API p95 ${api.p95.toFixed(1)} ms, ${Math.round(api.perSecond)} req/s; driver p95 ` +
        `${bare.p95.toFixed(1)} ms; CPU per request ${cpu.apiNode.toFixed(2)} ms API + ${cpu.apiNeo4j.toFixed(2)} ms Neo4j ` +
        `(+ ${cpu.client.toFixed(2)} ms of the load generator's); ` +
        `cache hits ${cacheHitRate === undefined ? "off" : `${Math.round(cacheHitRate * 100)}%`}; Neo4j idle ` +
        `${(settledMs / 1000).toFixed(1)} s after the driver's warm-up, ${(settledAfterMs / 1000).toFixed(1)} s after its measurement` +
        (api.errors > 0 ? `; errors ${JSON.stringify(api.errorKinds)}` : ""),
    );
  }
  const conditions =
    `${store.load.documents.toLocaleString("en-US")} synthetic articles; ${load.connections} connections, ` +
    `${values.client} as the HTTP client; ${load.seconds} s per route after ${values["jvm-warmup"]} s of JVM warm-up and ${warmup.seconds} s per ` +
    `route; ${values.workers} API process${values.workers === "1" ? "" : "es"}; response cache ` +
    `${values["cache-mb"] === undefined ? "as configured" : `${values["cache-mb"]} MB`}, search index ` +
    `${values["search-index"] ?? "on"}, path network ${values["path-index"] ?? "on"}; Neo4j heap ${values.heap}, page cache ` +
    `${values.pagecache}; ${cpus().length} cores; load average at the end ` +
    `${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}; ${new Date().toISOString().slice(0, 10)}`;
  const table = markdownTable(results);
  process.stdout.write(`\n${conditions}\n\n${table}\n`);
  if (values.record) {
    recordInDocs(join(projectRoot, "docs", "benchmarks.md"), `${conditions}\n\n${table}`);
    log("recorded in docs/benchmarks.md");
  }
} finally {
  await server.stop();
  await store.close();
}
