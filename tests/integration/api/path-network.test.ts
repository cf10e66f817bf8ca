/**
 * The in-memory path network finds exactly the paths find-shortest-paths.cypher finds: on the seeds plus
 * 400 synthetic articles, between regions, officials, programmes, events and organisations, over
 * partnerships alone and with each kind of hop asked for, the complete sets of tied shortest paths (element
 * ids, relationship types, directions and roles) are equal, and so are the API's answers built from them.
 * Where the network declines (its shortest walks all pass a node twice), Neo4j's answer is longer or none.
 * A node written after the network was read sends the search back to Neo4j. The two Cypher files walk the
 * same relationship types.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { query } from "../../../server/db/cypher-registry.ts";
import { cypherDir } from "../../../server/paths.ts";
import { createCypherReader } from "../../../server/plugins/external/cypher.ts";
import { memoryShortestPaths, readPathNetwork } from "../../../server/plugins/app/graph/shortest-paths.ts";
import { toSummary, type NodeRow } from "../../../server/plugins/app/nodes/node-ids.ts";
import type { PathNetwork, PathVia } from "../../../server/plugins/app/graph/path-network.ts";
import { always, graphRepositoryWith } from "./_engines.ts";
import { addSyntheticArticles, seededApp, type SeededApp } from "./_seeded-app.ts";

let seeded: SeededApp;
let network: PathNetwork<NodeRow>;

const database = () => inject("neo4jDatabase");

beforeAll(async () => {
  seeded = await seededApp();
  await addSyntheticArticles(seeded.driver, 400, 11);
  network = await readPathNetwork(createCypherReader(seeded.driver, database(), 60_000));
}, 180_000);

afterAll(async () => {
  await seeded?.close();
});

/** Element id and API id of a sample of every kind of node a path may start or end at. */
async function sampleEnds(): Promise<Array<{ elementId: string; id: string }>> {
  const { records } = await seeded.driver.executeQuery(
    `MATCH (n) WHERE n:Region AND EXISTS { (n)<-[:PARTY]-() } OR n:Person OR n:Program OR n:Event
       OR n:Organization
     WITH n, [l IN labels(n) WHERE l <> 'Event'][0] AS label ORDER BY label, coalesce(n.code, n.id)
     WITH label, collect(n) AS nodes
     UNWIND nodes[0..CASE label WHEN 'Region' THEN 14 WHEN 'Person' THEN 8 ELSE 4 END] AS n
     RETURN elementId(n) AS elementId,
       CASE WHEN n:Region THEN n.code WHEN n:Program THEN 'program:' + n.id
            WHEN n:Organization THEN 'organization:' + n.id ELSE n.id END AS id`,
    {},
    { database: database() },
  );
  return records.map((record) => ({ elementId: record.get("elementId"), id: record.get("id") }));
}

/** A path as one comparable string: its nodes' API ids and each step's type, direction and role. */
type Spelled = string;
function spell(
  nodes: string[],
  steps: Array<{ type: string; forward: boolean; role: string | null }>,
): Spelled {
  return nodes
    .map((node, i) =>
      steps[i] ? `${node} ${steps[i].forward ? ">" : "<"}${steps[i].type}:${steps[i].role} ` : node,
    )
    .join("");
}

const VIAS: PathVia[] = [
  { people: false, programs: false, organizations: false },
  { people: true, programs: false, organizations: false },
  { people: false, programs: true, organizations: false },
  { people: false, programs: false, organizations: true },
  { people: true, programs: true, organizations: true },
];
const viaQuery = (via: PathVia) =>
  (["people", "programs", "organizations"] as const).filter((kind) => via[kind]).join(",") || undefined;

// The query itself, with its limit set high enough to return every tied path.
const EVERY_PATH = query("read/find-shortest-paths");

