/**
 * The loader's statements are planned once per Neo4j process and never re-planned (`CYPHER replan=skip`,
 * docs/graph-model.md, Loading), so the plan made on the first batch, on an almost empty graph,
 * is the plan of the whole load. These tests plan each of them on such a graph and check that no plan
 * depends on the statistics of that moment: every pattern starts from an index seek (the uniqueness
 * constraints and the composite event index, pinned by `USING INDEX` where a MATCH could have started
 * elsewhere), never from a scan whose cost grows with the graph.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { QUERY_NAMES, query, type QueryName } from "../../../server/db/cypher-registry.ts";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import { LOADER_STATEMENTS } from "../../../server/pipeline/load/graph-writer.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Operators a plan may start from: rows it was given, or one index seek per row. */
const SEEKS_AND_INPUTS = /^(Argument|Unwind|NodeUniqueIndexSeek(\(Locking\))?|NodeIndexSeek)@/;

const operators = (plan: PlanNode): PlanNode[] => [plan, ...plan.children.flatMap(operators)];
const leaves = (plan: PlanNode): PlanNode[] => operators(plan).filter((op) => op.children.length === 0);

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await resetTestDatabase(driver, inject("neo4jUri"));
  await ensureOfficialRegions(driver, undefined);
});

afterAll(async () => {
  await driver?.close();
});

/** EXPLAIN goes after the statement's CYPHER options, as the query text starts with them. */
async function planOf(name: QueryName): Promise<PlanNode> {
  const text = query(name).replace(/^(CYPHER [^\n]*)$/m, "$1 EXPLAIN");
  const { summary } = await driver.executeQuery(
    text,
    { rows: [], regionCodes: [], documentIds: [], eventIds: [], sectorIds: [], keys: [], codes: [], ids: [] },
    { database: inject("neo4jDatabase") },
  );
  expect(summary.plan, name).toBeTruthy();
  return summary.plan as unknown as PlanNode;
}

describe("the loader's pinned plans", () => {
  it("pins exactly the loader's statements, and no query of the API", () => {
    const pinned = QUERY_NAMES.filter((name) => /^CYPHER replan=skip$/m.test(query(name)));
    expect([...pinned].sort()).toEqual([...LOADER_STATEMENTS].sort());
  });

  it.each(LOADER_STATEMENTS)(
    "%s starts every pattern from an index seek, even planned on an empty graph",
    async (name) => {
      const plan = await planOf(name);
      const all = operators(plan).map((op) => op.operatorType);
      expect(
        all.filter((type) => /Scan/.test(type)),
        name,
      ).toEqual([]);
      for (const leaf of leaves(plan)) expect(leaf.operatorType, name).toMatch(SEEKS_AND_INPUTS);
    },
  );

  it("looks stored events up by the composite (kind, partyKey) index, not by kind and a filter", async () => {
    const plan = await planOf("read/find-events-by-party-key");
    const seeks = operators(plan).filter((op) => op.operatorType.startsWith("NodeIndexSeek"));
    expect(seeks).toHaveLength(1);
    expect(String(seeks[0]!.arguments.Details)).toMatch(/Event\(kind, partyKey\)/);
    expect(operators(plan).map((op) => op.operatorType)).not.toContainEqual(expect.stringMatching(/^Filter/));
  });
});
