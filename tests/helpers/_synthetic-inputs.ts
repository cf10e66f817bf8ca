/**
 * Loader input from short synthetic articles (800–2,500 characters), extracted for real: what the load
 * tests write when they need a few valid documents of known shape.
 */
import { loadExtractionResources } from "../../server/pipeline/extract/extract-facts.ts";
import { loadGazetteer } from "../../server/pipeline/extract/gazetteer.ts";
import { syntheticArticles } from "../../bench/corpus/synthetic-articles.ts";
import { prepareText } from "../../server/pipeline/ingest/prepare-document.ts";
import type { DocumentInput } from "../../server/pipeline/load/rows.ts";

export async function syntheticInputs(count: number, seed: number): Promise<DocumentInput[]> {
  const resources = await loadExtractionResources();
  const articles = syntheticArticles(await loadGazetteer(), { count, seed, minChars: 800, maxChars: 2500 });
  return Array.from(articles, (a) => {
    const prepared = prepareText(a.text, {}, resources);
    if (!prepared.ok) throw new Error(prepared.error);
    return prepared.input;
  });
}
