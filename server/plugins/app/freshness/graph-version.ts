import { setTimeout as delay } from "node:timers/promises";
import fp from "fastify-plugin";
import { isQueryTimeout } from "../../../errors.ts";

declare module "fastify" {
  interface FastifyInstance {
    graphVersion: GraphVersion;
  }
}

/**
 * Which state of the graph the API answers from: the counter that every write transaction moves on as its
 * last statement (cypher/write/bump-graph-version.cypher), with the epoch that tells a graph wiped and
 * written afresh from the one before. Everything the API derives from the graph (response cache, search
 * index, path, partner and peer networks, stats) is keyed by it, so it is the one rule of freshness.
 *
 * How it is learnt: a write of this process reports the version its transaction committed (`observe`), so
 * the next request already keys by it; writes of other processes (`npm run ingest`, other API workers) are
 * read from the version node once per `refreshMs` while the app runs, in the background (and by a request
 * that finds the last read that old), so they show within a second and a request never waits for the read.
 * The timer matters: read only when asked, an API idle for `maxAgeMs` would find its version too old at
 * the next request and answer it from Neo4j, or wait for a whole structure to be read again. `current()` is undefined until the first read and while the last
 * successful one is older than `maxAgeMs` (Neo4j unreachable): nothing keyed by an old version is trusted.
 * A read that Neo4j answered too late (busy, not gone) stretches that to `slowMaxAgeMs`: the structures
 * in memory are then the cheap answer, and sending their questions to a busy Neo4j instead would only
 * keep it busy and the version unread.
 */
export class GraphVersion {
  private known: { epoch: string; counter: number } | undefined;
  private readAt = Number.NEGATIVE_INFINITY;
  private startedAt = Number.NEGATIVE_INFINITY;
  private reading: Promise<void> | undefined;
  /** The last read failed because Neo4j answered too late, not because it could not be reached. */
  private slow = false;
  /** Reads failed in a row since the last good one. */
  private failedReads = 0;

  constructor(
    private readonly readVersion: () => Promise<string>,
    private readonly options: {
      refreshMs: number;
      maxAgeMs: number;
      slowMaxAgeMs?: number;
      /** Whether a failed read only timed out (Neo4j busy). */
      isSlow?: (error: unknown) => boolean;
      /** Told the first failed read after a good one, and the first good read after failures. */
      onChange?: (
        change: { ok: false; error: unknown; slow: boolean } | { ok: true; failedReads: number },
      ) => void;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** The version to key answers by, or undefined when it is not known well enough to trust. */
  current(): string | undefined {
    const now = this.now();
    if (now - this.startedAt >= this.options.refreshMs) void this.refresh();
    const maxAge = this.slow ? (this.options.slowMaxAgeMs ?? this.options.maxAgeMs) : this.options.maxAgeMs;
    if (this.known === undefined || now - this.readAt > maxAge) return undefined;
    return `${this.known.epoch}:${this.known.counter}`;
  }

  /** A write of this process committed `version`: answers keyed by an older one are not served again. */
  observe(version: string): void {
    this.learn(version);
    this.readAt = this.now();
  }

  /** Reads the version now (once at a time); resolves when done, never rejects. */
  refresh(): Promise<void> {
    if (this.reading) return this.reading;
    this.startedAt = this.now();
    this.reading = this.readVersion()
      .then((version) => {
        this.learn(version);
        this.readAt = this.now();
        this.slow = false;
        if (this.failedReads > 0) this.options.onChange?.({ ok: true, failedReads: this.failedReads });
        this.failedReads = 0;
      })
      .catch((error: unknown) => {
        // Neo4j unreachable: current() turns undefined once maxAgeMs has passed; busy: slowMaxAgeMs.
        this.slow = this.options.isSlow?.(error) === true;
        if (this.failedReads++ === 0) this.options.onChange?.({ ok: false, error, slow: this.slow });
      })
      .finally(() => {
        this.reading = undefined;
      });
    return this.reading;
  }

  /**
   * Within one epoch the counter only grows: a read that left before this process's write and answers after
   * it must not take the version back. A new epoch (the graph wiped and written again) replaces the old.
   */
  private learn(version: string): void {
    const cut = version.lastIndexOf(":");
    const epoch = version.slice(0, cut);
    const counter = Number(version.slice(cut + 1));
    if (cut < 0 || !Number.isInteger(counter)) throw new Error(`not a graph version: ${version}`);
    if (this.known?.epoch === epoch && this.known.counter >= counter) return;
    this.known = { epoch, counter };
  }
}

/** How often the graph's version is read again, and how old it may get before nothing trusts it. */
const VERSION_REFRESH_MS = 1_000;
const VERSION_MAX_AGE_MS = 5_000;
const VERSION_SLOW_MAX_AGE_MS = 30_000;

/** Decorates `fastify.graphVersion`, which keys the response cache and every in-memory structure. */
export default fp(
  async (fastify) => {
    const version = new GraphVersion(
      async () => {
        const [row] = await fastify.cypher.read<{ version: string }>(
          "read/get-graph-version",
          {},
          { timeoutMs: 2_000 },
        );
        if (!row) throw new Error("get-graph-version returned no row");
        return row.version;
      },
      {
        refreshMs: VERSION_REFRESH_MS,
        maxAgeMs: VERSION_MAX_AGE_MS,
        slowMaxAgeMs: VERSION_SLOW_MAX_AGE_MS,
        isSlow: isQueryTimeout,
        // Why answers went to Neo4j instead of memory, for an operator: once per streak of failed reads.
        onChange: (change) =>
          change.ok
            ? fastify.log.info(`graph version read again after ${change.failedReads} failed reads`)
            : fastify.log.warn(
                { err: change.error },
                change.slow
                  ? "graph version read timed out (Neo4j busy); memory answers for up to 30 s meanwhile"
                  : "graph version could not be read; Neo4j answers until it can",
              ),
      },
    );
    fastify.decorate("graphVersion", version);
    // Know the version before the first request if Neo4j answers soon; never hold start-up for it. Then
    // keep it known while the app runs, requests or not (the header says why); the timer never holds the
    // process open.
    let timer: NodeJS.Timeout | undefined;
    fastify.addHook("onReady", async () => {
      timer = setInterval(() => void version.refresh(), VERSION_REFRESH_MS).unref();
      await Promise.race([version.refresh(), delay(2_000, undefined, { ref: false })]);
    });
    fastify.addHook("onClose", async () => clearInterval(timer));
  },
  { name: "graph-version", dependencies: ["cypher"] },
);
