/**
 * `npm run bench:ingest [-- --sizes 1000,10000,100000]`: loads synthetic corpora of growing size into a
 * fresh embedded Neo4j each and prints, per size, documents/s, relationships/s, the rate over the first
 * and the last tenth of the run (a rate that falls as the graph grows means a MERGE misses its index), and
 * the peak resident memory of this Node process and of the Neo4j JVM. Corpora are generated once into
 * .data/bench/ and reused.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { applySchema, createDriver, ensureOfficialRegions } from "../../db/neo4j.ts";
import { startEmbeddedNeo4j } from "../../embedded/neo4j-process.ts";
import { findFreePort } from "../../embedded/ports.ts";
import { projectRoot } from "../../paths.ts";
import { ingestPaths, type IngestProgress } from "../load/ingest.ts";
import { writeSyntheticCorpus } from "../load/synthetic-corpus.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    "batch-size": { type: "string", default: "500" },
    heap: { type: "string", default: "3g" },
    pagecache: { type: "string", default: "3g" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const batchSize = Number(values["batch-size"]);

function residentKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

async function corpusOf(size: number): Promise<string> {
  const dir = join(projectRoot, ".data", "bench", `corpus-${size}`);
  if (!existsSync(join(dir, "complete"))) {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`generating ${size} articles into ${dir}...\n`);
    await writeSyntheticCorpus({ articles: size, out: dir, seed: 1 });
    (await import("node:fs")).writeFileSync(join(dir, "complete"), "");
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
    const summary = await ingestPaths(driver, [articles], {
      batchSize,
      onProgress: (p) => marks.push(p),
    });
    clearInterval(sampler);
    const neo4jPeak = residentKb(neo4j.pid, "VmHWM");
    const seconds = summary.elapsedMs / 1000;
    const tenth = (from: number, to: number) => {
      const start = { filesDone: 0, elapsedMs: 0 };
      const a = from === 0 ? start : (marks.find((m) => m.filesDone >= from * size) ?? start);
      const b = marks.find((m) => m.filesDone >= to * size) ?? marks.at(-1)!;
      return (b.filesDone - a.filesDone) / Math.max((b.elapsedMs - a.elapsedMs) / 1000, 0.001);
    };
    const row = [
      size,
      summary.added,
      seconds.toFixed(1),
      (summary.added / seconds).toFixed(0),
      summary.relationshipsCreated,
      (summary.relationshipsCreated / seconds).toFixed(0),
      tenth(0, 0.1).toFixed(0),
      tenth(0.9, 1).toFixed(0),
      mb(nodePeak),
      mb(neo4jPeak),
    ].join(" | ");
    rows.push(`| ${row} |`);
    process.stdout.write(`| ${row} |\n`);
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
    "| articles | documents added | seconds | documents/s | relationships | relationships/s | docs/s first 10% | docs/s last 10% | Node peak RSS | Neo4j peak RSS |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n"),
);
