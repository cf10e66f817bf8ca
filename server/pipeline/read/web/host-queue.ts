/**
 * Politeness towards each site: one request at a time per host, with a pause between the end of one and the
 * start of the next. Requests to different hosts run side by side.
 *
 * Why: regional government sites often run on one small server; a crawler that opens many connections at
 * once or fires requests back to back can take them down, and gets blocked. The pause is the larger of the
 * configured delay and the site's robots.txt Crawl-delay (capped, so one site cannot stall a run for hours).
 */

export const MAX_CRAWL_DELAY_MS = 60_000;

interface HostState {
  tail: Promise<void>;
  /** When the last request to the host ended (ms since epoch). */
  lastEnded: number;
  delayMs: number;
}

export class HostQueue {
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly defaultDelayMs: number) {}

  /** Raises a host's pause to its robots.txt Crawl-delay (seconds), within MAX_CRAWL_DELAY_MS. */
  setCrawlDelay(host: string, seconds: number | undefined): void {
    if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return;
    const state = this.state(host);
    state.delayMs = Math.max(this.defaultDelayMs, Math.min(MAX_CRAWL_DELAY_MS, Math.round(seconds * 1000)));
  }

  delayOf(host: string): number {
    return this.hosts.get(host)?.delayMs ?? this.defaultDelayMs;
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { tail: Promise.resolve(), lastEnded: 0, delayMs: this.defaultDelayMs };
      this.hosts.set(host, state);
    }
    return state;
  }

  /** Runs `task` when the host is free and its pause has passed; the next one waits for it to end. */
  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.state(host);
    const result = state.tail.then(async () => {
      const wait = state.lastEnded + state.delayMs - Date.now();
      if (state.lastEnded > 0 && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        return await task();
      } finally {
        state.lastEnded = Date.now();
      }
    });
    state.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
