/**
 * Stored documents read back as articles and extracted again by this process's extractor: the stored text
 * with the stored title, publication date and source as metadata (so a title or date a page's metadata
 * gave is kept, as it would be if the page were read again), and the stored origin and first load time,
 * which the new reading keeps.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { query } from "../../db/cypher-registry.ts";
import type { ExtractionResources } from "../extract/extract-facts.ts";
import { prepareText, type Prepared } from "../ingest/prepare-document.ts";
import { originProperties } from "../load/document-origin.ts";

export interface StoredArticle {
  id: string;
  text: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  ingestedAt: unknown;
  extractorVersion: number | null;
  origin: Record<string, string | number | null>;
}

export async function readStoredArticles(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<StoredArticle[]> {
  const result = await tx.run(query("read/get-stored-articles"), { ids });
  return result.records.map((record) => {
    const row = record.toObject() as StoredArticle & { extractorVersion: unknown; origin: unknown };
    const version = row.extractorVersion;
    const origin = row.origin as Record<string, unknown>;
    return {
      ...row,
      extractorVersion: version === null || version === undefined ? null : Number(version),
      // Neo4j integers (an origin's version) back to numbers.
      origin: Object.fromEntries(
        Object.entries(origin).map(([key, value]) => [
          key,
          typeof value === "object" && value !== null ? Number(value) : (value as string | null),
        ]),
      ),
    };
  });
}

/** The stored article extracted again, as loader input that keeps its origin and first load time. */
export function reread(article: StoredArticle, resources: ExtractionResources): Prepared {
  const prepared = prepareText(
    article.text,
    {
      ...(article.title ? { title: article.title } : {}),
      publishedAt: article.publishedAt,
      ...(article.source ? { source: article.source } : {}),
    },
    resources,
  );
  if (!prepared.ok) return prepared;
  const origin = originProperties(article.origin);
  return {
    ok: true,
    input: {
      ...prepared.input,
      ...(Object.keys(origin).length > 0 ? { origin } : {}),
      ingestedAt: article.ingestedAt,
    },
  };
}
