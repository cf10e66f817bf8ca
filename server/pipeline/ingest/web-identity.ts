/**
 * Which stored document an article read from the web is: found by its addresses (the one fetched, the
 * canonical one it declares), in its latest version. A read of its own, in read mode.
 */
import type { Driver } from "neo4j-driver";
import { query } from "../../db/cypher-registry.ts";

export interface StoredWebDocument {
  id: string;
  version: number;
  etag: string | null;
  lastModified: string | null;
  canonicalUrl: string | null;
}

/**
 * The latest stored document under each of these addresses (identity form), in one read: a map from each
 * address to its document, without the addresses that have none.
 */
export async function findStoredByUrls(
  driver: Driver,
  database: string | undefined,
  urls: readonly string[],
): Promise<Map<string, StoredWebDocument>> {
  const found = new Map<string, StoredWebDocument>();
  const unique = [...new Set(urls)];
  if (unique.length === 0) return found;
  const { records } = await driver.executeQuery(
    query("read/find-documents-by-url"),
    { urls: unique },
    { database, routing: "READ" },
  );
  // Rows come latest version first: the first row of each address wins.
  for (const row of records) {
    const url = row.get("url") as string;
    if (found.has(url)) continue;
    const version = row.get("version") as number | { toNumber(): number } | null;
    found.set(url, {
      id: row.get("id") as string,
      version: version === null ? 1 : typeof version === "number" ? version : version.toNumber(),
      etag: (row.get("etag") as string | null) ?? null,
      lastModified: (row.get("lastModified") as string | null) ?? null,
      canonicalUrl: (row.get("canonicalUrl") as string | null) ?? null,
    });
  }
  return found;
}

/** The latest stored document under any of these addresses (identity form), or undefined. */
export async function findStoredByUrl(
  driver: Driver,
  database: string | undefined,
  urls: readonly string[],
): Promise<StoredWebDocument | undefined> {
  const found = [...(await findStoredByUrls(driver, database, urls)).values()];
  return found.sort((a, b) => b.version - a.version)[0];
}
