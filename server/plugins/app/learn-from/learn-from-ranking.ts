/**
 * "Belajar dari" as two engines (freshness/two-engines.ts): the same question, "the regions to learn from
 * about this programme or sector", answered by Neo4j (find-learn-from.cypher ranks, walking every event of
 * the topic) or by the in-memory index (learn-from-index.ts). Both rank the same way and show the same
 * evidence (learn-from-evidence.ts); this module holds what they share.
 */
import type { LearnFrom, LearnFromRegion } from "../../../schemas/learn-from.ts";
import { int, type CypherReader } from "../../external/cypher.ts";
import type { Awaitable } from "../freshness/two-engines.ts";
import { shownRegions, type RankedRegion } from "./learn-from-evidence.ts";

export type TopicType = "program" | "sector";

export interface LearnFromFinder {
  /**
   * The regions to learn from about the topic (`key`: its id, no prefix), at most `limit`; null when there is
   * no such programme or sector; undefined when this engine declines the question (Cypher then answers).
   */
  learnFrom(type: TopicType, key: string, limit: number): Awaitable<LearnFrom | null | undefined>;
}

/** A topic's ranking: its regions in the order of find-learn-from.cypher, cut at the limit. */
export interface Ranking {
  id: string;
  name: string | null;
  /** Regions to learn from before the cut. */
  total: number;
  regions: RankedRegion[];
}

/** Strings in Cypher's order (by UTF-16 code unit, as ORDER BY sorts them), not the locale's. */
export const byCodeUnit = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** The ranking of find-learn-from.cypher, which chooses the regions listed: counts, then code. */
export const compareRanked = (x: RankedRegion, y: RankedRegion): number =>
  y.hosted - x.hosted ||
  y.led - x.led ||
  y.agreements - x.agreements ||
  y.events - x.events ||
  byCodeUnit(x.code, y.code);

/** The order the answer lists them in: hosted, led, agreements, events, then code. */
export const compareLearnFrom = (x: LearnFromRegion, y: LearnFromRegion): number =>
  y.hosted - x.hosted ||
  y.led - x.led ||
  y.agreements - x.agreements ||
  y.events - x.events ||
  x.region.code.localeCompare(y.region.code);

/** The answer, from the topic and its listed regions (in the ranking's order, with their evidence). */
export function answerOf(
  type: TopicType,
  topic: { id: string; name: string | null; total: number },
  regions: LearnFromRegion[],
): LearnFrom {
  return {
    topic: { id: `${type}:${topic.id}`, name: topic.name ?? topic.id, type },
    regions: [...regions].sort(compareLearnFrom),
    total: topic.total,
    truncated: topic.total > regions.length,
  };
}

/** Neo4j ranks, per request, and reads the listed regions' evidence in the same transaction. */
export function cypherLearnFrom(cypher: CypherReader): LearnFromFinder {
  return {
    learnFrom: (type, key, limit) =>
      cypher.readTransaction(async (read) => {
        const [ranking] = await read<Ranking>("read/find-learn-from", { type, id: key, limit: int(limit) });
        if (!ranking) return null;
        return answerOf(type, ranking, await shownRegions(read, type, ranking.id, ranking.regions));
      }),
  };
}
