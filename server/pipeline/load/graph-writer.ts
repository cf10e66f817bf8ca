/**
 * Writes batches of documents' facts into Neo4j: one write transaction per batch, so a batch is either
 * entirely in the graph or not at all (an ingest killed half-way leaves no half-loaded document, and its
 * re-run skips what is already there). Before writing, a batch is prepared: read what identity needs
 * (which documents exist, which events and officials are already known), resolve ids in code, build the
 * rows; then the UNWIND … MERGE queries of cypher/write/ run in dependency order, and last the graph's
 * version moves on (bump-graph-version.cypher), in the same transaction, so the API's derived structures
 * learn of every committed write and of nothing else. Retried by the driver on transient errors.
 *
 * Two ways to use it. `writeBatch` prepares and writes in one transaction (the API, and an ingest's
 * retries). `prepareBatch` then `writePrepared` split the two, so an ingest can prepare batch n+1 in a read
 * transaction of its own while batch n's write transaction runs (ingest.ts says why that is safe).
 */
import type { BookmarkManager, Driver, ManagedTransaction, QueryResult } from "neo4j-driver";
import { query, type QueryName } from "../../db/cypher-registry.ts";
import { BUMP_GRAPH_VERSION, bumpGraphVersion } from "./graph-version.ts";
import { matchEvent, newEventId, partyKeyOf, preciserDate, type KnownEvent } from "./event-identity.ts";
import { newPersonId, RegionOfficials, type KnownPerson } from "./person-identity.ts";
import { appendDocumentRows, emptyRowSets, type BatchIds, type DocumentInput, type RowSets } from "./rows.ts";

/**
 * What identity resolution has already learnt in this run: events by kind and party set, officials by
 * region. An ingest run is normally the only writer, so asking Neo4j again for every batch would only
 * repeat answers (and the officials look-up grows with the graph). Ids cached from a batch that was then
 * rolled back are harmless: every write MERGEs each node it links to on the id, with the properties of
 * its own report, so the next document using the id creates it.
 *
 * A key (event kind and parties, or region) is read from Neo4j once, the first time a batch meets it, and
 * from then on every batch of the run resolves it here, in batch order. So only keys no earlier batch of
 * the run has met are ever read: a batch whose write is still in flight cannot have written under them.
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
  /** The graph's version this batch's transaction committed; undefined when it wrote nothing. */
  graphVersion?: string;
}

type RowsKey = Exclude<keyof RowSets, "ids">;

/**
 * Write order (a query only MATCHes nodes that earlier ones have merged), each query's rows, and the
 * lists of ids its rows refer to by position (rows.ts, `BatchIds`).
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

/** The reads of a batch's preparation: which documents are stored, and what identity needs. */
const READS = {
  existingDocuments: "read/find-existing-documents",
  eventsByPartyKey: "read/find-events-by-party-key",
  peopleInRegions: "read/find-people-in-regions",
} as const satisfies Record<string, QueryName>;

/**
 * Every statement an ingest runs: a batch's reads, then its writes and the version bump. Their plans are
 * kept for the life of the Neo4j process (`CYPHER replan=skip`, docs/graph-model.md, Loading), so none may
 * depend on the graph's statistics; tests/integration/load/pinned-plans.test.ts checks both.
 */
