/**
 * What a Document read from the web keeps of where it came from, beside its text and facts: the address it
 * was fetched from, the canonical address it declares (its identity on the web), the publisher, the language,
 * the HTTP validators for the next conditional GET, and its version (1, then one more each time a changed
 * text replaces it; `replaces` names the document it replaced).
 * @see ../../../docs/graph-model.md
 */
export interface DocumentOrigin {
  url?: string;
  canonicalUrl?: string;
  publisher?: string;
  language?: string;
  etag?: string;
  lastModified?: string;
  /** ISO date-time of the fetch. */
  fetchedAt?: string;
  version?: number;
  replaces?: string;
}

/** The same origin without empty fields, so Neo4j stores no property for what is unknown. */
export function originProperties(origin: Record<string, string | number | null | undefined>): DocumentOrigin {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(origin)) {
    if (value !== null && value !== undefined && value !== "") out[key] = value;
  }
  return out as DocumentOrigin;
}
