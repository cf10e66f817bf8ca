/**
 * The graph's version, moved on by every write transaction as its last statement (the loader's batches,
 * the API's article, the official regions), so the API knows when what it derived from the graph is behind:
 * the writing process at once from the value returned here, other processes within a second of reading
 * it (server/plugins/app/freshness/graph-version.ts).
 * @see ../../../cypher/write/bump-graph-version.cypher
 */
import type { ManagedTransaction } from "neo4j-driver";
import { query, type QueryName } from "../../db/cypher-registry.ts";

export const BUMP_GRAPH_VERSION = "write/bump-graph-version" satisfies QueryName;

/** Moves the graph's version on inside `tx` and returns the new one ("<epoch>:<counter>"). */
export async function bumpGraphVersion(tx: ManagedTransaction): Promise<string> {
  const result = await tx.run(query(BUMP_GRAPH_VERSION));
  return String(result.records[0]?.get("version"));
}
