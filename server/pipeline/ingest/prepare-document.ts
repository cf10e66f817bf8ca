/**
 * The first half of loading: one article (a file, or text posted to the API) read, extracted and validated
 * into loader input, or the reason it cannot be loaded. No database here, so it can run wherever the
 * caller likes: the ingest runs it in its extraction thread (extracted-files.ts), the API on its own.
 */
import { FactsSchema } from "../../schemas/facts.ts";
import { extractArticle, type ExtractionResources } from "../extract/extract-facts.ts";
import { readArticle } from "../read/read-article.ts";
import type { DocumentInput } from "../load/rows.ts";

export type Prepared = { ok: true; input: DocumentInput } | { ok: false; error: string };

/** Reads and extracts one file into loader input, or says why it cannot be loaded. */
export async function prepareFile(file: string, resources: ExtractionResources): Promise<Prepared> {
  // Converting HTML or Markdown to text runs outside readArticle's own error handling: whatever a
  // malformed file makes it throw must skip that file, not stop the ingest.
  try {
    const read = await readArticle(file);
    if (!read.ok) return { ok: false, error: read.error };
    return prepareText(read.text, read.meta, resources);
  } catch (error) {
    return { ok: false, error: `unreadable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Extracts one article's text into loader input (also used by POST /api/documents). */
export function prepareText(
  raw: string,
  meta: Parameters<typeof extractArticle>[1],
  resources: ExtractionResources,
): Prepared {
  if (raw.trim() === "") return { ok: false, error: "empty: no text to read" };
  try {
    // The text is normalised once, by the extractor; the loader stores that same text for the offsets.
    const { text, facts } = extractArticle(raw, meta, resources);
    return { ok: true, input: { facts: FactsSchema.parse(facts), text } };
  } catch (error) {
    return {
      ok: false,
      error: `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
