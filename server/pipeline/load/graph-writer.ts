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
import { newPersonId, RegionOfficials, type KnownPerson } from "./person-identity.ts";
import { appendDocumentRows, emptyRowSets, type BatchIds, type DocumentInput, type RowSets } from "./rows.ts";

/**
 * What identity resolution has already learnt in this run: events by kind and party set, officials by
 * region. An ingest run is normally the only writer, so asking Neo4j again for every batch would only
 * repeat answers (and the officials look-up grows with the graph). Ids cached from a batch that was then
 * rolled back are harmless: every write MERGEs on the id, so the next document using it creates it.
 */
export class IdentityCache {
  readonly events = new Map<string, KnownEvent[]>();
  readonly people = new Map<string, RegionOfficials>();
}

const eventCacheKey = (kind: string, partyKey: string) => `${kind}\u0000${partyKey}`;

export interface BatchResult {
  added: number;
  alreadyPresent: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

type RowsKey = Exclude<keyof RowSets, "ids">;

/**
 * Write order (a query only MATCHes nodes that earlier ones have merged), each query's rows, and the
 * lists of ids its rows refer to by position (rows.ts, `Positions`).
 */
const WRITES: ReadonlyArray<readonly [QueryName, RowsKey, ReadonlyArray<keyof BatchIds>]> = [
  ["write/create-documents", "documents", []],
  ["write/merge-foreign-regions", "foreignRegions", []],
  ["write/merge-events", "events", ["documents", "regions", "sectors"]],
  ["write/merge-event-programs", "programs", []],
  ["write/merge-event-organizations", "organizations", []],
  ["write/merge-people", "people", ["documents", "regions", "events"]],
  ["write/create-region-mentions", "mentions", ["documents", "regions"]],
];

const ID_PARAMS: Readonly<Record<keyof BatchIds, string>> = {
  documents: "documentIds",
  regions: "regionCodes",
  events: "eventIds",
  sectors: "sectorIds",
};

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
  cache: IdentityCache,
): { eventIds: string[][]; personIds: string[][] } {
  const eventIds = documents.map(({ facts }) =>
    facts.events.map((event) => {
      const partyKey = partyKeyOf(event.parties);
      const candidates = cache.events.get(eventCacheKey(event.kind, partyKey))!;
      const known = matchEvent(candidates, event.kind, partyKey, event.date);
      if (known) {
        known.date = preciserDate(known.date, event.date);
        return known.id;
      }
      const id = newEventId(event.kind, partyKey, event.date, facts.document.id);
      // Two reports in one batch: the second must find the first.
      if (!candidates.some((e) => e.id === id))
        candidates.push({ id, kind: event.kind, partyKey, date: event.date });
      return id;
    }),
  );
  const personIds = documents.map(({ facts }) =>
    facts.people.map((person) => {
      const officials = cache.people.get(person.region)!;
      const known = officials.match(person.key);
      if (known) return known.id;
      const id = newPersonId(person.region, person.key);
      officials.add({ id, key: person.key, regionCode: person.region });
      return id;
    }),
  );
  return { eventIds, personIds };
}

/** Fills the cache with what Neo4j knows about the events and regions this batch has not met before. */
async function learnIdentities(
  tx: ManagedTransaction,
  fresh: readonly DocumentInput[],
  cache: IdentityCache,
) {
  const eventKeys = new Map<string, { kind: string; partyKey: string }>();
  const regionCodes = new Set<string>();
  for (const { facts } of fresh) {
    for (const event of facts.events) {
      const partyKey = partyKeyOf(event.parties);
      const key = eventCacheKey(event.kind, partyKey);
      if (!cache.events.has(key)) eventKeys.set(key, { kind: event.kind, partyKey });
    }
    for (const person of facts.people) if (!cache.people.has(person.region)) regionCodes.add(person.region);
  }
  for (const key of eventKeys.keys()) cache.events.set(key, []);
  for (const code of regionCodes) cache.people.set(code, new RegionOfficials());
  if (eventKeys.size > 0) {
    for (const known of await rowsOf<KnownEvent>(tx, "read/find-events-by-party-key", {
      keys: [...eventKeys.values()],
    })) {
      cache.events.get(eventCacheKey(known.kind, known.partyKey))!.push(known);
    }
  }
  if (regionCodes.size > 0) {
    for (const known of await rowsOf<KnownPerson>(tx, "read/find-people-in-regions", {
      codes: [...regionCodes],
    })) {
      cache.people.get(known.regionCode)!.add(known);
    }
  }
}

async function writeInTransaction(
  tx: ManagedTransaction,
  batch: readonly DocumentInput[],
  cache: IdentityCache,
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

  await learnIdentities(tx, fresh, cache);
  const { eventIds, personIds } = resolveIds(fresh, cache);

  const rows = emptyRowSets();
  fresh.forEach((input, i) => appendDocumentRows(rows, input, eventIds[i]!, personIds[i]!));
  // Sent back to back, without waiting for each answer: the driver pipelines them on the transaction's
  // connection, so Neo4j executes one statement while this thread packs the next into Bolt, instead of
  // each side waiting for the other. Neo4j still runs them in the order sent, which the MATCHes of later
  // statements rely on; a failure fails the transaction and every statement after it.
  const sent: Promise<QueryResult>[] = WRITES.filter(([, key]) => rows[key].length > 0).map(
    ([name, key, lists]) =>
      tx.run(query(name), {
        rows: rows[key],
        ...Object.fromEntries(lists.map((list) => [ID_PARAMS[list], rows.ids[list].ids])),
      }),
  );
  for (const written of await Promise.all(sent)) {
    const counters = written.summary.counters.updates();
    result.nodesCreated += counters.nodesCreated;
    result.relationshipsCreated += counters.relationshipsCreated;
  }
  return result;
}

/**
 * Writes one batch of documents in one transaction; documents already stored are skipped. Pass the same
 * cache for all batches of one run; without one, identity is read fresh from Neo4j (the API's way).
 */
export async function writeBatch(
  driver: Driver,
  database: string | undefined,
  batch: readonly DocumentInput[],
  cache: IdentityCache = new IdentityCache(),
): Promise<BatchResult> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => writeInTransaction(tx, batch, cache));
  } finally {
    await session.close();
  }
}
