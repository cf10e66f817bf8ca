/**
 * `npm run eval:extract [-- --corpus DIR] [-- --explain ID]`: the extractor judged against gold.
 *
 * Without --explain: runs the shared scorer (../shared/tools/score-extraction.mjs) over the dev corpus with
 * the extract command, prints its per-article table and totals as they are, then one line per metric with
 * its target (the targets), so a drop is seen at a glance. With --explain ID: extracts that one dev
 * article in-process and prints each gold fact missed and each extra fact with the rule and the sentence
 * that made it (bench/extract/gold.ts).
 *
 * Why the shared scorer and not a copy: the number that counts is the one the scorer prints on articles we
 * do not have; a second implementation could drift from it.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractFacts, loadExtractionResources } from "../../server/pipeline/extract/extract-facts.ts";
import { readArticle } from "../../server/pipeline/read/read-article.ts";
import { explain, metricLines, readGold } from "./gold.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SCORER = resolve(ROOT, "../shared/tools/score-extraction.mjs");

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function explainArticle(corpus: string, id: string): Promise<number> {
  const file = join(corpus, "articles", `${id}.txt`);
  if (!existsSync(file) || !existsSync(join(corpus, "gold", `${id}.json`))) {
    process.stderr.write(`eval:extract: no article and gold named ${id} in ${corpus}\n`);
    return 2;
  }
  const read = await readArticle(file);
  if (!read.ok) {
    process.stderr.write(`eval:extract: ${file}: ${read.error}\n`);
    return 1;
  }
  const facts = extractFacts(read.text, read.meta, await loadExtractionResources());
  const lines = explain(readGold(corpus, id), facts);
  process.stdout.write(`${id}: ${lines.length === 0 ? "every gold fact found, nothing extra" : ""}\n`);
  for (const line of lines) process.stdout.write(`${line}\n`);
  return 0;
}

function score(corpus: string): number {
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [SCORER, "--corpus", corpus, "--cmd", "npm run --silent extract -- --format jsonl"],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "inherit"] },
    );
  } catch (error) {
    process.stderr.write(
      `eval:extract: the scorer failed: ${error instanceof Error ? error.message : error}\n`,
    );
    return 1;
  }
  process.stdout.write(output);
  const scoreLine = output.split("\n").find((line) => line.startsWith("SCORE "));
  if (!scoreLine) return 1;
  process.stdout.write(`\n${metricLines(scoreLine).join("\n")}\n`);
  return 0;
}

// Piped into head or less: a closed pipe ends the output, not the process with an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const corpus = resolve(option("--corpus") ?? resolve(ROOT, "../shared/corpus/dev"));
const id = option("--explain");
process.exitCode = id ? await explainArticle(corpus, id) : score(corpus);
