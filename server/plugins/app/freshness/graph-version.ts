import { setTimeout as delay } from "node:timers/promises";
import fp from "fastify-plugin";

declare module "fastify" {
  interface FastifyInstance {
    graphVersion: GraphVersion;
  }
}

/**
 * Which state of the graph the API is answering from, as a short string that changes whenever anything is
 * written: the node and relationship counts from Neo4j's count store (get-graph-version.cypher), plus a
 * local counter bumped by every write through this API.
 *
 * Why counts: nothing is ever deleted and every ingested article adds at least its Document node, so the
 * pair moves with every write, including those of `npm run ingest` in another process, and reading it is
 * constant time. It is read at most once per `refreshMs`, in the background: a request never waits for it.
 * `current()` is undefined until the first read and while the last successful one is older than `maxAgeMs`
 * (Neo4j unreachable): callers must then not trust anything keyed by an old version.
 */
export class GraphVersion {
  private counts: string | undefined;
  private readAt = Number.NEGATIVE_INFINITY;
  private startedAt = Number.NEGATIVE_INFINITY;
  private reading: Promise<void> | undefined;
  private localWrites = 0;

  constructor(
    private readonly readCounts: () => Promise<{ nodes: number; relationships: number }>,
    private readonly options: { refreshMs: number; maxAgeMs: number; now?: () => number },
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** The version to key answers by, or undefined when it is not known well enough to trust. */
  current(): string | undefined {
    const now = this.now();
    if (now - this.startedAt >= this.options.refreshMs) void this.refresh();
    if (this.counts === undefined || now - this.readAt > this.options.maxAgeMs) return undefined;
    return `${this.counts}.${this.localWrites}`;
  }

  /** After a write through this API: answers keyed by the old version are not served again, at once. */
  bump(): void {
    this.localWrites += 1;
  }

  /** Reads the counts now (once at a time); resolves when done, never rejects. */
  refresh(): Promise<void> {
    if (this.reading) return this.reading;
    this.startedAt = this.now();
    this.reading = this.readCounts()
      .then(({ nodes, relationships }) => {
        this.counts = `${nodes}.${relationships}`;
        this.readAt = this.now();
      })
      .catch(() => {
        // Neo4j unreachable or slow: current() turns undefined once maxAgeMs has passed.
      })
      .finally(() => {
        this.reading = undefined;
      });
    return this.reading;
  }
}

/** How often the graph's version is read again, and how old it may get before nothing trusts it. */
const VERSION_REFRESH_MS = 1_000;
const VERSION_MAX_AGE_MS = 5_000;

/** Decorates `fastify.graphVersion`, read by the response cache and the search index. */
export default fp(
  async (fastify) => {
    const version = new GraphVersion(
      async () => {
        const [row] = await fastify.cypher.read<{ nodes: number; relationships: number }>(
          "read/get-graph-version",
          {},
          { timeoutMs: 2_000 },
        );
        if (!row) throw new Error("get-graph-version returned no row");
        return row;
      },
      { refreshMs: VERSION_REFRESH_MS, maxAgeMs: VERSION_MAX_AGE_MS },
    );
    fastify.decorate("graphVersion", version);
    // Know the version before the first request if Neo4j answers soon; never hold start-up for it.
    fastify.addHook("onReady", () =>
      Promise.race([version.refresh(), delay(2_000, undefined, { ref: false })]),
    );
  },
  { name: "graph-version", dependencies: ["cypher"] },
);
