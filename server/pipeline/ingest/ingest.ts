/**
 * Ingest: article files in, graph out. Streams the files (walk → read → extract → batch → prepare →
 * write), so memory stays flat however many there are; walking, reading and extracting run in a worker
 * thread (extracted-files.ts) while this thread prepares batches (identity reads and resolution, rows) and
 * writes them, preparing each batch while the one before it is being written. A file that cannot be read
 * or extracted is reported and skipped; a batch the database rejects is retried document by document so
 * only the bad document is skipped; an unreachable database stops the run with an error (batches already
 * written stay, and a re-run continues where it stopped, skipping stored documents).
 */
import { bookmarkManager, type Driver } from "neo4j-driver";
import { Neo4jError } from "neo4j-driver";
import { extractedFiles, type ExtractedFile } from "./extracted-files.ts";
import {
  IdentityCache,
  prepareBatch,
  writeBatch,
  writePrepared,
  type BatchResult,
} from "../load/graph-writer.ts";
import type { DocumentInput } from "../load/rows.ts";

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

/** True when `error` says Neo4j cannot be reached (not that it rejected a statement). */
export const isDatabaseUnavailable = isUnavailable;

export async function ingestPaths(
  driver: Driver,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const window = 2 * (options.batchSize ?? 1000);
  return ingestExtracted(driver, extractedFiles(paths, { window }), options);
}

/**
 * The loading half of `ingestPaths`: extracted files in, in order, batched and written. Exported so tests
 * can feed it documents no file would give (one Neo4j rejects).
 */
export async function ingestExtracted(
  driver: Driver,
  files: AsyncIterable<ExtractedFile>,
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

  // Every session of the run shares one bookmark manager, so a batch's reads, in a read transaction of
  // their own, see every batch written before them even on a cluster.
  const bookmarks = bookmarkManager();
  const unavailable = (error: unknown) => new DatabaseUnavailableError(databaseMessage(error));

  const prepare = (current: Item[], pending: ReadonlySet<string>) =>
    prepareBatch(
      driver,
      options.database,
      current.map((item) => item.input),
      cache,
      pending,
      bookmarks,
    );

  /**
   * Counts a batch once its write has settled. A batch whose write (or preparation) failed is written
   * again document by document, each reading and writing in its own transaction, so only the document at
   * fault is skipped.
   */
  const settle = async (current: Item[], written: PromiseSettledResult<BatchResult>) => {
    if (written.status === "fulfilled") {
      count(written.value);
    } else {
      if (isUnavailable(written.reason)) throw unavailable(written.reason);
      for (const item of current) {
        try {
          count(await writeBatch(driver, options.database, [item.input], cache, bookmarks));
        } catch (single) {
          if (isUnavailable(single)) throw unavailable(single);
          fail(item.file, `not loaded: ${single instanceof Error ? single.message : String(single)}`);
        }
      }
    }
    summary.filesDone += current.length;
    report();
  };

  /**
   * Batch n+1 is prepared while batch n's write transaction runs, so Neo4j need not wait for this thread
   * between batches; the writes stay one at a time, in file order, each in its own transaction (a killed
   * run leaves whole batches, and a re-run reads them as stored). Why the preparation may run ahead:
   * - Its identity reads see only committed data, without batch n. They read only event keys and regions
   *   that no batch of the run has met (IdentityCache), so none that batch n writes under; everything
   *   batch n resolved is in the cache already, since n was prepared first. The cache changes only in
   *   preparations, one after the other in batch order, and in the retries of a rejected batch, which run
   *   alone; never during a preparation's reads.
   * - It counts batch n's documents as stored, which they are once n commits.
   * - It may resolve to events and officials that batch n creates. Each batch MERGEs every event and
   *   person it links to, with its own report's properties, so it does not need n to have committed.
   * If batch n is rejected, the preparation of n+1 is dropped: n is written again document by document,
   * then n+1 is prepared again, with nothing in flight, since documents it counted as stored may not be.
   * Ids the first preparation resolved stay in the cache, where the second finds them again for the same
   * documents (as the retries find those of the rejected batch).
   */
  let batch: Item[] = [];
  let writing: { items: Item[]; written: Promise<BatchResult> } | undefined;
  const flush = async () => {
    const current = batch;
    batch = [];
    const previous = writing;
    writing = undefined;
    const pending = new Set(previous?.items.map((item) => item.input.facts.document.id));
    const settled = await Promise.allSettled([
      current.length > 0 ? prepare(current, pending) : undefined,
      previous?.written,
    ]);
    const written = settled[1];
    let prepared = settled[0];
    if (previous) await settle(previous.items, written as PromiseSettledResult<BatchResult>);
    if (current.length === 0) return;
    if (written.status === "rejected" && prepared.status === "fulfilled") {
      [prepared] = await Promise.allSettled([prepare(current, new Set())]);
    }
    if (prepared.status === "rejected" && isUnavailable(prepared.reason)) throw unavailable(prepared.reason);
    writing = {
      items: current,
      // A preparation that failed otherwise counts as a rejected write: settled document by document.
      written:
        prepared.status === "fulfilled"
          ? writePrepared(driver, options.database, prepared.value!, bookmarks)
          : Promise.reject(prepared.reason as Error),
    };
    // Surfaced by the next flush; until then, not an unhandled rejection.
    writing.written.catch(() => {});
  };

  for await (const { file, prepared } of files) {
    if (!prepared.ok) {
      fail(file, prepared.error);
      summary.filesDone += 1;
      continue;
    }
    batch.push({ file, input: prepared.input });
    if (batch.length >= batchSize) await flush();
  }
  await flush(); // the last batch, partial
  await flush(); // settles it
  summary.elapsedMs = Date.now() - startedAt;
  return summary;
}

interface Item {
  file: string;
  input: DocumentInput;
}

/** What to tell a user whose run lost Neo4j. */
export const unavailableMessage = (error: unknown) => databaseMessage(error);

function databaseMessage(error: unknown): string {
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return `Neo4j is unreachable (${reason}). Documents written so far are kept; run the same command again once Neo4j is back to continue.`;
}
