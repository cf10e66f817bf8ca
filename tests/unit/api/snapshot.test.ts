/**
 * The whole-graph snapshot behind peers and stats: read once, reused within its time to live, refreshed in
 * the background after it while the old value answers, dropped by a write, and never overwritten by a read
 * that started before the write.
 */
import { describe, expect, it } from "vitest";
import { Snapshot } from "../../../server/plugins/app/freshness/snapshot.ts";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function setup() {
  let clock = 1_000;
  const loads: ReturnType<typeof deferred<string>>[] = [];
  const errors: unknown[] = [];
  const snapshot = new Snapshot(
    () => {
      const next = deferred<string>();
      loads.push(next);
      return next.promise;
    },
    60_000,
    (error) => errors.push(error),
    () => clock,
  );
  return { snapshot, loads, errors, advance: (ms: number) => (clock += ms) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("Snapshot", () => {
  it("reads once for concurrent first requests, then reuses the value within its time to live", async () => {
    const { snapshot, loads, advance } = setup();
    const first = snapshot.get();
    const second = snapshot.get();
    expect(loads).toHaveLength(1);
    loads[0]!.resolve("v1");
    expect((await first).value).toBe("v1");
    expect((await second).value).toBe("v1");
    advance(59_000);
    expect((await snapshot.get()).value).toBe("v1");
    expect(loads).toHaveLength(1);
  });

  it("answers with the old value past its time to live while one background read refreshes it", async () => {
    const { snapshot, loads, advance } = setup();
    const first = snapshot.get();
    loads[0]!.resolve("v1");
    await first;
    advance(61_000);
    expect((await snapshot.get()).value).toBe("v1");
    expect((await snapshot.get()).value).toBe("v1");
    expect(loads).toHaveLength(2);
    loads[1]!.resolve("v2");
    await tick();
    expect((await snapshot.get()).value).toBe("v2");
  });

  it("keeps the old value and reports a failed refresh", async () => {
    const { snapshot, loads, errors, advance } = setup();
    const first = snapshot.get();
    loads[0]!.resolve("v1");
    await first;
    advance(61_000);
    await snapshot.get();
    loads[1]!.reject(new Error("neo4j away"));
    await tick();
    expect(errors).toHaveLength(1);
    expect((await snapshot.get()).value).toBe("v1");
  });

  it("after forget(), waits for a fresh read and ignores one that started before", async () => {
    const { snapshot, loads } = setup();
    const first = snapshot.get();
    loads[0]!.resolve("v1");
    await first;
    snapshot.forget();
    const stale = snapshot.get();
    snapshot.forget();
    const fresh = snapshot.get();
    expect(loads).toHaveLength(3);
    loads[1]!.resolve("before the write");
    loads[2]!.resolve("after the write");
    expect((await stale).value).toBe("before the write");
    expect((await fresh).value).toBe("after the write");
    expect((await snapshot.get()).value).toBe("after the write");
  });

  it("peeks without waiting: nothing until the first read is in, then the value; stale starts a refresh", async () => {
    const { snapshot, loads, advance } = setup();
    expect(snapshot.peek()).toBeUndefined();
    expect(snapshot.peek()).toBeUndefined();
    expect(loads).toHaveLength(1);
    loads[0]!.resolve("v1");
    await tick();
    expect(snapshot.peek()).toBe("v1");
    advance(60_001);
    expect(snapshot.peek()).toBe("v1");
    expect(loads).toHaveLength(2);
    loads[1]!.resolve("v2");
    await tick();
    expect(snapshot.peek()).toBe("v2");
  });

  it("rests 10 s after a failed read before reading again in the background", async () => {
    const { snapshot, loads, errors, advance } = setup();
    snapshot.peek();
    loads[0]!.reject(new Error("Neo4j is struggling"));
    await tick();
    expect(errors).toHaveLength(1);
    for (let i = 0; i < 5; i++) expect(snapshot.peek()).toBeUndefined();
    expect(loads).toHaveLength(1);
    advance(10_001);
    snapshot.peek();
    expect(loads).toHaveLength(2);
    // A request that needs the value still asks at once.
    const waiting = snapshot.get();
    expect(loads).toHaveLength(2);
    loads[1]!.resolve("v1");
    await expect(waiting).resolves.toMatchObject({ value: "v1" });
  });
});
