/**
 * Writes batches of documents' facts into Neo4j: one write transaction per batch, so a batch is either
 * entirely in the graph or not at all (an ingest killed half-way leaves no half-loaded document, and its
 * re-run skips what is already there). Inside the transaction it first reads what identity needs (which
 * documents exist, which events and officials are already known), resolves ids in code, then runs the
 * UNWIND … MERGE queries of cypher/write/ in dependency order. Retried by the driver on transient errors.
 */
import type { Driver, ManagedTransaction, QueryResult } from "neo4j-driver";
import { query, type QueryName } from "../../db/cypher-registry.ts";
import { matchEvent, newEventId, partyKeyOf, preciserDate, type KnownEvent } from "./event-identity.ts";
import { matchPerson, newPersonId, type KnownPerson } from "./person-identity.ts";
import { appendDocumentRows, emptyRowSets, type DocumentInput, type RowSets } from "./rows.ts";

export interface BatchResult {
  added: number;
  alreadyPresent: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

/** Write order: a query only MATCHes nodes that earlier ones have merged. */
const WRITES: ReadonlyArray<readonly [QueryName, keyof RowSets]> = [
  ["write/merge-documents", "documents"],
  ["write/merge-foreign-regions", "foreignRegions"],
  ["write/merge-events", "events"],
  ["write/merge-event-parties", "parties"],
  ["write/merge-event-sectors", "sectors"],
  ["write/merge-event-programs", "programs"],
  ["write/merge-event-organizations", "organizations"],
  ["write/merge-people", "people"],
  ["write/merge-took-part", "tookPart"],
  ["write/merge-region-mentions", "mentions"],
];

async function rowsOf<T>(
  tx: ManagedTransaction,
  name: QueryName,
  params: Record<string, unknown>,
): Promise<T[]> {
  const result = await tx.run(query(name), params);
  return result.records.map((record) => record.toObject() as T);
}

/** Assigns each event and person of the new documents its id: an existing one, or a new one. */
function resolveIds(
  documents: readonly DocumentInput[],
  knownEvents: KnownEvent[],
  knownPeople: KnownPerson[],
): { eventIds: string[][]; personIds: string[][] } {
  const eventIds = documents.map(({ facts }) =>
    facts.events.map((event) => {
      const partyKey = partyKeyOf(event.parties);
      const known = matchEvent(knownEvents, event.kind, partyKey, event.date);
      if (known) {
        known.date = preciserDate(known.date, event.date);
        return known.id;
      }
      const id = newEventId(event.kind, partyKey, event.date, facts.document.id);
      // Two reports in one batch: the second must find the first.
      if (!knownEvents.some((e) => e.id === id))
        knownEvents.push({ id, kind: event.kind, partyKey, date: event.date });
      return id;
    }),
  );
  const personIds = documents.map(({ facts }) =>
    facts.people.map((person) => {
      const known = matchPerson(knownPeople, person.region, person.key);
      if (known) return known.id;
      const id = newPersonId(person.region, person.key);
      knownPeople.push({ id, key: person.key, regionCode: person.region });
      return id;
    }),
  );
  return { eventIds, personIds };
}

async function writeInTransaction(
  tx: ManagedTransaction,
  batch: readonly DocumentInput[],
): Promise<BatchResult> {
  const stored = new Set(
    (
      await rowsOf<{ id: string }>(tx, "read/find-existing-documents", {
        ids: batch.map((d) => d.facts.document.id),
      })
    ).map((row) => row.id),
  );
  const fresh: DocumentInput[] = [];
  for (const input of batch) {
    const id = input.facts.document.id;
    if (stored.has(id)) continue;
    stored.add(id); // the same article twice in one batch counts once
    fresh.push(input);
  }
  const result: BatchResult = {
    added: fresh.length,
    alreadyPresent: batch.length - fresh.length,
    nodesCreated: 0,
    relationshipsCreated: 0,
  };
  if (fresh.length === 0) return result;

  const eventKeys = new Map<string, { kind: string; partyKey: string }>();
  const regionCodes = new Set<string>();
  for (const { facts } of fresh) {
    for (const event of facts.events) {
      const partyKey = partyKeyOf(event.parties);
      eventKeys.set(`${event.kind}\u0000${partyKey}`, { kind: event.kind, partyKey });
    }
    for (const person of facts.people) regionCodes.add(person.region);
  }
  const knownEvents = await rowsOf<KnownEvent>(tx, "read/find-events-by-party-key", {
    keys: [...eventKeys.values()],
  });
  const knownPeople = await rowsOf<KnownPerson>(tx, "read/find-people-in-regions", {
    codes: [...regionCodes],
  });
  const { eventIds, personIds } = resolveIds(fresh, knownEvents, knownPeople);

  const rows = emptyRowSets();
  fresh.forEach((input, i) => appendDocumentRows(rows, input, eventIds[i]!, personIds[i]!));
  for (const [name, key] of WRITES) {
    if (rows[key].length === 0) continue;
    const written: QueryResult = await tx.run(query(name), { rows: rows[key] });
    const counters = written.summary.counters.updates();
    result.nodesCreated += counters.nodesCreated;
    result.relationshipsCreated += counters.relationshipsCreated;
  }
  return result;
}

/** Writes one batch of documents in one transaction; documents already stored are skipped. */
export async function writeBatch(
  driver: Driver,
  database: string | undefined,
  batch: readonly DocumentInput[],
): Promise<BatchResult> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => writeInTransaction(tx, batch));
  } finally {
    await session.close();
  }
}
