/**
 * `npm run bench:extract [-- --count N --seed S --passes P --dev DIR]`: extraction throughput on one core over
 * synthetic 2–5 KB articles; prints articles/s, MB/s, peak memory, and how well the generated facts were
 * recovered; then MB/s on the real dev articles (DIR, default ../shared/corpus/dev/articles) read
 * repeatedly, since real news is slower per byte than the generated text (longer sentences, navigation
 * lines, captions, more names).
 *
 * Why: the extractor must stay two orders of magnitude faster than a statistical NER model (target
 * 2,000 articles/s on one core). The corpus is generated up front and sent to a worker thread started as
 * the ingest starts its extraction thread (timed-extraction.ts says why), where resources are loaded before
 * timing and only `extractFacts` is timed, then once more with the zod validation the CLI adds.
 *
 * `npm run bench:extract -- --against REF [--count N --seed S --rounds R]` times this tree against the
 * extractor of commit REF instead, in alternated passes over the same texts (against.ts), and says how many
 * articles' facts are the same in both.
 */
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadGazetteer } from "../../server/pipeline/extract/gazetteer.ts";
import { readArticle } from "../../server/pipeline/read/read-article.ts";
import { syntheticArticles, type SyntheticArticle } from "../corpus/synthetic-articles.ts";
import { compareAgainst, comparisonLines } from "./against.ts";
import type { TimingRequest } from "./timed-extraction.ts";
import { TimingThread } from "./timing-thread.ts";

const DEV_ARTICLES = fileURLToPath(new URL("../../../shared/corpus/dev/articles", import.meta.url));

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function textOption(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? resolve(process.argv[i + 1] as string) : fallback;
}

/**
 * The real dev articles, each read as the extract command reads it, repeated until about `minBytes` are
 * timed; best of `passes` on CPU time. Returns the lines to print (none when the folder is missing).
 */
async function realTextLines(
  dir: string,
  thread: TimingThread,
  passes: number,
  minBytes: number,
): Promise<string[]> {
  if (!existsSync(dir)) return [`real dev texts: ${dir} not found, skipped`];
  const texts: TimingRequest["texts"] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()) {
    const read = await readArticle(join(dir, name));
    if (read.ok) texts.push({ text: read.text, meta: read.meta });
  }
  const once = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text, "utf8"), 0);
  if (texts.length === 0 || once === 0) return [`real dev texts: no article in ${dir}`];
  const repeats = Math.max(1, Math.ceil(minBytes / once));
  const { seconds, cpuSeconds } = await thread.time({ texts, repeats, passes, validated: false });
  const mb = (once * repeats) / 1e6;
  const articles = texts.length * repeats;
  return [
    `real dev texts: ${texts.length} articles, ${(once / 1e3).toFixed(0)} KB (${Math.round(once / texts.length)} bytes/article), read ${repeats} times`,
    `real dev texts (best of ${passes} passes): ${(mb / seconds).toFixed(2)} MB/s wall clock, ${(mb / cpuSeconds).toFixed(2)} MB/s per CPU second (${(articles / cpuSeconds).toFixed(0)} articles/s)`,
  ];
}

/** Partnerships (annotation guide): the hub with each other party, or every pair without a hub. */
function pairsOf({ parties, hub }: { parties: readonly string[]; hub: string | null }): string[] {
  const sorted = [...new Set(parties)].sort();
  const pairs: string[] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++)
      if (hub === null || sorted[i] === hub || sorted[j] === hub) pairs.push(`${sorted[i]}|${sorted[j]}`);
  return pairs;
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--against");
  if (i >= 0) {
    const ref = process.argv[i + 1];
    if (!ref || ref.startsWith("--")) throw new Error("--against needs a commit, branch or tag");
    const count = option("--count", 3000);
    const corpus = [...syntheticArticles(await loadGazetteer(), { count, seed: option("--seed", 7) })];
    const texts = corpus.map((a) => ({ text: a.text, meta: {} }));
    const comparison = await compareAgainst(ref, texts, option("--rounds", 10));
    process.stdout.write(`${comparisonLines(ref, count, comparison).join("\n")}\n`);
    return;
  }
  const thread = await TimingThread.start();
  try {
    await measure(thread);
  } finally {
    await thread.stop();
  }
}

async function measure(thread: TimingThread): Promise<void> {
  const count = option("--count", 3000);
  const seed = option("--seed", 7);
  const passes = option("--passes", 5);
  const corpus: SyntheticArticle[] = [...syntheticArticles(await loadGazetteer(), { count, seed })];
  const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text, "utf8"), 0);
  const texts = corpus.map((a) => ({ text: a.text, meta: {} }));
  const { seconds, cpuSeconds, peakRss, validatedSeconds, events, facts } = await thread.time({
    texts,
    repeats: 1,
    passes,
    validated: true,
  });
  const results = facts ?? [];
  if (events !== results.reduce((sum, r) => sum + r.events.length, 0))
    throw new Error("the timed passes and the validated one found different events");

  let truePairs = 0;
  let predictedPairs = 0;
  let goldPairs = 0;
  let kindsRight = 0;
  let datesRight = 0;
  corpus.forEach((a, i) => {
    const gold = new Set(a.facts.events.flatMap(pairsOf));
    const predicted = new Set((results[i]?.events ?? []).flatMap(pairsOf));
    goldPairs += gold.size;
    predictedPairs += predicted.size;
    for (const p of predicted) if (gold.has(p)) truePairs++;
    const main = results[i]?.events[0];
    if (main?.kind === a.facts.events[0]?.kind) kindsRight++;
    if (main?.date === a.facts.events[0]?.date) datesRight++;
  });
  const precision = predictedPairs ? truePairs / predictedPairs : 0;
  const recall = goldPairs ? truePairs / goldPairs : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const mb = bytes / 1e6;
  const out = [
    `corpus: ${count} synthetic articles, ${mb.toFixed(2)} MB (${Math.round(bytes / count)} bytes/article), seed ${seed}`,
    "timed in a worker thread running the extractor as one esbuild bundle, as the ingest does",
    `extractFacts (best of ${passes} passes): ${(count / seconds).toFixed(0)} articles/s, ${(mb / seconds).toFixed(2)} MB/s wall clock (${seconds.toFixed(2)} s)`,
    `extractFacts per CPU second (one core): ${(count / cpuSeconds).toFixed(0)} articles/s, ${(mb / cpuSeconds).toFixed(2)} MB/s`,
    `machine load average ${os.loadavg()[0]?.toFixed(2)} on ${os.availableParallelism()} cores`,
    `with zod validation: ${(count / (validatedSeconds ?? NaN)).toFixed(0)} articles/s, ${(mb / (validatedSeconds ?? NaN)).toFixed(2)} MB/s`,
    `peak memory (RSS, the whole process): ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
    `synthetic facts recovered: pairF1=${f1.toFixed(3)} kindAcc=${(kindsRight / count).toFixed(3)} dateAcc=${(datesRight / count).toFixed(3)}`,
    ...(await realTextLines(textOption("--dev", DEV_ARTICLES), thread, passes, bytes)),
  ];
  process.stdout.write(`${out.join("\n")}\n`);
}

await main();
