/**
 * When a structure kept in memory is used: only while it was built from the graph's current version; a
 * write makes questions go to Neo4j until a rebuild, and rebuilds are spaced out while the graph keeps
 * changing. A request that must wait for the structure (`fresh`) shares one read with every request asking
 * at once, and is never answered with a read that started before the version it saw.
 */
import { describe, expect, it } from "vitest";
import { LiveIndex } from "../../../server/plugins/app/freshness/live-index.ts";
import { SearchIndex } from "../../../server/plugins/app/search/search-index.ts";

function setup(options: { buildMs?: number; failing?: boolean } = {}) {
  let now = 0;
  let version: string | undefined = "1";
  let builds = 0;
  const errors: unknown[] = [];
  let release: (() => void) | undefined;
  const live = new LiveIndex<SearchIndex>({
    build: async () => {
      builds += 1;
      // A build takes buildMs of (fake) time, and ends when the test releases it.
      await new Promise<void>((resolve) => (release = resolve));
      now += options.buildMs ?? 0;
      if (options.failing) throw new Error("Neo4j is down");
      return new SearchIndex([]);
    },
    version: () => version,
    minRebuildIntervalMs: 30_000,
    onBuildError: (error) => errors.push(error),
    now: () => now,
  });
  const finish = async () => {
    release?.();
    await live.rebuild();
  };
  return {
    live,
    finish,
    advance: (ms: number) => (now += ms),
    setVersion: (next: string | undefined) => (version = next),
    builds: () => builds,
    errors,
  };
}

describe("LiveIndex", () => {
  it("is not used until a build has finished, then used while the version holds", async () => {
    const t = setup();
    expect(t.live.current()).toBeUndefined();
    expect(t.builds()).toBe(1);
    expect(t.live.state()).toBe("behind");
    await t.finish();
    expect(t.live.current()).toBeInstanceOf(SearchIndex);
    expect(t.live.state()).toBe("current");
    expect(t.builds()).toBe(1);
  });

  it("is not used once the graph has moved on, and rebuilds at most once per interval", async () => {
    const t = setup();
    t.live.current();
    await t.finish();
    t.setVersion("2");
    expect(t.live.current()).toBeUndefined(); // a rebuild is due: none has started for 30 s
    expect(t.builds()).toBe(1);
    t.advance(30_000);
    expect(t.live.current()).toBeUndefined();
    expect(t.builds()).toBe(2);
    t.setVersion("3"); // written to while the rebuild reads: its index is labelled "2", so not used
    await t.finish();
    expect(t.live.current()).toBeUndefined();
    expect(t.builds()).toBe(2);
    t.advance(30_000);
    t.live.current();
    await t.finish();
    expect(t.live.current()).toBeInstanceOf(SearchIndex);
  });

  it("spaces rebuilds to at most a fifth of the time when a build is slow", async () => {
    const t = setup({ buildMs: 20_000 });
    t.live.current();
    await t.finish();
    t.setVersion("2");
    t.advance(60_000); // 80 s since the last start: less than five times 20 s
    t.live.current();
    expect(t.builds()).toBe(1);
    t.advance(20_000);
    t.live.current();
    expect(t.builds()).toBe(2);
  });

  it("reports a failed build and keeps searches on Neo4j", async () => {
    const t = setup({ failing: true });
    t.live.current();
    await t.finish();
    expect(t.errors).toHaveLength(1);
    expect(t.live.current()).toBeUndefined();
  });

  it("is not used, and does not build, while the graph's version is unknown", () => {
    const t = setup();
    t.setVersion(undefined);
    expect(t.live.current()).toBeUndefined();
    expect(t.builds()).toBe(0);
  });
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** A structure whose reads the test answers one by one, each with a value of its choice. */
function reads() {
  let version: string | undefined = "1";
  const pending: ReturnType<typeof deferred<string>>[] = [];
  const errors: unknown[] = [];
  const live = new LiveIndex<string>({
    build: () => {
      const read = deferred<string>();
      pending.push(read);
      return read.promise;
    },
    version: () => version,
    minRebuildIntervalMs: 30_000,
    onBuildError: (error) => errors.push(error),
    now: () => 0,
  });
  return { live, pending, errors, setVersion: (next: string | undefined) => (version = next) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("LiveIndex.fresh", () => {
  it("reads once for requests asking at once, then answers from memory while the version holds", async () => {
    const t = reads();
    const first = t.live.fresh();
    const second = t.live.fresh();
    expect(t.pending).toHaveLength(1);
    t.pending[0]!.resolve("v1");
    expect(await first).toBe("v1");
    expect(await second).toBe("v1");
    expect(await t.live.fresh()).toBe("v1");
    expect(t.pending).toHaveLength(1);
  });

  it("after a write, waits for a read of the new version and never answers with one that started before", async () => {
    const t = reads();
    const before = t.live.fresh();
    await tick();
    t.setVersion("2"); // a write lands while the first read runs
    const after = t.live.fresh();
    t.pending[0]!.resolve("read before the write");
    expect(await before).toBe("read before the write");
    await tick();
    expect(t.pending).toHaveLength(2); // the request that saw "2" asked for a read of its own
    t.pending[1]!.resolve("read after the write");
    expect(await after).toBe("read after the write");
    expect(t.live.current()).toBe("read after the write");
  });

  it("shares a read that started after the write with every request that saw it", async () => {
    const t = reads();
    const first = t.live.fresh();
    t.pending[0]!.resolve("v1");
    await first;
    t.setVersion("2");
    const a = t.live.fresh();
    const b = t.live.fresh();
    expect(t.pending).toHaveLength(2);
    t.pending[1]!.resolve("v2");
    expect([await a, await b]).toEqual(["v2", "v2"]);
  });

  it("rejects when the read fails, and the next request reads again", async () => {
    const t = reads();
    const failing = t.live.fresh();
    t.pending[0]!.reject(new Error("Neo4j is away"));
    await expect(failing).rejects.toThrow("Neo4j is away");
    expect(t.errors).toHaveLength(1);
    const next = t.live.fresh();
    expect(t.pending).toHaveLength(2);
    t.pending[1]!.resolve("v1");
    expect(await next).toBe("v1");
  });

  it("reads without keeping while the graph's version is unknown, one read for requests asking at once", async () => {
    const t = reads();
    t.setVersion(undefined);
    const answer = t.live.fresh();
    const other = t.live.fresh();
    expect(t.pending).toHaveLength(1);
    t.pending[0]!.resolve("unlabelled");
    expect(await answer).toBe("unlabelled");
    expect(await other).toBe("unlabelled");
    t.setVersion("1");
    expect(t.live.current()).toBeUndefined();
  });
});
