/**
 * The graph repository with each question's engines chosen by the test: Cypher only, or an in-memory engine
 * that is current from the start (a LiveIndex already built from it), so equivalence tests ask both
 * implementations through the repository that serves the API.
 */
import type { CypherReader } from "../../../server/plugins/external/cypher.ts";
import { LiveIndex } from "../../../server/plugins/app/freshness/live-index.ts";
import { TwoEngines } from "../../../server/plugins/app/freshness/two-engines.ts";
import { createGraphRepository } from "../../../server/plugins/app/graph/graph-repository.ts";
import { cypherPartnerHops, type PartnerHops } from "../../../server/plugins/app/graph/partner-hops.ts";
import { cypherShortestPaths, type ShortestPaths } from "../../../server/plugins/app/graph/shortest-paths.ts";

/** A structure that stays current: built once from `engine`, under a version that never moves. */
export async function always<E>(engine: E): Promise<LiveIndex<E>> {
  const index = new LiveIndex<E>({
    build: async () => engine,
    version: () => "fixed",
    minRebuildIntervalMs: Number.POSITIVE_INFINITY,
    onBuildError: (error) => {
      throw error;
    },
  });
  await index.rebuild();
  return index;
}

/** The graph repository, asking memory first for what `memory` names and Cypher for the rest. */
export function graphRepositoryWith(
  cypher: CypherReader,
  memory: { hops?: LiveIndex<PartnerHops>; paths?: LiveIndex<ShortestPaths> } = {},
) {
  return createGraphRepository(cypher, {
    hops: new TwoEngines({ cypher: cypherPartnerHops(cypher), memory: memory.hops }),
    paths: new TwoEngines({ cypher: cypherShortestPaths(cypher), memory: memory.paths }),
  });
}
