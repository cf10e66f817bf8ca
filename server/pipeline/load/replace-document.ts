/**
 * Replaces a stored document's facts with those of a new reading, in one write transaction: the facts that
 * rest only on the old document are removed (those other documents also report stay), the old Document
 * goes, and the new one is written through the loader's own path (`writeBatchIn`). All in or all out: a
 * failure at any step leaves the old document and its facts as they were.
 *
 * Used when an article read from the web again has a changed text (a new version under the same canonical
 * address). Built so that a later `npm run reextract` can use it as is: re-extracting a stored text gives a
 * document with the same id, which this removes and writes again in the same transaction.
 * @see ../../../docs/graph-model.md (Identity rules, Document)
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { query, type QueryName } from "../../db/cypher-registry.ts";
import { IdentityCache, writeBatchIn, type BatchResult } from "./graph-writer.ts";
import { bumpGraphVersion } from "./graph-version.ts";
import type { DocumentInput } from "./rows.ts";

/** In this order: officials first (their TOOK_PART check reads the event reports), then events, then the document. */
const REMOVAL_STEPS = [
  "write/remove-document-people",
  "write/remove-document-events",
  "write/remove-document",
] as const satisfies readonly QueryName[];

export interface RemovedFacts {
  /** 1 when the document was stored, else 0 (nothing was removed). */
  documents: number;
  events: number;
  people: number;
}

/** Removes a document and the facts resting only on it, inside the caller's write transaction. */
export async function removeDocumentIn(tx: ManagedTransaction, id: string): Promise<RemovedFacts> {
  const removed: RemovedFacts = { documents: 0, events: 0, people: 0 };
  for (const step of REMOVAL_STEPS) {
    const result = await tx.run(query(step), { id });
    const row = result.records[0]?.toObject() as Partial<RemovedFacts> | undefined;
    if (row?.people !== undefined) removed.people = Number(row.people);
    if (row?.events !== undefined) removed.events = Number(row.events);
    if (row?.documents !== undefined) removed.documents = Number(row.documents);
  }
  return removed;
}

export interface ReplaceResult extends BatchResult {
  removed: RemovedFacts;
}

/** Replaces document `oldId` by `input`, in one write transaction. */
export async function replaceDocument(
  driver: Driver,
  database: string | undefined,
  oldId: string,
  input: DocumentInput,
): Promise<ReplaceResult> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => replaceDocumentsIn(tx, [oldId], [input]));
  } finally {
    await session.close();
  }
}

/**
 * Replaces several documents at once inside the caller's write transaction: all are removed first, then
 * the new readings are written as one batch, in the order given. Re-extraction replaces documents that
 * report the same events together, so that an event they share is rebuilt from the new readings only
 * (removing one report leaves the event with the properties an earlier report gave it).
 */
export async function replaceDocumentsIn(
  tx: ManagedTransaction,
  oldIds: readonly string[],
  inputs: readonly DocumentInput[],
): Promise<ReplaceResult> {
  const removed: RemovedFacts = { documents: 0, events: 0, people: 0 };
  for (const id of oldIds) {
    const one = await removeDocumentIn(tx, id);
    removed.documents += one.documents;
    removed.events += one.events;
    removed.people += one.people;
  }
  // A fresh cache on every attempt: the driver may run this function again, and ids resolved in a
  // rolled-back attempt may name events the removal deleted.
  const written = await writeBatchIn(tx, inputs, new IdentityCache());
  // The removal is a write too: the version moves on even when the new reading adds nothing.
  const graphVersion = written.graphVersion ?? (await bumpGraphVersion(tx));
  return { ...written, graphVersion, removed };
}
