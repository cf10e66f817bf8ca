/**
 * The graph `npm run bench:api` runs against: the synthetic corpus of the loader's benchmark (generated once
 * into .data/bench/corpus-N), loaded through the real extract → load path into an embedded Neo4j whose
 * store is kept in .data/bench/api-graph-N. Loading 100,000 articles takes minutes (docs/benchmarks.md,
 * Ingest), and the API benchmark only reads, so a loaded store is reused by later runs; `--fresh` loads it
 * again.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { applySchema, createDriver } from "../../server/db/neo4j.ts";
import { ensureOfficialRegions } from "../../server/pipeline/load/official-regions.ts";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../server/embedded/neo4j-process.ts";
import { findFreePort } from "../../server/embedded/ports.ts";
import { projectRoot } from "../../server/paths.ts";
import { ingestPaths } from "../../server/pipeline/ingest/ingest.ts";
import { writeSyntheticCorpus } from "../corpus/synthetic-corpus.ts";

export interface StoreOptions {
  articles: number;
  heap: string;
  pageCache: string;
  fresh: boolean;
  log: (line: string) => void;
}

export interface LoadRecord {
  documents: number;
  failed: number;
  seconds: number;
  loadedAt: string;
}

export interface BenchStore {
  neo4j: EmbeddedNeo4j;
  driver: Driver;
  load: LoadRecord;
  close(): Promise<void>;
}

const benchDir = join(projectRoot, ".data", "bench");

/** The corpus bench:ingest uses too (same folder, same seed), generated if it is not there yet. */
async function corpusOf(articles: number, log: (line: string) => void): Promise<string> {
  const dir = join(benchDir, `corpus-${articles}`);
  if (!existsSync(join(dir, "complete"))) {
    rmSync(dir, { recursive: true, force: true });
    log(`generating ${articles} synthetic articles into ${dir} ...`);
    await writeSyntheticCorpus({ articles, out: dir, seed: 1 });
    writeFileSync(join(dir, "complete"), "");
  }
  return join(dir, "articles");
}

export async function openBenchStore(options: StoreOptions): Promise<BenchStore> {
  const dataDir = join(benchDir, `api-graph-${options.articles}`);
  const marker = join(dataDir, "loaded.json");
  const reuse = !options.fresh && existsSync(marker);
  if (!reuse) rmSync(dataDir, { recursive: true, force: true });
  const articles = reuse ? undefined : await corpusOf(options.articles, options.log);
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    port: await findFreePort(),
    heap: options.heap,
    pageCache: options.pageCache,
    log: options.log,
  });
  const driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
  const close = async () => {
    await driver.close();
    await neo4j.stop();
  };
  try {
    await applySchema(driver, undefined);
    if (articles) {
      await ensureOfficialRegions(driver, undefined);
      const started = Date.now();
      let reported = 0;
      const summary = await ingestPaths(driver, [articles], {
        batchSize: 500,
        onProgress: (p) => {
          if (p.filesDone - reported < options.articles / 20) return;
          reported = p.filesDone;
          options.log(`loaded ${p.filesDone} of ${options.articles} (${Math.round(p.elapsedMs / 1000)} s)`);
        },
      });
      const load: LoadRecord = {
        documents: summary.added + summary.alreadyPresent,
        failed: summary.failed,
        seconds: Math.round((Date.now() - started) / 1000),
        loadedAt: new Date().toISOString(),
      };
      writeFileSync(marker, JSON.stringify(load, null, 2));
      return { neo4j, driver, load, close };
    }
    const load = JSON.parse(readFileSync(marker, "utf8")) as LoadRecord;
    options.log(
      `reusing the graph of ${load.documents} articles loaded ${load.loadedAt} (--fresh to reload)`,
    );
    return { neo4j, driver, load, close };
  } catch (error) {
    await close();
    throw error;
  }
}
