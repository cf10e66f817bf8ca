/**
 * `npm run bench:ingest [-- --sizes 1000,10000,100000]`: loads synthetic corpora of growing size into a
 * fresh embedded Neo4j each and prints, per size, documents/s, relationships/s, the rate over the first
 * and the last tenth of the run (a rate that falls as the graph grows means a MERGE misses its index), and
 * the peak resident memory of this Node process and of the Neo4j JVM. Corpora are generated once into
 * .data/bench/ and reused.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { rateBetween } from "./ingest-rates.ts";
import { cpuSeconds, megabytes as mb, residentKb } from "../process-stats.ts";
import { applySchema, createDriver } from "../../server/db/neo4j.ts";
import { ensureOfficialRegions } from "../../server/pipeline/load/official-regions.ts";
import { startEmbeddedNeo4j } from "../../server/embedded/neo4j-process.ts";
import { findFreePort } from "../../server/embedded/ports.ts";
import { projectRoot } from "../../server/paths.ts";
import { ingestPaths, type IngestProgress } from "../../server/pipeline/ingest/ingest.ts";
import { writeSyntheticCorpus } from "../corpus/synthetic-corpus.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    "batch-size": { type: "string", default: "1000" },
    heap: { type: "string", default: "3g" },
    pagecache: { type: "string", default: "3g" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const batchSize = Number(values["batch-size"]);

async function corpusOf(size: number): Promise<string> {
  const dir = join(projectRoot, ".data", "bench", `corpus-${size}`);
  if (!existsSync(join(dir, "complete"))) {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`generating ${size} articles into ${dir}...\n`);
    await writeSyntheticCorpus({ articles: size, out: dir, seed: 1 });
    writeFileSync(join(dir, "complete"), "");
  }
  return join(dir, "articles");
}

const rows: string[] = [];
for (const size of sizes) {
  const articles = await corpusOf(size);
  const dataDir = mkdtempSync(join(tmpdir(), "jejaring-bench-"));
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    port: await findFreePort(),
    heap: values.heap,
    pageCache: values.pagecache,
  });
  const driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
  try {
    await applySchema(driver, undefined);
    await ensureOfficialRegions(driver, undefined);
    const marks: IngestProgress[] = [];
    let nodePeak = 0;
    const sampler = setInterval(() => {
      nodePeak = Math.max(nodePeak, residentKb(process.pid, "VmRSS"));
    }, 250);
    const cpuBefore = { node: cpuSeconds(process.pid), neo4j: cpuSeconds(neo4j.pid) };
    const summary = await ingestPaths(driver, [articles], {
      batchSize,
      onProgress: (p) => marks.push(p),
    });
    clearInterval(sampler);
    // CPU seconds per thousand documents: the figure a shared machine disturbs least.
    const perThousand = (pid: number, before: number) =>
      ((cpuSeconds(pid) - before) / Math.max(summary.added, 1)) * 1000;
    const nodeCpu = perThousand(process.pid, cpuBefore.node);
    const neo4jCpu = perThousand(neo4j.pid, cpuBefore.neo4j);
    const neo4jPeak = residentKb(neo4j.pid, "VmHWM");
    const seconds = summary.elapsedMs / 1000;
    const tenth = (from: number, to: number) => rateBetween(marks, size, from, to)?.toFixed(0) ?? "—";
    const row = [
      size,
      summary.added,
      seconds.toFixed(1),
      (summary.added / seconds).toFixed(0),
      summary.relationshipsCreated,
      (summary.relationshipsCreated / seconds).toFixed(0),
      tenth(0, 0.1),
      tenth(0.9, 1),
      nodeCpu.toFixed(2),
      neo4jCpu.toFixed(2),
      mb(nodePeak),
      mb(neo4jPeak),
    ].join(" | ");
    rows.push(`| ${row} |`);
    process.stdout.write(
      `| ${row} |  (load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(" ")})\n`,
    );
  } finally {
    await driver.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
process.stdout.write(
  [
    "",
    `batch size ${batchSize}, Neo4j heap ${values.heap}, page cache ${values.pagecache}`,
    "| articles | documents added | seconds | documents/s | relationships | relationships/s | docs/s first 10% | docs/s last 10% | Node CPU s/1k docs | Neo4j CPU s/1k docs | Node peak RSS | Neo4j peak RSS |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n"),
);
