/**
 * Reading the graph back in tests: counts by label and relationship type, and a checksum of the sorted
 * node keys and relationship endpoints, so "the same graph" can be asserted exactly.
 */
import { createHash } from "node:crypto";
import { isInt, type Driver } from "neo4j-driver";

export interface GraphShape {
  labels: Record<string, number>;
  types: Record<string, number>;
  checksum: string;
}

export async function graphShape(driver: Driver): Promise<GraphShape> {
  const labels: Record<string, number> = {};
  for (const record of (
    await driver.executeQuery(
      "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label",
    )
  ).records) {
    labels[record.get("label")] = Number(record.get("n"));
  }
  const types: Record<string, number> = {};
  for (const record of (
    await driver.executeQuery("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t")
  ).records) {
    types[record.get("t")] = Number(record.get("n"));
  }
  const keys = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     WITH coalesce(a.id, a.code) + '-' + type(r) + '->' + coalesce(b.id, b.code) AS line
     ORDER BY line
     RETURN collect(line) AS lines`,
  );
  const nodes = await driver.executeQuery(
    "MATCH (n) WITH coalesce(n.id, n.code) AS key ORDER BY key RETURN collect(key) AS keys",
  );
  const checksum = createHash("sha256")
    .update(JSON.stringify([keys.records[0]?.get("lines"), nodes.records[0]?.get("keys")]))
    .digest("hex");
  return { labels, types, checksum };
}

/** Driver values as plain JSON, map keys sorted, so equal graphs print equal lines. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(plain);
  if (isInt(value)) return value.toNumber();
  if (typeof value === "object") {
    const map = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(map)
        .sort()
        .map((key) => [key, plain(map[key])]),
    );
  }
  return value;
}

/**
 * Everything in the graph: each node's labels and properties, and each relationship's type, endpoints and
 * properties, one line each, sorted. Stricter than `graphShape`, which sees only keys and endpoints. Leaves
 * out `ingestedAt`, the time a document was loaded, and the GraphState node, which counts the transactions
 * that wrote (a load in more batches writes the same graph in more of them).
 */
export async function graphContent(driver: Driver): Promise<string[]> {
  const lines: string[] = [];
  const nodes = await driver.executeQuery(
    "MATCH (n) WHERE NOT n:GraphState RETURN labels(n) AS labels, properties(n) AS properties",
  );
  for (const record of nodes.records) {
    const { ingestedAt: _loadedAt, ...properties } = record.get("properties") as Record<string, unknown>;
    lines.push(JSON.stringify([[...(record.get("labels") as string[])].sort(), plain(properties)]));
  }
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN coalesce(a.id, a.code) AS a, type(r) AS type, coalesce(b.id, b.code) AS b, properties(r) AS properties`,
  );
  for (const record of relationships.records) {
    lines.push(
      JSON.stringify([record.get("a"), record.get("type"), record.get("b"), plain(record.get("properties"))]),
    );
  }
  return lines.sort();
}
