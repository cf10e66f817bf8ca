/**
 * When the in-memory search index is used: only while it was built from the graph's current version; a
 * write makes searches go to Neo4j until a rebuild, and rebuilds are spaced out while the graph keeps
 * changing.
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
