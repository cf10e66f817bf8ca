/**
 * Every writer moves the graph's version on inside its own transaction, by one per committed transaction,
 * and returns the version it committed: the loader's batches (through writeBatch, the API's path, and
 * through ingestPaths, one per batch), the official regions. A batch that writes nothing, and one Neo4j
 * rejects, leave it where it was. The API keys everything it derives from the graph by this version, so a
 * write it missed would be served stale without end.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { query } from "../../../server/db/cypher-registry.ts";
import { ingestPaths } from "../../../server/pipeline/ingest/ingest.ts";
import { IdentityCache, writeBatch } from "../../../server/pipeline/load/graph-writer.ts";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import type { DocumentInput } from "../../../server/pipeline/load/rows.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";
import { syntheticInputs } from "../../helpers/_synthetic-inputs.ts";

let driver: Driver;
let inputs: DocumentInput[];
let folder: string;
const database = () => inject("neo4jDatabase");

beforeAll(async () => {
  driver = testDriver();
  await resetTestDatabase(driver, inject("neo4jUri"));
  inputs = await syntheticInputs(3, 21);
  folder = mkdtempSync(join(tmpdir(), "jejaring-version-"));
});

afterAll(async () => {
  await driver?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function stored(): Promise<{ epoch: string; counter: number }> {
  const { records } = await driver.executeQuery(
    query("read/get-graph-version"),
    {},
    { database: database() },
  );
  const version = String(records[0]?.get("version"));
  const cut = version.lastIndexOf(":");
  return { epoch: version.slice(0, cut), counter: Number(version.slice(cut + 1)) };
}

describe("the graph's version", () => {
  it("is none on a graph never written, and moves by one with each committed write transaction", async () => {
    expect(await stored()).toEqual({ epoch: "-", counter: 0 });
    await ensureOfficialRegions(driver, database());
    const { epoch } = await stored();
    expect(epoch).not.toBe("-");
    expect(await stored()).toEqual({ epoch, counter: 1 });

    const written = await writeBatch(driver, database(), [inputs[0]!], new IdentityCache());
    expect(written.graphVersion).toBe(`${epoch}:2`);
    expect(await stored()).toEqual({ epoch, counter: 2 });

    // The same document again: nothing to write, no transaction that writes, no new version.
    const again = await writeBatch(driver, database(), [inputs[0]!], new IdentityCache());
    expect(again.added).toBe(0);
    expect(again.graphVersion).toBeUndefined();
    expect(await stored()).toEqual({ epoch, counter: 2 });
  });

  it("stays where it was when Neo4j rejects a batch", async () => {
    const before = await stored();
    const spoiled: DocumentInput = structuredClone(inputs[1]!);
    (spoiled.facts.events[0] as { kind: string }).kind = "not-a-kind";
    await expect(writeBatch(driver, database(), [spoiled], new IdentityCache())).rejects.toThrow();
    expect(await stored()).toEqual(before);
  });

  it("moves once per batch of an ingest", async () => {
    const before = await stored();
    // Two articles in batches of one: two write transactions.
    const texts = await syntheticInputs(2, 22);
    texts.forEach((input, i) => writeFileSync(join(folder, `${i}.txt`), input.text));
    const summary = await ingestPaths(driver, [folder], { database: database(), batchSize: 1 });
    expect(summary).toMatchObject({ added: 2, failed: 0 });
    expect(await stored()).toEqual({ epoch: before.epoch, counter: before.counter + 2 });
  });
});
