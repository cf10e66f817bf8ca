/**
 * The ingest prepares batch n+1 (identity reads, resolution, rows) while batch n is being written
 * (ingest.ts). These tests feed `ingestExtracted` documents directly, some of which Neo4j rejects, and
 * check what the overlap must not change: a rejected batch is written again document by document before
 * the next one, which then neither trusts documents it took as stored nor leans on the rejected batch's
 * events and officials; a document in two adjacent batches counts once; an unreachable Neo4j while a
 * batch is being prepared stops the run with only whole batches written. The reference is the loader
 * without overlap: `writeBatch` one document at a time, with one identity cache.
 */
import type { Driver } from "neo4j-driver";
import { Neo4jError } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import type { ExtractedFile } from "../../../server/pipeline/ingest/extracted-files.ts";
import { IdentityCache, writeBatch } from "../../../server/pipeline/load/graph-writer.ts";
import { DatabaseUnavailableError, ingestExtracted } from "../../../server/pipeline/ingest/ingest.ts";
import type { DocumentInput } from "../../../server/pipeline/load/rows.ts";
import { graphContent } from "../../helpers/_graph.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";
import { syntheticInputs } from "../../helpers/_synthetic-inputs.ts";

let driver: Driver;
let inputs: DocumentInput[];
const database = () => inject("neo4jDatabase");

interface Named {
  file: string;
  input: DocumentInput;
}

async function* extracted(items: readonly Named[]): AsyncGenerator<ExtractedFile> {
  for (const { file, input } of items) yield { file, prepared: { ok: true, input } };
}

/** A copy of a document under another id whose first event has a kind with no label: Neo4j rejects it. */
function spoiled(input: DocumentInput, tag: string): DocumentInput {
  const copy = structuredClone(input);
  (copy.facts.document as { id: string }).id = `${input.facts.document.id}-${tag}`;
  (copy.facts.events[0] as { kind: string }).kind = "not-a-kind";
  return copy;
}

/** The loader without overlap: each document in its own transaction, in order, one identity cache. */
async function oneByOne(items: readonly Named[]): Promise<string[]> {
  const cache = new IdentityCache();
  const failed: string[] = [];
  for (const { file, input } of items) {
    try {
      await writeBatch(driver, database(), [input], cache);
    } catch (error) {
      if (!(error instanceof Neo4jError)) throw error;
      failed.push(file);
    }
  }
  return failed;
}

async function freshGraph(): Promise<void> {
  await resetTestDatabase(driver, inject("neo4jUri"));
  await ensureOfficialRegions(driver, database());
}

async function documentCount(): Promise<number> {
  const { records } = await driver.executeQuery(
    "MATCH (d:Document) RETURN count(d) AS n",
    {},
    { database: database() },
  );
  return Number(records[0]?.get("n"));
}

beforeAll(async () => {
  driver = testDriver();
  inputs = await syntheticInputs(12, 31);
});

beforeEach(freshGraph);

afterAll(async () => {
  await driver?.close();
});

