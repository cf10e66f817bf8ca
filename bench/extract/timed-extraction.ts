/**
 * The timed side of `npm run bench:extract`: a worker thread that extracts the texts it is sent, pass after
 * pass, and answers with the best pass's CPU and wall-clock time.
 *
 * Why a thread of its own: the ingest extracts in a worker thread (extracted-files.ts) whose heap holds the
 * extractor and the articles in flight, nothing else. Timed on the benchmark's main thread, the extractor
 * shared its heap with the TypeScript loader's sources and maps and the generated corpus with its facts;
 * every major collection marked those too, and the figure said more about the benchmark than the extractor.
 * The texts arrive by message, as flat strings, as the worker's own reads give them.
 */
import { parentPort } from "node:worker_threads";
import { FactsSchema, type Facts } from "../../server/schemas/facts.ts";
import {
  extractFacts,
  loadExtractionResources,
  type ArticleMeta,
} from "../../server/pipeline/extract/extract-facts.ts";

export interface TimingRequest {
  texts: { text: string; meta: ArticleMeta }[];
  /** Each text is extracted this many times per pass. */
  repeats: number;
  passes: number;
  /** Also return the facts of one last pass, validated by the schema as the CLI does, and its time. */
  validated: boolean;
  /** One untimed pass first (the default); alternated passes against another commit warm up once. */
  warmUp?: boolean;
}

export interface TimingAnswer {
  /** Best pass, CPU time of the process (this thread, the collector's helpers, the idle main thread). */
  cpuSeconds: number;
  /** Best pass, wall clock. */
  seconds: number;
  /** Events found per pass (the same in every pass, or the answer says so). */
  events: number;
  peakRss: number;
  validatedSeconds: number | null;
  facts: Facts[] | null;
}

if (!parentPort) throw new Error("timed-extraction.ts runs as a worker thread (see bench-extract.ts)");
const port = parentPort;
const resources = await loadExtractionResources();

function pass({ texts, repeats }: TimingRequest): number {
  let events = 0;
  for (let r = 0; r < repeats; r++)
    for (const t of texts) events += extractFacts(t.text, t.meta, resources).events.length;
  return events;
}

port.on("message", (request: TimingRequest) => {
  // One untimed pass warms the JIT up: the figures are steady-state throughput, as in a long ingest.
  let events = request.warmUp === false ? -1 : pass(request);
  let peakRss = process.memoryUsage().rss;
  let cpuSeconds = Infinity;
  let seconds = Infinity;
  for (let p = 0; p < request.passes; p++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const found = pass(request);
    seconds = Math.min(seconds, (performance.now() - start) / 1000);
    const cpu = process.cpuUsage(cpuStart);
    cpuSeconds = Math.min(cpuSeconds, (cpu.user + cpu.system) / 1e6);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (events < 0) events = found;
    else if (found !== events) throw new Error(`pass ${p + 1} found ${found} events, the first ${events}`);
  }
  let validatedSeconds: number | null = null;
  let facts: Facts[] | null = null;
  if (request.validated) {
    const start = performance.now();
    facts = request.texts.map((t) => FactsSchema.parse(extractFacts(t.text, t.meta, resources)));
    validatedSeconds = (performance.now() - start) / 1000;
  }
  port.postMessage({ cpuSeconds, seconds, events, peakRss, validatedSeconds, facts } satisfies TimingAnswer);
});
