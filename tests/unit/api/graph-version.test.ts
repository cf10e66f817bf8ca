/**
 * The graph's version, which keys the response cache: read in the background at most once per refresh
 * interval, changed by a local write at once, and not trusted once the last successful read is too old.
 */
import { describe, expect, it } from "vitest";
import { GraphVersion } from "../../../server/plugins/app/freshness/graph-version.ts";

function setup() {
  let now = 0;
  let counts = { nodes: 10, relationships: 20 };
  let reads = 0;
  let failing = false;
  const version = new GraphVersion(
    async () => {
      reads += 1;
      if (failing) throw new Error("Neo4j is down");
      return counts;
    },
    { refreshMs: 1_000, maxAgeMs: 5_000, now: () => now },
  );
  return {
    version,
    advance: (ms: number) => (now += ms),
    setCounts: (next: typeof counts) => (counts = next),
    setFailing: (next: boolean) => (failing = next),
    reads: () => reads,
  };
}

describe("GraphVersion", () => {
  it("is unknown until the first read, then names the counts", async () => {
    const t = setup();
    expect(t.version.current()).toBeUndefined();
    await t.version.refresh();
    expect(t.version.current()).toBe("10.20.0");
  });

  it("reads again at most once per refresh interval, without making the caller wait", async () => {
    const t = setup();
    await t.version.refresh();
    const before = t.reads();
    for (let i = 0; i < 50; i++) t.version.current();
    expect(t.reads()).toBe(before);
    t.setCounts({ nodes: 11, relationships: 23 });
    t.advance(1_000);
    expect(t.version.current()).toBe("10.20.0"); // the answer still in flight
    await t.version.refresh();
    expect(t.version.current()).toBe("11.23.0");
    expect(t.reads()).toBe(before + 1);
  });

  it("moves at once with a local write", async () => {
    const t = setup();
    await t.version.refresh();
    const first = t.version.current();
    t.version.bump();
    expect(t.version.current()).not.toBe(first);
  });

  it("is not trusted once Neo4j has not answered for longer than the maximum age, and recovers", async () => {
    const t = setup();
    await t.version.refresh();
    t.setFailing(true);
    t.advance(3_000);
    await t.version.refresh();
    expect(t.version.current()).toBe("10.20.0");
    t.advance(2_500);
    await t.version.refresh();
    expect(t.version.current()).toBeUndefined();
    t.setFailing(false);
    await t.version.refresh();
    expect(t.version.current()).toBe("10.20.0");
  });
});
