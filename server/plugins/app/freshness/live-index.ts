/**
 * An index of the whole graph kept in memory (the search index, search-index.ts; the path network,
 * path-network.ts), built in the background and used only while it matches the graph's current version
 * (graph-version.ts).
 *
 * Why a version check and not a time to live: a search must find an article's people and events the moment
 * it is written, a path must go through them, and an index is too costly to rebuild per write (a
 * whole-graph read: seconds of Neo4j CPU on 100,000 articles). So while the graph has moved on since the
 * index was built, `current()` says undefined and the caller asks Neo4j, which is always up to date; a rebuild
 * starts, at most once per `minRebuildIntervalMs` and at most a fifth of the time, so a bulk ingest in
 * another process (a new version every second) does not keep Neo4j busy rebuilding. Once the graph is quiet
 * the next rebuild catches up.
 *
 * A build is labelled with the version read before it started: if a write lands while it reads, the label
 * is older than the graph, so the index is not used, never the reverse.
 */
const BUILD_SHARE_LIMIT = 5;

export interface LiveIndexOptions<T> {
  /** Reads the graph and builds the index from it. */
  build(): Promise<T>;
  /** The graph's current version, or undefined when it is not known well enough to trust. */
  version(): string | undefined;
  /** Least time between the starts of two builds. */
  minRebuildIntervalMs: number;
  onBuildError(error: unknown): void;
  now?: () => number;
}

export class LiveIndex<T> {
  private built: { version: string; index: T } | undefined;
  private building: Promise<void> | undefined;
  private lastStart = Number.NEGATIVE_INFINITY;
  private lastDurationMs = 0;

  constructor(private readonly options: LiveIndexOptions<T>) {}

  /** The index if it reflects the graph as it is now; otherwise undefined, and a build starts when due. */
  current(): T | undefined {
    const version = this.options.version();
    if (version === undefined) return undefined;
    if (this.built?.version === version) return this.built.index;
    this.buildIfDue(version);
    return undefined;
  }

  /**
   * Whether requests use the index now (`current`), or Neo4j (`behind`). Like a request, asking starts a
   * rebuild when one is due, so a health check brings an idle server's index up to date.
   */
  state(): "current" | "behind" {
    return this.current() ? "current" : "behind";
  }

  /** Builds now unless a build is running; resolves when it has finished, never rejects. */
  rebuild(): Promise<void> {
    const version = this.options.version();
    if (version === undefined || this.building) return this.building ?? Promise.resolve();
    const startedAt = this.now();
    this.lastStart = startedAt;
    const building = this.options
      .build()
      .then((index) => {
        this.built = { version, index };
        this.lastDurationMs = this.now() - startedAt;
      })
      .catch((error: unknown) => this.options.onBuildError(error))
      .finally(() => {
        this.building = undefined;
      });
    this.building = building;
    return building;
  }

  private buildIfDue(version: string): void {
    if (this.building || this.built?.version === version) return;
    // A build costs Neo4j and this process CPU: never more than a fifth of the time on rebuilding.
    const interval = Math.max(this.options.minRebuildIntervalMs, BUILD_SHARE_LIMIT * this.lastDurationMs);
    if (this.now() - this.lastStart < interval) return;
    void this.rebuild();
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
