/**
 * The one place that decides who answers a question the API can answer two ways: neighbourhood hops,
 * shortest paths, search candidates, peers. Each has one small interface with two implementations, a Cypher
 * one that asks Neo4j and is always current, and an in-memory one over a structure read from the whole
 * graph (live-index.ts), which answers only while that structure matches the graph's version.
 *
 * `ask` puts the question to the in-memory engine when its structure is current, and to Cypher otherwise;
 * an in-memory engine may also decline one question it cannot answer (`undefined`: a filter it does not
 * keep, an end written after it was read), and Cypher answers that one. With `whenBehind: "wait"` a request
 * instead waits for the structure to be read afresh, once for all requests waiting: for a question whose
 * Cypher engine costs more than that read (docs/api.md says which, and why).
 */
import type { LiveIndex } from "./live-index.ts";

export type Awaitable<T> = T | Promise<T>;

export interface TwoEnginesOptions<E> {
  cypher: E;
  /** Undefined when the in-memory engine is switched off in the configuration. */
  memory: LiveIndex<E> | undefined;
  /** While the in-memory structure is behind the graph: ask Cypher (default), or wait for a fresh one. */
  whenBehind?: "cypher" | "wait";
}

export class TwoEngines<E> {
  constructor(private readonly options: TwoEnginesOptions<E>) {}

  /** `current` while questions go to memory, `behind` while Cypher takes them, `off` when switched off. */
  state(): "current" | "behind" | "off" {
    return this.options.memory?.state() ?? "off";
  }

  /** The answer of the engine whose turn it is (see the header). */
  async ask<R>(question: (engine: E) => Awaitable<R | undefined>): Promise<R> {
    const { memory, cypher, whenBehind } = this.options;
    const inMemory = whenBehind === "wait" ? await memory?.fresh() : memory?.current();
    if (inMemory !== undefined) {
      const answer = await question(inMemory);
      if (answer !== undefined) return answer;
    }
    const answer = await question(cypher);
    if (answer === undefined) throw new Error("a Cypher engine declined a question: it must answer all");
    return answer;
  }
}
