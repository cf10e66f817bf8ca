/**
 * "Belajar dari", decorated as `fastify.learnFromRepository`: for a programme or a sector, the regions to
 * learn from, ranked, with their evidence (find-learn-from.cypher says how they are counted and ranked).
 * Two engines (freshness/two-engines.ts): the in-memory index (learn-from-index.ts) while it matches the
 * graph's version, Neo4j otherwise or with LEARN_FROM_INDEX=off (learn-from-ranking.ts).
 */
import fp from "fastify-plugin";
import type { LearnFrom, LearnFromQuery } from "../../../schemas/learn-from.ts";
import { TwoEngines } from "../freshness/two-engines.ts";
import { readLearnFromIndex } from "./learn-from-index.ts";
import { cypherLearnFrom, type LearnFromFinder, type TopicType } from "./learn-from-ranking.ts";

export type { TopicType } from "./learn-from-ranking.ts";

declare module "fastify" {
  interface FastifyInstance {
    learnFromRepository: LearnFromRepository;
  }
}

/** A stored id from the request's: "program:stbm" and "stbm" name the same programme. */
export function topicKey(type: TopicType, id: string): string {
  return id.startsWith(`${type}:`) ? id.slice(type.length + 1) : id;
}

export function createLearnFromRepository(finders: TwoEngines<LearnFromFinder>) {
  return {
    /** The ranked regions, or undefined when no such programme or sector exists. */
    async learnFrom(type: TopicType, id: string, query: LearnFromQuery): Promise<LearnFrom | undefined> {
      const key = topicKey(type, id);
      const answer = await finders.ask((finder) => finder.learnFrom(type, key, query.limit));
      return answer ?? undefined;
    },
  };
}

export type LearnFromRepository = ReturnType<typeof createLearnFromRepository>;

export interface LearnFromRepositoryOptions {
  /** Keep every topic's answer in memory (LEARN_FROM_INDEX; false: each request ranks in Neo4j). */
  learnFromIndex: boolean;
}

export default fp<LearnFromRepositoryOptions>(
  async (fastify, options) => {
    const { cypher, structures } = fastify;
    const finders = new TwoEngines<LearnFromFinder>({
      cypher: cypherLearnFrom(cypher),
      memory: options.learnFromIndex
        ? structures.live("learnFromIndex", () => readLearnFromIndex(cypher))
        : undefined,
    });
    fastify.decorate("learnFromRepository", createLearnFromRepository(finders));
  },
  { name: "learn-from-repository", dependencies: ["cypher", "structures"] },
);
