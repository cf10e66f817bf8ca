/**
 * A value computed from the whole graph (the peer profiles, the overview counts), kept for `ttlMs` and
 * then refreshed in the background while the old value keeps answering (stale-while-revalidate).
 *
 * Why: such reads cost hundreds of milliseconds on 100,000 articles and their answer barely moves between
 * two requests, while every visitor's overview asks for it. A write through this API calls `forget()`, so
 * the next request waits for a fresh read instead of serving the old value; a read that started before the
 * write cannot install its older result. Writes by another process (`npm run ingest`) show within `ttlMs`.
 */
export interface Snapshotted<T> {
  value: T;
  at: Date;
}

const RETRY_AFTER_FAILURE_MS = 10_000;

export class Snapshot<T> {
  private current: Snapshotted<T> | undefined;
  private loading: Promise<Snapshotted<T>> | undefined;
  // Bumped by forget(), so a read started before a write does not install what it read.
  private generation = 0;
  // When the last read failed: background reads wait a while after a failure, or every request would
  // start another whole-graph read while Neo4j is struggling.
  private failedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly ttlMs: number,
    private readonly onRefreshError: (error: unknown) => void,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<Snapshotted<T>> {
    if (!this.current) return this.refresh();
    this.refreshInBackgroundIfStale();
    return this.current;
  }

  /**
   * The current value without waiting: undefined until the first read has finished (which this starts).
   * For callers that can answer another way meanwhile, so no request waits for a whole-graph read.
   */
  peek(): T | undefined {
    this.refreshInBackgroundIfStale();
    return this.current?.value;
  }

  forget(): void {
    this.current = undefined;
    this.loading = undefined;
    this.generation += 1;
  }

  private refreshInBackgroundIfStale(): void {
    const now = this.now();
    const stale = !this.current || now - this.current.at.getTime() > this.ttlMs;
    const resting = now - this.failedAt < Math.min(this.ttlMs, RETRY_AFTER_FAILURE_MS);
    if (stale && !resting) this.refresh().catch(this.onRefreshError);
  }

  private refresh(): Promise<Snapshotted<T>> {
    if (this.loading) return this.loading;
    const startedIn = this.generation;
    const loading = this.load()
      .then((value) => {
        const fresh = { value, at: new Date(this.now()) };
        if (startedIn === this.generation) this.current = fresh;
        return fresh;
      })
      .catch((error: unknown) => {
        this.failedAt = this.now();
        throw error;
      })
      .finally(() => {
        if (this.loading === loading) this.loading = undefined;
      });
    this.loading = loading;
    return loading;
  }
}
