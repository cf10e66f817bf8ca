/**
 * `npm run reextract`'s work: the stored documents whose facts an older extractor made (or all, with
 * `all`) are extracted again from their stored text and replaced, a group of documents sharing events at a
 * time (reextract-group.ts), each group in its own write transaction. A run killed at any point leaves
 * every group either replaced or as it was; a new run finds the documents still outdated and goes on.
 * Idempotent: once every document carries this extractor's version, a run finds nothing to do.
 */
import { Neo4jError, type Driver } from "neo4j-driver";
import { query } from "../../db/cypher-registry.ts";
import type { ExtractionResources } from "../extract/extract-facts.ts";
import { EXTRACTOR_VERSION } from "../extract/extractor-version.ts";
import { DatabaseUnavailableError, isDatabaseUnavailable, unavailableMessage } from "../ingest/ingest.ts";
import { reextractGroupIn } from "./reextract-group.ts";

export interface StoredVersions {
  /** Documents whose facts come from an older extractor, or from one that recorded no version. */
  outdated: number;
  documents: number;
  /** The highest extractor version stored, null when none is recorded. */
  newest: number | null;
}

/** How the stored documents stand against this process's extractor (a read, with a timeout). */
export async function storedVersions(
  driver: Driver,
  database: string | undefined,
  timeoutMs = 30_000,
): Promise<StoredVersions> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const result = await session.executeRead(
      (tx) => tx.run(query("read/count-outdated-documents"), { version: EXTRACTOR_VERSION }),
      { timeout: timeoutMs },
    );
    const row = result.records[0]!;
    const newest = row.get("newest") as unknown;
    return {
      outdated: Number(row.get("outdated")),
      documents: Number(row.get("documents")),
      newest: newest === null ? null : Number(newest),
    };
  } finally {
    await session.close();
  }
}

export interface ReextractProgress {
  /** Documents replaced so far that were due (outdated, or any with `all`). */
  done: number;
  /** Documents due when the run started. */
  total: number;
  /** Documents that were current already but were re-read because they share an event with one due. */
  alongside: number;
  failed: number;
  elapsedMs: number;
}

export interface ReextractSummary extends ReextractProgress {
  failures: { id: string; error: string }[];
  transactions: number;
  eventsRemoved: number;
  peopleRemoved: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

export interface ReextractOptions {
  database?: string | undefined;
  /** Re-extract every stored document, not only the outdated ones. */
  all?: boolean;
  onProgress?: (progress: ReextractProgress) => void;
  /**
   * Runs once before the first write when there is something to redo (the CLI ensures the official
   * regions, which the new readings may name): a run with nothing to do writes nothing at all.
   */
  beforeWriting?: () => Promise<unknown>;
}

/** Stored facts from a newer extractor than this process's: re-extracting would take them back. */
export class NewerExtractorError extends Error {
  override readonly name = "NewerExtractorError";
}

const PAGE = 100;

export async function reextractStored(
  driver: Driver,
  resources: ExtractionResources,
  options: ReextractOptions = {},
): Promise<ReextractSummary> {
  const startedAt = Date.now();
  const all = options.all ?? false;
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError(unavailableMessage(error));
      throw error;
    }
  };
  const versions = await guarded(() => storedVersions(driver, options.database));
  if (versions.newest !== null && versions.newest > EXTRACTOR_VERSION)
    throw new NewerExtractorError(
      `Stored facts come from extractor version ${versions.newest}, newer than this one (${EXTRACTOR_VERSION}): ` +
        "run reextract from the version of Jejaring that wrote them.",
    );
  const summary: ReextractSummary = {
    done: 0,
    total: all ? versions.documents : versions.outdated,
    alongside: 0,
    failed: 0,
    elapsedMs: 0,
    failures: [],
    transactions: 0,
    eventsRemoved: 0,
    peopleRemoved: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
  };
  const report = () => {
    summary.elapsedMs = Date.now() - startedAt;
    options.onProgress?.({ ...summary });
  };
  report();
  if (summary.total > 0 && options.beforeWriting) await guarded(options.beforeWriting);
  // Ids replaced (or failed) in this run, so --all does each document once though a group took it early.
  const handled = new Set<string>();
  let after = "";
  for (;;) {
    const page = await guarded(() => nextPage(driver, options.database, all, after));
    if (page.length === 0) break;
    after = page[page.length - 1]!;
    for (const id of page) {
      if (handled.has(id)) continue;
      const session = driver.session({ database: options.database });
      let result;
      try {
        result = await guarded(() => session.executeWrite((tx) => reextractGroupIn(tx, id, resources)));
      } catch (error) {
        if (error instanceof DatabaseUnavailableError || !(error instanceof Neo4jError)) throw error;
        // Neo4j rejected this group's write: it stays as it was; the run goes on with the next.
        handled.add(id);
        summary.failed += 1;
        summary.failures.push({ id, error: `not replaced: ${error.message.split("\n")[0]}` });
        report();
        continue;
      } finally {
        await session.close();
      }
      summary.transactions += 1;
      summary.eventsRemoved += result.removed.events;
      summary.peopleRemoved += result.removed.people;
      summary.nodesCreated += result.nodesCreated;
      summary.relationshipsCreated += result.relationshipsCreated;
      for (const replaced of result.replaced) {
        if (handled.has(replaced.id)) continue;
        handled.add(replaced.id);
        if (all || (replaced.extractorVersion ?? 0) < EXTRACTOR_VERSION) summary.done += 1;
        else summary.alongside += 1;
      }
      for (const failure of result.failures) {
        if (handled.has(failure.id)) continue;
        handled.add(failure.id);
        summary.failed += 1;
        summary.failures.push(failure);
      }
      report();
    }
  }
  summary.elapsedMs = Date.now() - startedAt;
  return summary;
}

async function nextPage(
  driver: Driver,
  database: string | undefined,
  all: boolean,
  after: string,
): Promise<string[]> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const result = await session.executeRead(
      (tx) =>
        tx.run(query("read/find-outdated-documents"), {
          version: EXTRACTOR_VERSION,
          all,
          after,
          limit: PAGE,
        }),
      { timeout: 60_000 },
    );
    return result.records.map((record) => record.get("id") as string);
  } finally {
    await session.close();
  }
}
