/**
 * Re-extracts one stored document, together with every stored document that reports an event it reports
 * (under its old reading or its new one), in one write transaction: all of them removed, their new
 * readings written as one batch.
 *
 * Why together: an event keeps the properties (status, roles, programmes, ...) of the report that created
 * it, and removing one document's report leaves a shared event as it was. Replaced one by one, an event
 * two documents report would keep what the older extractor said of it for ever. Replaced together, every
 * event any of them touches is rebuilt from the new readings alone, in the same order a fresh load of the
 * batch would use. The group is closed under that relation (a member's own sharers join too), up to
 * MAX_GROUP documents: beyond that the group is written as it stands, which is still a correct
 * replacement of each document, only a shared event may keep a property from an older report.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { query } from "../../db/cypher-registry.ts";
import type { ExtractionResources } from "../extract/extract-facts.ts";
import { datesCompatible, partyKeyOf } from "../load/event-identity.ts";
import { replaceDocumentsIn, type ReplaceResult } from "../load/replace-document.ts";
import type { DocumentInput } from "../load/rows.ts";
import { readStoredArticles, reread } from "./stored-articles.ts";

export const MAX_GROUP = 200;

export interface GroupResult extends ReplaceResult {
  /** The stored documents replaced, with the version of the extractor that had made their facts. */
  replaced: { id: string; extractorVersion: number | null }[];
  /** Stored documents the extractor could not read again: left as they were. */
  failures: { id: string; error: string }[];
}

interface SharingRow {
  id: string;
  kind: string | null;
  partyKey: string | null;
  date: string | null;
}

/** The stored documents sharing an event with these, old readings and new, not yet in the group. */
async function sharers(
  tx: ManagedTransaction,
  ids: readonly string[],
  inputs: readonly DocumentInput[],
): Promise<string[]> {
  const events = inputs.flatMap((input) => input.facts.events);
  const keys = new Map<string, { kind: string; partyKey: string }>();
  for (const event of events) {
    const partyKey = partyKeyOf(event.parties);
    keys.set(`${event.kind} ${partyKey}`, { kind: event.kind, partyKey });
  }
  const result = await tx.run(query("read/find-documents-sharing-events"), { ids, keys: [...keys.values()] });
  const found = new Set<string>();
  for (const record of result.records) {
    const row = record.toObject() as SharingRow;
    // A match by key is a sharer only when the loader would take the new report for that event.
    const shares =
      row.kind === null ||
      events.some(
        (e) =>
          e.kind === row.kind && partyKeyOf(e.parties) === row.partyKey && datesCompatible(row.date, e.date),
      );
    if (shares) found.add(row.id);
  }
  return [...found];
}

/** Re-extracts `id` and the documents sharing its events, inside the caller's write transaction. */
export async function reextractGroupIn(
  tx: ManagedTransaction,
  id: string,
  resources: ExtractionResources,
): Promise<GroupResult> {
  const members = new Map<string, { input: DocumentInput; loadedAt: string }>();
  const versions = new Map<string, number | null>();
  const failures: GroupResult["failures"] = [];
  const seen = new Set([id]);
  let frontier = [id];
  while (frontier.length > 0) {
    const fresh: DocumentInput[] = [];
    for (const article of await readStoredArticles(tx, frontier)) {
      const prepared = reread(article, resources);
      if (!prepared.ok) {
        failures.push({ id: article.id, error: prepared.error });
        continue;
      }
      members.set(article.id, { input: prepared.input, loadedAt: String(article.ingestedAt ?? "") });
      versions.set(article.id, article.extractorVersion);
      fresh.push(prepared.input);
    }
    const next = (await sharers(tx, frontier, fresh)).filter((other) => !seen.has(other));
    frontier = next.slice(0, Math.max(0, MAX_GROUP - seen.size));
    for (const other of frontier) seen.add(other);
  }
  // In the order they were first loaded, then by id (one batch's documents share a load time): the
  // document that first reported a shared fact stays its first report, as in a fresh load in that order.
  const ordered = [...members.entries()].sort(
    ([, a], [, b]) =>
      compare(a.loadedAt, b.loadedAt) || compare(a.input.facts.document.id, b.input.facts.document.id),
  );
  const ids = ordered.map(([old]) => old);
  const result = await replaceDocumentsIn(
    tx,
    ids,
    ordered.map(([, member]) => member.input),
  );
  return {
    ...result,
    replaced: ids.map((old) => ({ id: old, extractorVersion: versions.get(old)! })),
    failures,
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
