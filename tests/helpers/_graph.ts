/**
 * Reading the graph back in tests: counts by label and relationship type, and a checksum of the sorted
 * node keys and relationship endpoints, so "the same graph" can be asserted exactly.
 */
import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";

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