export const LOADER_STATEMENTS: readonly QueryName[] = [
  ...Object.values(READS),
  ...WRITES.map(([name]) => name),
  BUMP_GRAPH_VERSION,
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

/** What Neo4j knows about the event keys and regions that the run's cache has not met yet. */
interface StoredIdentities {
  eventKeys: string[];
  events: KnownEvent[];
  regionCodes: string[];
  people: KnownPerson[];
}

async function readIdentities(
  tx: ManagedTransaction,
  fresh: readonly DocumentInput[],
  cache: IdentityCache,
): Promise<StoredIdentities> {
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
  const events =
    eventKeys.size > 0
      ? await rowsOf<KnownEvent>(tx, READS.eventsByPartyKey, { keys: [...eventKeys.values()] })
      : [];
  const people =
    regionCodes.size > 0
      ? await rowsOf<KnownPerson>(tx, READS.peopleInRegions, { codes: [...regionCodes] })
      : [];
  return { eventKeys: [...eventKeys.keys()], events, regionCodes: [...regionCodes], people };
}

/**
 * Puts what was read into the cache, once the reads have all answered: a key marked known before its read
 * failed would never be read again when the driver retries the transaction. A key the cache has meanwhile
 * met keeps what the cache knows, which is newer than the read.
 */
function learnIdentities(stored: StoredIdentities, cache: IdentityCache): void {
  const eventKeys = new Set(stored.eventKeys.filter((key) => !cache.events.has(key)));
  const regionCodes = new Set(stored.regionCodes.filter((code) => !cache.people.has(code)));
  for (const key of eventKeys) cache.events.set(key, []);
  for (const code of regionCodes) cache.people.set(code, new RegionOfficials());
  for (const known of stored.events) {
    const key = eventCacheKey(known.kind, known.partyKey);
    if (eventKeys.has(key)) cache.events.get(key)!.push(known);
  }
  for (const known of stored.people) {
    if (regionCodes.has(known.regionCode)) cache.people.get(known.regionCode)!.add(known);
  }
}

/** A batch ready to write: its counts so far and the rows of its write statements. */
export interface PreparedBatch {
  added: number;
  alreadyPresent: number;
  /** Undefined when every document is stored already: nothing to write. */
  rows: RowSets | undefined;
}

/** What a batch's preparation reads, all in one transaction. */
interface BatchReads {
  identities: StoredIdentities;
  fresh: DocumentInput[];
}

async function readForBatch(
  tx: ManagedTransaction,
  batch: readonly DocumentInput[],
  cache: IdentityCache,
  pending: ReadonlySet<string>,
): Promise<BatchReads> {
  const stored = new Set(
    (
      await rowsOf<{ id: string }>(tx, READS.existingDocuments, {
        ids: batch.map((d) => d.facts.document.id),
      })
    ).map((row) => row.id),
  );
  for (const id of pending) stored.add(id);
  const fresh: DocumentInput[] = [];
  for (const input of batch) {
    const id = input.facts.document.id;
    if (stored.has(id)) continue;
    stored.add(id); // the same article twice in one batch counts once
    fresh.push(input);
  }
  return { fresh, identities: await readIdentities(tx, fresh, cache) };
}

/** Resolves identities and builds the rows, in code: no Neo4j. */
function prepareFromReads(
  batch: readonly DocumentInput[],
  reads: BatchReads,
  cache: IdentityCache,
): PreparedBatch {
  const { fresh } = reads;
  const prepared: PreparedBatch = {
    added: fresh.length,
    alreadyPresent: batch.length - fresh.length,
    rows: undefined,
  };
  if (fresh.length === 0) return prepared;
  learnIdentities(reads.identities, cache);
  const { eventIds, personIds } = resolveIds(fresh, cache);
  const rows = emptyRowSets();
  fresh.forEach((input, i) => appendDocumentRows(rows, input, eventIds[i]!, personIds[i]!));
  prepared.rows = rows;
  return prepared;
}

const countsOf = (prepared: PreparedBatch): BatchResult => ({
  added: prepared.added,
  alreadyPresent: prepared.alreadyPresent,
  nodesCreated: 0,
  relationshipsCreated: 0,
});

async function writeRows(tx: ManagedTransaction, prepared: PreparedBatch): Promise<BatchResult> {
  const result = countsOf(prepared);
  const { rows } = prepared;
  if (!rows) return result;
  // Sent back to back, without waiting for each answer: the driver pipelines them on the transaction's
  // connection, so Neo4j executes one statement while this thread packs the next into Bolt, instead of
  // each side waiting for the other. Neo4j still runs them in the order sent, which the MATCHes of later
  // statements rely on; a failure fails the transaction and every statement after it.
  const sent: Promise<QueryResult>[] = WRITES.filter(([, key]) => rows[key].length > 0).map(
    ([name, key, lists]) =>
      tx.run(query(name), {
        rows: rows[key],
        ...Object.fromEntries(lists.map((list) => [ID_PARAMS[list], rows.ids[list].values])),
      }),
  );
  // Sent last, so the lock on the version node is held only while the transaction commits.
  const [written, version] = await Promise.all([Promise.all(sent), bumpGraphVersion(tx)]);
  for (const statement of written) {
    const counters = statement.summary.counters.updates();
    result.nodesCreated += counters.nodesCreated;
    result.relationshipsCreated += counters.relationshipsCreated;
  }
  result.graphVersion = version;
  return result;
}

/**
 * Writes one batch of documents in one transaction, reading what it needs inside it; documents already
 * stored are skipped. Pass the same cache for all batches of one run; without one, identity is read fresh
 * from Neo4j (the API's way).
 */
export async function writeBatch(
  driver: Driver,
  database: string | undefined,
  batch: readonly DocumentInput[],
  cache: IdentityCache = new IdentityCache(),
  bookmarkManager?: BookmarkManager,
): Promise<BatchResult> {
  const session = driver.session({ database, bookmarkManager });
  try {
    return await session.executeWrite((tx) => writeBatchIn(tx, batch, cache));
  } finally {
    await session.close();
  }
}

/**
 * Writes a batch inside the caller's write transaction: the same reads, resolution and writes as
 * `writeBatch`. For a caller that does more in the same transaction (replace-document.ts removes a
 * document's facts first, so the replacement is all in or all out).
 */
export async function writeBatchIn(
  tx: ManagedTransaction,
  batch: readonly DocumentInput[],
  cache: IdentityCache,
): Promise<BatchResult> {
  const reads = await readForBatch(tx, batch, cache, new Set());
  return writeRows(tx, prepareFromReads(batch, reads, cache));
}

/**
 * Prepares a batch without writing: reads in a read transaction of its own, then resolves and builds rows.
 * `pending`: ids of documents a write still in flight is storing, counted as stored; the caller must drop
 * this preparation if that write does not go in whole. Share `bookmarkManager` with the writes, so that on
 * a cluster the read sees every write that has committed (on one server it always does).
 */
export async function prepareBatch(
  driver: Driver,
  database: string | undefined,
  batch: readonly DocumentInput[],
  cache: IdentityCache,
  pending: ReadonlySet<string>,
  bookmarkManager?: BookmarkManager,
): Promise<PreparedBatch> {
  const session = driver.session({ database, bookmarkManager });
  let reads: BatchReads;
  try {
    reads = await session.executeRead((tx) => readForBatch(tx, batch, cache, pending));
  } finally {
    await session.close();
  }
  // After the read transaction, not in it: the driver may run a transaction's function more than once.
  return prepareFromReads(batch, reads, cache);
}

/** Writes a prepared batch in one transaction (none when it has nothing to write). */
export async function writePrepared(
  driver: Driver,
  database: string | undefined,
  prepared: PreparedBatch,
  bookmarkManager?: BookmarkManager,
): Promise<BatchResult> {
  if (!prepared.rows) return countsOf(prepared);
  const session = driver.session({ database, bookmarkManager });
  try {
    return await session.executeWrite((tx) => writeRows(tx, prepared));
  } finally {
    await session.close();
  }
}