describe("batches prepared while the one before is written", () => {
  it("after a rejected batch, writes it document by document, then the next without trusting its preparation", async () => {
    const [a, b, x, c] = inputs.filter((i) => i.facts.events.length > 0 && i.facts.people.length > 0);
    expect(c, "the synthetic articles should give four with events and officials").toBeDefined();
    // The bad document is a copy of x: batch 2's x meets the events and officials that batch 1's
    // preparation resolved for it and then never wrote. Batch 2 also holds a second copy of the bad
    // document (its preparation, made while batch 1 was in flight, took that as stored) and a document of
    // batch 1 again.
    const bad = spoiled(x!, "bad");
    const items: Named[] = [
      { file: "1-a", input: a! },
      { file: "1-bad", input: bad },
      { file: "1-b", input: b! },
      { file: "2-x", input: x! },
      { file: "2-bad-again", input: bad },
      { file: "2-a-again", input: a! },
      { file: "3-c", input: c! },
    ];

    const summary = await ingestExtracted(driver, extracted(items), { batchSize: 3, database: database() });
    expect(summary).toMatchObject({ filesDone: 7, added: 4, alreadyPresent: 1, failed: 2 });
    expect(summary.failures.map((f) => f.file)).toEqual(["1-bad", "2-bad-again"]);
    const overlapped = await graphContent(driver);

    await freshGraph();
    expect(await oneByOne(items)).toEqual(["1-bad", "2-bad-again"]);
    expect(overlapped).toEqual(await graphContent(driver));
  });

  it("counts a document of the batch still being written once, as already present", async () => {
    const [a, b, c, d] = inputs;
    const items: Named[] = [
      { file: "1-a", input: a! },
      { file: "1-b", input: b! },
      { file: "2-b-again", input: b! },
      { file: "2-c", input: c! },
      { file: "3-d", input: d! },
      { file: "3-a-again", input: a! },
    ];
    const summary = await ingestExtracted(driver, extracted(items), { batchSize: 2, database: database() });
    expect(summary).toMatchObject({ filesDone: 6, added: 4, alreadyPresent: 2, failed: 0 });
    const overlapped = await graphContent(driver);

    await freshGraph();
    expect(await oneByOne(items)).toEqual([]);
    expect(overlapped).toEqual(await graphContent(driver));
  });

  it("finds an official of the batch still being written under a spelling one letter off", async () => {
    // Batch 2 is prepared before batch 1 commits, so Neo4j cannot tell it about batch 1's officials; only
    // the run's identity cache can. Ids of new officials come from their names, so only a name that
    // matches without being equal shows whether batch 2 found batch 1's official.
    const first = inputs.find((i) => i.facts.people.some((p) => p.key.length >= 8 && /\w{4}$/.test(p.key)))!;
    const index = first.facts.people.findIndex((p) => p.key.length >= 8 && /\w{4}$/.test(p.key));
    const person = first.facts.people[index]!;
    const variant = structuredClone(first);
    (variant.facts.document as { id: string }).id = `${first.facts.document.id}-variant`;
    const respelt = `${person.key.slice(0, -1)}${person.key.endsWith("a") ? "o" : "a"}`;
    for (const p of variant.facts.people) if (p.key === person.key) (p as { key: string }).key = respelt;
    const items: Named[] = [
      { file: "1", input: first },
      { file: "2", input: variant },
    ];

    const summary = await ingestExtracted(driver, extracted(items), { batchSize: 1, database: database() });
    expect(summary).toMatchObject({ added: 2, failed: 0 });
    const { records } = await driver.executeQuery(
      "MATCH (p:Person)-[:REPORTED_IN]->(d:Document) WHERE p.key IN $keys RETURN p.id AS id, count(d) AS reports",
      { keys: [person.key, respelt] },
      { database: database() },
    );
    expect(records.map((r) => [r.get("id"), Number(r.get("reports"))])).toEqual([
      [`person:${person.region}:${person.key.replaceAll(" ", "-")}`, 2],
    ]);
    const overlapped = await graphContent(driver);

    await freshGraph();
    await oneByOne(items);
    expect(overlapped).toEqual(await graphContent(driver));
  });

  it("gives the graph of the loader without overlap, over batches of every size", async () => {
    const items = inputs.map((input, i) => ({ file: String(i), input }));
    await oneByOne(items);
    const expected = await graphContent(driver);
    for (const batchSize of [1, 2, 5]) {
      await freshGraph();
      const summary = await ingestExtracted(driver, extracted(items), { batchSize, database: database() });
      expect(summary).toMatchObject({ added: items.length, failed: 0 });
      expect(await graphContent(driver), `batch size ${batchSize}`).toEqual(expected);
    }
  });

  it("stops with DatabaseUnavailableError when Neo4j goes while a batch is prepared, leaving whole batches", async () => {
    // A driver whose read transactions (the preparations) fail as an unreachable server does, from the
    // second on: batch 1 is prepared and written, batch 2's preparation fails while batch 1 is in flight.
    let reads = 0;
    const failing = new Proxy(driver, {
      get(target, property, receiver) {
        if (property !== "session") return Reflect.get(target, property, receiver);
        return (config: Parameters<Driver["session"]>[0]) => {
          const session = target.session(config);
          const executeRead = session.executeRead.bind(session);
          session.executeRead = ((work: Parameters<typeof executeRead>[0]) => {
            reads += 1;
            if (reads >= 2) return Promise.reject(new Neo4jError("gone", "ServiceUnavailable", "", ""));
            return executeRead(work);
          }) as typeof session.executeRead;
          return session;
        };
      },
    });
    const items = inputs.slice(0, 6).map((input, i) => ({ file: String(i), input }));
    const run = ingestExtracted(failing, extracted(items), { batchSize: 3, database: database() });
    await expect(run).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(await documentCount()).toBe(3);
  });
});
