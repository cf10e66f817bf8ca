/**
 * Every Cypher query the app runs, read once from cypher/ into a frozen map.
 *
 * Queries live in .cypher files, one per file, so they can be read, reviewed and EXPLAINed as Cypher, never
 * assembled from strings. QUERY_NAMES is the literal list of those files: `query(name)` only accepts one of
 * them, so a typo fails type-checking, and a file missing on disk fails the boot (and a unit test), not a
 * request.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cypherDir } from "../paths.ts";

export const QUERY_NAMES = [
  "read/expand-partners",
  "read/find-anchor-regions",
  "read/find-events-by-party-key",
  "read/find-documents-by-url",
  "read/find-learn-from",
  "read/find-existing-documents",
  "read/find-node",
  "read/find-peer-profiles",
  "read/find-people-in-regions",
  "read/find-region-events",
  "read/find-regions",
  "read/find-shared-events",
  "read/find-shortest-paths",
  "read/get-document",
  "read/get-event-items",
  "read/get-event-evidence",
  "read/get-event-facts",
  "read/get-graph-version",
  "read/get-health",
  "read/get-node-details",
  "read/get-node-sources",
  "read/get-partner-network",
  "read/get-peer-evidence",
  "read/get-path-network",
  "read/get-region-profiles",
  "read/get-saved-view",
  "read/get-search-entries",
  "read/get-stats",
  "read/list-saved-views",
  "read/search-nodes",
  // issue 22, re-extraction
  "read/count-outdated-documents",
  "read/find-outdated-documents",
  "read/get-stored-articles",
  "read/find-documents-sharing-events",
  // issue 22, Belajar dari from memory
  "read/get-learn-from-events",
  "read/get-learn-from-evidence",
  "read/get-learn-from-topics",
  // issue 22, fast peers, pair story and timeline
  "read/get-all-event-items",
  "read/get-document-spans",
  "read/get-peer-evidence-index",
  "write/bump-graph-version",
  "write/create-documents",
  "write/create-saved-view",
  "write/create-region-mentions",
  "write/delete-saved-view",
  "write/merge-event-organizations",
  "write/merge-event-programs",
  "write/merge-events",
  "write/merge-foreign-regions",
  "write/merge-people",
  "write/merge-regions",
  "write/remove-document",
  "write/remove-document-events",
  "write/remove-document-people",
  "write/replace-saved-view",
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

let queries: Readonly<Record<QueryName, string>> | undefined;

function readQueries(dir: string): Readonly<Record<QueryName, string>> {
  const entries = QUERY_NAMES.map((name) => {
    const text = readFileSync(join(dir, `${name}.cypher`), "utf8");
    return [name, text] as const;
  });
  return Object.freeze(Object.fromEntries(entries) as Record<QueryName, string>);
}

/** The text of a named query. The first call reads them all and throws if one is missing. */
export function query(name: QueryName): string {
  queries ??= readQueries(cypherDir);
  return queries[name];
}

/** Reads every query now, so that a missing file stops the boot instead of a later request. */
export function preloadQueries(): void {
  queries ??= readQueries(cypherDir);
}

/** The .cypher files present under read/ and write/, as names; a test compares them with QUERY_NAMES. */
export function queryFilesOnDisk(dir = cypherDir): string[] {
  return ["read", "write"].flatMap((folder) =>
    readdirSync(join(dir, folder))
      .filter((file) => file.endsWith(".cypher"))
      .map((file) => `${folder}/${file.slice(0, -".cypher".length)}`),
  );
}

/**
 * The schema statements of cypher/schema/NNN-*.cypher, in file order. Files hold several statements,
 * each ended by a semicolon at the end of a line; `//` comment lines are dropped.
 */
export function schemaStatements(dir = join(cypherDir, "schema")): string[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}-.*\.cypher$/.test(file))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), "utf8")
        .split("\n")
        .filter((line) => !line.trim().startsWith("//"))
        .join("\n")
        .split(/;\s*$/m)
        .map((statement) => statement.trim())
        .filter((statement) => statement.length > 0),
    );
}
