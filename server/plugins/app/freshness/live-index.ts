/**
 * A structure derived from the whole graph and kept in memory (the search index, the path, partner and peer
 * networks, the overview's counts), labelled with the graph's version (graph-version.ts) and used only
 * while that is still the graph's version. The one freshness rule of the API: nothing here has a time to
 * live, and nothing is dropped by hand after a write; a write moves the version on, and that is all.
 *
 * Two ways to ask. `current()` never waits: it is the structure while it matches, or undefined, and then
 * the caller asks Neo4j, which is always up to date (two-engines.ts); a rebuild starts in the background,
 * at most once per `minRebuildIntervalMs` and at most a fifth of the time, so a bulk ingest in another
 * process (a new version every second) does not keep Neo4j busy rebuilding. `fresh()` waits for a build
 * of the version as it is now, one shared by every request asking at once: for a structure with no cheaper
 * way to answer.
 *
 * A build is labelled with the version read before it started: if a write lands while it reads, the label
 * is older than the graph, so the structure is not used, never the reverse. Builds run one at a time.
 */
const BUILD_SHARE_LIMIT = 5;

export interface LiveIndexOptions<T> {
  /** Reads the graph and builds the structure from it. */
  build(): Promise<T>;
  /** The graph's current version, or undefined when it is not known well enough to trust. */
  version(): string | undefined;
  /** Least time between the starts of two background builds. */
  minRebuildIntervalMs: number;
  onBuildError(error: unknown): void;
  now?: () => number;
}

type Outcome<T> = { ok: true; index: T } | { ok: false; error: unknown };

interface Build {
  /** The graph's version read before the build started. */
  version: string;
  /** Builds started before this one, this one included. */
  seq: number;
}

export class LiveIndex<T> {
  private built: (Build & { index: T }) | undefined;
  private building: (Build & { done: Promise<Outcome<T>> }) | undefined;
  /** A read made while the version is unknown: shared by the requests that ask meanwhile, then dropped. */
  private unlabelled: Promise<T> | undefined;
  private starts = 0;
  private lastStart = Number.NEGATIVE_INFINITY;
  private lastDurationMs = 0;

  constructor(private readonly options: LiveIndexOptions<T>) {}

  /** The structure if it reflects the graph as it is now; otherwise undefined, and a build starts when due. */
  current(): T | undefined {
    const version = this.options.version();
    if (version === undefined) return undefined;
    if (this.built?.version === version) return this.built.index;
    this.buildIfDue(version);
    return undefined;
  }

  /**
   * Whether requests use the structure now (`current`), or Neo4j (`behind`). Like a request, asking starts a
   * rebuild when one is due, so a health check brings an idle server's structures up to date.
   */
  state(): "current" | "behind" {
    return this.current() ? "current" : "behind";
  }

  /**
   * The structure as of the graph's version now, waiting for a build when it is behind. A build that reads
   * that version or a later one is shared, not repeated; one that started before the version moved on is
   * waited for (one build at a time) but never answered with: what it read is older than what the caller
   * knows, and an answer made from it would be kept under the newer version. Rejects when the build fails.
   */
  async fresh(): Promise<T> {
    const version = this.options.version();
    if (version === undefined) {
      // Nothing to label it with, so it is not kept; but one read at a time, or requests pile whole-graph
      // reads onto a Neo4j too busy to answer the version (the usual reason it is unknown).
      this.unlabelled ??= this.options.build().finally(() => (this.unlabelled = undefined));
      return this.unlabelled;
    }
    const seen = this.starts;
    const usable = (build: Build) => build.version === version || build.seq > seen;
    for (;;) {
      if (this.built && usable(this.built)) return this.built.index;
      const building = this.building ?? this.start(this.options.version() ?? version);
      const outcome = await building.done;
      if (!usable(building)) continue;
      if (!outcome.ok) throw outcome.error;
      return outcome.index;
    }
  }

  /** Builds now unless a build is running; resolves when it has finished, never rejects. */
  async rebuild(): Promise<void> {
    const version = this.options.version();
    if (this.building) await this.building.done;
    else if (version !== undefined) await this.start(version).done;
  }

  private start(version: string): Build & { done: Promise<Outcome<T>> } {
    const startedAt = this.now();
    const seq = ++this.starts;
    this.lastStart = startedAt;
    const finished = () => {
      if (this.building?.seq === seq) this.building = undefined;
    };
    const done = this.options.build().then(
      (index): Outcome<T> => {
        finished();
        this.built = { version, seq, index };
        this.lastDurationMs = this.now() - startedAt;
        return { ok: true, index };
      },
      (error: unknown): Outcome<T> => {
        finished();
        this.options.onBuildError(error);
        return { ok: false, error };
      },
    );
    this.building = { version, seq, done };
    return this.building;
  }

  private buildIfDue(version: string): void {
    if (this.building || this.built?.version === version) return;
    // A build costs Neo4j and this process CPU: never more than a fifth of the time on rebuilding.
    const interval = Math.max(this.options.minRebuildIntervalMs, BUILD_SHARE_LIMIT * this.lastDurationMs);
    if (this.now() - this.lastStart < interval) return;
    this.start(version);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