describe("the in-memory path network", () => {
  it("walks the same relationship types as find-shortest-paths.cypher", () => {
    const typesIn = (file: string) => {
      const text = readFileSync(join(cypherDir, "read", file), "utf8");
      const pattern = /\[\w*:([A-Z_|]+)[\]*]/.exec(text.replace(/^\/\/.*$/gm, ""));
      return pattern?.[1]?.split("|").sort();
    };
    expect(typesIn("get-path-network.cypher")).toEqual(typesIn("find-shortest-paths.cypher"));
    expect(typesIn("get-path-network.cypher")).toHaveLength(8);
  });

  it("finds every shortest path Neo4j finds, and no other, between every sampled pair", async () => {
    const ends = await sampleEnds();
    expect(ends.length).toBeGreaterThan(40);
    let compared = 0;
    let withPaths = 0;
    let longest = 0;
    let declined = 0;
    for (let i = 0; i < ends.length; i++) {
      for (let j = i + 1; j < ends.length; j++) {
        const [from, to] = [ends[i]!, ends[j]!];
        const maxLength = [6, 2, 3, 4, 8][(i + j) % 5]!;
        const via = VIAS[(i * 3 + j) % VIAS.length]!;
        const inMemory = network.shortestPaths(from.id, to.id, maxLength, 100_000, via);
        const { records } = await seeded.driver.executeQuery(
          EVERY_PATH,
          {
            fromId: from.elementId,
            toId: to.elementId,
            maxLength: neo4j.int(maxLength),
            limit: neo4j.int(100_000),
            ...via,
          },
          { database: database(), routing: "READ" },
        );
        const ids = (nodes: NodeRow[]) => nodes.map((node) => toSummary(node).id);
        const inNeo4j = records.map((record) => spell(ids(record.get("nodes")), record.get("steps"))).sort();
        const label = `${from.id} → ${to.id} (maxLength ${maxLength}, via ${viaQuery(via)})`;
        compared += 1;
        if (inNeo4j.length > 0) withPaths += 1;
        if (inMemory === undefined) {
          // Declined: the shortest walks all pass a node twice; Neo4j's paths (longer, or none) never do.
          declined += 1;
          for (const record of records) {
            const nodes = ids(record.get("nodes"));
            expect(new Set(nodes).size, label).toBe(nodes.length);
          }
          continue;
        }
        const found = inMemory.paths.map((path) => spell(ids(path.nodes), path.steps)).sort();
        expect(found, label).toEqual(inNeo4j);
        expect(inMemory.length).toBe(
          records.length === 0 ? null : (records[0]!.get("steps") as unknown[]).length,
        );
        longest = Math.max(longest, inMemory.length ?? 0);
      }
    }
    // The sample must exercise real work: many pairs connected within their maxLength, some through long
    // paths, and few left to Neo4j.
    expect(compared).toBeGreaterThan(800);
    expect(withPaths).toBeGreaterThan(compared / 10);
    expect(longest).toBeGreaterThanOrEqual(4);
    expect(declined).toBeLessThan(compared / 10);
  }, 600_000);

  it("gives the API the same answers as the search in Neo4j, the cut lists included", async () => {
    const cypher = createCypherReader(seeded.driver, database(), 60_000);
    const inNeo4j = graphRepositoryWith(cypher);
    const inMemory = graphRepositoryWith(cypher, { paths: await always(memoryShortestPaths(network)) });
    const ends = (await sampleEnds()).filter((_, i) => i % 2 === 0);
    let cut = 0;
    for (const from of ends) {
      for (const to of ends) {
        const via = VIAS[(from.id.length + to.id.length) % VIAS.length]!;
        const kinds = (["people", "programs", "organizations"] as const).filter((kind) => via[kind]);
        const query = {
          from: from.id,
          to: to.id,
          maxLength: 6,
          ...(kinds.length ? { via: [...kinds] } : {}),
        };
        const [memory, neo] = [await inMemory.path(query), await inNeo4j.path(query)];
        if (!memory.found || !neo.found) {
          expect(memory).toEqual(neo);
          continue;
        }
        expect(memory.result.length, `${from.id} → ${to.id}`).toBe(neo.result.length);
        expect(memory.result.truncated).toBe(neo.result.truncated);
        expect(memory.result.paths.length).toBe(neo.result.paths.length);
        if (neo.result.truncated) {
          cut += 1;
          continue;
        }
        // Not cut: the same paths, nodes and edges, whatever the order.
        const sorted = <T>(items: T[]) => items.map((item) => JSON.stringify(item)).sort();
        expect(sorted(memory.result.paths)).toEqual(sorted(neo.result.paths));
        expect(sorted(memory.result.nodes)).toEqual(sorted(neo.result.nodes));
        expect(sorted(memory.result.edges)).toEqual(sorted(neo.result.edges));
      }
    }
    expect(cut).toBeGreaterThan(0);
  }, 300_000);

  it("sends a search with an end written after it was read back to Neo4j", async () => {
    const session = seeded.driver.session({ database: database() });
    try {
      await session.run(
        `MATCH (r:Region {code: '32.75'}) CREATE (:Person {id: 'person:32.75:late-comer', name: 'Late Comer'})-[:SERVED_AS {title: 'Camat'}]->(r)`,
      );
    } finally {
      await session.close();
    }
    expect(network.shortestPaths("person:32.75:late-comer", "32.75", 6, 25, VIAS[0]!)).toBeUndefined();
    const repository = graphRepositoryWith(createCypherReader(seeded.driver, database(), 60_000), {
      paths: await always(memoryShortestPaths(network)),
    });
    const outcome = await repository.path({ from: "person:32.75:late-comer", to: "32.75", maxLength: 6 });
    expect(outcome).toMatchObject({ found: true, result: { length: 1, truncated: false } });
  });
});
