/**
 * The web sources `npm run feeds` polls, and what each has seen.
 *
 * The list is a JSON file the operator edits (IMPORT_SOURCES, default sources.json): reviewable, kept in
 * version control beside the deployment, and readable without a database. What each source has seen (the
 * addresses it has taken, the validators of its feed for a conditional GET, when it was last polled) is
 * kept in DATA_DIR/sources-state.json, written whole to a temporary file and renamed, so a poll killed
 * half-way leaves the previous state. Not in Neo4j: crawl bookkeeping is not knowledge, and writing it there
 * would change the graph's version on every poll that found nothing. Losing the state costs only
 * re-fetching: articles are recognised again by address and text, and nothing is stored twice.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { mkdirSync } from "node:fs";
import { z } from "zod";
import { checkWebUrl, identityUrl } from "../read/web/web-urls.ts";
import type { Validators } from "./read-web-address.ts";

const webUrl = z.string().refine((value) => checkWebUrl(value).ok, "must be an http(s) address");

export const SourcesFileSchema = z.strictObject({
  sources: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(200),
        url: webUrl.describe("An RSS/Atom feed, a sitemap (index), or a page"),
      }),
    )
    .max(10_000),
});
export type Source = z.infer<typeof SourcesFileSchema>["sources"][number];

/** Addresses a source remembers; the oldest are forgotten past this (a feed lists the latest few dozen). */
export const MAX_SEEN_PER_SOURCE = 20_000;

interface SourceState {
  seen: string[];
  validators: Record<string, Validators>;
  lastPolledAt: string | null;
}
type StateFile = Record<string, SourceState>;

export class SourcesError extends Error {
  override readonly name = "SourcesError";
}

export function loadSources(path: string): Source[] {
  if (!existsSync(path))
    throw new SourcesError(
      `${path} does not exist: list the feeds and sitemaps to poll there ({"sources": [{"name": …, "url": …}]}), or set IMPORT_SOURCES (docs/ingest.md)`,
    );
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new SourcesError(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = SourcesFileSchema.safeParse(json);
  if (!parsed.success)
    throw new SourcesError(
      `${path}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "file"}: ${issue.message}`).join("; ")}`,
    );
  return parsed.data.sources;
}

/** What every source has seen, read once and saved after each source's poll. */
export class SourcesState {
  private readonly state: StateFile;

  constructor(private readonly path: string) {
    this.state = {};
    if (existsSync(path)) {
      try {
        Object.assign(this.state, JSON.parse(readFileSync(path, "utf8")) as StateFile);
      } catch {
        // A damaged state file is started afresh: it only saves fetches.
      }
    }
  }

  static in(dataDir: string): SourcesState {
    return new SourcesState(join(dataDir, "sources-state.json"));
  }

  private of(source: Source): SourceState {
    const key = identityUrl(source.url);
    this.state[key] ??= { seen: [], validators: {}, lastPolledAt: null };
    return this.state[key];
  }

  seenSet(source: Source): Set<string> {
    return new Set(this.of(source).seen);
  }

  validators(source: Source): Map<string, Validators> {
    return new Map(Object.entries(this.of(source).validators));
  }

  record(source: Source, seen: Set<string>, validators: Map<string, Validators>): void {
    const state = this.of(source);
    const list = [...seen];
    state.seen = list.slice(Math.max(0, list.length - MAX_SEEN_PER_SOURCE));
    state.validators = Object.fromEntries(validators);
    state.lastPolledAt = new Date().toISOString();
    mkdirSync(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.state));
    renameSync(temporary, this.path);
  }
}
