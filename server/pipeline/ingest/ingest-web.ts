/**
 * Ingest from the web: addresses of articles, feeds (RSS, Atom) and sitemaps (indexes, news sitemaps) in,
 * graph out. A feed or sitemap adds the articles it lists; each article is fetched (politely, safely),
 * read, extracted, and then:
 * - new: written in batches through the file ingest's loading half (`ingestExtracted`), which also finds an
 *   article stored under another address by its text (content hash): stored once;
 * - the same text as stored under its address, or 304 to a conditional GET: unchanged, nothing written;
 * - a changed text under a stored address (canonical or fetched): a new version replaces the old one and
 *   its facts, in one transaction (load/replace-document.ts).
 * Two addresses of one article in the same run (tracking parameters, a canonical link) count once.
 * Non-articles are skipped with the reason; failures are reported with theirs; nothing half-written.
 */
import type { Driver } from "neo4j-driver";
import type { ExtractionResources } from "../extract/extract-facts.ts";
import { replaceDocument } from "../load/replace-document.ts";
import type { ListedArticle } from "../read/web/feeds.ts";
import type { WebClient } from "../read/web/web-client.ts";
import { checkWebUrl, identityUrl } from "../read/web/web-urls.ts";
import { ingestExtracted, type IngestSummary } from "./ingest.ts";
import type { ExtractedFile } from "./extracted-files.ts";
import { readWebAddress, type AddressReading, type Validators } from "./read-web-address.ts";
import { findStoredByUrl, findStoredByUrls, type StoredWebDocument } from "./web-identity.ts";

export interface WebOutcome {
  url: string;
  reason: string;
}

export interface WebIngestProgress {
  /** Addresses answered (pages, feeds, sitemaps, 304s). */
  fetched: number;
  /** Articles found in feeds and sitemaps. */
  listed: number;
  added: number;
  replaced: number;
  unchanged: number;
  skipped: number;
  failed: number;
  /** Addresses still to read. */
  queued: number;
  elapsedMs: number;
}

export interface WebIngestSummary extends WebIngestProgress {
  skips: WebOutcome[];
  failures: WebOutcome[];
  nodesCreated: number;
  relationshipsCreated: number;
}

export interface WebIngestOptions {
  client: WebClient;
  resources: ExtractionResources;
  database?: string | undefined;
  batchSize?: number;
  /** Addresses read at once (each host still gets one request at a time). */
  concurrency?: number;
  onProgress?: (progress: WebIngestProgress) => void;
  /** An address a source has already taken: not fetched again (npm run feeds). */
  alreadySeen?: (url: string) => boolean;
  /**
   * Validators of feeds and sitemaps read before (by identity address), for a conditional GET; updated
   * in place with what each answered (npm run feeds keeps them between polls).
   */
  listValidators?: Map<string, Validators>;
  /** Told of every listed or given address once it is settled, with what became of it. */
  onSettled?: (url: string, outcome: "article" | "unchanged" | "skipped" | "failed") => void;
}

/** Sitemap index → sitemap → page: deeper nesting is not followed. */
const MAX_LIST_DEPTH = 3;
/** Queued addresses looked up in Neo4j at once, before their fetch (one read instead of one per page). */
const LOOKUP_AHEAD = 200;

interface Target {
  url: string;
  depth: number;
  listed?: ListedArticle;
}

