/**
 * A batch Neo4j rejects part-way through its pipelined statements (graph-writer.ts sends them back to
 * back): nothing of it stays, not even what the statements before the failing one wrote, the error is
 * the statement's own (so the ingest retries the documents one by one), and the next batch loads.
 */
import type { Driver } from "neo4j-driver";
import { Neo4jError } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import { IdentityCache, writeBatch } from "../../../server/pipeline/load/graph-writer.ts";
import type { DocumentInput } from "../../../server/pipeline/load/rows.ts";
import { graphShape } from "../../helpers/_graph.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";
import { syntheticInputs } from "../../helpers/_synthetic-inputs.ts";

let driver: Driver;
let inputs: DocumentInput[];
const database = () => inject("neo4jDatabase");

beforeAll(async () => {
  driver = testDriver();
  await resetTestDatabase(driver, inject("neo4jUri"));
  await ensureOfficialRegions(driver, database());
  inputs = await syntheticInputs(3, 7);
});

afterAll(async () => {
  await driver?.close();
});

describe("a batch Neo4j rejects mid-way", () => {
  it("leaves nothing behind, fails with Neo4j's error, and the next batch loads", async () => {
    const before = await graphShape(driver);
    // An event kind outside the fixed label map: the documents are created by the first statement, then
    // merge-events fails on the missing label, with later statements already sent behind it.
    const spoiled: DocumentInput = structuredClone(inputs[1]!);
    expect(spoiled.facts.events.length).toBeGreaterThan(0);
    (spoiled.facts.events[0] as { kind: string }).kind = "not-a-kind";

    const rejected = writeBatch(driver, database(), [inputs[0]!, spoiled, inputs[2]!], new IdentityCache());
    await expect(rejected).rejects.toBeInstanceOf(Neo4jError);
    await expect(rejected).rejects.not.toMatchObject({ code: "ServiceUnavailable" });
    expect(await graphShape(driver)).toEqual(before);

    const next = await writeBatch(driver, database(), [inputs[0]!, inputs[2]!], new IdentityCache());
    expect(next).toMatchObject({ added: 2, alreadyPresent: 0 });
    expect(next.relationshipsCreated).toBeGreaterThan(0);
  });
});
