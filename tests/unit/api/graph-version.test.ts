/**
 * The graph's version, which keys the response cache and every structure kept in memory: read in the
 * background at most once per refresh interval, moved on at once by this process's own write and never taken
 * back by a read that left before it, replaced when the graph is wiped and written again (a new epoch), and
 * not trusted once the last successful read is too old.
 */
import { describe, expect, it } from "vitest";
import { GraphVersion } from "../../../server/plugins/app/freshness/graph-version.ts";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
}

function setup() {
  let now = 0;
  let stored = "e1:3";
  let reads = 0;
  let failing: false | "down" | "busy" = false;
  let held: ReturnType<typeof deferred<string>> | undefined;
  const changes: string[] = [];
  const version = new GraphVersion(
    async () => {
      reads += 1;
      if (failing === "down") throw new Error("Neo4j is down");
      if (failing === "busy") throw new Error("timed out");
      if (held) return held.promise;
      return stored;
    },
    {
      refreshMs: 1_000,
      maxAgeMs: 5_000,
      slowMaxAgeMs: 30_000,
      isSlow: (error: unknown) => error instanceof Error && error.message === "timed out",
      onChange: (change) =>
        changes.push(change.ok ? `ok after ${change.failedReads}` : change.slow ? "busy" : "down"),
      now: () => now,
    },
  );
  return {
    version,
    advance: (ms: number) => (now += ms),
    store: (next: string) => (stored = next),
    hold: () => (held = deferred<string>()),
    release: (value: string) => {
      held?.resolve(value);
      held = undefined;
    },
    setFailing: (next: false | "down" | "busy") => (failing = next),
    reads: () => reads,
    changes,
  };
}

describe("GraphVersion", () => {
  it("is unknown until the first read, then names the stored version", async () => {
    const t = setup();
    expect(t.version.current()).toBeUndefined();
    await t.version.refresh();
    expect(t.version.current()).toBe("e1:3");
  });

  it("reads again at most once per refresh interval, without making the caller wait", async () => {
    const t = setup();
    await t.version.refresh();
    const before = t.reads();
    for (let i = 0; i < 50; i++) t.version.current();
    expect(t.reads()).toBe(before);
    t.store("e1:4"); // another process wrote
    t.advance(1_000);
    expect(t.version.current()).toBe("e1:3"); // the answer still in flight
    await t.version.refresh();
    expect(t.version.current()).toBe("e1:4");
    expect(t.reads()).toBe(before + 1);
  });

  it("moves at once with this process's write, and a read that left before it does not take it back", async () => {
    const t = setup();
    await t.version.refresh();
    t.advance(1_000);
    t.hold();
    const reading = t.version.refresh(); // leaves before the write
    t.version.observe("e1:4");
    expect(t.version.current()).toBe("e1:4");
    t.release("e1:3");
    await reading;
    expect(t.version.current()).toBe("e1:4");
  });

  it("takes a new epoch whatever its counter: the graph was wiped and written again", async () => {
    const t = setup();
    await t.version.refresh();
    t.store("e2:1");
    t.advance(1_000);
    await t.version.refresh();
    expect(t.version.current()).toBe("e2:1");
  });

  it("is not trusted once Neo4j has not answered for longer than the maximum age, and recovers", async () => {
    const t = setup();
    await t.version.refresh();
    t.setFailing("down");
    t.advance(3_000);
    await t.version.refresh();
    expect(t.version.current()).toBe("e1:3");
    t.advance(2_500);
    await t.version.refresh();
    expect(t.version.current()).toBeUndefined();
    t.setFailing(false);
    await t.version.refresh();
    expect(t.version.current()).toBe("e1:3");
  });

  it("stays trusted longer while Neo4j is only busy (its reads time out), then not", async () => {
    const t = setup();
    await t.version.refresh();
    t.setFailing("busy");
    t.advance(6_000);
    await t.version.refresh();
    expect(t.version.current()).toBe("e1:3"); // past maxAgeMs, within slowMaxAgeMs
    t.advance(25_000);
    await t.version.refresh();
    expect(t.version.current()).toBeUndefined();
    t.setFailing("down"); // gone after being busy: the short age applies again
    t.setFailing(false);
    await t.version.refresh();
    expect(t.version.current()).toBe("e1:3");
    t.setFailing("down");
    t.advance(6_000);
    await t.version.refresh();
    expect(t.version.current()).toBeUndefined();
  });

  it("tells the first failed read of a streak and the first good read after it, once each", async () => {
    const t = setup();
    await t.version.refresh();
    t.setFailing("busy");
    await t.version.refresh();
    await t.version.refresh();
    t.setFailing("down");
    await t.version.refresh();
    t.setFailing(false);
    await t.version.refresh();
    await t.version.refresh();
    expect(t.changes).toEqual(["busy", "ok after 3"]);
  });
});