export async function ingestWeb(
  driver: Driver,
  addresses: readonly string[],
  options: WebIngestOptions,
): Promise<WebIngestSummary> {
  const startedAt = Date.now();
  const summary: WebIngestSummary = {
    fetched: 0,
    listed: 0,
    added: 0,
    replaced: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    queued: 0,
    elapsedMs: 0,
    skips: [],
    failures: [],
    nodesCreated: 0,
    relationshipsCreated: 0,
  };
  const queue: Target[] = [];
  const queuedUrls = new Set<string>();
  /** Identity of each article taken in this run → the address it was first read at. */
  const articlesInRun = new Map<string, string>();
  const skip = (url: string, reason: string) => {
    summary.skipped += 1;
    summary.skips.push({ url, reason });
    options.onSettled?.(url, "skipped");
  };
  const fail = (url: string, reason: string) => {
    summary.failed += 1;
    summary.failures.push({ url, reason });
    options.onSettled?.(url, "failed");
  };
  const enqueue = (url: string, depth: number, listed?: ListedArticle) => {
    const checked = checkWebUrl(url);
    if (!checked.ok) return fail(url, checked.reason);
    const key = identityUrl(checked.url);
    if (queuedUrls.has(key)) return;
    queuedUrls.add(key);
    if (depth > 0 && options.alreadySeen?.(key)) return;
    queue.push({ url: checked.url.href, depth, ...(listed ? { listed } : {}) });
  };
  for (const address of addresses) enqueue(address, 0);

  let writtenSoFar: IngestSummary | undefined;
  const report = (progress?: IngestSummary) => {
    writtenSoFar = progress ?? writtenSoFar;
    summary.queued = queue.length;
    summary.elapsedMs = Date.now() - startedAt;
    options.onProgress?.({
      ...summary,
      added: summary.added + (writtenSoFar?.added ?? 0),
      unchanged: summary.unchanged + (writtenSoFar?.alreadyPresent ?? 0),
    });
  };

  /** What Neo4j stores under each address about to be fetched (null: nothing), read ahead in chunks. */
  const known = new Map<string, StoredWebDocument | null>();
  let lookups: Promise<void> = Promise.resolve();
  const lookUp = (key: string): Promise<void> => {
    lookups = lookups.then(async () => {
      if (known.has(key)) return;
      const keys = [key];
      for (const next of queue) {
        if (keys.length >= LOOKUP_AHEAD) break;
        const nextKey = identityUrl(next.url);
        if (!known.has(nextKey)) keys.push(nextKey);
      }
      const found = await findStoredByUrls(driver, options.database, keys);
      for (const k of keys) known.set(k, found.get(k) ?? null);
    });
    return lookups;
  };
  const storedAt = async (key: string): Promise<StoredWebDocument | undefined> => {
    if (!known.has(key)) await lookUp(key);
    const stored = known.get(key) ?? undefined;
    known.delete(key);
    return stored;
  };

  const read = async (
    target: Target,
  ): Promise<{ target: Target; reading: AddressReading; stored: StoredWebDocument | undefined }> => {
    const key = identityUrl(target.url);
    const stored = await storedAt(key);
    const validators = stored
      ? { etag: stored.etag, lastModified: stored.lastModified }
      : options.listValidators?.get(key);
    const reading = await readWebAddress(target.url, options.client, options.resources, {
      ...(validators ? { validators } : {}),
      ...(target.listed ? { listed: target.listed } : {}),
    });
    return { target, reading, stored };
  };

  /** Settles one reading; yields loader input for a new article. */
  const settle = async ({
    target,
    reading,
    stored: storedAtTarget,
  }: {
    target: Target;
    reading: AddressReading;
    stored: StoredWebDocument | undefined;
  }) => {
    if (reading.kind !== "failed" || reading.failure !== "robots") summary.fetched += 1;
    switch (reading.kind) {
      case "failed":
        fail(target.url, reading.reason);
        return undefined;
      case "skipped":
        skip(target.url, reading.reason);
        return undefined;
      case "not-modified":
        summary.unchanged += 1;
        options.onSettled?.(identityUrl(target.url), "unchanged");
        return undefined;
      case "feed":
      case "sitemap-index": {
        if (target.depth >= MAX_LIST_DEPTH) {
          skip(target.url, `a list nested ${target.depth} deep is not followed`);
          return undefined;
        }
        options.listValidators?.set(identityUrl(target.url), reading.validators);
        if (reading.kind === "feed") {
          summary.listed += reading.items.length;
          for (const item of reading.items) enqueue(item.url, target.depth + 1, item);
        } else {
          for (const sitemap of reading.sitemaps) enqueue(sitemap, target.depth + 1);
        }
        options.onSettled?.(identityUrl(target.url), "article");
        return undefined;
      }
      case "article":
        break;
    }
    const fetchedUrl = identityUrl(reading.url);
    const first = articlesInRun.get(reading.identity) ?? articlesInRun.get(reading.input.facts.document.id);
    if (first) {
      skip(target.url, `the same article as ${first}`);
      return undefined;
    }
    articlesInRun.set(reading.identity, target.url);
    articlesInRun.set(reading.input.facts.document.id, target.url);
    options.onSettled?.(identityUrl(target.url), "article");
    if (fetchedUrl !== identityUrl(target.url)) options.onSettled?.(fetchedUrl, "article");
    // Looked up before the fetch when the page is known by the address asked for; else asked now.
    const targetKey = identityUrl(target.url);
    const stored =
      reading.identity === targetKey && fetchedUrl === targetKey
        ? storedAtTarget
        : await findStoredByUrl(driver, options.database, [reading.identity, fetchedUrl]);
    if (stored?.id === reading.input.facts.document.id) {
      summary.unchanged += 1;
      return undefined;
    }
    if (stored) {
      const input = {
        ...reading.input,
        origin: { ...reading.input.origin, version: stored.version + 1, replaces: stored.id },
      };
      try {
        const result = await replaceDocument(driver, options.database, stored.id, input);
        summary.replaced += 1;
        summary.nodesCreated += result.nodesCreated;
        summary.relationshipsCreated += result.relationshipsCreated;
      } catch (error) {
        fail(target.url, `not replaced: ${error instanceof Error ? error.message : String(error)}`);
      }
      return undefined;
    }
    return { file: target.url, prepared: { ok: true as const, input: reading.input } };
  };

  const concurrency = Math.max(1, options.concurrency ?? 4);
  type Done = { target: Target; reading: AddressReading; stored: StoredWebDocument | undefined };
  const batchSize = options.batchSize ?? 200;

  /**
   * Reads addresses into `ready` while the loader writes: the loader stops pulling while it prepares and
   * writes a batch, and reading only when pulled would leave the fetches and the parsing waiting on Neo4j.
   * It stays at most two batches ahead of what the loader has taken, so memory holds still.
   */
  const ready: ExtractedFile[] = [];
  let readingDone = false;
  let readingFailed: unknown;
  let wakeConsumer: (() => void) | undefined;
  let wakeReader: (() => void) | undefined;
  const window = 2 * batchSize;
  const notifyConsumer = () => {
    wakeConsumer?.();
    wakeConsumer = undefined;
  };

  const readAll = async () => {
    const running = new Map<number, Promise<[number, Done]>>();
    let next = 0;
    while (queue.length > 0 || running.size > 0) {
      while (running.size < concurrency && queue.length > 0) {
        const id = next++;
        const target = queue.shift()!;
        running.set(
          id,
          read(target).then(
            (done) => [id, done] as [number, Done],
            (error: unknown) =>
              [
                id,
                {
                  target,
                  reading: {
                    kind: "failed",
                    url: target.url,
                    reason: error instanceof Error ? error.message : String(error),
                    failure: "connection",
                  },
                  stored: undefined,
                },
              ] as [number, Done],
          ),
        );
      }
      const [id, done] = await Promise.race(running.values());
      running.delete(id);
      const file = await settle(done);
      report();
      if (file) {
        ready.push(file);
        notifyConsumer();
        while (ready.length >= window) await new Promise<void>((resolve) => (wakeReader = resolve));
      }
    }
  };

  async function* articles(): AsyncGenerator<ExtractedFile> {
    const reader = readAll().then(
      () => (readingDone = true),
      (error: unknown) => {
        readingFailed = error ?? new Error("reading failed");
        readingDone = true;
      },
    );
    void reader.finally(notifyConsumer);
    for (;;) {
      if (ready.length > 0) {
        const file = ready.shift()!;
        wakeReader?.();
        wakeReader = undefined;
        yield file;
        continue;
      }
      if (readingFailed) throw readingFailed;
      if (readingDone) return;
      await new Promise<void>((resolve) => (wakeConsumer = resolve));
    }
  }

  const written = await ingestExtracted(driver, articles(), {
    database: options.database,
    batchSize,
    onProgress: (p) => report(p as IngestSummary),
  });
  summary.added += written.added;
  summary.unchanged += written.alreadyPresent;
  summary.nodesCreated += written.nodesCreated;
  summary.relationshipsCreated += written.relationshipsCreated;
  for (const failure of written.failures) fail(failure.file, failure.error);
  summary.queued = 0;
  summary.elapsedMs = Date.now() - startedAt;
  return summary;
}
