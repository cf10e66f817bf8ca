/**
 * Who answers a question the API can answer two ways: the in-memory engine while its structure matches the
 * graph's version, Cypher otherwise and whenever memory declines; with `whenBehind: "wait"`, a request
 * waits for a fresh structure instead; switched off, Cypher always.
 */
import { describe, expect, it } from "vitest";
import { LiveIndex } from "../../../server/plugins/app/freshness/live-index.ts";
import { TwoEngines } from "../../../server/plugins/app/freshness/two-engines.ts";

interface Echo {
  who(question: string): string | undefined;
}

const cypher: Echo = { who: (question) => `cypher:${question}` };
/** Memory declines questions starting with "?". */
const memory: Echo = { who: (question) => (question.startsWith("?") ? undefined : `memory:${question}`) };

function setup(whenBehind?: "cypher" | "wait") {
  let version = "1";
  let builds = 0;
  const live = new LiveIndex<Echo>({
    build: async () => {
      builds += 1;
      return memory;
    },
    version: () => version,
    minRebuildIntervalMs: 60_000,
    onBuildError: () => {},
  });
  const engines = new TwoEngines<Echo>({ cypher, memory: live, whenBehind });
  return { live, engines, builds: () => builds, write: () => (version = String(Number(version) + 1)) };
}

describe("TwoEngines", () => {
  it("asks memory while its structure is current, Cypher while it is behind", async () => {
    const t = setup();
    expect(t.engines.state()).toBe("behind");
    expect(await t.engines.ask((e) => e.who("a"))).toBe("cypher:a");
    await t.live.rebuild();
    expect(t.engines.state()).toBe("current");
    expect(await t.engines.ask((e) => e.who("a"))).toBe("memory:a");
    t.write();
    expect(await t.engines.ask((e) => e.who("a"))).toBe("cypher:a");
  });

  it("lets Cypher answer what memory declines", async () => {
    const t = setup();
    await t.live.rebuild();
    expect(await t.engines.ask((e) => e.who("?unknown end"))).toBe("cypher:?unknown end");
  });

  it("waits for a fresh structure instead when told to, one read for the version", async () => {
    const t = setup("wait");
    expect(await t.engines.ask((e) => e.who("a"))).toBe("memory:a");
    t.write();
    expect(await t.engines.ask((e) => e.who("b"))).toBe("memory:b");
    expect(t.builds()).toBe(2);
  });

  it("always asks Cypher when the in-memory engine is switched off", async () => {
    const engines = new TwoEngines<Echo>({ cypher, memory: undefined });
    expect(engines.state()).toBe("off");
    expect(await engines.ask((e) => e.who("a"))).toBe("cypher:a");
  });

  it("fails loudly if Cypher declines, which no Cypher engine may", async () => {
    const engines = new TwoEngines<Echo>({ cypher: memory, memory: undefined });
    await expect(engines.ask((e) => e.who("?x"))).rejects.toThrow(/declined/);
  });
});
