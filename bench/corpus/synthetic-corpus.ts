/**
 * Writes a synthetic corpus to disk for load tests and benchmarks: articles/NNN/NNNNNN.txt, and beside each
 * the facts it was written from in facts/NNN/NNNNNN.json. Folders of 1,000 files keep directory listings
 * small at 100,000 articles. Deterministic for a seed; streams, so memory stays flat at any size.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadGazetteer } from "../../server/pipeline/extract/gazetteer.ts";
import { syntheticArticles } from "./synthetic-articles.ts";

export interface CorpusOptions {
  articles: number;
  out: string;
  seed?: number;
  onProgress?: (written: number) => void;
}

export async function writeSyntheticCorpus(options: CorpusOptions): Promise<number> {
  const gazetteer = await loadGazetteer();
  let index = 0;
  for (const article of syntheticArticles(gazetteer, { count: options.articles, seed: options.seed ?? 1 })) {
    const shard = String(Math.floor(index / 1000)).padStart(3, "0");
    const name = String(index).padStart(6, "0");
    if (index % 1000 === 0) {
      await mkdir(join(options.out, "articles", shard), { recursive: true });
      await mkdir(join(options.out, "facts", shard), { recursive: true });
    }
    await writeFile(join(options.out, "articles", shard, `${name}.txt`), article.text);
    await writeFile(join(options.out, "facts", shard, `${name}.json`), JSON.stringify(article.facts));
    index += 1;
    if (index % 1000 === 0) options.onProgress?.(index);
  }
  return index;
}
