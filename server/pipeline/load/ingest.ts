/**
 * Ingest: article files in, graph out. Streams the files (walk → read → extract → batch → write), so
 * memory stays flat however many there are; walking, reading and extracting run in a worker thread
 * (extracted-files.ts) while this thread resolves identities and writes. A file that cannot be read or extracted is reported and
 * skipped; a batch the database rejects is retried document by document so only the bad document is
 * skipped; an unreachable database stops the run with an error (batches already written stay, and a
 * re-run continues where it stopped, skipping stored documents).
 */
import type { Driver } from "neo4j-driver";
import { Neo4jError } from "neo4j-driver";
import { extractedFiles } from "./extracted-files.ts";
import { IdentityCache, writeBatch, type BatchResult } from "./graph-writer.ts";
import type { DocumentInput } from "./rows.ts";

export interface IngestFailure {
  file: string;
  error: string;
}

export interface IngestProgress {
  filesDone: number;
  added: number;
  alreadyPresent: number;
  failed: number;
  elapsedMs: number;
}

export interface IngestSummary extends IngestProgress {
  failures: IngestFailure[];
  nodesCreated: number;
  relationshipsCreated: number;
}

export interface IngestOptions {
  database?: string | undefined;
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
}

export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
}

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired"]);

function isUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && UNAVAILABLE.has(error.code);
}

export async function ingestPaths(
  driver: Driver,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 1000;
  const cache = new IdentityCache();
  const startedAt = Date.now();
  const summary: IngestSummary = {
    filesDone: 0,
    added: 0,
    alreadyPresent: 0,
    failed: 0,
    elapsedMs: 0,
    failures: [],
    nodesCreated: 0,
    relationshipsCreated: 0,
  };
  const report = () => {
    summary.elapsedMs = Date.now() - startedAt;
    options.onProgress?.({ ...summary });
  };
  const fail = (file: string, error: string) => {
    summary.failed += 1;
    summary.failures.push({ file, error });
  };
  const count = (result: BatchResult) => {
    summary.added += result.added;
    summary.alreadyPresent += result.alreadyPresent;
    summary.nodesCreated += result.nodesCreated;
    summary.relationshipsCreated += result.relationshipsCreated;
  };

  const writeAndCount = async (current: { file: string; input: DocumentInput }[]) => {
    try {
      count(
        await writeBatch(
          driver,
          options.database,
          current.map((b) => b.input),
          cache,
        ),
      );
    } catch (error) {
      if (isUnavailable(error)) throw new DatabaseUnavailableError(databaseMessage(error));
      // One document spoiled the batch: write them one by one so only that one is skipped.
      for (const item of current) {
        try {
          count(await writeBatch(driver, options.database, [item.input], cache));
        } catch (single) {
          if (isUnavailable(single)) throw new DatabaseUnavailableError(databaseMessage(single));
          fail(item.file, `not loaded: ${single instanceof Error ? single.message : String(single)}`);
        }
      }
    }
    summary.filesDone += current.length;
    report();
  };

  // One batch is written while the next is taken from the extraction thread, which meanwhile reads and
  // extracts up to two batches further: extraction, the main thread's packing and Neo4j each keep busy.
  let batch: { file: string; input: DocumentInput }[] = [];
  let writing: Promise<void> | undefined;
  const flush = async () => {
    await writing;
    writing = undefined;
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    writing = writeAndCount(current);
    // Surface a failure of this write at the next flush, not as an unhandled rejection.
    writing.catch(() => {});
  };

  for await (const { file, prepared } of extractedFiles(paths, { window: 2 * batchSize })) {
    if (!prepared.ok) {
      fail(file, prepared.error);
      summary.filesDone += 1;
      continue;
    }
    batch.push({ file, input: prepared.input });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await writing;
  summary.elapsedMs = Date.now() - startedAt;
  return summary;
}

function databaseMessage(error: unknown): string {
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return `Neo4j is unreachable (${reason}). Documents written so far are kept; run the same command again once Neo4j is back to continue.`;
}
